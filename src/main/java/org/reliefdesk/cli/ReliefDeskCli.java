package org.reliefdesk.cli;

import org.reliefdesk.app.AppInfo;
import org.reliefdesk.app.BackupSettings;
import org.reliefdesk.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The command line: thin picocli commands over the same use cases the desktop app calls. */
@Command(name = "reliefdesk", mixinStandardHelpOptions = true, versionProvider = ReliefDeskCli.Version.class,
        description = "Prop 64 conviction relief review for California District Attorney offices (offline).",
        subcommands = {RunCommand.class, ExportCommand.class, GenerateTestDataCommand.class, BenchCommand.class, BenchExportCommand.class,
                BenchCourtCommand.class, BenchPullCommand.class, DemoCommand.class,
                BackupsCommand.class, RestoreCommand.class, VerifyAuditCommand.class, FilingCommand.class,
                OrdersCommand.class, PullCommand.class, StatusCommand.class, FollowUpCommand.class,
                VersionCommand.class,
                CommandLine.HelpCommand.class})
public final class ReliefDeskCli implements Runnable {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the work failed (I/O or workspace problem). */
    public static final int FAILED = 1;
    /** Exit code: bad usage, options or policy. */
    public static final int USAGE = 2;
    /** Exit code: no usable input. */
    public static final int NO_INPUT = 3;
    /** Exit code: the audit chain is broken (entries changed outside ReliefDesk). */
    public static final int TAMPERED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the standard services; returns the exit code. */
    public static int run(String... args) {
        return run(BackupSettings.DEFAULT, args);
    }

    /** Runs the command line with the standard services and these backup limits; returns the exit code. */
    public static int run(BackupSettings backups, String... args) {
        return run(Services.standard(backups), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.console() != null, args);
    }

    /** Runs the command line with the given services and streams (tests capture them). */
    public static int run(Services services, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cli = new CommandLine(new ReliefDeskCli(), new Factory(services, terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            // picocli words some messages with its own "Error: " already (a missing option of a group)
            ex.getCommandLine().getErr().println("Error: " + ex.getMessage().replaceFirst("^Error: ", ""));
            ex.getCommandLine().getErr().println("Run \"reliefdesk help " + ex.getCommandLine().getCommandName()
                    + "\" for the options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("Error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return FAILED;
        });
        return cli.execute(args);
    }

    /** Prints what opening a workspace had to do first (an interrupted change undone...), one "Note:" line each. */
    static void notes(PrintWriter err, java.util.List<String> notes) {
        for (String n : notes) {
            err.println("Note: " + n);
        }
    }

    /** Builds commands with the shared services (no static state). */
    private record Factory(Services services, boolean terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RunCommand.class) {
                return cls.cast(new RunCommand(services, terminal));
            }
            if (cls == ExportCommand.class) {
                return cls.cast(new ExportCommand(services, terminal));
            }
            if (cls == BenchExportCommand.class) {
                return cls.cast(new BenchExportCommand(services));
            }
            if (cls == BenchPullCommand.class) {
                return cls.cast(new BenchPullCommand(services));
            }
            if (cls == BenchCourtCommand.class) {
                return cls.cast(new BenchCourtCommand(services));
            }
            if (cls == BenchCommand.class) {
                return cls.cast(new BenchCommand(services));
            }
            if (cls == GenerateTestDataCommand.class) {
                return cls.cast(new GenerateTestDataCommand(services));
            }
            if (cls == BackupsCommand.class) {
                return cls.cast(new BackupsCommand(services));
            }
            if (cls == RestoreCommand.class) {
                return cls.cast(new RestoreCommand(services));
            }
            if (cls == VerifyAuditCommand.class) {
                return cls.cast(new VerifyAuditCommand(services));
            }
            if (cls == FilingCommand.class) {
                return cls.cast(new FilingCommand(services));
            }
            if (cls == OrdersCommand.class) {
                return cls.cast(new OrdersCommand(services));
            }
            if (cls == PullCommand.class) {
                return cls.cast(new PullCommand(services));
            }
            if (cls == StatusCommand.class) {
                return cls.cast(new StatusCommand(services));
            }
            if (cls == FollowUpCommand.class) {
                return cls.cast(new FollowUpCommand(services));
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(services, terminal));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
