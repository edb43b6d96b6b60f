package org.reliefdesk.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.WorkspaceBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, disk space: before an import, a (re-)evaluation with its backup, the results bundle and the court papers,
 * what they need is estimated and a disk without that room refuses them early, changing nothing, with "needs about
 * X MB, Y MB free on VOLUME". The estimates are checked against what each really wrote: never below it (or the
 * refusal would come too late), and not far above it (or a disk with room would be refused). The disk here is
 * a stand-in that reports how much room it has; DiskFullTest uses a real one.
 */
final class DiskSpaceEstimateTest {
    private static final String COUNTY = "SACRAMENTO";
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(),
            COUNTY, RunSettings.DEFAULT_COMPUTE_AT);
    private static final OfficeDetails OFFICE = new OfficeDetails("Sacramento", "Superior Court", "1 Court St",
            "A. Attorney", "D. Deputy", "123456", "2 Office St", "555-0100", "da@example.org");
    @TempDir
    static Path shared;
    private static Path input;
    private static Path smallInput;
    @TempDir
    Path dir;
    /** What the stand-in disk says it has free. */
    private long free = Long.MAX_VALUE / 4;

    @BeforeAll
    static void data() throws IOException {
        input = new TestDataService().generate(shared.resolve("doj.csv"), COUNTY, 20_000, 9, Progress.NONE).file();
        smallInput = new TestDataService().generate(shared.resolve("small.csv"), COUNTY, 5_000, 10, Progress.NONE)
                .file();
    }

    private Services services() {
        return new Services(Clock.systemUTC(), "tester", BackupSettings.DEFAULT,
                new DiskSpace(p -> new DiskSpace.Volume("disk", "TEST-DISK (stand-in)", free)));
    }

    @Test
    void theImportsEstimateCoversWhatItWritesAndARefusalChangesNothing() throws Exception {
        Work work = s -> s.importFiles(List.of(input), Progress.NONE, new Cancellation());
        long written = grows(dir.resolve("a.reliefdesk"), work);
        Path b = dir.resolve("b.reliefdesk");
        services().workspaces().create(b).close();
        checkBounds(written, b, work, "the import");
    }

    @Test
    void theEvaluationsEstimateCoversTheRunAndTheBackupBeforeARerun() throws Exception {
        Work first = s -> s.evaluate(SETTINGS, Progress.NONE, new Cancellation());
        long run = grows(imported(dir.resolve("a"), input), first);
        checkBounds(run, imported(dir.resolve("b"), input), first, "the evaluation");
        // a re-evaluation: its backup (a copy of the whole workspace) comes first
        Path c = imported(dir.resolve("c"), input);
        withSession(c, first);
        long again = grows(c, first);
        assertThat(WorkspaceBackups.list(c)).hasSize(1);
        Path d = imported(dir.resolve("d"), input);
        withSession(d, first);
        checkBounds(again, d, first, "the evaluation");
    }

    @Test
    void theResultsAndCourtPapersEstimatesCoverWhatTheyWrite() throws Exception {
        Path ws = imported(dir.resolve("a"), smallInput);
        int run;
        try (WorkspaceSession s = services().workspaces().open(ws)) {
            run = s.evaluate(SETTINGS, Progress.NONE, new Cancellation()).run().id();
            s.saveOffice(OFFICE);
        }
        int runId = run;
        Work bundle = s -> s.exportBundle(runId, dir.resolve("bundle"), Progress.NONE, new Cancellation());
        withSession(ws, bundle);
        long bundleBytes = size(dir.resolve("bundle"));
        Work papers = s -> s.exportCourtPapers(new CourtExportService.Request(runId, dir.resolve("papers/court.xlsx"),
                dir.resolve("papers/motion.pdf"), dir.resolve("papers/orders.pdf"), dir.resolve("papers/each"),
                dir.resolve("papers/notice.pdf"), null), Progress.NONE, new Cancellation());
        withSession(ws, papers);
        long paperBytes = size(dir.resolve("papers"));
        deleteTree(dir.resolve("bundle"));
        deleteTree(dir.resolve("papers"));
        checkOutputBounds(bundleBytes, ws, bundle, "the results", dir.resolve("bundle"));
        checkOutputBounds(paperBytes, ws, papers, "the export", dir.resolve("papers"));
    }

    /** The estimate is at least what was written, and at most twice that (plus the fixed parts of small outputs). */
    private void checkBounds(long written, Path ws, Work work, String what) throws Exception {
        long before = Files.size(ws);
        byte[] bytes = Files.readAllBytes(ws);
        free = written + DiskSpace.margin(written) - 1;
        assertThatThrownBy(() -> withSession(ws, work)).as("estimate below the %,d bytes written", written)
                .hasMessageStartingWith("Not enough disk space for " + what + ": it needs about ")
                .hasMessageContaining(" MB free on TEST-DISK (stand-in). Nothing was changed.");
        assertThat(Files.readAllBytes(ws)).as("refused before anything was written").isEqualTo(bytes);
        assertThat(WorkspaceBackups.list(ws).size()).isLessThanOrEqualTo(1);
        long generous = 2 * written;
        free = generous + DiskSpace.margin(generous);
        withSession(ws, work);
        assertThat(Files.size(ws)).isGreaterThan(before);
    }

    private void checkOutputBounds(long written, Path ws, Work work, String what, Path out) throws Exception {
        free = written + DiskSpace.margin(written) - 1;
        assertThatThrownBy(() -> withSession(ws, work)).as("estimate below the %,d bytes written", written)
                .hasMessageContaining("Not enough disk space for " + what + ": it needs about ");
        assertThat(out).as("nothing written").satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(size(p)).isZero());
        long generous = 3 * written + (4 << 20); // small papers: fonts and first pages weigh more than per-item sizes
        free = generous + DiskSpace.margin(generous);
        withSession(ws, work);
        assertThat(size(out)).as("the same papers again (only their times differ)").isCloseTo(written,
                org.assertj.core.data.Percentage.withPercentage(1));
    }

    private long grows(Path ws, Work work) throws Exception {
        free = Long.MAX_VALUE / 4;
        if (!Files.exists(ws)) {
            services().workspaces().create(ws).close();
        }
        long before = Files.size(ws) + backups(ws);
        withSession(ws, work);
        return Files.size(ws) + backups(ws) - before;
    }

    private void withSession(Path ws, Work work) throws Exception {
        try (WorkspaceSession s = Files.exists(ws) ? services().workspaces().open(ws)
                : services().workspaces().create(ws)) {
            work.run(s);
        }
    }

    private Path imported(Path folder, Path file) throws IOException {
        free = Long.MAX_VALUE / 4;
        Path ws = folder.resolve("w.reliefdesk");
        Files.createDirectories(folder);
        try (WorkspaceSession s = services().workspaces().create(ws)) {
            s.importFiles(List.of(file), Progress.NONE, new Cancellation());
        }
        return ws;
    }

    private static long backups(Path ws) throws IOException {
        return WorkspaceBackups.list(ws).stream().mapToLong(WorkspaceBackups.Backup::bytes).sum();
    }

    private static long size(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Work on an open workspace. */
    @FunctionalInterface
    private interface Work {
        void run(WorkspaceSession s) throws Exception;
    }
}
