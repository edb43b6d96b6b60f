package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace survives kill -9 of the program writing it, many times, at random moments of its creation, the
 * import, the backups and the evaluation: after each kill it opens (a file left empty is set up, as the window
 * offers), passes SQLite's full integrity check and the audit chain check, shows no partial import or run and no
 * partial backup; after all of them a new import and evaluation give exactly the counts of a workspace that was
 * never interrupted.
 *
 * <p>The moments adapt to the machine rather than to a fixed window: two uninterrupted runs (a new workspace, then a
 * re-run on it) are timed first, stage by stage, from the progress lines the child prints. Each kill then picks a
 * stage, waits until the child has begun it (observable progress) and strikes at a random fraction of the stage's
 * measured length, so slow and fast machines alike are hit mid-write.
 *
 * <p>{@code -Dcrash.kills=N} runs more (default 24); {@code -Dcrash.seed=S} another sequence.
 */
final class ImportCrashTest {
    private static final int ROWS = 20_000;
    private static final String COUNTY = "SACRAMENTO";
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
            COUNTY, LocalDate.parse("2020-07-01"));
    /** The progress line the child prints as each stage begins, by the stage's name in the figures. */
    private static final Map<String, String> STAGES = Map.of("import", "Importing ", "backup", "Backing up the "
            + "workspace before the import", "evaluation backup", "Backing up the workspace before the evaluation",
            "evaluation", "Evaluating convictions", "results", "Writing the results");
    /** Before the first progress line: the JVM starts and the workspace is made or opened. */
    private static final String CREATION = "creation";

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
        Map<String, Long> fresh = child(input, ws).runToEnd();
        Map<String, Long> rerun = child(input, ws).runToEnd();
        System.out.printf("uninterrupted runs, ms per stage: new workspace %s; re-run %s%n", fresh, rerun);
        int survived = 0;
        int midWrite = 0;
        Map<String, Integer> byStage = new TreeMap<>();
        for (int i = 0; i < kills; i++) {
            if (i % 2 == 0) {
                deleteWorkspace(ws); // a fresh workspace: the child creates it, imports, then evaluates
            }
            Map<String, Long> timed = Files.exists(ws) && batches(ws) > 0 ? rerun : fresh;
            List<String> targets = new ArrayList<>(timed.keySet());
            String target = targets.get(random.nextInt(targets.size()));
            String reached = child(input, ws).killDuring(target, (long) (random.nextDouble() * timed.get(target)));
            boolean journal = Files.exists(dir.resolve("w.reliefdesk-journal"));
            boolean partialBackup = partialBackups(ws) > 0;
            if (journal || partialBackup) {
                midWrite++;
                byStage.merge(reached, 1, Integer::sum);
            }
            checkIntact(ws, services);
            survived++;
        }
        System.out.printf("kills survived: %d of %d (%d landed mid-write, by stage: %s); -Dcrash.kills=%d "
                + "-Dcrash.seed=%d%n", survived, kills, midWrite, byStage, kills, Long.getLong("crash.seed", 42));
        assertThat(midWrite).as("kills that interrupted a write").isGreaterThanOrEqualTo(kills / 4);
        assertThat(byStage).as("kills during an import and an evaluation").containsKeys("import", "evaluation");

        // after all the kills: import (if the last one undid it) and evaluate; the counts are exactly right
        try (WorkspaceSession s = open(services, ws)) {
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

    /** The command line's {@code run} in a child JVM, its progress lines read as they come. */
    private Child child(Path input, Path ws) throws IOException {
        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.reliefdesk.Launcher", "run", "--input-doj", input.toString(), "--county", COUNTY,
                "--compute-at", "2020-07-01", "--preset", "dismiss-all", "--outputs", dir.resolve("out").toString(),
                "--workspace", ws.toString()).redirectErrorStream(true).start();
        return new Child(p);
    }

    /** A running child and the stages it has begun, with when. */
    private static final class Child {
        private final Process process;
        private final long started = System.nanoTime();
        private final List<String> stages = new CopyOnWriteArrayList<>();
        private final List<Long> at = new CopyOnWriteArrayList<>();
        private final Thread reader;

        Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String stage = stageOf(line);
                        if (stage != null) {
                            at.add(System.nanoTime()); // the time first: a reader of stages then finds its time
                            stages.add(stage);
                        }
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for the end; returns each stage's length in ms, "creation" being the time before the first. */
        Map<String, Long> runToEnd() throws InterruptedException {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            reader.join(10_000);
            long end = System.nanoTime();
            assertThat(process.exitValue()).as("an uninterrupted run succeeds").isZero();
            Map<String, Long> ms = new LinkedHashMap<>();
            ms.put(CREATION, Math.max(1, ((at.isEmpty() ? end : at.get(0)) - started) / 1_000_000));
            for (int i = 0; i < stages.size(); i++) {
                if (!stages.get(i).equals("results") && !stages.get(i).equals("other")) {
                    long next = i + 1 < at.size() ? at.get(i + 1) : end;
                    ms.put(stages.get(i), Math.max(1, (next - at.get(i)) / 1_000_000));
                }
            }
            return ms;
        }

        /**
         * Kills the child {@code afterMs} into the stage {@code target} (at once if it ends before the stage is seen);
         * returns the last stage it had begun.
         */
        String killDuring(String target, long afterMs) throws InterruptedException {
            long begun = started;
            if (!target.equals(CREATION)) {
                int index;
                while ((index = stages.indexOf(target)) < 0 && process.isAlive()) {
                    Thread.sleep(1);
                }
                begun = index < 0 ? System.nanoTime() : at.get(index);
            }
            long until = begun + afterMs * 1_000_000;
            while (process.isAlive() && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            return stages.isEmpty() ? CREATION : stages.get(stages.size() - 1);
        }

        private static String stageOf(String line) {
            if (!line.endsWith("...")) {
                return null;
            }
            return STAGES.entrySet().stream().filter(e -> line.startsWith(e.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElse("other");
        }
    }

    /**
     * Opens (undoing what the kill interrupted) and checks that everything is whole. A kill before the new
     * workspace's first transaction leaves an empty file, which is set up as the window offers to.
     */
    private static void checkIntact(Path ws, Services services) throws IOException {
        if (!Files.exists(ws)) {
            return; // killed before the workspace file was made
        }
        open(services, ws).close();
        try (Workspace w = Workspace.open(ws)) {
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

    /** Opens as the window does, setting up (as the user would agree to) a workspace left empty by a kill. */
    private static WorkspaceSession open(Services services, Path ws) {
        try {
            return services.workspaces().open(ws);
        } catch (WorkspaceService.EmptyWorkspaceException e) {
            return services.workspaces().continueEmpty(ws);
        }
    }

    private static long decisionsOfStoredRuns(Workspace w) {
        return new org.reliefdesk.store.RunRepository(w).runs().stream()
                .mapToLong(org.reliefdesk.store.RunRepository.Run::decisions).sum();
    }

    private static long batches(Path ws) {
        try (Workspace w = Workspace.openReadOnly(ws)) {
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

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
