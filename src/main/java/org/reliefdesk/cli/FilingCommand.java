package org.reliefdesk.cli;

import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.FilingService;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code filing}: records papers ReliefDesk made as filed with the court on a date; prints the filing id. */
@Command(name = "filing", sortOptions = false, description = "Record that papers ReliefDesk made were filed with "
        + "the court (recognised by their SHA-256: edited papers are refused). Prints the filing id.")
final class FilingCommand extends FollowThroughCommand {
    @Option(names = "--papers", required = true, paramLabel = "FILE", description = "A paper filed (the motion, or "
            + "orders). Repeatable.")
    List<Path> papers;

    @Option(names = "--filed-on", required = true, paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "The day the papers were filed (not before they were made, not after today).")
    LocalDate filedOn;

    @Option(names = "--docket", paramLabel = "TEXT", description = "The court's case or docket number, if any.")
    String docket;

    FilingCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out) throws FollowThroughException {
        FilingService.Filed f = ft.recordFiling(papers, filedOn, docket);
        out.printf(Locale.ROOT, "Filing %d: %,d convictions filed on %s (%,d to dismiss and seal, %,d to reduce)%s%n",
                f.id(), f.convictions(), f.filedOn(), f.dismiss(), f.reduce(),
                f.docket().isEmpty() ? "" : ", docket " + f.docket());
        if (f.notFiled() > 0) {
            out.printf(Locale.ROOT, "Not filed: %,d convictions the papers list without relief (challenged or under "
                    + "review)%n", f.notFiled());
        }
        return ReliefDeskCli.OK;
    }
}
