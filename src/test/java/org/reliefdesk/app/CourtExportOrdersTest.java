package org.reliefdesk.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One-file-per-person orders: the same files, in the same order, whether written on one thread or two. */
final class CourtExportOrdersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
    private static final OfficeDetails OFFICE = new OfficeDetails("Sacramento", "Superior Court", "1 Court St",
            "Alex Example", "Jordan Sample", "123456", "1 Office St", "(916) 555-0100", "da@example.invalid");

    @TempDir
    Path dir;

    @Test
    void perPersonFilesAndIndexDoNotDependOnTheNumberOfThreads() throws Exception {
        Services services = new Services(CLOCK, "t");
        Path input = services.testData().generate(dir.resolve("in.csv"), "SACRAMENTO", 600, 3, Progress.NONE)
                .file();
        Path ws = dir.resolve("w.reliefdesk");
        try (Workspace w = Workspace.create(ws)) {
            services.imports().importFiles(w, List.of(input), Progress.NONE, new Cancellation());
            services.evaluations().evaluate(w, new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
                    "SACRAMENTO", LocalDate.of(2020, 7, 1)), Progress.NONE, new Cancellation());
        }
        Path one = export(services, ws, 1, dir.resolve("one"));
        Path two = export(services, ws, 2, dir.resolve("two"));

        List<String> index = Files.readAllLines(one.resolve("index.csv"));
        assertThat(Files.readAllLines(two.resolve("index.csv"))).isEqualTo(index);
        assertThat(index.size()).isGreaterThan(10);
        List<String> files = names(one);
        assertThat(names(two)).isEqualTo(files);
        assertThat(files).hasSize(index.size()).noneMatch(n -> n.endsWith(".part"));
        for (int i = 1; i < index.size(); i++) {
            String file = index.get(i).substring(0, index.get(i).indexOf(','));
            String name = index.get(i).split(",")[1].replace("\"", "");
            String text = text(one.resolve(file));
            // the same but for the audit reference: the second export is a later entry of the audit log
            assertThat(withoutStamp(text(two.resolve(file)))).as(file).isEqualTo(withoutStamp(text));
            assertThat(text).as("each order carries the audit reference").contains("ReliefDesk audit reference: entry");
            assertThat(text).as("%s is the order of the person its index row names", file).contains(name);
        }
    }

    private static String withoutStamp(String text) {
        return text.replaceAll("ReliefDesk audit reference: entry \\d+, [0-9A-F]+…", "");
    }

    private Path export(Services services, Path ws, int threads, Path folder) throws Exception {
        CourtExportService s = new CourtExportService(CLOCK, services.audit(), threads);
        CourtExportService.Result r = s.export(ws, new CourtExportService.Request(null, null, null, null, folder,
                null, null), OFFICE, Progress.NONE, new Cancellation());
        assertThat(r.orders()).isPositive();
        return folder;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages() + "\n" + new PDFTextStripper().getText(doc);
        }
    }
}
