package org.reliefdesk.cli;

import org.reliefdesk.app.DateStyle;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import org.reliefdesk.app.followthrough.FollowUpService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code follow-up}: papers that chase what is stuck: to the court, a request to enter the orders on convictions filed
 * long ago; to DOJ, the granted orders its latest pull does not show, with a cover letter citing H&S 11361.9.
 */
@Command(name = "follow-up", sortOptions = false, description = "Write follow-up papers: a request to the court for "
        + "the orders on convictions filed more than N days before the as-of date with no order (grouped by filing "
        + "and docket), and for DOJ a workbook of granted orders its latest pull does not show, with a cover letter "
        + "citing H&S 11361.9.")
final class FollowUpCommand extends FollowThroughCommand {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "The date the follow-up is made as of.")
    LocalDate asOf;

    @Option(names = "--older-than", paramLabel = "N", defaultValue = "60",
            description = "Ask the court about convictions filed more than N days before the as-of date. Default: "
                    + "${DEFAULT-VALUE}.")
    int olderThan;

    @Option(names = "--court-letter", paramLabel = "FILE.pdf", description = "The request to the court (pleading "
            + "paper).")
    Path courtLetter;

    @Option(names = "--doj-list", paramLabel = "FILE.xlsx", description = "The workbook for DOJ (a cover-letter sheet "
            + "and the orders with DOJ's keys).")
    Path dojList;

    @Option(names = "--doj-letter", paramLabel = "FILE.pdf", description = "The cover letter to DOJ as a PDF.")
    Path dojLetter;

    @Option(names = "--date-format", paramLabel = "FORMAT", defaultValue = "MM/DD/YYYY",
            description = "How the papers write dates: MM/DD/YYYY (default), YYYY-MM-DD or DD/MM/YYYY.")
    String dateFormat;

    FollowUpCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out)
            throws FollowThroughException, IOException {
        DateStyle dates = DateStyle.named(dateFormat).orElse(null);
        if (dates == null) {
            spec.commandLine().getErr().println("Error: --date-format must be one of " + DateStyle.names() + ", not \""
                    + dateFormat + "\".");
            return ReliefDeskCli.USAGE;
        }
        FollowUpService.Result r = ft.writeFollowUp(new FollowUpService.Request(asOf, olderThan, courtLetter, dojList,
                dojLetter, dates));
        out.printf(Locale.ROOT, "As of %s: %,d convictions in %,d filings waiting for an order for more than %d "
                + "days; %,d granted orders not yet in DOJ%s%n", asOf, r.waiting(), r.filingsWaiting(), olderThan,
                r.notYetInDoj(), r.latestPull() == null ? " (no pull recorded)" : " (latest pull " + r.latestPull()
                        + ")");
        for (Path p : r.files()) {
            out.println("Wrote " + p);
        }
        return ReliefDeskCli.OK;
    }
}
