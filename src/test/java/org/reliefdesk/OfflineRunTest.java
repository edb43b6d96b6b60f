package org.reliefdesk;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojColumn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run of the command line (generate, import, evaluate with the results bundle, export workbook, motion, orders
 * and notice) in a separate JVM where every way to the network fails and is recorded ({@link OfflineRun}):
 * nothing reaches for the network; with logging at its most talkative, nothing logged holds a name, DOB, CII, SSN,
 * licence or FBI number; and no output holds an SSN, licence or FBI number.
 */
final class OfflineRunTest {
    @TempDir
    static Path dir;
    private static String childOutput;
    private static Identity people;

    /** The personal values of the input file, by kind. */
    record Identity(Set<String> names, Set<String> dobs, Set<String> ciis, Set<String> numbers) {
    }

    @BeforeAll
    static void runOffline() throws Exception {
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.security.manager=allow",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dorg.apache.logging.log4j.simplelog.level=TRACE",
                "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName(), dir.toString(),
                Path.of("docs/demo/DEMO-office.json").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the offline run finished").isTrue();
        childOutput = Files.readString(log, StandardCharsets.UTF_8);
        people = identities(dir.resolve("doj.csv"));
    }

    @Test
    void aFullRunNeverReachesForTheNetwork() {
        assertThat(childOutput).as(childOutput).contains("EXIT 0 0 0");
        assertThat(childOutput).contains("NETWORK-USES 0 []");
        assertThat(childOutput).doesNotContain("first network use");
        assertThat(childOutput).as("the guard catches a real attempt").contains("CONTROL-CAUGHT true");
    }

    @Test
    void nothingLoggedHoldsPersonalData() {
        assertThat(childOutput).as("the run logged at trace level").contains("INFO");
        assertThat(people.names()).hasSizeGreaterThan(50);
        for (Set<String> kind : List.of(people.names(), people.dobs(), people.ciis(), people.numbers())) {
            for (String value : kind) {
                assertThat(childOutput).as("the log holds a personal value").doesNotContain(value);
            }
        }
    }

    /**
     * ReliefDesk's own outputs never carry SSN, licence or FBI numbers. The gogen bundle's {@code All_Results.csv}
     * and {@code Prop64_Results.csv} are the exception the county asks for by asking for that format: they repeat the
     * 95 DOJ columns of every row as read (gogen-bundle.md), and are checked to do exactly that.
     */
    @Test
    void noOutputHoldsAnSsnLicenceOrFbiNumberWhileNamesAndCiisAreThere() throws IOException {
        Set<String> gogenFullColumns = Set.of("All_Results.csv", "Prop64_Results.csv");
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(dir.resolve("out")), Files.list(dir.resolve("papers")))) {
            files = s.sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("All_Results.csv",
                "All_Results_Condensed.csv", "convictions.csv", "summary.json", "gogen.json", "results.xlsx",
                "motion.pdf", "orders.pdf", "notice.pdf");
        for (Path f : files) {
            if (gogenFullColumns.contains(f.getFileName().toString())) {
                assertThat(Files.readAllLines(f, StandardCharsets.UTF_8).get(0)).startsWith(
                        "RECORD_ID,SUBJECT_STATUS,SUBJECT_ID,").contains(",PRI_SSN,PRI_CDL,");
            }
        }
        files = files.stream().filter(f -> !gogenFullColumns.contains(f.getFileName().toString())).toList();
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            String text = text(f);
            for (String number : people.numbers()) {
                assertThat(text).as("%s holds an SSN, licence or FBI number", f.getFileName()).doesNotContain(number);
            }
            all.append(text);
        }
        // the scan reads real content: people's names and CIIs are in the outputs
        assertThat(people.names().stream().filter(n -> all.indexOf(n) >= 0).count()).isGreaterThan(10);
        assertThat(people.ciis().stream().filter(c -> all.indexOf(c) >= 0).count()).isGreaterThan(10);
    }

    private static String text(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                return new PDFTextStripper().getText(d);
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder b = new StringBuilder();
            try (InputStream in = Files.newInputStream(f); Workbook w = new XSSFWorkbook(in)) {
                for (Sheet sheet : w) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            b.append(cell.toString()).append('\n');
                        }
                    }
                }
            }
            return b.toString();
        }
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    private static Identity identities(Path doj) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Set<String> dobs = new LinkedHashSet<>();
        Set<String> ciis = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(doj)) {
            for (CsvRecord rec : r) {
                if (rec.getFieldCount() < DojColumn.values().length) {
                    continue;
                }
                add(names, rec.getField(DojColumn.PRI_NAME.index()));
                String dob = rec.getField(DojColumn.PRI_DOB.index());
                add(dobs, dob);
                if (dob.length() == 8) {
                    add(dobs, dob.substring(0, 4) + "-" + dob.substring(4, 6) + "-" + dob.substring(6));
                }
                add(ciis, rec.getField(DojColumn.CII_NUMBER.index()));
                add(numbers, rec.getField(DojColumn.PRI_SSN.index()));
                add(numbers, rec.getField(DojColumn.PRI_CDL.index()));
                add(numbers, rec.getField(DojColumn.FBI_NUMBER.index()));
            }
        }
        return new Identity(names, dobs, ciis, numbers);
    }

    private static void add(Set<String> to, String value) {
        if (value != null && !value.isBlank() && !value.equals("NULL")) {
            to.add(value.strip());
        }
    }
}
