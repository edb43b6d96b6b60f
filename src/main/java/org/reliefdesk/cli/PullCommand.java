package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.ConvictionStatus;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import org.reliefdesk.app.followthrough.PullService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code pull}: a later DOJ file for the county, compared with the granted convictions; prints confirmed, absent,
 * not yet and new.
 */
@Command(name = "pull", sortOptions = false, description = "Compare a later DOJ research file (a pull, dated) with "
        + "the granted convictions: which relief DOJ's record shows, which people are absent, which are not yet "
        + "changed, and the Prop 64 convictions new in the pull.")
final class PullCommand extends FollowThroughCommand {
    @Option(names = "--input-doj", required = true, paramLabel = "FILE", description = "The later DOJ file.")
    Path input;

    @Option(names = "--pulled-on", required = true, paramLabel = "YYYY-MM-DD",
            converter = RunCommand.DateConverter.class, description = "The day DOJ produced the file (required: it is "
            + "never read from the clock or the file).")
    LocalDate pulledOn;

    @Option(names = "--relief-text", paramLabel = "TEXT", description = "Replace the workspace's relief texts (the "
            + "words that show DOJ recorded relief); repeatable. Default: the workspace's setting.")
    List<String> reliefTexts;

    @Option(names = "--new-in-pull", paramLabel = "FILE.csv", description = "Also write the new Prop 64 convictions "
            + "to this CSV.")
    Path newOut;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    PullCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out)
            throws FollowThroughException, IOException {
        if (reliefTexts != null) {
            ft.saveReliefTexts(reliefTexts);
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), false, quiet);
        PullService.Pulled p = ft.importPull(input, pulledOn, progress, new Cancellation());
        progress.endLine();
        out.printf(Locale.ROOT, "Pull %d of %s (%s, %s county): %,d rows read, %,d set aside%n", p.id(), p.pulledOn(),
                p.file(), p.county(), p.rowsRead(), p.rowsSetAside());
        out.printf(Locale.ROOT, "Granted convictions checked: %,d%n", p.checked());
        out.printf(Locale.ROOT, "  confirmed   %,d%n", p.count(ConvictionStatus.CONFIRMED));
        out.printf(Locale.ROOT, "  absent      %,d%n", p.count(ConvictionStatus.ABSENT_FROM_PULL));
        out.printf(Locale.ROOT, "  not yet     %,d%n", p.count(ConvictionStatus.NOT_YET_IN_DOJ));
        out.printf(Locale.ROOT, "New Prop 64 convictions in the pull: %,d%n", p.newInPull().size());
        out.println("Relief texts: " + String.join(" | ", ft.reliefTexts()));
        if (newOut != null) {
            ft.writeNewInPull(p.id(), newOut);
            out.println("Wrote " + newOut);
        }
        return ReliefDeskCli.OK;
    }
}
