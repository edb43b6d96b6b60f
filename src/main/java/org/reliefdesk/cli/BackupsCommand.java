package org.reliefdesk.cli;

import org.reliefdesk.app.BackupService;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code backups}: lists a workspace's automatic backups, newest first. */
@Command(name = "backups", description = "List the automatic backups of a workspace (newest first).")
final class BackupsCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    BackupsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ReliefDeskCli.notes(spec.commandLine().getErr(), services.workspaces().recover(workspace));
            List<BackupService.Backup> list = services.backups().list(workspace);
            if (list.isEmpty()) {
                out.println("No backups of " + workspace.getFileName() + " yet (one is taken before each import into "
                        + "a workspace that holds data, each re-evaluation and each upgrade).");
                return ReliefDeskCli.OK;
            }
            out.printf(Locale.ROOT, "%-34s  %-19s  %12s  %s%n", "ID", "TAKEN (local time)", "SIZE", "BEFORE");
            for (BackupService.Backup b : list) {
                out.printf(Locale.ROOT, "%-34s  %-19s  %,9d KB  %s%n", b.id(),
                        WHEN.format(b.takenAt().atZone(ZoneId.systemDefault())), (b.bytes() + 1023) / 1024,
                        b.beforeText());
            }
            return ReliefDeskCli.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }
}
