package org.reliefdesk.cli;

import org.reliefdesk.app.Services;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command line in-process with a fixed clock and captures what it prints. */
record CliRun(int code, String out, String err) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        return at(CLOCK, args);
    }

    /** Runs the command line with the clock at noon (UTC) of a chosen day. */
    static CliRun on(java.time.LocalDate day, String... args) {
        return at(Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), args);
    }

    static CliRun at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReliefDeskCli.run(new Services(clock, "tester"), new PrintWriter(out, true),
                new PrintWriter(err, true), false, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The one error message printed, checked to be a single plain sentence without a stack trace. */
    String error() {
        List<String> errors = err.lines().filter(l -> l.startsWith("Error: ")).toList();
        assertThat(errors).as("error lines in %s", err).hasSize(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        String message = errors.get(0).substring("Error: ".length());
        assertThat(message).as("one sentence").isNotBlank().doesNotContainPattern("[.!?] [A-Z]");
        return message;
    }

    List<String> warnings() {
        return err.lines().filter(l -> l.startsWith("Warning: ")).toList();
    }
}
