package org.reliefdesk.cli;

import org.reliefdesk.app.Progress;

import java.io.PrintWriter;

/** Shows progress on the console: a redrawn bar on a terminal, one line per stage otherwise. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private String stage = "";
    private long total;
    private int lastPercent = -1;

    ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    @Override
    public void begin(String name, long units) {
        endLine();
        stage = name;
        total = units;
        lastPercent = -1;
        if (!quiet && !terminal) {
            err.println(name + "...");
        }
        advance(0);
    }

    @Override
    public void advance(long done) {
        if (quiet || !terminal || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent / 4;
        err.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + percent + "%");
        err.flush();
    }

    @Override
    public void warn(String message) {
        endLine();
        err.println("Warning: " + message);
    }

    void endLine() {
        if (terminal && lastPercent >= 0 && !quiet) {
            err.println();
        }
        lastPercent = -1;
    }
}
