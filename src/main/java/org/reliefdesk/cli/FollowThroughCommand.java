package org.reliefdesk.cli;

import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceException;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What the follow-through commands share: the workspace option, opening it for changes, and exit codes (2 bad
 * input, 3 no usable input, 1 a failure of the workspace or the disk).
 */
abstract class FollowThroughCommand implements Callable<Integer> {
    final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "Workspace file.")
    Path workspace;

    FollowThroughCommand(Services services) {
        this.services = services;
    }

    /** The command's work on the open workspace; returns the exit code. */
    abstract int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out)
            throws FollowThroughException, IOException;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(workspace)) {
            err.println("Error: There is no workspace file at " + workspace + ".");
            return ReliefDeskCli.NO_INPUT;
        }
        try (WorkspaceSession s = services.workspaces().open(workspace)) {
            return work(s, s.followThrough(), spec.commandLine().getOut());
        } catch (FollowThroughException e) {
            err.println("Error: " + e.getMessage());
            return e.kind() == FollowThroughException.Kind.NO_INPUT ? ReliefDeskCli.NO_INPUT : ReliefDeskCli.USAGE;
        } catch (WorkspaceException | IOException e) {
            err.println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }
}
