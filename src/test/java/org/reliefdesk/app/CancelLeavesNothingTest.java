package org.reliefdesk.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, cancel paths: an evaluation and each kind of export (workbook, motion, orders in one file, orders one
 * file per person, notice, gogen bundle), cancelled at every point where the work reports progress in turn, leave
 * no run, no decisions, no audit entry and no {@code .part} file, and the papers of an earlier export stay byte for
 * byte. (A cancel that comes after the last check lets the work finish whole; the test accepts that, and only then.)
 */
final class CancelLeavesNothingTest {
    private static final String COUNTY = "SACRAMENTO";
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
            COUNTY, RunSettings.DEFAULT_COMPUTE_AT);
    private static final OfficeDetails OFFICE = new OfficeDetails("Sacramento", "Superior Court", "1 Court St",
            "Alex Example", "Jordan Sample", "123456", "1 Office St", "(916) 555-0100", "da@example.invalid");
    @TempDir
    static Path shared;
    private static Path workspace;
    private static int run;
    private static Services services;
    @TempDir
    Path dir;

    /** The kinds of export a user can cancel. */
    enum Kind {
        WORKBOOK, MOTION, ORDERS_ONE_FILE, ORDERS_PER_PERSON, NOTICE, GOGEN_BUNDLE
    }

    @BeforeAll
    static void workspaceWithARun() throws IOException {
        services = new Services(Clock.systemUTC(), "tester");
        Path input = services.testData().generate(shared.resolve("in.csv"), COUNTY, 8_000, 12, Progress.NONE).file();
        workspace = shared.resolve("w.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(workspace)) {
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            run = s.evaluate(SETTINGS, Progress.NONE, new Cancellation()).run().id();
            s.saveOffice(OFFICE);
            assertThat(s.runs().get(0).decisions()).as("past the export's first cancel check").isGreaterThan(1000);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anExportCancelledAtAnyPointLeavesNoPartAndKeepsTheEarlierPapers(Kind kind) throws Exception {
        Path out = dir.resolve("papers");
        Counting full = new Counting(Integer.MAX_VALUE);
        export(kind, out, full);
        assertThat(full.events).as("progress events of a whole export").isGreaterThan(1);
        Map<String, String> papers = files(out);
        assertThat(papers).isNotEmpty();
        int cancelled = 0;
        for (int k = 0; k < full.events; k++) {
            long audit = auditEntries();
            try {
                export(kind, out, new Counting(k));
            } catch (CancellationException e) {
                cancelled++;
                assertThat(files(out)).as("cancelled at event %d of %d: the earlier papers, as they were", k,
                        full.events).containsExactlyInAnyOrderEntriesOf(papers);
                assertThat(auditEntries()).as("nothing recorded").isEqualTo(audit);
                continue;
            }
            assertThat(k).as("only a cancel after the last check lets it finish").isGreaterThan(full.events / 2);
            assertThat(files(out).keySet()).noneMatch(n -> n.endsWith(".part"));
            papers = files(out); // it finished whole: these are the earlier papers now
        }
        assertThat(cancelled).as("cancels that stopped the export").isPositive();
    }

    @Test
    void anEvaluationCancelledAtAnyPointStoresNoRunAndNoDecisions() throws Exception {
        Path ws = dir.resolve("w.reliefdesk");
        Files.copy(workspace, ws);
        Counting full = new Counting(Integer.MAX_VALUE);
        long runs;
        long decisions;
        try (Workspace w = Workspace.open(ws)) {
            runs = w.count("evaluation_run");
            decisions = w.count("decision");
        }
        int cancelled = 0;
        int events = countEvaluationEvents(full);
        for (int k = 0; k < events; k++) {
            long audit = auditEntries(ws);
            try (WorkspaceSession s = services.workspaces().open(ws)) {
                Counting cancelAt = new Counting(k);
                s.evaluate(SETTINGS, cancelAt, cancelAt.cancel);
                runs++;
                decisions = s.runs().stream().mapToLong(RunInfo::decisions).sum();
                continue;
            } catch (CancellationException e) {
                cancelled++;
            }
            try (Workspace w = Workspace.openReadOnly(ws)) {
                assertThat(w.count("evaluation_run")).as("no run, cancelled at event %d of %d", k, events)
                        .isEqualTo(runs);
                assertThat(w.count("decision")).as("no decisions").isEqualTo(decisions);
                assertThat(w.integrityCheck()).isEqualTo("ok");
            }
            assertThat(auditEntries(ws)).isEqualTo(audit);
            assertThat(Files.exists(ws.resolveSibling("w.reliefdesk-journal"))).isFalse();
            try (Stream<Path> backups = Files.list(WorkspaceBackups.folder(ws))) {
                assertThat(backups).noneMatch(p -> p.toString().endsWith(".part"));
            }
        }
        assertThat(cancelled).as("cancels that stopped the evaluation").isGreaterThanOrEqualTo(events - 1);
    }

    private int countEvaluationEvents(Counting counter) throws Exception {
        Path copy = dir.resolve("count/w.reliefdesk");
        Files.createDirectories(copy.getParent());
        Files.copy(workspace, copy);
        try (WorkspaceSession s = services.workspaces().open(copy)) {
            s.evaluate(SETTINGS, counter, counter.cancel);
        }
        assertThat(counter.events).isGreaterThan(1);
        return counter.events;
    }

    private void export(Kind kind, Path out, Counting progress) throws Exception {
        try (WorkspaceSession s = services.workspaces().open(workspace)) {
            if (kind == Kind.GOGEN_BUNDLE) {
                s.exportBundle(run, out, progress, progress.cancel);
                return;
            }
            CourtExportService.Request r = switch (kind) {
                case WORKBOOK -> new CourtExportService.Request(run, out.resolve("court.xlsx"), null, null, null,
                        null, null);
                case MOTION -> new CourtExportService.Request(run, null, out.resolve("motion.pdf"), null, null, null,
                        null);
                case ORDERS_ONE_FILE -> new CourtExportService.Request(run, null, null, out.resolve("orders.pdf"),
                        null, null, null);
                case ORDERS_PER_PERSON -> new CourtExportService.Request(run, null, null, null, out.resolve("each"),
                        null, null);
                case NOTICE -> new CourtExportService.Request(run, null, null, null, null, out.resolve("notice.pdf"),
                        null);
                default -> throw new IllegalArgumentException(kind.name());
            };
            s.exportCourtPapers(r, progress, progress.cancel);
        }
    }

    private static long auditEntries() {
        return auditEntries(workspace);
    }

    private static long auditEntries(Path ws) {
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return new AuditRepository(w).entries().size();
        }
    }

    /** Every file under a folder (part files included), by relative name, with the SHA-256 of its bytes. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(folder)) {
            return out;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path p : all) {
            out.put(folder.relativize(p).toString(), ImportService.sha256(p));
        }
        return out;
    }

    /** Counts progress events (stages begun, advances) and asks to cancel at event number {@code at}. */
    private static final class Counting implements Progress {
        final Cancellation cancel = new Cancellation();
        private final int at;
        int events;

        Counting(int at) {
            this.at = at;
        }

        private void event() {
            if (events++ == at) {
                cancel.cancel();
            }
        }

        @Override
        public void begin(String stage, long total) {
            event();
        }

        @Override
        public void advance(long done) {
            event();
        }

        @Override
        public void warn(String message) {
        }
    }
}
