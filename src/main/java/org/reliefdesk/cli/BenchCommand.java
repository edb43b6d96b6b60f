package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.RunService;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: generates N fabricated rows, runs the whole {@code run} pipeline into a fresh workspace and
 * prints rows, seconds per stage, rows/s, peak heap and peak RSS. Figures are printed, never asserted.
 */
@Command(name = "bench", sortOptions = false,
        description = "Measure the whole pipeline on N fabricated rows: seconds per stage, rows/s, peak memory.")
final class BenchCommand implements Callable<Integer> {
    private static final String COUNTY = "SACRAMENTO";
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows to generate and run.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--mode", paramLabel = "default|gogen", defaultValue = "default", description = "Rules mode.")
    String mode;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated file, workspace and outputs.")
    boolean keep;

    BenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1) {
            spec.commandLine().getErr().println("Error: --rows must be at least 1.");
            return ReliefDeskCli.USAGE;
        }
        EvaluationMode m = EvaluationMode.find(mode).orElse(null);
        if (m == null) {
            spec.commandLine().getErr().println("Error: --mode must be \"default\" or \"gogen\".");
            return ReliefDeskCli.USAGE;
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("reliefdesk-bench");
        Path input = work.resolve("bench-fabricated-doj.csv");
        try {
            long g0 = System.nanoTime();
            TestDataService.Generated data = generateInAnotherJvm(input);
            double generate = (System.nanoTime() - g0) / 1e9;
            // A county's file sits on disk already: let the generator's writes reach the disk before timing.
            try (FileChannel ch = FileChannel.open(input, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            System.gc();
            MemoryPeak peak = new MemoryPeak();
            peak.start();
            RunSettings settings = new RunSettings(m, Preset.BEAR_DEFAULT.policy(), COUNTY,
                    RunSettings.DEFAULT_COMPUTE_AT);
            RunService.Result result = services.runs().run(new RunService.Request(List.of(input), settings,
                    work.resolve("outputs"), work.resolve("bench.reliefdesk")), Progress.NONE, new Cancellation());
            peak.finish();
            double total = result.seconds().get("total");
            out.printf(Locale.ROOT, "rows            %,d (%,d people, %.0f MB file; generated in %.1f s, not counted)%n",
                    data.rows(), data.people(), data.bytes() / 1e6, generate);
            out.printf(Locale.ROOT, "mode            %s, preset %s, county %s%n", m.id(), Preset.BEAR_DEFAULT.id(),
                    COUNTY);
            Map<String, Double> s = result.seconds();
            out.printf(Locale.ROOT, "import          %.2f s (CPU %.1f s, of which JIT compiling %.1f s)%n",
                    s.get("import"), s.get("cpu.import"), s.get("jit.import"));
            out.printf(Locale.ROOT, "evaluate        %.2f s (CPU %.1f s, JIT %.1f s; %,d decisions)%n",
                    s.get("evaluate"), s.get("cpu.evaluate"), s.get("jit.evaluate"), result.run().run().decisions());
            out.printf(Locale.ROOT, "export          %.2f s (CPU %.1f s, JIT %.1f s; %d files)%n", s.get("export"),
                    s.get("cpu.export"), s.get("jit.export"), result.written().size());
            out.printf(Locale.ROOT, "total           %.2f s%n", total);
            out.printf(Locale.ROOT, "throughput      %,.0f rows/s%n", data.rows() / total);
            out.printf(Locale.ROOT, "peak heap used  %.0f MB (live after GC: %.0f MB; max heap %.0f MB)%n",
                    peak.heapPeak() / 1e6, peak.livePeak() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            out.printf(Locale.ROOT, "peak RSS        %s%n", peak.rss());
            out.printf(Locale.ROOT, "workspace       %.0f MB%n", Files.size(work.resolve("bench.reliefdesk")) / 1e6);
            return ReliefDeskCli.OK;
        } finally {
            if (!keep) {
                BenchSupport.deleteTree(work);
            } else {
                out.println("kept in        " + work);
            }
        }
    }

    /**
     * Writes the fabricated file from a separate JVM, so the measured one runs only the pipeline, cold, as a
     * user's {@code run} would (generating in-process would warm it up and leave its compiler busy).
     */
    private TestDataService.Generated generateInAnotherJvm(Path input) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.reliefdesk.Launcher", "generate-test-data", "--county", COUNTY, "--target-size",
                Long.toString(rows), "--seed", Long.toString(seed), "--outputs", input.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("generating the test data failed: " + output.strip());
        }
        long people = Long.parseLong(output.replaceAll("(?s).*\\(([0-9,]+) people.*", "$1").replace(",", ""));
        return new TestDataService.Generated(input, rows, people, Files.size(input));
    }

    /** Peak heap (sampled every 5 ms, plus the pools' own peaks) and peak resident set size (Linux VmHWM). */
    static final class MemoryPeak extends Thread {
        private volatile boolean running = true;
        private volatile long peak;
        private volatile long live;

        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();

        MemoryPeak() {
            super("memory-peak");
            setDaemon(true);
            for (MemoryPoolMXBean pool : heapPools) {
                pool.resetPeakUsage();
            }
            resetRss();
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                long afterGc = 0;
                for (MemoryPoolMXBean pool : heapPools) {
                    if (pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                live = Math.max(live, afterGc);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }

        /** The most heap still in use right after a collection: what the run really keeps. */
        long livePeak() {
            return live;
        }

        long heapPeak() {
            long pools = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                if (pool.getPeakUsage() != null) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            return Math.max(peak, Math.min(pools, Runtime.getRuntime().maxMemory()));
        }

        private static void resetRss() {
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // not Linux, or not allowed: the peak then covers the whole process life
            }
        }

        String rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        return String.format(Locale.ROOT, "%.0f MB", kb / 1e3);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return "not available on this system";
            }
            return "not available on this system";
        }
    }
}
