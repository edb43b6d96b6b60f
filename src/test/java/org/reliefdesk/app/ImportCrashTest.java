package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace survives kill -9 of the program writing it, many times, at random moments of the import, the backup
 * before a re-evaluation and the evaluation: after each kill it opens, passes SQLite's full integrity check and the
 * audit chain check, shows no partial import or run and no partial backup; after all of them a new import and
 * evaluation give exactly the counts of a workspace that was never interrupted.
 *
 * <p>{@code -Dcrash.kills=N} runs more (default 24, about 30 s); {@code -Dcrash.seed=S} another sequence.
 */
final class ImportCrashTest {
    private static final int ROWS = 20_000;
    private static final String COUNTY = "SACRAMENTO";
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
            COUNTY, LocalDate.parse("2020-07-01"));

    @TempDir
    Path dir;

    @Test
    void killedManyTimesWhileImportingAndEvaluatingLeavesNoTrace() throws Exception {
        int kills = Integer.getInteger("crash.kills", 24);
        Random random = new Random(Long.getLong("crash.seed", 42));
        Path input = dir.resolve("doj.csv");
        new TestDataService().generate(input, COUNTY, ROWS, 7, Progress.NONE);
        Services services = new Services(Clock.systemUTC(), "tester");
        Counts expected = reference(services, input);

        Path ws = dir.resolve("w.reliefdesk");
        int survived = 0;
        int midWrite = 0;
        java.util.Map<String, Integer> byStage = new java.util.TreeMap<>();
        for (int i = 0; i < kills; i++) {
            if (i % 2 == 0) {
                deleteWorkspace(ws); // a fresh workspace: the child imports, then evaluates
            }
            boolean imported = Files.exists(ws) && batches(ws) > 0;
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "org.reliefdesk.Launcher", "run", "--input-doj", input.toString(), "--county", COUNTY,
                    "--compute-at", "2020-07-01", "--preset", "dismiss-all", "--outputs", dir.resolve("out").toString(),
                    "--workspace", ws.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            waitForWorkspace(ws, p);
            Thread.sleep(imported ? 350 + random.nextInt(900) : random.nextInt(1100));
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            boolean journal = Files.exists(dir.resolve("w.reliefdesk-journal"));
            boolean partialBackup = partialBackups(ws) > 0;
            if (journal || partialBackup) {
                midWrite++;
                byStage.merge(stage(dir.resolve("child.log")), 1, Integer::sum);
            }
            checkIntact(ws, services);
            survived++;
        }
        System.out.printf("kills survived: %d of %d (%d landed mid-write, by stage: %s); -Dcrash.kills=%d "
                + "-Dcrash.seed=%d%n", survived, kills, midWrite, byStage, kills, Long.getLong("crash.seed", 42));
        assertThat(midWrite).as("kills that interrupted a write").isGreaterThanOrEqualTo(kills / 4);
        assertThat(byStage).as("kills during an import and an evaluation").containsKeys("import", "evaluation");

        // after all the kills: import (if the last one undid it) and evaluate; the counts are exactly right
        try (WorkspaceSession s = services.workspaces().open(ws)) {
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            EvaluationService.RunResult run = s.evaluate(SETTINGS, Progress.NONE, new Cancellation());
            assertThat(run.run().decisions()).isEqualTo(expected.decisions());
        }
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.integrityCheck()).isEqualTo("ok");
            assertThat(new Counts(w.count("import_batch"), services.imports().acceptedRows(w), w.count("subject"),
                    w.count("conviction"), expected.decisions())).isEqualTo(expected);
        }
    }

    /** The stage the child had reached, from the last stage line of its progress output. */
    private static String stage(Path log) throws IOException {
        List<String> stages = Files.readAllLines(log).stream().filter(l -> l.endsWith("...")).toList();
        String last = stages.isEmpty() ? "" : stages.get(stages.size() - 1);
        return last.startsWith("Importing") ? "import" : last.startsWith("Backing up") ? "backup"
                : last.startsWith("Evaluating") ? "evaluation" : last.isEmpty() ? "creation" : "other";
    }

    /** The counts of a workspace imported and evaluated without interruption. */
    private record Counts(long batches, long acceptedRows, long subjects, long convictions, long decisions) {
    }

    private Counts reference(Services services, Path input) throws IOException {
        Path ref = dir.resolve("reference.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(ref)) {
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            long decisions = s.evaluate(SETTINGS, Progress.NONE, new Cancellation()).run().decisions();
            try (Workspace w = Workspace.openReadOnly(ref)) {
                Counts c = new Counts(w.count("import_batch"), services.imports().acceptedRows(w), w.count("subject"),
                        w.count("conviction"), decisions);
                assertThat(c.acceptedRows()).isEqualTo(ROWS);
                assertThat(c.decisions()).isPositive();
                return c;
            }
        }
    }

    /**
     * Opens (rolling back what the kill interrupted) and checks that everything is whole. A kill before the new
     * workspace's first transaction leaves an empty file, which only the command line's {@code run} takes up.
     */
    private static void checkIntact(Path ws, Services services) throws IOException {
        boolean empty = Files.size(ws) == 0;
        try (Workspace w = empty ? Workspace.openOrCreate(ws) : Workspace.open(ws)) {
            assertThat(w.integrityCheck()).isEqualTo("ok");
            long batches = w.count("import_batch");
            if (batches == 0) {
                assertThat(w.count("source_block")).isZero();
                assertThat(w.count("subject")).isZero();
                assertThat(w.count("subject_part")).isZero();
                assertThat(w.count("conviction")).isZero();
                assertThat(w.count("rejected_row")).isZero();
                assertThat(w.count("evaluation_run")).isZero();
            } else {
                assertThat(batches).isEqualTo(1);
                assertThat(services.imports().acceptedRows(w)).as("the whole import or none of it").isEqualTo(ROWS);
            }
            assertThat(w.count("decision")).as("only whole runs").isEqualTo(w.count("evaluation_run") == 0 ? 0
                    : decisionsOfStoredRuns(w));
            assertThat(services.audit().verify(w).intact()).as("audit chain").isTrue();
        }
        for (WorkspaceBackups.Backup b : WorkspaceBackups.list(ws)) {
            try (Workspace backup = Workspace.openReadOnly(b.file())) {
                assertThat(backup.integrityCheck()).as("backup " + b.id()).isEqualTo("ok");
            }
        }
    }

    private static long decisionsOfStoredRuns(Workspace w) {
        return new org.reliefdesk.store.RunRepository(w).runs().stream()
                .mapToLong(org.reliefdesk.store.RunRepository.Run::decisions).sum();
    }

    private static long batches(Path ws) {
        try (Workspace w = Workspace.open(ws)) {
            return w.count("import_batch");
        }
    }

    private static long partialBackups(Path ws) throws IOException {
        Path folder = WorkspaceBackups.folder(ws);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    private static void deleteWorkspace(Path ws) throws IOException {
        Files.deleteIfExists(ws);
        Files.deleteIfExists(ws.resolveSibling("w.reliefdesk-journal"));
        Path backups = WorkspaceBackups.folder(ws);
        if (Files.isDirectory(backups)) {
            try (Stream<Path> s = Files.walk(backups)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void waitForWorkspace(Path ws, Process p) throws InterruptedException {
        for (int i = 0; i < 400 && p.isAlive() && !Files.exists(ws); i++) {
            Thread.sleep(10);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
