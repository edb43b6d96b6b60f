package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stable references (follow-through.md): one per conviction in scope, given the first time the workspace sees the
 * person's count, kept through re-runs, overrides and later imports, never given again, written RD-0000123 in
 * convictions.csv.
 */
final class ReferencesTest {
    @TempDir
    Path dir;

    @Test
    void everyConvictionOfARunGetsOneReferenceKeptByReRunsOverridesAndLaterImports() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 900, 5, LocalDate.of(2024, 1, 10))) {
            Map<ConvictionKey, Integer> first = refs(f);
            List<CaseRow> rows = f.session.cases(f.runId);
            assertThat(first).hasSize(rows.size());
            assertThat(first.values()).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= rows.size());

            f.session.override(f.runId, rows.get(0), Outcome.NOT_ELIGIBLE, "prior found", "atty");
            int run2 = evaluate(f.session, Preset.STATUTE_MINIMUM);
            assertThat(f.session.cases(run2)).hasSize(rows.size());
            assertThat(refs(f)).as("a re-run and an override keep every reference").isEqualTo(first);

            Path more = f.services.testData().generate(dir.resolve("more.csv"), FollowFixture.COUNTY, 400, 99,
                    Progress.NONE).file();
            f.session.importFiles(List.of(more), Progress.NONE, new Cancellation());
            int run3 = evaluate(f.session, Preset.BEAR_DEFAULT);
            Map<ConvictionKey, Integer> after = refs(f);
            assertThat(after).containsAllEntriesOf(first);
            int max = first.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            Map<ConvictionKey, Integer> added = new HashMap<>(after);
            first.keySet().forEach(added::remove);
            assertThat(added).as("the new file's convictions").isNotEmpty();
            assertThat(added.values()).allMatch(n -> n > max).doesNotHaveDuplicates();
            assertThat(f.session.cases(run3)).hasSize(after.size());
        }
    }

    @Test
    void convictionsCsvCarriesTheReferenceOfEachRow() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 600, 8, LocalDate.of(2024, 1, 10))) {
            Path out = dir.resolve("bundle");
            f.session.exportBundle(f.runId, out, Progress.NONE, new Cancellation());
            List<String> lines = Files.readAllLines(out.resolve("convictions.csv"));
            assertThat(lines.get(0)).endsWith(",ref");
            Map<ConvictionKey, Integer> refs = refs(f);
            assertThat(lines).hasSize(refs.size() + 1);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String ref = cells[cells.length - 1];
                assertThat(ref).matches("RD-\\d{7}");
                assertThat(Refs.parse(ref).getAsInt()).isEqualTo(refs.get(new ConvictionKey(cells[0], cells[1])));
            }
        }
    }

    @Test
    void referencesCannotBeChangedOrRemoved() throws Exception {
        Path file;
        try (FollowFixture f = FollowFixture.create(dir, 300, 2, LocalDate.of(2024, 1, 10))) {
            file = f.session.path();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE conviction_ref SET ref = 999 WHERE ref = 1"))
                    .hasMessageContaining("references are never changed");
            assertThatThrownBy(() -> s.execute("DELETE FROM conviction_ref"))
                    .hasMessageContaining("references are never changed");
            assertThatThrownBy(() -> s.execute("INSERT OR REPLACE INTO conviction_ref (ref, subject_id, "
                    + "count_order) VALUES (1, 'x', 'y')")).hasMessageContaining("references are never changed");
        }
    }

    @Test
    void aWorkspaceOfTheVersionBeforeGetsItsReferencesWhenFirstOpened() throws Exception {
        Map<ConvictionKey, Integer> expected;
        Path file;
        try (FollowFixture f = FollowFixture.create(dir, 500, 4, LocalDate.of(2024, 1, 10))) {
            expected = refs(f);
            file = f.session.path();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String t : List.of("conviction_ref", "export_record", "export_file", "filing", "court_order",
                    "doj_pull", "conviction_event", "pull_new_conviction")) {
                s.execute("DROP TABLE " + t);
            }
            s.execute("DELETE FROM sqlite_sequence");
            s.execute("PRAGMA user_version = " + (Workspace.SCHEMA_VERSION - 1));
        }
        Services services = new Services(new MutableClock(LocalDate.of(2024, 2, 1)), "tester");
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.verifyAudit().intact()).isTrue();
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(new ConvictionRefRepository(w).all()).as("given in the order the run had them")
                    .isEqualTo(expected);
        }
    }

    @Test
    void referencesAreWrittenAndReadBackAsACourtMightWriteThem() {
        assertThat(Refs.format(123)).isEqualTo("RD-0000123");
        assertThat(Refs.format(12_345_678)).isEqualTo("RD-12345678");
        assertThat(Refs.format(0)).isEmpty();
        for (String s : List.of("RD-0000123", "rd-0000123", " RD 123 ", "RD0000123", "0000123", "123")) {
            assertThat(Refs.parse(s)).as(s).hasValue(123);
        }
        for (String s : List.of("", "RD-", "RD-12a", "XY-0000123", "RD-0000000", "-5", "1234567890")) {
            assertThat(Refs.parse(s)).as(s).isEmpty();
        }
    }

    private static Map<ConvictionKey, Integer> refs(FollowFixture f) {
        try (Workspace w = Workspace.openReadOnly(f.session.path())) {
            return new ConvictionRefRepository(w).all();
        }
    }

    private static int evaluate(WorkspaceSession s, Preset preset) {
        return s.evaluate(new RunSettings(EvaluationMode.DEFAULT, preset.policy(), FollowFixture.COUNTY,
                RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation()).run().id();
    }
}
