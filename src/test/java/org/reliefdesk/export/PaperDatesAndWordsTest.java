package org.reliefdesk.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reliefdesk.app.DateStyle;
import org.reliefdesk.export.excel.CourtWorkbookWriter;
import org.reliefdesk.export.pdf.BulkMotionWriter;
import org.reliefdesk.export.pdf.ChallengeNoticeWriter;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.export.pdf.PersonOrderWriter;
import org.reliefdesk.export.pdf.PleadingFonts;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paper and the workbook write dates in the format they are given and words for what the record does not
 * give: a person with no date of birth, CII, case number, court or conviction date reads "not on record", never
 * "(DOB , CII )", "Case No.: unknown" or an empty cell.
 */
final class PaperDatesAndWordsTest {
    private static PleadingFonts fonts;
    @TempDir
    static Path dir;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = new PleadingFonts();
    }

    @AfterAll
    static void closeFonts() throws IOException {
        fonts.close();
    }

    /** DOB 1970-01-02, convicted 2010-05-06 (CourtFixtures), effective outcome as given. */
    private static CourtConviction known(String subject, String name, Outcome outcome) {
        return CourtFixtures.row(subject, name, outcome, "KNOWN-1");
    }

    /** Nothing but the name and section on record: DOB zeros, no CII, case, court, date or level. */
    private static CourtConviction bare(String subject, String name, Outcome outcome) {
        return new CourtConviction(subject, "001001001000", name, null, "00000000", "", "", " ", null,
                "11357(B) HS", "unknown", outcome, outcome, "Misdemeanor (H&S 11361.8(e))", "Plain words.", "",
                null, null, null);
    }

    /** A DOB the DOJ filed that is not a date. */
    private static CourtConviction oddDob(String subject, String name, Outcome outcome) {
        return new CourtConviction(subject, "001001001000", name, null, "19830100", "A0000001", "ODD-1", "CASC X",
                LocalDate.of(2012, 3, 4), "11357(B) HS", "misdemeanor", outcome, outcome, "r", "e", "", null, null,
                null);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Map<String, String> papers(DateStyle style) throws IOException {
        Path out = Files.createDirectories(dir.resolve(style.name()));
        PaperSetup paper = CourtFixtures.paper(style);
        List<CourtConviction> rows = List.of(known("K", "KNOWN,KAY", Outcome.DISMISS),
                bare("B", "BARE,BEA", Outcome.DISMISS), oddDob("O", "ODD,OTTO", Outcome.DISMISS),
                known("K2", "KNOWN,CHALLENGED", Outcome.NOT_ELIGIBLE),
                bare("B2", "BARE,CHALLENGED", Outcome.NOT_ELIGIBLE));
        BulkMotionWriter motion = new BulkMotionWriter(fonts, paper);
        ChallengeNoticeWriter notice = new ChallengeNoticeWriter(fonts, paper);
        rows.forEach(motion::add);
        rows.forEach(notice::add);
        Map<String, String> text = new HashMap<>();
        try (OutputStream o = Files.newOutputStream(out.resolve("motion.pdf"))) {
            motion.write(o);
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("notice.pdf"))) {
            notice.write(o);
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("orders.pdf"));
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, paper, o)) {
            w.order(List.of(rows.get(0)));
            w.order(List.of(rows.get(1)));
            w.order(List.of(rows.get(2)));
            w.finish();
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("one-order.pdf"));
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, paper, o)) {
            w.order(List.of(rows.get(1)));
            w.finish();
        }
        for (String name : List.of("motion", "notice", "orders", "one-order")) {
            text.put(name, text(out.resolve(name + ".pdf")));
        }
        return text;
    }

    @ParameterizedTest
    @EnumSource(DateStyle.class)
    void everyPaperWritesTheChosenDateFormatAndWordsForWhatIsNotOnRecord(DateStyle style) throws IOException {
        String dob = style.format(LocalDate.of(1970, 1, 2));
        String convicted = style.format(LocalDate.of(2010, 5, 6));
        Map<String, String> papers = papers(style);
        for (Map.Entry<String, String> e : papers.entrySet()) {
            String paper = e.getKey();
            String squeezed = CourtFixtures.squeeze(e.getValue());
            assertThat(e.getValue()).as(paper).doesNotContain("(DOB , CII )", "DOB ,", "CII )", "Case No.: unknown")
                    .doesNotContainIgnoringCase("unknown").doesNotContain("1970-01-02T");
            if (!paper.equals("one-order")) {
                assertThat(e.getValue()).as("%s: the known person's DOB", paper).contains(dob);
            }
            assertThat(squeezed).as(paper).contains("notonrecord");
            for (DateStyle other : DateStyle.values()) {
                if (other != style && !other.format(LocalDate.of(1970, 1, 2)).equals(dob)) {
                    assertThat(e.getValue()).as("%s in %s", other, paper)
                            .doesNotContain(other.format(LocalDate.of(1970, 1, 2)));
                }
            }
        }
        assertThat(papers.get("motion")).contains(convicted);
        assertThat(CourtFixtures.squeeze(papers.get("motion"))).contains("filedas19830100");
        String orders = CourtFixtures.squeeze(papers.get("orders"));
        assertThat(orders).contains(CourtFixtures.squeeze("KNOWN,KAY (DOB " + dob + ", CII 0012345)"),
                "BARE,BEA(dateofbirthnotonrecord,CIInotonrecord)", "ODD,OTTO(dateofbirthfiledas19830100,CIIA0000001)",
                "CaseNo.:notonrecord");
        assertThat(CourtFixtures.squeeze(papers.get("one-order")))
                .contains("BARE,BEA(dateofbirthnotonrecord,CIInotonrecord)", "CaseNo.:notonrecord");
        assertThat(CourtFixtures.squeeze(papers.get("notice"))).contains("BARE,CHALLENGED", "notonrecord");
    }

    @ParameterizedTest
    @EnumSource(DateStyle.class)
    void theWorkbookShowsRealDatesInTheChosenFormatAndWordsForWhatIsNotOnRecord(DateStyle style) throws IOException {
        Path file = dir.resolve("court-" + style.name() + ".xlsx");
        try (CourtWorkbookWriter w = new CourtWorkbookWriter(Files.newOutputStream(file), style)) {
            w.conviction(known("K", "KNOWN,KAY", Outcome.DISMISS));
            w.conviction(bare("B", "BARE,BEA", Outcome.DISMISS));
            w.conviction(oddDob("O", "ODD,OTTO", Outcome.DISMISS));
            w.summary(List.of(CourtWorkbookWriter.SummaryRow.of("Compute-at date", LocalDate.of(2020, 7, 1)),
                    CourtWorkbookWriter.SummaryRow.of("Exported at (UTC)",
                            java.time.LocalDateTime.of(2024, 5, 6, 7, 8))));
            w.finish();
        }
        DataFormatter shown = new DataFormatter(java.util.Locale.US);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet all = wb.getSheet(CourtWorkbookWriter.ALL);
            Row known = all.getRow(1);
            Cell dob = known.getCell(1);
            assertThat(dob.getCellType()).as("a real date").isEqualTo(CellType.NUMERIC);
            assertThat(dob.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1970, 1, 2));
            assertThat(dob.getCellStyle().getDataFormatString()).isEqualTo(style.spreadsheetFormat());
            assertThat(shown.formatCellValue(dob)).isEqualTo(style.format(LocalDate.of(1970, 1, 2)));
            assertThat(shown.formatCellValue(known.getCell(5))).isEqualTo(style.format(LocalDate.of(2010, 5, 6)));
            Row bare = all.getRow(2);
            for (int c : new int[] {1, 2, 3, 4, 5, 7}) {
                assertThat(bare.getCell(c).getStringCellValue()).as("column %d", c).isEqualTo("not on record");
            }
            assertThat(all.getRow(3).getCell(1).getStringCellValue()).isEqualTo("filed as 19830100");
            Sheet summary = wb.getSheet(CourtWorkbookWriter.SUMMARY);
            assertThat(shown.formatCellValue(summary.getRow(0).getCell(1)))
                    .isEqualTo(style.format(LocalDate.of(2020, 7, 1)));
            assertThat(shown.formatCellValue(summary.getRow(1).getCell(1)))
                    .isEqualTo(style.format(LocalDate.of(2024, 5, 6)) + " 07:08");
        }
    }
}
