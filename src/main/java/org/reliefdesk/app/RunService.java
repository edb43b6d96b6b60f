package org.reliefdesk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole pipeline headless: import the DOJ files into a workspace, evaluate them under the run's settings,
 * and write every output. The command line's {@code run} and the benchmark use it; the GUI calls the same steps.
 */
public final class RunService {
    private static final JsonFactory JSON = new JsonFactory();

    private final ImportService imports;
    private final CourtImportService courtImports;
    private final EvaluationService evaluations;
    private final BundleExportService exports;
    private final java.util.function.LongSupplier nanoTime;
    private final BackupLimits limits;

    public RunService(ImportService imports, CourtImportService courtImports, EvaluationService evaluations,
                      BundleExportService exports, java.util.function.LongSupplier nanoTime) {
        this(imports, courtImports, evaluations, exports, nanoTime, BackupLimits.DEFAULT);
    }

    /** {@code limits}: the backups kept of the workspace (taken before an import into it and a re-evaluation). */
    public RunService(ImportService imports, CourtImportService courtImports, EvaluationService evaluations,
                      BundleExportService exports, java.util.function.LongSupplier nanoTime, BackupLimits limits) {
        this.imports = imports;
        this.courtImports = courtImports;
        this.evaluations = evaluations;
        this.exports = exports;
        this.nanoTime = nanoTime;
        this.limits = limits;
    }

    /** What to run: DOJ files, and court exports each with its mapping. */
    public record Request(List<Path> inputs, List<CourtInput> court, RunSettings settings, Path outputs,
                          Path workspace) {
        public Request(List<Path> inputs, RunSettings settings, Path outputs, Path workspace) {
            this(inputs, List.of(), settings, outputs, workspace);
        }
    }

    /** A court export and the mapping to read it with. */
    public record CourtInput(Path file, org.reliefdesk.court.CourtMapping mapping) {
    }

    /** How it went: import outcomes, the run, files written, warnings, and seconds per stage. */
    public record Result(List<ImportService.FileOutcome> imports, List<CourtImportService.Outcome> courtImports,
                         EvaluationService.RunResult run, List<Path> written, List<String> warnings,
                         Map<String, Double> seconds) {
    }

    /** Nothing to evaluate: every file was unusable, or no row of any file could be read. */
    public static final class NoUsableInputException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<ImportService.FileOutcome> outcomes;

        NoUsableInputException(String message, List<ImportService.FileOutcome> outcomes) {
            super(message);
            this.outcomes = outcomes;
        }

        public List<ImportService.FileOutcome> outcomes() {
            return outcomes;
        }
    }

    public Result run(Request request, Progress progress, Cancellation cancel)
            throws IOException, NoUsableInputException {
        Map<String, Double> seconds = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long t0 = nanoTime.getAsLong();
        long c0 = cpuNanos();
        long j0 = jitMillis();
        try (Workspace workspace = open(request.workspace())) {
            List<ImportService.FileOutcome> outcomes = imports.importFiles(workspace, request.inputs(), progress,
                    cancel);
            long t1 = nanoTime.getAsLong();
            seconds.put("import", (t1 - t0) / 1e9);
            long c1 = cpuNanos();
            seconds.put("cpu.import", (c1 - c0) / 1e9);
            long j1 = jitMillis();
            seconds.put("jit.import", (j1 - j0) / 1e3);
            checkUsable(workspace, outcomes);
            for (ImportService.FileOutcome o : outcomes) {
                if (o instanceof ImportService.Duplicate d) {
                    warnings.add(d.path().getFileName() + " is already in the workspace (imported as "
                            + d.existing().fileName() + " on " + d.existing().importedAt()
                            + "); it was not imported again.");
                } else if (o instanceof ImportService.Unusable u) {
                    warnings.add(u.message());
                }
            }
            countyWarning(workspace, request.settings().county()).ifPresent(warnings::add);
            List<CourtImportService.Outcome> court = new ArrayList<>();
            if (!request.court().isEmpty()) {
                for (CourtInput in : request.court()) {
                    CourtImportService.Outcome o = courtImports.importFile(workspace, in.file(), in.mapping(),
                            progress, cancel);
                    court.add(o);
                    if (o instanceof CourtImportService.Refused r) {
                        warnings.add(r.message());
                    } else if (o instanceof CourtImportService.Duplicate d) {
                        warnings.add(d.path().getFileName() + " is already in the workspace (imported as "
                                + d.importedAs() + " on " + d.importedAt() + "); it was not imported again.");
                    }
                }
                long tc = nanoTime.getAsLong();
                seconds.put("court", (tc - t1) / 1e9);
                seconds.put("cpu.court", (cpuNanos() - c1) / 1e9);
                seconds.put("jit.court", (jitMillis() - j1) / 1e3);
                t1 = tc;
                c1 = cpuNanos();
                j1 = jitMillis();
            }
            // the backup before this run's imports is the one backup of the whole command
            boolean imported = outcomes.stream().anyMatch(o -> o instanceof ImportService.Imported)
                    || court.stream().anyMatch(o -> o instanceof CourtImportService.Imported);
            EvaluationService.RunResult run = evaluations.evaluate(workspace, request.settings(), progress, cancel,
                    imported);
            long t2 = nanoTime.getAsLong();
            seconds.put("evaluate", (t2 - t1) / 1e9);
            long c2 = cpuNanos();
            seconds.put("cpu.evaluate", (c2 - c1) / 1e9);
            long j2 = jitMillis();
            seconds.put("jit.evaluate", (j2 - j1) / 1e3);
            BundleExportService.Written written = exports.export(workspace, run.run().id(), request.outputs(),
                    (t2 - t0) / 1e9, progress, cancel);
            long t3 = nanoTime.getAsLong();
            seconds.put("export", (t3 - t2) / 1e9);
            seconds.put("cpu.export", (cpuNanos() - c2) / 1e9);
            seconds.put("jit.export", (jitMillis() - j2) / 1e3);
            seconds.put("total", (t3 - t0) / 1e9);
            return new Result(outcomes, court, run, written.files(), warnings, seconds);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static long jitMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** CPU time of the whole process so far (all threads), or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private Workspace open(Path file) {
        try {
            return Workspace.openOrCreate(file, limits);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static void checkUsable(Workspace workspace, List<ImportService.FileOutcome> outcomes)
            throws NoUsableInputException {
        boolean anyRows = new ImportRepository(workspace).batches().stream().anyMatch(b -> b.rowsAccepted() > 0);
        if (anyRows) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        ImportRepository imports = new ImportRepository(workspace);
        SourceRepository sources = new SourceRepository(workspace);
        for (ImportService.FileOutcome o : outcomes) {
            String name = o.path().getFileName().toString();
            if (o instanceof ImportService.Unusable u) {
                reasons.add(u.message());
            } else if (o instanceof ImportService.Imported i) {
                imports.findBySha(i.batch().sha256()).ifPresent(b ->
                        reasons.add("No row of " + name + " could be read: " + whyNoRow(sources, name, b) + "."));
            } else if (o instanceof ImportService.Duplicate d) {
                imports.findBySha(d.existing().sha256()).ifPresent(b -> reasons.add("No row of " + name
                        + " could be read: it is already in the workspace (imported on " + b.finishedAt() + "), and "
                        + whyNoRow(sources, name, b) + "."));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("No row of the input files could be read.");
        }
        throw new NoUsableInputException(String.join(" ", reasons), outcomes);
    }

    /** Why an imported file gave no row, naming the first line set aside (the file itself is not written out). */
    private static String whyNoRow(SourceRepository sources, String name, ImportBatch b) {
        if (b.rowsRead() == 0) {
            return b.header() ? "it has a header row but no data rows" : "it holds no rows";
        }
        Optional<RowProblem> first = sources.firstRejected(b.id(), name);
        if (first.isEmpty()) {
            return "all its rows were set aside";
        }
        RowProblem p = first.get();
        return b.rowsRejected() == 1 ? "its only row, at line " + p.line() + ", was set aside because " + p.reason()
                : "all " + b.rowsRejected() + " rows were set aside, the first at line " + p.line() + " because "
                        + p.reason();
    }

    /** A warning listing the counties found when the chosen county has no row in the workspace. */
    static java.util.Optional<String> countyWarning(Workspace workspace, String county) throws IOException {
        Map<String, Long> counties = new TreeMap<>();
        for (ImportBatch b : new ImportRepository(workspace).batches()) {
            counties(b).forEach((k, v) -> counties.merge(k, v, Long::sum));
        }
        String wanted = county.strip().toUpperCase(Locale.ROOT);
        boolean found = counties.keySet().stream().anyMatch(k -> k.toUpperCase(Locale.ROOT).equals(wanted));
        if (found) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("No row of the input is in the county \"" + county + "\"; the counties found are: "
                + String.join(", ", counties.keySet().stream().map(k -> k.isEmpty() ? "(blank)" : k).toList())
                + ". Check the --county value.");
    }

    /** The rows of an imported file, by the county they name. */
    private static Map<String, Long> counties(ImportBatch b) throws IOException {
        Map<String, Long> counties = new TreeMap<>();
        try (JsonParser p = JSON.createParser(b.countiesJson())) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    counties.merge(name, p.getLongValue(), Long::sum);
                }
            }
        }
        return counties;
    }

    /** The accepted rows of an imported file that name the county (case and spaces aside); 0 when unknown. */
    static long rowsOfCounty(ImportBatch b, String county) {
        String wanted = county.strip().toUpperCase(Locale.ROOT);
        try {
            return counties(b).entrySet().stream().filter(e -> e.getKey().strip().toUpperCase(Locale.ROOT)
                    .equals(wanted)).mapToLong(Map.Entry::getValue).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
