package org.reliefdesk.ui;

import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/** Shared fixtures of the ui tests: services on a fixed clock, a view-model on the same-thread runner, DOJ files. */
final class UiFixtures {
    static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");
    static final String USER = "Test Attorney";

    private UiFixtures() {
    }

    static Services services() {
        return new Services(Clock.fixed(NOW, ZoneOffset.UTC), "tester");
    }

    /** The app's state over real services, with background work run at once on the calling thread. */
    static MainViewModel viewModel(Path demoFolder, long demoRows) {
        return viewModel(demoFolder, demoRows, new CurrentThreadTaskRunner(), UserSettings.inMemory());
    }

    /** The app's state over real services, with background work on the given runner. */
    static MainViewModel viewModel(Path demoFolder, long demoRows, FxTaskRunner runner) {
        return viewModel(demoFolder, demoRows, runner, UserSettings.inMemory());
    }

    /** The same over the given settings (a file, for tests of what is remembered). */
    static MainViewModel viewModel(Path demoFolder, long demoRows, UserSettings settings) {
        return viewModel(demoFolder, demoRows, new CurrentThreadTaskRunner(), settings);
    }

    /** The app's state over real services, the given runner and settings. */
    static MainViewModel viewModel(Path demoFolder, long demoRows, FxTaskRunner runner, UserSettings settings) {
        settings.setUserName(USER);
        return new MainViewModel(services(), runner, settings, demoFolder, demoRows);
    }

    /** A fabricated DOJ file of {@code rows} good rows (header on line 1), then the given lines as written. */
    static Path dojFile(Path out, String county, long rows, long seed, String... extraLines) throws IOException {
        new org.reliefdesk.app.TestDataService().generate(out, county, rows, seed, Progress.NONE);
        StringBuilder b = new StringBuilder();
        for (String l : extraLines) {
            b.append(l).append('\n');
        }
        Files.writeString(out, b, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return out;
    }

    /** A line of {@code count} fields, the given columns set (for rows that must be set aside). */
    static String fields(int count, Map<DojColumn, String> values) {
        String[] f = new String[count];
        Arrays.fill(f, "");
        values.forEach((c, v) -> f[c.index()] = v);
        return String.join(",", f);
    }

    /** A grid row with the fields the view-models look at. */
    static CaseRow row(long id, String name, String cii, String caseNumber, String section, Outcome decided) {
        return new CaseRow(id, "S" + id, "1-1-1", name, "19700101", cii, caseNumber, "SUPERIOR COURT", "20150101",
                section, "MISDEMEANOR", decided, "R1", "reason " + id, "", null, null, false);
    }
}
