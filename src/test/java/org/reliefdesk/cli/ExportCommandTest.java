package org.reliefdesk.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.CsvCell;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} end to end: papers from a run with overrides applied, exit codes and messages for bad input. */
final class ExportCommandTest {
    private static final List<String> NAMES = List.of("=CMD()", "+1", "@SUM(A1)", "ZOË,ÑÚÑEZ", "O'BRIEN,SEAN",
            "WOLFESCHLEGELSTEINHAUSENBERGERDORFF,HUBERT BLAINE XAVIER YANCY ZEUS");
    private static final String OFFICE = """
            {"county": "Sacramento", "courtName": "Superior Court of California, County of Sacramento",
             "courtAddress": "720 9th Street, Sacramento, CA 95814", "daName": "Alex Example",
             "deputyName": "Jordan Sample", "barNumber": "123456", "officeAddress": "901 G Street, Sacramento",
             "phone": "(916) 555-0100", "email": "da@example.invalid"}""";

    @TempDir
    Path dir;

    private Path workspaceWithRun(String county) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(DojFile.conviction("70" + i, NAMES.get(i), "001002001000", "20100505", "SACRAMENTO",
                    "11357(B) HS-POSSESS MARIJUANA", "MISDEMEANOR"));
        }
        rows.add(DojFile.conviction("799", "FELON,FRED", "001002001000", "20120606", "SACRAMENTO",
                "11359 HS-POSSESS MARIJUANA FOR SALE", "FELONY"));
        Path input = DojFile.write(dir.resolve("in.csv"), true, rows);
        Path ws = dir.resolve("w.reliefdesk");
        CliRun r = CliRun.of("run", "--input-doj", input.toString(), "--county", county, "--compute-at",
                "2020-07-01", "--preset", "statute-minimum", "--outputs", dir.resolve("bundle").toString(),
                "--workspace", ws.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return ws;
    }

    private Path office(String json) throws IOException {
        return Files.writeString(dir.resolve("office.json"), json, StandardCharsets.UTF_8);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesEveryPaperWithTheLatestOverrideApplied() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        try (Workspace w = Workspace.open(ws)) {
            OverrideRepository o = new OverrideRepository(w);
            var key = new OverrideRepository.ConvictionKey("702", "001002001000");
            o.addOverride(key, "DISMISS", "first look", "atty", "2024-05-06T07:00:00Z", 1);
            o.addOverride(key, "NOT_ELIGIBLE", "Prior PC 187 conviction in the court file.", "atty",
                    "2024-05-06T08:00:00Z", 1);
        }
        Path out = dir.resolve("papers");
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", out.resolve("court.xlsx").toString(),
                "--motion", out.resolve("motion.pdf").toString(), "--orders", out.resolve("orders.pdf").toString(),
                "--orders-per-person", out.resolve("each").toString(), "--notice",
                out.resolve("notice.pdf").toString(), "--office", office(OFFICE).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("7 convictions of 7 people (1 with an attorney override)")
                .contains("Orders for 6 people");
        for (String name : NAMES) {
            assertThat(r.out() + r.err()).as("no personal data printed").doesNotContain(name);
        }

        try (InputStream in = Files.newInputStream(out.resolve("court.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("All convictions").getLastRowNum()).isEqualTo(7);
            assertThat(wb.getSheet("Dismiss").getLastRowNum()).isEqualTo(5);
            assertThat(wb.getSheet("Reduce").getLastRowNum()).isEqualTo(1);
            XSSFSheet notEligible = wb.getSheet("Not eligible");
            assertThat(notEligible.getLastRowNum()).isEqualTo(1);
            Row row = notEligible.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Dismiss & seal");
            assertThat(row.getCell(15).getStringCellValue()).isEqualTo("Prior PC 187 conviction in the court file.");
            List<String> names = new ArrayList<>();
            XSSFSheet all = wb.getSheet("All convictions");
            for (int i = 1; i <= all.getLastRowNum(); i++) {
                names.add(all.getRow(i).getCell(0).getStringCellValue());
                assertThat(all.getRow(i).getCell(2).getStringCellValue()).startsWith("A7");
            }
            assertThat(names).containsAll(NAMES);
            assertThat(wb.getSheet("Summary").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
        String notice = pdfText(out.resolve("notice.pdf"));
        assertThat(notice).contains("@SUM(A1)").doesNotContain("O'BRIEN");
        assertThat(notice.replaceAll("\\s+", "")).contains("PriorPC187convictioninthecourtfile.");
        String motion = pdfText(out.resolve("motion.pdf"));
        assertThat(motion).contains("=CMD()", "ZOË,ÑÚÑEZ", "O'BRIEN,SEAN", "FELON,FRED", "COUNTY OF SACRAMENTO")
                .doesNotContain("@SUM(A1)");
        assertThat(pdfText(out.resolve("orders.pdf"))).contains("=CMD()", "FELON,FRED").doesNotContain("@SUM(A1)");

        Path each = out.resolve("each");
        List<List<String>> index = DojFile.read(each.resolve("index.csv"));
        assertThat(index).hasSize(7);
        assertThat(index.stream().flatMap(List::stream).filter(CsvCell::isRisky)).isEmpty();
        assertThat(index.stream().skip(1).map(l -> l.get(1))).contains("'=CMD()", "ZOË,ÑÚÑEZ");
        try (Stream<Path> files = Files.list(each)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))).hasSize(6);
        }
        assertNoParts(out);

        // the office details were kept in the workspace: the next export needs no --office
        Path again = dir.resolve("again.pdf");
        CliRun second = CliRun.of("export", "--workspace", ws.toString(), "--run", "1", "--notice", again.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(pdfText(again)).contains("Jordan Sample (SBN 123456)");
    }

    /**
     * SSN, driver licence and FBI number stay out of the workbook unless asked for; asked for, each conviction row
     * carries its person's numbers as filed, and the audit log records that they were exported.
     */
    @Test
    void identifiersReachTheWorkbookOnlyWhenAskedAndTheAskIsAudited() throws IOException {
        Path input = dir.resolve("gen.csv");
        assertThat(CliRun.of("generate-test-data", "--county", "SACRAMENTO", "--target-size", "600", "--outputs",
                input.toString()).code()).isZero();
        Map<String, List<String>> byCii = new java.util.HashMap<>();
        for (List<String> row : DojFile.read(input).subList(1, DojFile.read(input).size())) {
            byCii.put(row.get(org.reliefdesk.doj.DojColumn.CII_NUMBER.index()), List.of(
                    row.get(org.reliefdesk.doj.DojColumn.PRI_SSN.index()),
                    row.get(org.reliefdesk.doj.DojColumn.PRI_CDL.index()),
                    row.get(org.reliefdesk.doj.DojColumn.FBI_NUMBER.index())));
        }
        Path ws = dir.resolve("gen.reliefdesk");
        assertThat(CliRun.of("run", "--input-doj", input.toString(), "--county", "SACRAMENTO", "--compute-at",
                "2020-07-01", "--preset", "dismiss-all", "--outputs", dir.resolve("b").toString(), "--workspace",
                ws.toString()).code()).isZero();

        Path plain = dir.resolve("plain.xlsx");
        assertThat(CliRun.of("export", "--workspace", ws.toString(), "--xlsx", plain.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(plain); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row header = wb.getSheet("All convictions").getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 18);
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Override why");
            assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Record");
            assertThat(wb.getSheet("All convictions").getRow(1).getCell(16).getStringCellValue()).isEqualTo("DOJ");
            assertThat(header.getCell(17).getStringCellValue()).isEqualTo("Reference");
        }

        Path asked = dir.resolve("asked.xlsx");
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", asked.toString(),
                "--include-identifiers");
        assertThat(r.code()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(asked); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String sheet : List.of("All convictions", "Dismiss")) {
                XSSFSheet s = wb.getSheet(sheet);
                Row header = s.getRow(0);
                assertThat(List.of(header.getCell(18).getStringCellValue(), header.getCell(19).getStringCellValue(),
                        header.getCell(20).getStringCellValue())).containsExactly("SSN", "Driver licence", "FBI number");
                assertThat(s.getLastRowNum()).isPositive();
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    Row row = s.getRow(i);
                    List<String> filed = byCii.get(row.getCell(2).getStringCellValue());
                    assertThat(List.of(row.getCell(18).getStringCellValue(), row.getCell(19).getStringCellValue(),
                            row.getCell(20).getStringCellValue())).as("row %d of %s", i, sheet).isEqualTo(filed);
                }
            }
        }
        try (Workspace w = Workspace.open(ws)) {
            assertThat(new org.reliefdesk.store.AuditRepository(w).entries()).anySatisfy(e -> assertThat(e.detail())
                    .contains("the workbook carries SSN, driver licence and FBI numbers, as asked"));
        }

        CliRun noWorkbook = CliRun.of("export", "--workspace", ws.toString(), "--motion",
                dir.resolve("m.pdf").toString(), "--include-identifiers");
        assertThat(noWorkbook.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(noWorkbook.error()).contains("--include-identifiers only applies to the workbook");
    }

    @Test
    void refusesAMissingWorkspaceOrRunWithExitThree() throws IOException {
        CliRun none = CliRun.of("export", "--workspace", dir.resolve("nope.reliefdesk").toString(), "--xlsx",
                dir.resolve("x.xlsx").toString());
        assertThat(none.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(none.error()).contains("no workspace file");

        Path empty = dir.resolve("empty.reliefdesk");
        Workspace.create(empty).close();
        CliRun noRun = CliRun.of("export", "--workspace", empty.toString(), "--xlsx", dir.resolve("x.xlsx").toString());
        assertThat(noRun.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(noRun.error()).contains("has no evaluation run yet");

        Path ws = workspaceWithRun("SACRAMENTO");
        CliRun missingRun = CliRun.of("export", "--workspace", ws.toString(), "--run", "9", "--xlsx",
                dir.resolve("x.xlsx").toString());
        assertThat(missingRun.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(missingRun.error()).contains("has no run 9");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void refusesARunWithoutConvictions() throws IOException {
        Path ws = workspaceWithRun("YOLO");
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("holds no Prop 64 conviction");
    }

    @Test
    void namesTheMissingOfficeDetails() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        CliRun none = CliRun.of("export", "--workspace", ws.toString(), "--motion", dir.resolve("m.pdf").toString());
        assertThat(none.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(none.error()).contains("office details are missing").contains("barNumber");

        CliRun partial = CliRun.of("export", "--workspace", ws.toString(), "--motion", dir.resolve("m.pdf").toString(),
                "--office", office("{\"county\": \"Sacramento\", \"daName\": \"A\", \"phone\": \" \"}").toString());
        assertThat(partial.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(partial.error()).contains("courtName, courtAddress, deputyName, barNumber, officeAddress, phone, "
                + "email");

        CliRun unknown = CliRun.of("export", "--workspace", ws.toString(), "--motion", dir.resolve("m.pdf").toString(),
                "--office", office(OFFICE.replace("\"phone\"", "\"fone\"")).toString());
        assertThat(unknown.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(unknown.error()).contains("unknown keys: fone");

        CliRun broken = CliRun.of("export", "--workspace", ws.toString(), "--motion", dir.resolve("m.pdf").toString(),
                "--office", office("{\"county\": ").toString());
        assertThat(broken.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(broken.error()).contains("not valid JSON");
        assertThat(dir.resolve("m.pdf")).doesNotExist();

        CliRun workbookOnly = CliRun.of("export", "--workspace", ws.toString(), "--xlsx",
                dir.resolve("x.xlsx").toString());
        assertThat(workbookOnly.code()).as("the workbook needs no office details").isZero();
    }

    @Test
    void anUnwritableDestinationFailsCleanlyAndLeavesNothingBehind() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = Files.createDirectories(dir.resolve("out"));
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", out.resolve("court.xlsx").toString(),
                "--notice", notAFolder.resolve("notice.pdf").toString(), "--office", office(OFFICE).toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(r.error()).contains("plain-file");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).as("no half-written or early file").isEmpty();
        }

        Path folder = Files.createDirectories(dir.resolve("a-folder.xlsx"));
        CliRun onFolder = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", folder.toString());
        assertThat(onFolder.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(onFolder.error()).contains("is a folder");
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("court.xlsx"), "the last complete export");
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", out.resolve("court.xlsx").toString(),
                "--orders-per-person", notAFolder.toString(), "--office", office(OFFICE).toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(out.resolve("court.xlsx")).hasContent("the last complete export");
        assertNoParts(out);
    }

    @Test
    void theDateFormatReachesEveryPaperAndTheWorkbookAndAWrongOneIsRefused() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        Path out = dir.resolve("iso");
        CliRun r = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", out.resolve("court.xlsx").toString(),
                "--motion", out.resolve("motion.pdf").toString(), "--orders", out.resolve("orders.pdf").toString(),
                "--notice", out.resolve("notice.pdf").toString(), "--office", office(OFFICE).toString(),
                "--date-format", "iso");
        assertThat(r.code()).as(r.err()).isZero();
        for (String paper : List.of("motion.pdf", "orders.pdf")) {
            assertThat(pdfText(out.resolve(paper))).as(paper).contains("1970-01-01", "2012-06-06")
                    .doesNotContain("01/01/1970", "19700101");
        }
        try (InputStream in = Files.newInputStream(out.resolve("court.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var dob = wb.getSheet("All convictions").getRow(1).getCell(1);
            assertThat(dob.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(dob)).isEqualTo("1970-01-01");
        }
        Path us = dir.resolve("us.pdf");
        assertThat(CliRun.of("export", "--workspace", ws.toString(), "--orders", us.toString()).code()).isZero();
        assertThat(pdfText(us)).as("MM/DD/YYYY by default").contains("(DOB 01/01/1970, CII A70", "06/06/2012");

        CliRun wrong = CliRun.of("export", "--workspace", ws.toString(), "--xlsx", dir.resolve("x.xlsx").toString(),
                "--date-format", "DD.MM.YY");
        assertThat(wrong.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(wrong.error()).contains("--date-format must be one of MM/DD/YYYY (us), YYYY-MM-DD (iso), "
                + "DD/MM/YYYY (day-first), not \"DD.MM.YY\"");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void refusesBadUsage() throws IOException {
        Path ws = workspaceWithRun("SACRAMENTO");
        CliRun nothing = CliRun.of("export", "--workspace", ws.toString());
        assertThat(nothing.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(nothing.error()).contains("Nothing to write");
        CliRun badRun = CliRun.of("export", "--workspace", ws.toString(), "--run", "first", "--xlsx", "x.xlsx");
        assertThat(badRun.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(badRun.error()).contains("--run must be a run number");
    }

    private static void assertNoParts(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            assertThat(s.map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
