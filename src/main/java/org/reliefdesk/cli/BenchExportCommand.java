package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.rules.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench-export}: times each court export of a workspace run (workbook, bulk motion, combined orders,
 * one-file-per-person orders, notice) and prints seconds, items/s and peak heap. Figures are printed, never
 * asserted. Prepare the workspace with {@code generate-test-data} and {@code run}.
 */
@Command(name = "bench-export", sortOptions = false,
        description = "Measure the court exports of a workspace run: seconds, items/s, peak heap per paper.")
final class BenchExportCommand implements Callable<Integer> {
    /** Fabricated office details for the papers (never saved into the workspace). */
    private static final OfficeDetails BENCH_OFFICE = new OfficeDetails("Sacramento",
            "BENCH Superior Court of California", "BENCH 1 Court Street", "BENCH District Attorney",
            "BENCH Deputy", "000000", "BENCH 1 Office Street", "(000) 000-0000", "bench@example.invalid");
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace with a run.")
    Path workspace;

    @Option(names = "--run", paramLabel = "ID|latest", defaultValue = "latest", description = "Run to export.")
    String run;

    @Option(names = "--only", split = ",", paramLabel = "PAPER[,PAPER...]",
            defaultValue = "xlsx,motion,orders,orders-per-person,notice",
            description = "Which exports to time. Default: ${DEFAULT-VALUE}.")
    List<String> only;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the papers (default: a temporary one).")
    Path dir;

    @Option(names = "--keep", description = "Keep the papers.")
    boolean keep;

    BenchExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer runId = "latest".equalsIgnoreCase(run) ? null : Integer.valueOf(run);
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("reliefdesk-bench-export");
        try {
            out.printf(Locale.ROOT, "max heap        %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
            for (String paper : only) {
                Path target = work.resolve(switch (paper) {
                    case "xlsx" -> "court.xlsx";
                    case "motion" -> "motion.pdf";
                    case "orders" -> "orders.pdf";
                    case "orders-per-person" -> "orders";
                    case "notice" -> "notice.pdf";
                    default -> "";
                });
                if (target.equals(work)) {
                    err.println("Error: --only takes xlsx, motion, orders, orders-per-person, notice; not \""
                            + paper + "\".");
                    return ReliefDeskCli.USAGE;
                }
                CourtExportService.Request request = new CourtExportService.Request(runId,
                        paper.equals("xlsx") ? target : null, paper.equals("motion") ? target : null,
                        paper.equals("orders") ? target : null, paper.equals("orders-per-person") ? target : null,
                        paper.equals("notice") ? target : null, null);
                System.gc();
                BenchCommand.MemoryPeak peak = new BenchCommand.MemoryPeak();
                peak.start();
                long t0 = System.nanoTime();
                CourtExportService.Result r;
                try {
                    r = services.courtExports().export(workspace, request, BENCH_OFFICE, Progress.NONE,
                            new Cancellation());
                } catch (CourtExportService.ExportException e) {
                    err.println("Error: " + e.getMessage());
                    return ReliefDeskCli.FAILED;
                } finally {
                    peak.finish();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long items;
                String what;
                switch (paper) {
                    case "motion" -> {
                        items = r.byOutcome().get(Outcome.DISMISS) + r.byOutcome().get(Outcome.REDUCE);
                        what = "convictions in Exhibits A and B";
                    }
                    case "orders", "orders-per-person" -> {
                        items = r.orders();
                        what = "people with an order";
                    }
                    case "notice" -> {
                        items = r.byOutcome().get(Outcome.NOT_ELIGIBLE);
                        what = "challenged convictions";
                    }
                    default -> {
                        items = r.convictions();
                        what = "convictions";
                    }
                }
                out.printf(Locale.ROOT, "%-17s %6.2f s  %,9d %s (%,.0f/s), peak heap %.0f MB (live after GC "
                                + "%.0f MB), %.1f MB written%n", paper, seconds, items, what, items / seconds,
                        peak.heapPeak() / 1e6, peak.livePeak() / 1e6, size(target) / 1e6);
            }
            return ReliefDeskCli.OK;
        } finally {
            if (!keep) {
                BenchSupport.deleteTree(work);
            } else {
                out.println("kept in         " + work);
            }
        }
    }

    private static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            long total = 0;
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }
}
