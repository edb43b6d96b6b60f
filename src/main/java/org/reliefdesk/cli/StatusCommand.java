package org.reliefdesk.cli;

import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.ConvictionStatus;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** {@code status}: where relief stands for every conviction in scope of a run, as status.csv. */
@Command(name = "status", sortOptions = false, description = "Write status.csv: one row per conviction in scope of "
        + "the latest run (or --run) with its outcome, status (decided, filed, granted, denied, confirmed...), "
        + "filing, order, pull and days waiting.")
final class StatusCommand extends FollowThroughCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write.")
    Path out;

    @Option(names = "--run", paramLabel = "ID", description = "Run whose convictions to list. Default: the latest.")
    Integer run;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "Count days waiting up to this date. Default: today.")
    LocalDate asOf;

    StatusCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out)
            throws FollowThroughException, IOException {
        LocalDate until = asOf == null ? ft.today() : asOf;
        Map<ConvictionStatus, Integer> counts = ft.writeStatus(this.out, run, until);
        int rows = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "Wrote %,d convictions to %s (days waiting as of %s)%n", rows, this.out, until);
        counts.forEach((s, n) -> out.printf(Locale.ROOT, "  %-20s %,d%n", s.label(), n));
        return ReliefDeskCli.OK;
    }
}
