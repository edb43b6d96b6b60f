package org.reliefdesk.cli;

import org.reliefdesk.app.AuditCheck;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceException;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.PaperCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code verify-audit}: checks the SHA-256 chain of the audit log, overrides and review marks (read-only). */
@Command(name = "verify-audit", description = "Check that the audit log, overrides and review marks were not "
        + "changed outside ReliefDesk (SHA-256 chain). Exit code 4 when the chain is broken. With --papers: whether "
        + "the record those papers came from is unchanged (exit 0) or changed after they were made (exit 4).")
final class VerifyAuditCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    @Option(names = "--papers", paramLabel = "FILE", description = "Papers ReliefDesk made (PDF or workbook): check "
            + "the audit reference they carry against the workspace. Repeatable.")
    java.util.List<Path> papers = new java.util.ArrayList<>();

    VerifyAuditCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (!papers.isEmpty()) {
            return checkPapers();
        }
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

    private int checkPapers() {
        int code = ReliefDeskCli.OK;
        for (Path paper : papers) {
            try {
                PaperCheck.Result r = services.followThrough().checkPapers(workspace, paper);
                if (r.unchanged()) {
                    spec.commandLine().getOut().println("OK: " + r.summary());
                } else {
                    spec.commandLine().getErr().println("CHANGED: " + r.summary());
                    code = Math.max(code, ReliefDeskCli.TAMPERED);
                }
            } catch (FollowThroughException e) {
                spec.commandLine().getErr().println("Error: " + e.getMessage());
                return e.kind() == FollowThroughException.Kind.NO_INPUT ? ReliefDeskCli.NO_INPUT
                        : ReliefDeskCli.USAGE;
            } catch (WorkspaceException e) {
                spec.commandLine().getErr().println("Error: " + e.getMessage());
                return ReliefDeskCli.FAILED;
            }
        }
        return code;
    }
}
