package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed half way (kill -9 of the process doing it) leaves no trace: the workspace opens, passes
 * SQLite's integrity check, shows no partial import, and a new import of the same file gives the exact counts.
 */
final class ImportCrashTest {
    private static final int ROWS = 120_000;

    @TempDir
    Path dir;

    @Test
    void importKilledHalfWayLeavesNoTrace() throws Exception {
        Path input = dir.resolve("doj.csv");
        new TestDataService().generate(input, "SACRAMENTO", ROWS, 7, Progress.NONE);
        Path ws = dir.resolve("w.reliefdesk");
        Random random = new Random(42);
        int killedMidWrite = 0;
        for (int attempt = 0; attempt < 5 && killedMidWrite < 2; attempt++) {
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "org.reliefdesk.Launcher", "run", "--input-doj", input.toString(), "--county", "SACRAMENTO",
                    "--compute-at", "2020-07-01", "--preset", "dismiss-all", "--outputs", dir.resolve("out").toString(),
                    "--workspace", ws.toString(), "--quiet")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            waitForWorkspace(ws, p);
            Thread.sleep(200 + random.nextInt(500));
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (Files.exists(dir.resolve("w.reliefdesk-journal"))) {
                killedMidWrite++; // a transaction was in flight: SQLite must roll it back on open
            }
            try (Workspace w = Workspace.open(ws)) {
                assertThat(w.integrityCheck()).isEqualTo("ok");
                long batches = w.count("import_batch");
                if (batches == 0) {
                    assertThat(w.count("source_block")).isZero();
                    assertThat(w.count("subject_part")).isZero();
                    assertThat(w.count("conviction")).isZero();
                    assertThat(w.count("rejected_row")).isZero();
                } else {
                    // the import had committed before the kill: it is all there
                    assertThat(batches).isEqualTo(1);
                }
            }
            if (hasBatch(ws)) {
                Files.delete(ws);
            }
        }
        assertThat(killedMidWrite).as("kills that interrupted a write").isPositive();
        Services services = new Services(Clock.systemUTC(), "tester");
        try (Workspace w = Workspace.openOrCreate(ws)) {
            if (w.count("import_batch") == 0) {
                List<ImportService.FileOutcome> out = services.imports().importFiles(w, List.of(input), Progress.NONE,
                        new Cancellation());
                assertThat(out).singleElement().isInstanceOf(ImportService.Imported.class);
            }
            assertThat(w.count("import_batch")).isEqualTo(1);
            assertThat(w.integrityCheck()).isEqualTo("ok");
            long rows = services.imports().acceptedRows(w);
            assertThat(rows).isEqualTo(ROWS);
        }
    }

    private static boolean hasBatch(Path ws) {
        try (Workspace w = Workspace.open(ws)) {
            return w.count("import_batch") > 0;
        }
    }

    private static void waitForWorkspace(Path ws, Process p) throws InterruptedException {
        for (int i = 0; i < 200 && p.isAlive() && !Files.exists(ws); i++) {
            Thread.sleep(25);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
