package org.reliefdesk;

/**
 * Entry point (does not extend Application, so one jar is both GUI and CLI): arguments go to the command line;
 * with none, the demo pipeline runs until the desktop app lands.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        String[] effective = args.length == 0 ? new String[] {"demo"} : args;
        System.exit(org.reliefdesk.cli.ReliefDeskCli.run(effective));
    }
}
