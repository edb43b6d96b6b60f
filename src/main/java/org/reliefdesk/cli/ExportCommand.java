package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.DateStyle;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceException;
import org.reliefdesk.rules.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * {@code export}: court-ready papers from a workspace run with overrides applied: the Excel workbook, the bulk
 * motion and proposed order, per-person orders and the notice of challenges (H&S 11361.8, 11361.9).
 */
@Command(name = "export", sortOptions = false,
        description = "Write court-ready papers from a workspace run (overrides applied): workbook, bulk motion, "
                + "per-person orders, notice of challenges.")
final class ExportCommand implements Callable<Integer> {
    private final Services services;
    private final boolean terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    @Option(names = "--run", paramLabel = "ID|latest", defaultValue = "latest",
            description = "Run to export. Default: ${DEFAULT-VALUE}.")
    String run;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Excel workbook.")
    Path xlsx;

    @Option(names = "--motion", paramLabel = "FILE", description = "Bulk motion with exhibits and proposed order (PDF).")
    Path motion;

    @Option(names = "--orders", paramLabel = "FILE", description = "Per-person orders in one PDF.")
    Path orders;

    @Option(names = "--orders-per-person", paramLabel = "DIR",
            description = "Per-person orders, one PDF each, with index.csv.")
    Path ordersFolder;

    @Option(names = "--notice", paramLabel = "FILE", description = "Notice of challenges, H&S 11361.9(c) (PDF).")
    Path notice;

    @Option(names = "--office", paramLabel = "FILE", description = "Office details JSON (county, courtName, "
            + "courtAddress, daName, deputyName, barNumber, officeAddress, phone, email); saved into the workspace. "
            + "Default: the workspace's copy.")
    Path office;

    @Option(names = "--include-identifiers", description = "Also put each person's SSN, driver licence and FBI "
            + "number in the workbook (left out unless asked; recorded in the audit log).")
    boolean identifiers;

    @Option(names = "--date-format", paramLabel = "FORMAT", defaultValue = "MM/DD/YYYY",
            description = "How the papers and the workbook show dates: MM/DD/YYYY (us), YYYY-MM-DD (iso) or "
                    + "DD/MM/YYYY (day-first). Default: ${DEFAULT-VALUE}.")
    String dateFormat;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    ExportCommand(Services services, boolean terminal) {
        this.services = services;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer runId = null;
        if (!"latest".equalsIgnoreCase(run.strip())) {
            try {
                runId = Integer.valueOf(run.strip());
            } catch (NumberFormatException e) {
                err.println("Error: --run must be a run number or \"latest\", not \"" + run + "\".");
                return ReliefDeskCli.USAGE;
            }
        }
        DateStyle dates = DateStyle.named(dateFormat).orElse(null);
        if (dates == null) {
            err.println("Error: --date-format must be one of " + DateStyle.names() + ", not \"" + dateFormat + "\".");
            return ReliefDeskCli.USAGE;
        }
        if (identifiers && xlsx == null) {
            err.println("Error: --include-identifiers only applies to the workbook: add --xlsx FILE.");
            return ReliefDeskCli.USAGE;
        }
        OfficeDetails details = null;
        if (office != null) {
            String json;
            try {
                json = Files.readString(office, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("Error: The office details file " + office + " cannot be read ("
                        + (Files.exists(office) ? e.getClass().getSimpleName() : "it does not exist") + ").");
                return ReliefDeskCli.USAGE;
            }
            try {
                details = OfficeDetails.parse(json, String.valueOf(office.getFileName()));
            } catch (OfficeDetails.InvalidException e) {
                err.println("Error: " + e.getMessage());
                return ReliefDeskCli.USAGE;
            }
        }
        ConsoleProgress progress = new ConsoleProgress(err, terminal, quiet);
        try {
            ReliefDeskCli.notes(err, services.workspaces().recover(workspace));
            CourtExportService.Result r = services.courtExports().export(workspace,
                    new CourtExportService.Request(runId, xlsx, motion, orders, ordersFolder, notice, details,
                            identifiers, dates),
                    progress, new Cancellation());
            progress.endLine();
            out.printf(Locale.ROOT, "Run %d: %,d convictions of %,d people (%,d with an attorney override)%n",
                    r.runId(), r.convictions(), r.people(), r.overridden());
            for (Outcome o : Outcome.values()) {
                out.printf(Locale.ROOT, "  %-22s %,d%n", o.label(), r.byOutcome().get(o));
            }
            if (orders != null || ordersFolder != null) {
                out.printf(Locale.ROOT, "Orders for %,d people%n", r.orders());
            }
            out.printf(Locale.ROOT, "Wrote %,d file%s%n", r.files().size(), r.files().size() == 1 ? "" : "s");
            for (Path p : r.files().size() <= 10 ? r.files() : r.files().subList(0, 10)) {
                out.println("  " + p);
            }
            return ReliefDeskCli.OK;
        } catch (CourtExportService.ExportException e) {
            progress.endLine();
            err.println("Error: " + e.getMessage());
            return switch (e.kind()) {
                case REQUEST -> ReliefDeskCli.USAGE;
                case NO_INPUT -> ReliefDeskCli.NO_INPUT;
                case DESTINATION -> ReliefDeskCli.FAILED;
            };
        } catch (WorkspaceException | IOException | CancellationException e) {
            progress.endLine();
            err.println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }
}
