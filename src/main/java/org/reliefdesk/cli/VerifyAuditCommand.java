package org.reliefdesk.cli;

import org.reliefdesk.app.AuditCheck;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code verify-audit}: checks the SHA-256 chain of the audit log, overrides and review marks (read-only). */
@Command(name = "verify-audit", description = "Check that the audit log, overrides and review marks were not "
        + "changed outside ReliefDesk (SHA-256 chain). Exit code 4 when the chain is broken.")
final class VerifyAuditCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    VerifyAuditCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try {
            ReliefDeskCli.notes(spec.commandLine().getErr(), services.workspaces().recover(workspace));
            AuditCheck check = services.audit().verify(workspace);
            if (check.intact()) {
                spec.commandLine().getOut().println("OK: " + check.summary() + ".");
                return ReliefDeskCli.OK;
            }
            spec.commandLine().getErr().println("BROKEN: " + check.summary() + ".");
            return ReliefDeskCli.TAMPERED;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }
}
