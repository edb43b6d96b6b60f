package org.reliefdesk.export;

import org.reliefdesk.doj.CsvCell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.export.csv.GoCsvWriter;
import org.reliefdesk.export.csv.GogenBundleWriter;
import org.reliefdesk.export.csv.NativeCsvWriters;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.ReasonCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

final class FormulaProtectionTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "@SUM(A1)",
            "-2+3", "\tTAB", "\rCR");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "=", "+", "@", "+A1", "-A1", "@SUM(A1)", "-2+3", "\tx", "\rx", "--1", "-1.",
            "+.5", "-1e5", "+1+1", "=1+2   ", "-x  "})
    void protectsWhatASpreadsheetCouldRun(String value) {
        assertThat(CsvCell.isRisky(value)).isTrue();
        assertThat(CsvCell.neutralize(value)).isEqualTo("'" + value);
        assertThat(bytesRisky(value)).as("byte form agrees").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.5", "+3", "-", "-0.0", "-1.0", "12", "40.4", "", "abc", "1-2", " =1", "'=1",
            "DOE,JANE", "-   ", "-1.5  ", "   "})
    void leavesNumbersALoneDashAndTextAlone(String value) {
        assertThat(CsvCell.isRisky(value)).isFalse();
        assertThat(CsvCell.neutralize(value)).isSameAs(value);
        assertThat(bytesRisky(value)).as("byte form agrees").isFalse();
    }

    @Test
    void goCsvWriterProtectsBothItsForms() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GoCsvWriter w = new GoCsvWriter(bytes)) {
            for (String h : HOSTILE) {
                w.field(h);
                w.field(h + "   ");
            }
            w.field("-1.5").field("-").endRow();
        }
        List<String> cells = ExportFixtures.readCsv(bytes.toString(StandardCharsets.UTF_8)).get(0);
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(cells.get(2 * i)).isEqualTo("'" + HOSTILE.get(i));
            assertThat(cells.get(2 * i + 1)).isEqualTo("'" + HOSTILE.get(i) + "   ");
        }
        assertThat(cells.subList(cells.size() - 2, cells.size())).containsExactly("-1.5", "-");
    }

    @Test
    void nativeWritersProtectEveryCell() throws IOException {
        Path convictions = dir.resolve("convictions.csv");
        Path rejected = dir.resolve("rejected_rows.csv");
        DecisionRecord d = new DecisionRecord(1, 0, 2, "=1", "+2", LocalDate.of(2010, 5, 5), null, "@3", "FELONY",
                "-4", "", "=HYPERLINK(\"case\")", Outcome.DISMISS, ReasonCode.POLICY_DISMISS_SECTION, "", "-5",
                "", List.of(), ExportFixtures.report(1));
        try (NativeCsvWriters.Convictions w = new NativeCsvWriters.Convictions(Files.newOutputStream(convictions))) {
            w.row(d, new SubjectInfo("=1", "=HYPERLINK(\"x\")", "@dob", "+cii", "-g"), "=evil.csv");
        }
        try (NativeCsvWriters.Rejected w = new NativeCsvWriters.Rejected(Files.newOutputStream(rejected))) {
            w.row(new RowProblem("@file.csv", 3, "-reason", "=1+2,\"x\",y"));
        }
        List<String> row = ExportFixtures.readCsv(convictions).get(1);
        assertThat(row.get(0)).isEqualTo("'=1");
        assertThat(row.get(2)).isEqualTo("'+cii");
        assertThat(row.get(3)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(row.get(4)).isEqualTo("'@dob");
        assertThat(row.get(5)).isEqualTo("'=HYPERLINK(\"case\")");
        assertThat(row.get(14)).isEqualTo("'=evil.csv");
        assertThat(ExportFixtures.readCsv(rejected).get(1)).containsExactly("'@file.csv", "3", "'-reason",
                "'=1+2,\"x\",y");
        assertNoRiskyCell(convictions);
        assertNoRiskyCell(rejected);
    }

    @Test
    void gogenBundleProtectsInputAndEligibilityCells() throws IOException {
        String[] fields = ExportFixtures.dojFields(Map.of(DojColumn.SUBJECT_ID, "1", DojColumn.PRI_NAME,
                "=HYPERLINK(\"x\")", DojColumn.CII_NUMBER, "+cmd", DojColumn.OFN, "-2+3", DojColumn.GENDER, "@M    ",
                DojColumn.COMMENT_TEXT, "=11357(A)", DojColumn.OFFENSE_DESCR, "912 PC"));
        DecisionRecord d = ExportFixtures.decision(0, LocalDate.of(2030, 1, 1), Outcome.DISMISS,
                ReasonCode.POLICY_DISMISS_SECTION, "=reason", "@case", ExportFixtures.report(1));
        for (EvaluationMode mode : EvaluationMode.values()) {
            Path out = Files.createDirectories(dir.resolve(mode.id()));
            try (GogenBundleWriter full = new GogenBundleWriter(GogenBundleWriter.in(out), "", mode,
                    LocalDate.of(2020, 7, 1), GogenBundleWriter.Part.FULL);
                 GogenBundleWriter condensed = new GogenBundleWriter(GogenBundleWriter.in(out), "", mode,
                         LocalDate.of(2020, 7, 1), GogenBundleWriter.Part.CONDENSED)) {
                full.row(ExportFixtures.encoded(fields, 0, 2), d);
                condensed.row(ExportFixtures.encoded(fields, 0, 2), d);
            }
            List<String> all = ExportFixtures.readCsv(out.resolve("All_Results.csv")).get(1);
            assertThat(all.get(DojColumn.PRI_NAME.index())).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(all.get(DojColumn.CII_NUMBER.index())).isEqualTo("'+cmd");
            assertThat(all.get(DojColumn.OFN.index())).isEqualTo("'-2+3");
            assertThat(all.get(DojColumn.GENDER.index())).isEqualTo("'@M    ");
            assertThat(all.get(DojColumn.COUNT)).as("Case Number").isEqualTo("'@case");
            assertThat(all.get(DojColumn.COUNT + 8)).as("Years Since This Conviction stays a number")
                    .isEqualTo("-9.5");
            for (String file : List.of("All_Results.csv", "All_Results_Condensed.csv", "Prop64_Results.csv")) {
                assertNoRiskyCell(out.resolve(file));
            }
        }
    }

    private static void assertNoRiskyCell(Path csv) throws IOException {
        List<List<String>> rows = ExportFixtures.readCsv(csv);
        assertThat(rows).as(csv.getFileName().toString()).hasSizeGreaterThan(1);
        assertThat(rows.stream().flatMap(List::stream).filter(CsvCell::isRisky))
                .as("cells of %s a spreadsheet could run", csv.getFileName()).isEmpty();
        assertThat(rows.stream().flatMap(List::stream).flatMap(c -> Stream.of(c.split("\n"))))
                .as("no cell of %s begins with =", csv.getFileName()).noneMatch(c -> c.startsWith("="));
    }

    private static boolean bytesRisky(String value) {
        byte[] b = ("xx" + value + "yy").getBytes(StandardCharsets.UTF_8);
        return CsvCell.isRisky(b, 2, b.length - 2);
    }
}
