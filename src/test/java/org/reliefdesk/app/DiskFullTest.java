package org.reliefdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.SmallDisk;
import org.reliefdesk.cli.ReliefDeskCli;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13 on a real small disk (a tmpfs: root on Linux only, skipped elsewhere): an import that does not fit is
 * refused before it starts, naming the disk; and when the disk fills anyway (the space check told to see plenty),
 * the import, the evaluation, the results and the court papers each say the disk is full and that nothing was
 * changed, and indeed leave the workspace as it was, no journal and no part file.
 */
final class DiskFullTest {
    private static final String COUNTY = "SACRAMENTO";
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(),
            COUNTY, RunSettings.DEFAULT_COMPUTE_AT);
    @TempDir
    Path dir;
    private SmallDisk disk;
    private Path first;
    private Path second;

    @BeforeEach
    void files() throws IOException {
        TestDataService data = new TestDataService();
        first = data.generate(dir.resolve("first.csv"), COUNTY, 2_000, 1, Progress.NONE).file();
        second = data.generate(dir.resolve("second.csv"), COUNTY, 20_000, 2, Progress.NONE).file();
    }

    @AfterEach
    void unmount() throws IOException {
        if (disk != null) {
            disk.close();
        }
    }

    /**
     * A workspace with the first file imported, on a disk with about {@code room} bytes left after it (and, when
     * {@code backupRoom}, room for a backup of it too).
     */
    private Path workspaceOnASmallDisk(long room, boolean evaluated) throws Exception {
        return workspaceOnASmallDisk(room, evaluated, false);
    }

    private Path workspaceOnASmallDisk(long room, boolean evaluated, boolean backupRoom) throws Exception {
        Path sizing = dir.resolve("sizing/w.reliefdesk");
        Services services = new Services(Clock.systemUTC(), "tester");
        try (WorkspaceSession s = services.workspaces().create(sizing)) {
            s.importFiles(List.of(first), Progress.NONE, new Cancellation());
            if (evaluated) {
                s.evaluate(SETTINGS, Progress.NONE, new Cancellation());
            }
        }
        long size = Files.size(sizing);
        Optional<SmallDisk> small = SmallDisk.mount(dir.resolve("small"), size + room + (backupRoom ? size : 0));
        assumeTrue(small.isPresent(), "a small disk needs a file system of its own (root, Linux)");
        disk = small.get();
        Path ws = disk.folder().resolve("w.reliefdesk");
        Files.copy(sizing, ws);
        return ws;
    }

    /** Services whose space check sees a disk with all the room in the world: the disk fills for real. */
    private static Services blind() {
        return new Services(Clock.systemUTC(), "tester", BackupSettings.DEFAULT,
                new DiskSpace(p -> new DiskSpace.Volume("blind", "a disk with room", Long.MAX_VALUE / 4)));
    }

    @Test
    void anImportThatDoesNotFitIsRefusedBeforeItStartsNamingTheDisk() throws Exception {
        Path ws = workspaceOnASmallDisk(4 << 20, false);
        byte[] before = Files.readAllBytes(ws);
        StringWriter err = new StringWriter();
        int code = ReliefDeskCli.run(new Services(Clock.systemUTC(), "tester"), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), false, "run", "--input-doj", second.toString(), "--county", COUNTY,
                "--compute-at", "2020-07-01", "--preset", "bear-default", "--outputs", dir.resolve("out").toString(),
                "--workspace", ws.toString(), "--quiet");
        assertThat(code).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(err.toString()).containsPattern("Error: Not enough disk space for the import: it needs about "
                + "[\\d,]+ MB, [\\d,]+ MB free on " + java.util.regex.Pattern.quote(disk.folder().toString())
                + " \\(tmpfs\\)\\. Nothing was changed\\.");
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
        assertThat(names(disk.folder())).containsExactly("w.reliefdesk");
    }

    @Test
    void anImportThatFillsTheDiskAnywaySaysSoAndChangesNothing() throws Exception {
        Path ws = workspaceOnASmallDisk(3 << 20, false, true);
        StringWriter err = new StringWriter();
        int code = ReliefDeskCli.run(blind(), new PrintWriter(new StringWriter()), new PrintWriter(err, true), false,
                "run", "--input-doj", second.toString(), "--county", COUNTY, "--compute-at", "2020-07-01", "--preset",
                "bear-default", "--outputs", dir.resolve("out").toString(), "--workspace", ws.toString(), "--quiet");
        assertThat(code).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(err.toString()).as("the real cause, not the driver's").contains("is full. Nothing was changed: the "
                + "workspace w.reliefdesk is as it was before.").doesNotContain("no transaction is active");
        assertAsBefore(ws, 1, 0);
    }

    @Test
    void anEvaluationThatFillsTheDiskSaysSoAndStoresNoRun() throws Exception {
        Path ws = workspaceOnASmallDisk(256 << 10, false);
        try (WorkspaceSession s = blind().workspaces().open(ws)) {
            assertThatThrownBy(() -> s.evaluate(SETTINGS, Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is full. Nothing was changed");
            assertThat(s.runs()).isEmpty();
        }
        assertAsBefore(ws, 1, 0);
    }

    @Test
    void papersAndResultsThatFillTheDiskSayItIsFullAndLeaveNoPart() throws Exception {
        Path ws = workspaceOnASmallDisk(2 << 20, true);
        Path papers = disk.folder().resolve("papers");
        Path results = disk.folder().resolve("results");
        try (WorkspaceSession s = blind().workspaces().open(ws)) {
            int run = s.runs().get(0).id();
            s.saveOffice(new OfficeDetails("Sacramento", "Superior Court", "1 Court St", "Alex Example",
                    "Jordan Sample", "123456", "1 Office St", "(916) 555-0100", "da@example.invalid"));
            disk.fill();
            assertThatThrownBy(() -> s.exportCourtPapers(new CourtExportService.Request(run,
                    papers.resolve("court.xlsx"), papers.resolve("motion.pdf"), papers.resolve("orders.pdf"),
                    papers.resolve("each"), papers.resolve("notice.pdf"), null), Progress.NONE, new Cancellation()))
                    .isInstanceOf(CourtExportService.ExportException.class).hasMessageStartingWith("The disk holding")
                    .hasMessageContaining("is full; nothing was written");
            assertThatThrownBy(() -> s.exportBundle(run, results, Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is full, so the results were not written");
        }
        assertThat(files(papers)).as("no paper and no part file").isEmpty();
        assertThat(files(results)).as("no result and no part file").isEmpty();
        assertAsBefore(ws, 1, 1);
    }

    private static void assertAsBefore(Path ws, long imports, long runs) {
        assertThat(Files.exists(ws.resolveSibling("w.reliefdesk-journal"))).as("no journal left").isFalse();
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.notes()).as("nothing left to undo").isEmpty();
            assertThat(w.integrityCheck()).isEqualTo("ok");
            assertThat(w.count("import_batch")).isEqualTo(imports);
            assertThat(w.count("evaluation_run")).isEqualTo(runs);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("filler.bin")).sorted().toList();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
