package org.reliefdesk;

/**
 * Entry point (does not extend Application, so one jar is both GUI and CLI): no arguments, {@code --demo} or a
 * workspace file start the desktop app; {@code bench-ui} measures it; anything else goes to the command line.
 */
public final class Launcher {
    /** Set by the installed command-line launcher ({@code installer/cli-launcher.properties}). */
    static final String CLI_PROPERTY = "reliefdesk.cli";

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        boolean benchUi = args.length > 0 && args[0].equals("bench-ui");
        if (isDesktop(args) || benchUi) {
            // in the window, import and evaluation use one parsing and one evaluating thread: on a 2-core laptop the
            // second one bought no speed and took the core the window needs to stay fluid (decision 0008)
            System.setProperty("rd.parse", System.getProperty("rd.parse", "1"));
            System.setProperty("rd.eval", System.getProperty("rd.eval", "1"));
        }
        // named in a workspace's lock file, so that a second program opening it can say who has it
        System.setProperty(org.reliefdesk.app.WorkspaceService.PROGRAM_PROPERTY, isDesktop(args) || benchUi
                ? "ReliefDesk desktop app" : "ReliefDesk command line, " + args[0]);
        if (isDesktop(args)) {
            org.reliefdesk.ui.DesktopApp.launchApp(args);
            System.exit(0);
        }
        if (benchUi) {
            System.exit(org.reliefdesk.ui.UiBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        // the backup limits are the user's settings, the same for the command line as for the window
        System.exit(org.reliefdesk.cli.ReliefDeskCli.run(
                org.reliefdesk.ui.UserSettings.standard(org.reliefdesk.app.UserFolders.current()).backupSettings(),
                args));
    }

    /**
     * No arguments, {@code --demo}, or one workspace file: the desktop app; anything else: the command line. The
     * installed command-line launcher sets {@value #CLI_PROPERTY}, so it never opens a window.
     */
    static boolean isDesktop(String[] args) {
        if (Boolean.getBoolean(CLI_PROPERTY)) {
            return false;
        }
        return args.length == 0 || args.length == 1 && (args[0].equals(org.reliefdesk.ui.DesktopApp.DEMO_ARG)
                || args[0].endsWith(org.reliefdesk.app.WorkspaceService.EXTENSION));
    }
}
