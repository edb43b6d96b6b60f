package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.ConvictionStatus;
import org.reliefdesk.app.followthrough.PullService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench-pull}: times the reconciliation of a later DOJ pull (follow-through.md) against a workspace whose
 * relief was filed and granted, beside {@code sqlite3 .import} of the same file on the same machine. The workspace, the
 * papers, the filing, the order and the pull file are made first by child processes (the real commands), so this
 * process runs only the pull, cold, as a user's {@code pull} would. Figures are printed, never asserted.
 */
@Command(name = "bench-pull", sortOptions = false, description = "Measure a later DOJ pull of N rows against a "
        + "workspace of N rows with its relief filed and granted, beside sqlite3 .import of the same file.")
final class BenchPullCommand implements Callable<Integer> {
    private static final String COUNTY = "SACRAMENTO";
    private static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows of the workspace and the pull.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the files, the workspace and the pull.")
    boolean keep;

    @Option(names = "--sqlite3", paramLabel = "PROGRAM", defaultValue = "sqlite3",
            description = "The sqlite3 shell to compare with. Default: ${DEFAULT-VALUE}.")
    String sqlite3;

    BenchPullCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1) {
            spec.commandLine().getErr().println("Error: --rows must be at least 1.");
            return ReliefDeskCli.USAGE;
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("reliefdesk-bench-pull");
        Path input = work.resolve("first.csv");
        Path ws = work.resolve("bench.reliefdesk");
        Path pull = work.resolve("pull.csv");
        try {
            long s0 = System.nanoTime();
            child("generate-test-data", "--county", COUNTY, "--target-size", Long.toString(rows), "--seed",
                    Long.toString(seed), "--outputs", input.toString());
            child("run", "--input-doj", input.toString(), "--county", COUNTY, "--compute-at", "2020-07-01",
                    "--preset", "bear-default", "--outputs", work.resolve("out").toString(), "--workspace",
                    ws.toString());
            Path office = Files.writeString(work.resolve("office.json"), "{\"county\": \"Sacramento\", \"courtName\": "
                    + "\"Superior Court\", \"courtAddress\": \"720 9th Street\", \"daName\": \"Bench DA\", "
                    + "\"deputyName\": \"Bench Deputy\", \"barNumber\": \"1\", \"officeAddress\": \"901 G Street\", "
                    + "\"phone\": \"0\", \"email\": \"bench@example.invalid\"}", StandardCharsets.UTF_8);
            Path motion = work.resolve("motion.pdf");
            child("export", "--workspace", ws.toString(), "--office", office.toString(), "--motion",
                    motion.toString(), "--quiet");
            String filed = child("filing", "--workspace", ws.toString(), "--papers", motion.toString(), "--filed-on",
                    LocalDate.now().toString());
            child("orders", "--workspace", ws.toString(), "--filing", "1", "--granted-on",
                    LocalDate.now().toString());
            child("generate-test-data", "--later-pull-of", input.toString(), "--workspace", ws.toString(),
                    "--target-size", Long.toString(rows), "--seed", Long.toString(seed + 1), "--outputs",
                    pull.toString());
            double setup = (System.nanoTime() - s0) / 1e9;
            // a county's files sit on disk already: let the children's writes reach the disk before timing
            for (Path written : List.of(pull, ws)) {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(written,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            if (keep) {
                // the workspace as it is before the pull, to measure the pull again with the pull command
                Files.copy(ws, work.resolve("before-pull.reliefdesk"));
            }

            System.gc();
            BenchCommand.MemoryPeak peak = new BenchCommand.MemoryPeak();
            peak.start();
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            PullService.Pulled p;
            Stages stages = new Stages();
            try (WorkspaceSession s = services.workspaces().open(ws)) {
                stages.begin("Opening the workspace", -1);
                p = s.followThrough().importPull(pull, LocalDate.now(), stages, new Cancellation());
                stages.begin("Closing", -1);
            }
            stages.begin("", -1);
            double pullSeconds = (System.nanoTime() - t0) / 1e9;
            double pullCpu = (cpu() - cpu0) / 1e9;
            peak.finish();

            double importSeconds = sqliteImport(work, pull);
            out.printf(Locale.ROOT, "workspace       %,d DOJ rows; %s (setup by child processes in %.0f s, not "
                    + "counted)%n", rows, filed.strip(), setup);
            out.printf(Locale.ROOT, "pull file       %,d rows, %.0f MB%n", p.rowsRead(), Files.size(pull) / 1e6);
            out.printf(Locale.ROOT, "pull            %.2f s (CPU %.1f s): %,d granted convictions checked: %,d "
                    + "confirmed, %,d absent, %,d not yet; %,d new in the pull%n", pullSeconds, pullCpu, p.checked(),
                    p.count(ConvictionStatus.CONFIRMED), p.count(ConvictionStatus.ABSENT_FROM_PULL),
                    p.count(ConvictionStatus.NOT_YET_IN_DOJ), p.newInPull().size());
            for (var e : stages.seconds.entrySet()) {
                out.printf(Locale.ROOT, "  %-30s %.2f s%n", e.getKey(), e.getValue());
            }
            out.printf(Locale.ROOT, "sqlite3 .import %s%n", importSeconds < 0 ? "not measured (" + sqlite3
                    + " not found)" : String.format(Locale.ROOT, "%.2f s (the same file into a new database table)",
                    importSeconds));
            if (importSeconds > 0) {
                out.printf(Locale.ROOT, "pull / import   %.2f%n", pullSeconds / importSeconds);
            }
            out.printf(Locale.ROOT, "peak heap used  %.0f MB (live after GC: %.0f MB; max heap %.0f MB)%n",
                    peak.heapPeak() / 1e6, peak.livePeak() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            out.printf(Locale.ROOT, "peak RSS        %s%n", peak.rss());
            return ReliefDeskCli.OK;
        } finally {
            if (!keep) {
                BenchSupport.deleteTree(work);
            } else {
                out.println("kept in         " + work);
            }
        }
    }

    /** Seconds per stage of the pull, from the stages it announces. */
    private static final class Stages implements Progress {
        final java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        private final long start = System.nanoTime();
        private String stage = "Before opening";
        private long since = start;

        @Override
        public void begin(String next, long total) {
            long now = System.nanoTime();
            seconds.merge(stage, (now - since) / 1e9, Double::sum);
            stage = next;
            since = now;
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void warn(String message) {
        }
    }

    /** Runs a ReliefDesk command in a child JVM with this one's heap; returns what it printed. */
    private static String child(String... args) throws IOException, InterruptedException {
        return BenchSupport.child(Runtime.getRuntime().maxMemory() / (1 << 20) + "m", args);
    }

    private static long cpu() {
        var bean = ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Seconds {@code sqlite3} takes to .import the file into a table of a new database; -1 when it is missing. */
    private double sqliteImport(Path work, Path file) throws IOException, InterruptedException {
        Path db = work.resolve("sqlite3-import.db");
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(sqlite3, db.toString(), ".mode csv", ".import " + file + " pull")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IOException("sqlite3 .import failed: " + output.strip());
        }
        Files.deleteIfExists(db);
        return seconds;
    }
}
