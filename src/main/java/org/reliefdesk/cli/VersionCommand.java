package org.reliefdesk.cli;

import org.reliefdesk.app.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the version. */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(AppInfo.NAME + " " + AppInfo.version());
    }
}
