package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtImportService;
import org.reliefdesk.app.EvaluationService;
import org.reliefdesk.app.MappingService;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench-court}: a court export of M fabricated rows imported, linked and evaluated into a workspace that
 * already holds N evaluated DOJ rows (the data and the workspace are made by separate JVMs, so this one starts
 * cold), with seconds per stage, peak heap and RSS; beside it, how long {@code sqlite3 .import} takes for the same
 * court file on this machine. Figures are printed, never asserted.
 */
@Command(name = "bench-court", sortOptions = false,
        description = "Measure a court import: read, link and evaluate M court rows against N DOJ rows.")
final class BenchCourtCommand implements Callable<Integer> {
    private static final String COUNTY = "SACRAMENTO";
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "DOJ rows in the workspace.")
    long rows;

    @Option(names = "--court-rows", paramLabel = "M", defaultValue = "1000000", description = "Court rows to import.")
    long courtRows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated files and the workspace.")
    boolean keep;

    @Option(names = "--doj-alone", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time deciding the DOJ workspace again without the court rows, on a copy "
                    + "(default: on; --no-doj-alone skips it).")
    boolean withDojAlone;

    @Option(names = "--reuse", description = "With --dir: use the files and evaluated DOJ workspace a kept run made "
            + "there (prepared.reliefdesk), so repeated measurements skip generating and preparing.")
    boolean reuse;

    BenchCourtCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1 || courtRows < 1) {
            spec.commandLine().getErr().println("Error: --rows and --court-rows must be at least 1.");
            return ReliefDeskCli.USAGE;
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("reliefdesk-bench-court");
        Path doj = work.resolve("doj.csv");
        Path court = work.resolve("court.csv");
        Path mappingFile = work.resolve("court.mapping.json");
        Path ws = work.resolve("bench.reliefdesk");
        Path prepared = work.resolve("prepared.reliefdesk");
        try {
            double generated = 0;
            double prepared0 = 0;
            if (reuse && Files.isRegularFile(prepared)) {
                BenchSupport.deleteTree(work.resolve("bench.reliefdesk.backups"));
                Files.copy(prepared, ws, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
            long g0 = System.nanoTime();
            child("generate-test-data", "--county", COUNTY, "--target-size", Long.toString(rows), "--seed",
                    Long.toString(seed), "--outputs", doj.toString(), "--court-output", court.toString(),
                    "--court-mapping-output", mappingFile.toString(), "--court-rows", Long.toString(courtRows));
            generated = (System.nanoTime() - g0) / 1e9;
            long p0 = System.nanoTime();
            child("run", "--input-doj", doj.toString(), "--county", COUNTY, "--compute-at", "2020-07-01",
                    "--preset", Preset.BEAR_DEFAULT.id(), "--outputs", work.resolve("doj-outputs").toString(),
                    "--workspace", ws.toString(), "--quiet");
            prepared0 = (System.nanoTime() - p0) / 1e9;
            Files.copy(ws, prepared, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path f : List.of(court, ws)) {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            double sqlite = sqliteImport(court, work.resolve("sqlite3-import.db"));
            CourtMapping mapping = CourtMapping.parse(MappingService.readMappingFile(mappingFile), "the mapping",
                    "bench");
            RunSettings settings = new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                    RunSettings.DEFAULT_COMPUTE_AT);
            // in a folder of its own, which goes with its backup
            Path dojAlone = work.resolve("doj-alone").resolve("doj-alone.reliefdesk");
            if (withDojAlone) {
                BenchSupport.deleteTree(dojAlone.getParent());
                Files.createDirectories(dojAlone.getParent());
                Files.copy(ws, dojAlone);
            }
            System.gc();
            StageClock stages = new StageClock();
            BenchCommand.MemoryPeak peak = new BenchCommand.MemoryPeak();
            long o0 = System.nanoTime();
            CourtImportService.Outcome outcome;
            EvaluationService.RunResult run;
            try (WorkspaceSession s = services.workspaces().open(ws)) {
                double open = (System.nanoTime() - o0) / 1e9;
                peak.start();
                stages.begin("start", -1);
                outcome = s.court().importFile(court, mapping, stages, new Cancellation());
                run = s.evaluate(settings, stages, new Cancellation());
                stages.begin("end", -1);
                peak.finish();
                out.printf(Locale.ROOT, "DOJ workspace   %,d rows, evaluated (generated in %.1f s, imported and evaluated "
                        + "in %.1f s by other JVMs, not counted); opened in %.2f s%n", rows, generated, prepared0, open);
            }
            // after the measured import, so that its JVM starts cold: this one is warm, a lower bound
            double floor = withDojAlone ? decideDojAlone(dojAlone, settings) : -1;
            if (!(outcome instanceof CourtImportService.Imported imported)) {
                out.println("The court import did not happen: " + outcome);
                return ReliefDeskCli.FAILED;
            }
            out.printf(Locale.ROOT, "court file      %,d rows, %.0f MB (%s)%n", imported.report().rowsRead(),
                    Files.size(court) / 1e6, imported.report().readAs());
            double total = 0;
            double backups = 0;
            for (StageClock.Stage st : stages.stages()) {
                out.printf(Locale.ROOT, "  %-58s %6.2f s%n", st.name(), st.seconds());
                total += st.seconds();
                backups += st.name().startsWith("Backing up") ? st.seconds() : 0;
            }
            out.printf(Locale.ROOT, "import + link + evaluation  %.2f s, of which backups of the workspace %.2f s "
                    + "(without them %.2f s)%n", total, backups, total - backups);
            out.printf(Locale.ROOT, "throughput      %,.0f court rows/s (without backups)%n",
                    imported.report().rowsRead() / (total - backups));
            out.printf(Locale.ROOT, "people          %,d court people: %,d linked, %,d ambiguous, %,d no DOJ person; run %d: "
                            + "%,d decisions, court convictions %,d both, %,d court only%n",
                    imported.report().links().people(), imported.report().links().linked(),
                    imported.report().links().ambiguous(), imported.report().links().noDojPerson(), run.run().id(),
                    run.run().decisions(), run.court().both(), run.court().courtOnly());
            out.printf(Locale.ROOT, "sqlite3 .import %s%n", sqlite < 0 ? "not measured (sqlite3 is not installed)"
                    : String.format(Locale.ROOT, "%.2f s for the same court file", sqlite));
            if (floor >= 0) {
                out.printf(Locale.ROOT, "DOJ alone       %.2f s to decide the DOJ workspace again without any court row "
                        + "(a copy from before the court import, in this JVM once warm)%n", floor);
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

    /**
     * Seconds the evaluation stage takes to decide {@code copy}, the DOJ workspace as it was before the court import,
     * again (the backup before it not counted): what re-deciding the people court rows link to costs before any court
     * row is read, since a court row can change every decision of its person.
     */
    private double decideDojAlone(Path copy, RunSettings settings) throws IOException {
        try {
            System.gc();
            StageClock stages = new StageClock();
            try (WorkspaceSession s = services.workspaces().open(copy)) {
                s.evaluate(settings, stages, new Cancellation());
                stages.begin("end", -1);
            }
            return stages.stages().stream().filter(st -> st.name().startsWith("Evaluating"))
                    .mapToDouble(StageClock.Stage::seconds).sum();
        } finally {
            BenchSupport.deleteTree(copy.getParent());
        }
    }

    /** Seconds {@code sqlite3 FILE ".import --csv court.csv court"} takes, or -1 without sqlite3. */
    private static double sqliteImport(Path csv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("sqlite3", db.toString(), ".import --csv " + csv + " court")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1;
        }
        p.getInputStream().readAllBytes();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(db);
        return code == 0 ? seconds : -1;
    }

    /** Runs a ReliefDesk command in a child JVM with a 1 GB heap. */
    private static void child(String... args) throws IOException, InterruptedException {
        BenchSupport.child("1g", args);
    }

    /** A progress that notes when each stage begins, to time them. */
    private static final class StageClock implements Progress {
        record Stage(String name, double seconds) {
        }

        private final List<Stage> stages = new ArrayList<>();
        private String current;
        private long since;

        @Override
        public void begin(String stage, long total) {
            long now = System.nanoTime();
            if (current != null && !current.equals("start")) {
                stages.add(new Stage(current, (now - since) / 1e9));
            }
            current = stage;
            since = now;
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void warn(String message) {
        }

        List<Stage> stages() {
            return stages;
        }
    }
}
