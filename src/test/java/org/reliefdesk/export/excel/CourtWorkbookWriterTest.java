package org.reliefdesk.export.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.app.DateStyle;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.CourtFixtures;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class CourtWorkbookWriterTest {
    @TempDir
    Path dir;

    private Path write(List<CourtConviction> rows, List<RowProblem> rejected) throws IOException {
        Path file = dir.resolve("court.xlsx");
        try (CourtWorkbookWriter w = new CourtWorkbookWriter(Files.newOutputStream(file), DateStyle.US)) {
            for (CourtConviction c : rows) {
                w.conviction(c);
            }
            for (RowProblem p : rejected) {
                w.rejected(p);
            }
            w.summary(List.of(CourtWorkbookWriter.SummaryRow.heading("Head"),
                    CourtWorkbookWriter.SummaryRow.of("Run", 7), CourtWorkbookWriter.SummaryRow.of("=evil", "@x")));
            w.finish();
        }
        return file;
    }

    @Test
    void writesEverySheetWithRowsPerEffectiveOutcome() throws IOException {
        List<CourtConviction> rows = new ArrayList<>();
        rows.add(CourtFixtures.row("1", "DOE,JANE", Outcome.DISMISS, "A1"));
        rows.add(CourtFixtures.row("2", "ROE,RICK", Outcome.REDUCE, "A2"));
        rows.add(CourtFixtures.row("3", "POE,PAT", Outcome.DISMISS, Outcome.NOT_ELIGIBLE, "A3"));
        rows.add(CourtFixtures.row("4", "LOE,LEE", Outcome.NEEDS_REVIEW, "A4"));
        Path file = write(rows, List.of(new RowProblem("in.csv", 12, "too few fields", "a,b")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4), wb.getSheetName(5), wb.getSheetName(6))).containsExactly("Summary",
                    "Dismiss", "Reduce", "Not eligible", "Needs review", "All convictions", "Rejected rows");
            assertThat(wb.getSheet("All convictions").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("Dismiss").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Reduce").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Needs review").getLastRowNum()).isEqualTo(1);
            XSSFSheet notEligible = wb.getSheet("Not eligible");
            assertThat(notEligible.getLastRowNum()).isEqualTo(1);
            Row r = notEligible.getRow(1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("POE,PAT");
            assertThat(r.getCell(8).getStringCellValue()).isEqualTo("Not eligible");
            assertThat(r.getCell(9).getStringCellValue()).isEqualTo("Dismiss & seal");
            assertThat(r.getCell(13).getStringCellValue()).isEqualTo("atty");
            assertThat(DateUtil.isCellDateFormatted(r.getCell(14))).isTrue();
            assertThat(r.getCell(15).getStringCellValue()).startsWith("Prior serious felony");

            XSSFSheet all = wb.getSheet("All convictions");
            Row first = all.getRow(1);
            assertThat(first.getCell(1).getCellType()).as("DOB is a real date").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1970, 1, 2));
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 5, 6));
            assertThat(first.getCell(2).getCellType()).as("CII stays text").isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("0012345");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            for (XSSFSheet s : List.of(all, notEligible, wb.getSheet("Rejected rows"))) {
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getCTWorksheet().getAutoFilter()).as(s.getSheetName()).isNotNull();
                assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(s.getColumnWidth(0)).isGreaterThan(20 * 256);
            }
            assertThat(all.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R5");

            Row rejected = wb.getSheet("Rejected rows").getRow(1);
            assertThat(rejected.getCell(0).getStringCellValue()).isEqualTo("in.csv");
            assertThat(rejected.getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(rejected.getCell(3).getStringCellValue()).isEqualTo("a,b");
            assertThat(wb.getSheet("Summary").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7);
        }
    }

    @Test
    void hostileValuesStayPlainTextThatNoSpreadsheetEvaluates() throws IOException {
        List<CourtConviction> rows = new ArrayList<>();
        int i = 0;
        // every lead character of issue 6 (=, +, -, @, tab, CR) besides the shared hostile names
        List<String> names = new ArrayList<>(CourtFixtures.HOSTILE);
        names.addAll(List.of("\tTAB,NAME", "\rCR,NAME", "-SUM(A1)"));
        for (String name : names) {
            rows.add(CourtFixtures.row(Integer.toString(i++), name, Outcome.DISMISS, "=HYPERLINK(\"x\")"));
        }
        Path file = write(rows, List.of(new RowProblem("@file.csv", 3, "-reason", "=1+2,\"x\",y\ttab\rcr")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet all = wb.getSheet("All convictions");
            for (int r = 1; r <= names.size(); r++) {
                Cell name = all.getRow(r).getCell(0);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(names.get(r - 1));
                assertThat(name.getCellStyle().getQuotePrefixed()).as("quote prefix").isTrue();
                assertThat(all.getRow(r).getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            }
            for (var sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).as("%s!%s", sheet.getSheetName(), c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).as("%s!%s", sheet.getSheetName(),
                                    c.getAddress()).isTrue();
                        }
                    }
                }
            }
            Row rejected = wb.getSheet("Rejected rows").getRow(1);
            assertThat(rejected.getCell(0).getStringCellValue()).isEqualTo("@file.csv");
            assertThat(rejected.getCell(2).getStringCellValue()).isEqualTo("-reason");
            assertThat(rejected.getCell(3).getStringCellValue()).isEqualTo("=1+2,\"x\",y\ttab\rcr");
            assertThat(wb.getSheet("Summary").getRow(2).getCell(0).getStringCellValue()).isEqualTo("=evil");
        }
    }

    @Test
    void aCellLongerThanExcelAllowsIsCut() throws IOException {
        Path file = write(List.of(), List.of(new RowProblem("f", 1, "long", "x".repeat(40_000))));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Rejected rows").getRow(1).getCell(3).getStringCellValue())
                    .hasSize(CourtWorkbookWriter.MAX_CELL);
            assertThat(wb.getSheet("All convictions").getLastRowNum()).isZero();
        }
    }
}
