package org.reliefdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The desktop app's use cases on a real workspace file: overrides and review marks are kept across runs and
 * re-opening, look-up finds people three ways, a comparison lists exactly the changed convictions, and files that
 * cannot be opened safely are refused without being touched.
 */
final class WorkspaceSessionTest {
    private static final String COUNTY = "SACRAMENTO";
    @TempDir
    Path dir;
    private Services services;
    private Path file;
    private WorkspaceSession session;

    @BeforeEach
    void createWorkspaceWithOneImport() throws IOException {
        // a fixed clock: "latest wins" must follow the order of the overrides, not their timestamps
        services = new Services(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC), "tester");
        file = dir.resolve("county.reliefdesk");
        session = services.workspaces().create(file);
        session.setCounty(COUNTY);
        Path doj = services.testData().generate(dir.resolve("doj.csv"), COUNTY, 900, 11, Progress.NONE).file();
        session.importFiles(List.of(doj), Progress.NONE, new Cancellation());
    }

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theLatestOverrideWinsAcrossReRunsAndReopeningAndUndoIsAnOverrideBack() {
        int run1 = evaluate(Preset.BEAR_DEFAULT);
        CaseRow row = session.cases(run1).get(0);
        Outcome engine = row.decided();
        Outcome other = engine == Outcome.NOT_ELIGIBLE ? Outcome.DISMISS : Outcome.NOT_ELIGIBLE;

        CaseRow first = session.override(run1, row, other, "court record shows otherwise", "ann");
        assertThat(first.effectiveOutcome()).isEqualTo(other);
        assertThat(first.overrideBy()).isEqualTo("ann");
        session.override(run1, first, Outcome.NEEDS_REVIEW, "  second look  ", "bob");

        int run2 = evaluate(Preset.BEAR_DEFAULT);
        CaseRow again = find(session.cases(run2), row);
        assertThat(again.decisionId()).as("a new run has new decisions").isNotEqualTo(row.decisionId());
        assertThat(again.override()).as("the latest override, carried to the new run").isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(again.overrideBy()).isEqualTo("bob");

        reopen();
        CaseRow reopened = find(session.cases(run2), row);
        assertThat(reopened.effectiveOutcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(session.overrides(reopened)).extracting(OverrideEntry::outcome, OverrideEntry::reason,
                OverrideEntry::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(other, "court record shows otherwise", "ann"),
                org.assertj.core.groups.Tuple.tuple(Outcome.NEEDS_REVIEW, "second look", "bob"));

        CaseRow undone = session.override(run2, reopened, engine, "undo: the rules were right", "ann");
        assertThat(undone.effectiveOutcome()).isEqualTo(engine);
        reopen();
        CaseRow afterUndo = find(session.cases(run2), row);
        assertThat(afterUndo.effectiveOutcome()).isEqualTo(engine);
        assertThat(session.overrides(afterUndo)).as("never erased, only added to").hasSize(3);
        assertThat(session.cases(run2).stream().filter(CaseRow::overridden))
                .as("only the conviction overridden").singleElement()
                .satisfies(r -> assertThat(key(r)).isEqualTo(key(row)));
    }

    @Test
    void anOverrideNeedsAReasonAndAUser() {
        int run = evaluate(Preset.BEAR_DEFAULT);
        CaseRow row = session.cases(run).get(0);
        assertThatThrownBy(() -> session.override(run, row, Outcome.DISMISS, " ", "ann"))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> session.override(run, row, Outcome.DISMISS, "why", ""))
                .hasMessageContaining("name");
        assertThat(session.overrides(row)).isEmpty();
    }

    @Test
    void reviewMarksSurviveReopeningAndTheLatestMarkWins() {
        int run = evaluate(Preset.BEAR_DEFAULT);
        List<CaseRow> rows = session.cases(run);
        CaseRow a = rows.get(0);
        CaseRow b = rows.get(1);
        session.markReviewed(a, true, "ann");
        CaseRow bMarked = session.markReviewed(b, true, "ann");
        assertThat(bMarked.reviewed()).isTrue();
        session.markReviewed(bMarked, false, "bob");

        reopen();
        List<CaseRow> after = session.cases(run);
        assertThat(after.stream().filter(CaseRow::reviewed).map(WorkspaceSessionTest::key))
                .containsExactly(key(a));
        int run2 = evaluate(Preset.DISMISS_ALL);
        assertThat(session.cases(run2).stream().filter(CaseRow::reviewed).map(WorkspaceSessionTest::key))
                .as("marks belong to the conviction, not the run").containsExactly(key(a));
    }

    @Test
    void looksAPersonUpByNameAndDobByCiiAndByCaseNumber() {
        int run = evaluate(Preset.BEAR_DEFAULT);
        CaseRow row = session.cases(run).stream().filter(r -> !r.caseNumber().isBlank()).findFirst().orElseThrow();
        String lastName = row.name().split(",")[0];

        List<LookupResult> byName = session.lookup(run, lastName.toLowerCase(java.util.Locale.ROOT), row.dob(), "",
                "");
        assertThat(byName).isNotEmpty().allSatisfy(r -> {
            assertThat(r.person().name()).containsIgnoringCase(lastName);
            assertThat(r.person().dob()).isEqualTo(row.dob());
        });
        assertThat(byName).anySatisfy(r -> assertThat(r.person().subjectId()).isEqualTo(row.subjectId()));

        List<LookupResult> byCii = session.lookup(run, "", "", row.cii(), "");
        assertThat(byCii).singleElement().satisfies(r -> {
            assertThat(r.person().subjectId()).isEqualTo(row.subjectId());
            assertThat(r.convictions()).extracting(CaseRow::decisionId).contains(row.decisionId());
            assertThat(r.convictions()).allSatisfy(c -> assertThat(c.subjectId()).isEqualTo(row.subjectId()));
        });

        String spaced = " " + row.caseNumber().toLowerCase(java.util.Locale.ROOT) + " ";
        List<LookupResult> byCase = session.lookup(run, "", "", "", spaced);
        assertThat(byCase).extracting(r -> r.person().subjectId()).contains(row.subjectId());

        assertThat(session.lookup(run, "NOBODY-BY-THIS-NAME", "", "", "")).isEmpty();
        assertThat(session.lookup(run, "", "", "", "")).as("nothing asked, nothing found").isEmpty();
    }

    @Test
    void lookUpShowsTheLatestOverride() {
        int run = evaluate(Preset.BEAR_DEFAULT);
        CaseRow row = session.cases(run).get(0);
        session.override(run, row, Outcome.NEEDS_REVIEW, "check the docket", "ann");
        assertThat(session.lookup(run, "", "", row.cii(), "")).singleElement()
                .satisfies(r -> assertThat(r.convictions()).filteredOn(c -> key(c).equals(key(row)))
                        .singleElement().satisfies(c -> {
                            assertThat(c.effectiveOutcome()).isEqualTo(Outcome.NEEDS_REVIEW);
                            assertThat(c.overridden()).isTrue();
                        }));
    }

    @Test
    void comparingTwoRunsListsExactlyTheConvictionsWhoseOutcomeChanged() {
        int minimum = evaluate(Preset.STATUTE_MINIMUM);
        int all = evaluate(Preset.DISMISS_ALL);
        Map<String, Outcome> before = outcomes(session.cases(minimum));
        Map<String, Outcome> after = outcomes(session.cases(all));
        Set<String> expected = new HashSet<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            if (before.get(k) != after.get(k)) {
                expected.add(k);
            }
        }
        assertThat(expected).as("the two presets must differ for this test to mean anything").isNotEmpty();

        RunComparison c = session.compare(minimum, all);
        assertThat(c.before().id()).isEqualTo(minimum);
        assertThat(c.after().id()).isEqualTo(all);
        assertThat(c.changes()).extracting(ch -> ch.subjectId() + "/" + ch.countOrder())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(c.changes()).allSatisfy(ch -> {
            assertThat(ch.before()).isEqualTo(before.get(ch.subjectId() + "/" + ch.countOrder()));
            assertThat(ch.after()).isEqualTo(after.get(ch.subjectId() + "/" + ch.countOrder()));
        });
        assertThat(session.compare(all, all).changes()).as("a run against itself").isEmpty();
    }

    @Test
    void refusesAFileThatIsNotAWorkspaceAndLeavesItAsItWas() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.reliefdesk"), "Dear Sir, this is a letter.\n",
                StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(text);
        assertThatThrownBy(() -> services.workspaces().open(text)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("notes.reliefdesk").hasMessageContaining("not a ReliefDesk workspace");
        assertThat(Files.readAllBytes(text)).isEqualTo(bytes);
    }

    @Test
    void anEmptyFileIsOfferedToBeSetUpNotCalledNotAWorkspace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.reliefdesk"));
        assertThatThrownBy(() -> services.workspaces().open(empty))
                .isInstanceOf(WorkspaceService.EmptyWorkspaceException.class)
                .hasMessageStartingWith("empty.reliefdesk is empty: ReliefDesk was stopped while creating it")
                .hasMessageContaining("it can be set up now as a new, empty workspace")
                .hasMessageNotContaining("not a");
        assertThat(Files.size(empty)).as("opening alone must not write into it").isZero();
        try (WorkspaceSession s = services.workspaces().continueEmpty(empty)) {
            assertThat(s.notes()).singleElement().asString().startsWith("empty.reliefdesk was an empty file")
                    .endsWith("it has been set up as a new, empty workspace.");
            assertThat(s.runs()).isEmpty();
            assertThat(s.verifyAudit().intact()).isTrue();
        }
        try (WorkspaceSession s = services.workspaces().open(empty)) {
            assertThat(s.notes()).as("a workspace now, opened as any other").isEmpty();
        }
    }

    @Test
    void refusesAnotherDatabaseAndLeavesItAsItWas() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        byte[] bytes = Files.readAllBytes(db);
        assertThatThrownBy(() -> services.workspaces().open(db)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("other.db").hasMessageContaining("not a ReliefDesk workspace");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void refusesAWorkspaceFromANewerVersionAndLeavesItAsItWas() throws Exception {
        session.close();
        session = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("county.reliefdesk").hasMessageContaining("newer version")
                .hasMessageContaining("99");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.exists(dir.resolve("county.reliefdesk-journal"))).isFalse();
    }

    @Test
    void refusesAReadOnlyWorkspaceAndLeavesItAsItWas() throws Exception {
        session.close();
        session = null;
        byte[] bytes = Files.readAllBytes(file);
        boolean immutable = false;
        assertThat(file.toFile().setWritable(false, false)).isTrue();
        try {
            if (Files.isWritable(file)) {
                // root ignores permission bits; the immutable attribute still makes the file read-only
                immutable = chattr("+i");
            }
            assumeFalse(Files.isWritable(file), "cannot make a read-only file here (root without chattr)");
            assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("county.reliefdesk").hasMessageContaining("read-only");
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        } finally {
            if (immutable) {
                chattr("-i");
            }
            file.toFile().setWritable(true, false);
        }
    }

    @Test
    void refusesAWorkspaceAnotherProgramIsWritingAndLeavesItAsItWas() throws Exception {
        session.close();
        session = null;
        byte[] bytes = Files.readAllBytes(file);
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("county.reliefdesk").hasMessageContaining("in use by another program");
            st.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        try (WorkspaceSession again = services.workspaces().open(file)) {
            assertThat(again.name()).as("opens once the other program is done").isEqualTo("county");
        }
    }

    @Test
    void refusesAMissingFileWithItsName() {
        Path missing = dir.resolve("gone.reliefdesk");
        assertThatThrownBy(() -> services.workspaces().open(missing)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("gone.reliefdesk");
        assertThat(Files.exists(missing)).as("opening never creates").isFalse();
    }

    private boolean chattr(String flag) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private int evaluate(Preset preset) {
        return session.evaluate(new RunSettings(EvaluationMode.DEFAULT, preset.policy(), COUNTY,
                RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation()).run().id();
    }

    private void reopen() {
        session.close();
        session = services.workspaces().open(file);
    }

    private static String key(CaseRow r) {
        return r.subjectId() + "/" + r.countOrder();
    }

    private static CaseRow find(List<CaseRow> rows, CaseRow like) {
        return rows.stream().filter(r -> key(r).equals(key(like))).findFirst().orElseThrow();
    }

    private static Map<String, Outcome> outcomes(List<CaseRow> rows) {
        Map<String, Outcome> out = new HashMap<>();
        for (CaseRow r : rows) {
            assertThat(out.put(key(r), r.decided())).as("one decision per conviction: " + key(r)).isNull();
        }
        return rows.stream().collect(Collectors.toMap(WorkspaceSessionTest::key, CaseRow::decided));
    }
}
