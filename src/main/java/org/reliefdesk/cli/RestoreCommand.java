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
import java.util.concurrent.Callable;

/** {@code restore}: puts a backup back in place of the workspace, keeping the current file as a backup first. */
@Command(name = "restore", description = "Put a backup back in place of the workspace (the current file is kept as a "
        + "backup first). The workspace must not be open elsewhere.")
final class RestoreCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    @Option(names = "--backup", required = true, paramLabel = "ID", description = "Backup id, as the backups command "
            + "lists it.")
    String backup;

    RestoreCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            try {
                ReliefDeskCli.notes(spec.commandLine().getErr(), services.workspaces().recover(workspace));
            } catch (WorkspaceException damaged) {
                // a workspace that cannot be opened is what a restore is for: the restore says what it finds
            }
            BackupService.Restored r = services.backups().restore(workspace, backup.strip());
            out.println("Restored " + workspace.getFileName() + " from the backup taken "
                    + BackupsCommand.WHEN.format(r.from().takenAt().atZone(ZoneId.systemDefault())) + " before the "
                    + r.from().beforeText() + ".");
            r.keptAs().ifPresent(k -> out.println("The file it replaced is kept as backup " + k.id() + "."));
            return ReliefDeskCli.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }
}
