package org.reliefdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojColumn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --input-court FILE --court-mapping MAPPING.json} end to end on hand-made files: every row of
 * {@code court_links.csv} and the court-related rows of {@code convictions.csv} exactly as court-records.md says.
 */
class CourtRunCommandTest {
    static final String MAPPING = """
            {"name": "Yolo court", "county": "YOLO", "columns": {"courtCaseNumber": "Case", "name": "Name",
             "dob": "DOB", "cii": "CII", "section": "Charge", "level": "Level", "disposition": "Dispo",
             "dispositionDate": "Date"}, "nameFormat": "LAST/FIRST/MIDDLE", "dateFormat": "MMddyy",
             "levels": {"F": "felony", "M": "misdemeanor"}, "convictionDispositions": ["110"]}""";

    @TempDir
    Path dir;

    private void files() throws IOException {
        String[] smith = DojFile.conviction("100", "SMITH,JOHN", "001002001000", "20120304", "YOLO",
                "11359 HS-POSS FOR SALE", "FELONY");
        String[] jones = DojFile.conviction("200", "JONES,MARY", "001002001000", "20130101", "YOLO",
                "11357(B) HS-POSSESS MARIJUANA", "MISDEMEANOR");
        DojFile.write(dir.resolve("doj.csv"), true, List.of(smith, jones));
        Files.writeString(dir.resolve("court.csv"), String.join("\n",
                "Case,Name,DOB,CII,Charge,Level,Dispo,Date",
                "12345,SMITH/JOHN,010170,A100,11359 HS,F,110,030412",
                "99999,SMITH/JOHN,010170,A100,11357(B) HS,M,110,060110",
                "12345,DOE/JANE,020280,,11360(A) HS,F,110,051512",
                "12345,JONES/MARY,010170,,11357(B) HS,F,110,010113",
                "X1,SMITH/JOHN,013270,A100,11357 HS,M,110,010114",
                "55555,SMITH/JOHN,010170,A100,11357 HS,M,300,010115") + "\n");
        Files.writeString(dir.resolve("mapping.json"), MAPPING);
    }

    private CliRun run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--input-doj", dir.resolve("doj.csv").toString(),
                "--county", "YOLO", "--compute-at", "2020-07-01", "--preset", "statute-minimum", "--outputs",
                dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesCourtLinksAndTheRecordSourceOfEveryConviction() throws IOException {
        files();
        CliRun r = run("--input-court", dir.resolve("court.csv").toString(), "--court-mapping",
                dir.resolve("mapping.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported court file court.csv (mapping \"Yolo court\"")
                .contains("6 rows read, 5 accepted, 1 set aside")
                .contains("Court people (all court files): 3; linked to a DOJ subject 2")
                .contains("no DOJ person 1")
                .contains("Court convictions in run 1: 2 in both records, 2 court only, 1 in both with different "
                        + "levels");

        List<List<String>> links = DojFile.read(dir.resolve("out/court_links.csv"));
        assertThat(links).containsExactly(
                List.of("file", "line", "court_case_number", "section", "disposition_date", "status", "subject_id",
                        "strength", "keys", "pairing"),
                List.of("court.csv", "2", "12345", "11359 HS", "2012-03-04", "LINKED", "100", "4",
                        "cii;courtCaseNumber;nameAndDob;lastNameAndDob", "BOTH"),
                List.of("court.csv", "3", "99999", "11357(B) HS", "2010-06-01", "LINKED", "100", "4",
                        "cii;courtCaseNumber;nameAndDob;lastNameAndDob", "COURT_ONLY"),
                List.of("court.csv", "4", "12345", "11360(A) HS", "2012-05-15", "NO_DOJ_PERSON", "", "0", "",
                        "COURT_ONLY"),
                List.of("court.csv", "5", "12345", "11357(B) HS", "2013-01-01", "LINKED", "200", "3",
                        "courtCaseNumber;nameAndDob;lastNameAndDob", "BOTH"),
                List.of("court.csv", "6", "X1", "11357 HS", "010114", "SET_ASIDE", "", "", "", ""),
                List.of("court.csv", "7", "55555", "11357 HS", "2015-01-01", "LINKED", "100", "4",
                        "cii;courtCaseNumber;nameAndDob;lastNameAndDob", "NOT_CONVICTION"));

        List<List<String>> convictions = DojFile.read(dir.resolve("out/convictions.csv"));
        List<String> head = convictions.get(0);
        int subject = head.indexOf("subject_id");
        int count = head.indexOf("count_order");
        int outcome = head.indexOf("outcome");
        int reason = head.indexOf("reason_code");
        int flags = head.indexOf("flags");
        int source = head.indexOf("record_source");
        int file = head.indexOf("source_file");
        assertThat(head.get(head.size() - 2)).isEqualTo("record_source");
        assertThat(head.get(head.size() - 1)).isEqualTo("ref");
        assertThat(convictions.subList(1, convictions.size())).extracting(c -> String.join("|", c.get(subject),
                        c.get(count), c.get(outcome), c.get(reason), c.get(flags), c.get(source), c.get(file)))
                .containsExactlyInAnyOrder(
                        "100|001002001000|REDUCE|STATUTE_REDUCE|UNSEEN_AGGRAVATORS|BOTH|doj.csv",
                        "200|001002001000|NEEDS_REVIEW|RECORDS_DISAGREE||BOTH|doj.csv",
                        "100|COURT:court.csv:3|DISMISS|MISDEMEANOR_OR_INFRACTION|NOT_IN_DOJ_FILE|COURT|court.csv",
                        "COURT:court.csv:4|COURT:court.csv:4|NEEDS_REVIEW|NO_STATE_RECORD|"
                                + "UNSEEN_AGGRAVATORS;NOT_IN_DOJ_FILE|COURT|court.csv");
        Path xlsx = dir.resolve("papers.xlsx");
        CliRun export = CliRun.of("export", "--workspace", dir.resolve("out/workspace.reliefdesk").toString(), "--xlsx",
                xlsx.toString());
        assertThat(export.code()).as(export.err()).isZero();
        try (var in = Files.newInputStream(xlsx); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var all = wb.getSheet("All convictions");
            assertThat(all.getRow(0).getCell(16).getStringCellValue()).isEqualTo("Record");
            List<String> records = new java.util.ArrayList<>();
            for (int i = 1; i <= all.getLastRowNum(); i++) {
                records.add(all.getRow(i).getCell(3).getStringCellValue() + " " + all.getRow(i).getCell(16)
                        .getStringCellValue());
            }
            assertThat(records).containsExactlyInAnyOrder("12345 Both", "12345 Both", "99999 Court", "12345 Court");
        }
        List<List<String>> rejected = DojFile.read(dir.resolve("out/rejected_rows.csv"));
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(1)).startsWith("court.csv", "6");
        assertThat(rejected.get(1).get(2)).contains("date of birth \"013270\"");
    }

    @Test
    void aCourtFileNeedsItsMapping() throws IOException {
        files();
        CliRun r = run("--input-court", dir.resolve("court.csv").toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("Give one --court-mapping for each --input-court");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadMappingIsRefusedBeforeAnythingIsImported() throws IOException {
        files();
        Files.writeString(dir.resolve("mapping.json"), MAPPING.replace("\"levels\"", "\"level\""));
        CliRun r = run("--input-court", dir.resolve("court.csv").toString(), "--court-mapping",
                dir.resolve("mapping.json").toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("unknown key \"level\"").contains("mapping.json");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCourtFileTheMappingDoesNotFitIsRefusedAndTheRunGoesOn() throws IOException {
        files();
        Files.writeString(dir.resolve("court.csv"), Files.readString(dir.resolve("court.csv"))
                .replace("Dispo,Date", "Dispo,Disposed"));
        CliRun r = run("--input-court", dir.resolve("court.csv").toString(), "--court-mapping",
                dir.resolve("mapping.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("does not fit court.csv")
                .contains("\"dispositionDate\" names the header \"Date\""));
        assertThat(r.out()).contains("Refused court file court.csv");
        assertThat(dir.resolve("out/court_links.csv")).doesNotExist();
        assertThat(DojFile.read(dir.resolve("out/convictions.csv"))).hasSize(3);
    }

    @Test
    void generatedCourtDataRunsThroughTheWholePipeline() throws IOException {
        CliRun g = CliRun.of("generate-test-data", "--county", "YOLO", "--target-size", "3000", "--seed", "5",
                "--outputs", dir.resolve("doj.csv").toString(), "--court-output", dir.resolve("court.csv").toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.out()).contains("matching court export");
        CliRun r = run("--input-court", dir.resolve("court.csv").toString(), "--court-mapping",
                dir.resolve("court.csv.mapping.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<List<String>> links = DojFile.read(dir.resolve("out/court_links.csv"));
        long courtRows = Files.lines(dir.resolve("court.csv")).count() - 1;
        assertThat(links).hasSize((int) courtRows + 1);
        Map<String, Long> statuses = links.subList(1, links.size()).stream().collect(
                java.util.stream.Collectors.groupingBy(l -> l.get(5), java.util.stream.Collectors.counting()));
        assertThat(statuses).containsKeys("LINKED", "NO_DOJ_PERSON");
        Map<String, Long> pairing = links.subList(1, links.size()).stream().collect(
                java.util.stream.Collectors.groupingBy(l -> l.get(9), java.util.stream.Collectors.counting()));
        assertThat(pairing).containsKeys("BOTH", "COURT_ONLY", "NOT_CONVICTION");
        List<List<String>> convictions = DojFile.read(dir.resolve("out/convictions.csv"));
        int source = convictions.get(0).indexOf("record_source");
        assertThat(convictions.subList(1, convictions.size())).extracting(c -> c.get(source))
                .contains("DOJ", "COURT", "BOTH");
        assertThat(DojColumn.COUNT).isEqualTo(95);
    }
}
