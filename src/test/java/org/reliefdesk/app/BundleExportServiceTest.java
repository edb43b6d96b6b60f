package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Output files appear only once all of them are complete. */
final class BundleExportServiceTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledExportLeavesTheEarlierResultsUntouched() throws IOException {
        Services services = new Services(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC), "t");
        Path input = services.testData().generate(dir.resolve("in.csv"), "SACRAMENTO", 300, 8, Progress.NONE)
                .file();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("All_Results.csv"), "the last complete run");
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            services.imports().importFiles(w, List.of(input), Progress.NONE, new Cancellation());
            RunSettings settings = new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(), "SACRAMENTO",
                    LocalDate.of(2020, 7, 1));
            int run = services.evaluations().evaluate(w, settings, Progress.NONE, new Cancellation()).run().id();
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertThatThrownBy(() -> services.exports().export(w, run, out, 1.0, Progress.NONE, cancelled))
                    .isInstanceOf(CancellationException.class);
            assertThat(names(out)).containsExactly("All_Results.csv");
            assertThat(out.resolve("All_Results.csv")).hasContent("the last complete run");

            BundleExportService.Written written = services.exports().export(w, run, out, 1.0, Progress.NONE,
                    new Cancellation());
            assertThat(written.files()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                    "All_Results.csv", "All_Results_Condensed.csv", "Prop64_Results.csv", "gogen.json",
                    "convictions.csv", "rejected_rows.csv", "summary.json");
            assertThat(names(out)).hasSize(7).noneMatch(n -> n.endsWith(".part"));
            assertThat(Files.readString(out.resolve("All_Results.csv"))).startsWith("RECORD_ID,");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
