package org.reliefdesk.court;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.Level;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.Workbooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A court export read through its mapping: values, two-digit years, and each kind of row set aside. */
class CourtFileReaderTest {
    static final LocalDate IMPORTED = LocalDate.of(2026, 12, 6);
    static final String HEADER = "Court Number,Truename,DOB,CII,SSN,DL Number,FBI,Current Charge,Current Level,"
            + "Chg Disp,Dispo Date,Booked Charge Date";

    @TempDir
    Path dir;

    /** What one read produced. */
    static final class Read implements CourtFileReader.Listener {
        final List<CourtRow> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        CourtFileReader.Summary summary;

        @Override
        public void row(CourtRow row) {
            rows.add(row);
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }
    }

    private Read read(String... lines) throws Exception {
        Path f = Files.writeString(dir.resolve("court.csv"), HEADER + "\n" + String.join("\n", lines) + "\n");
        return read(f, CourtMapping.parse(CourtMappingTest.EXAMPLE, "example", "x"));
    }

    private static Read read(Path f, CourtMapping m) throws Exception {
        Read r = new Read();
        r.summary = CourtFileReader.read(f, m, IMPORTED, r, () -> false);
        return r;
    }

    @Test
    void readsARowThroughTheMapping() throws Exception {
        Read r = read("SCN-000123,Smith/John/Q,010480,A12345678,555-12-3456,F1234567 CA,12345AB,11357(B) HS,FEL,"
                + "190,061519,030119");
        assertThat(r.problems).isEmpty();
        CourtRow row = r.rows.get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.rowIndex()).isZero();
        assertThat(row.caseNumber()).isEqualTo("SCN-000123");
        assertThat(row.caseKey()).isEqualTo("SCN000123");
        assertThat(row.name()).isEqualTo("SMITH,JOHN Q");
        assertThat(row.dob()).isEqualTo(LocalDate.of(1980, 1, 4));
        assertThat(row.ciiKey()).isEqualTo("12345678");
        assertThat(row.ssnKey()).isEqualTo("555123456");
        assertThat(row.cdlKey()).isEqualTo("F1234567");
        assertThat(row.codeSection().base()).isEqualTo("11357");
        assertThat(row.level()).isEqualTo(Level.FELONY);
        assertThat(row.conviction()).isTrue();
        assertThat(row.dispositionDate()).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(row.offenseDate()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(row.groupKey("court.csv:2")).isEqualTo("C:12345678");
        assertThat(r.summary.accepted()).isEqualTo(1);
        assertThat(r.summary.sha256()).hasSize(64);
    }

    @Test
    void twoDigitYearsAreTheLatestNotAfterTheNewestDisposition() throws Exception {
        // newest disposition: 2019-06-15; a DOB of 22 is then 1922, not 2022; 30 is 1930 everywhere
        Read r = read("A1,DOE/JANE,010122,,,,,11359 HS,M,200,061519,",
                "A2,DOE/JANE,,A7654321,,,,11359 HS,M,200,010130,123129",
                "A3,ROE/RICK,073199,,,,,11360 HS,I,110,123118,");
        assertThat(r.problems).isEmpty();
        assertThat(r.summary.newestDisposition()).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(r.rows.get(0).dob()).isEqualTo(LocalDate.of(1922, 1, 1));
        assertThat(r.rows.get(1).dispositionDate()).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(r.rows.get(1).offenseDate()).isEqualTo(LocalDate.of(1929, 12, 31));
        assertThat(r.rows.get(2).dob()).isEqualTo(LocalDate.of(1999, 7, 31));
        assertThat(r.rows.get(2).level()).isEqualTo(Level.INFRACTION);
        assertThat(r.rows.get(2).conviction()).isTrue();
        assertThat(r.rows.get(2).groupKey("x")).isEqualTo("N:ROE,RICK|1999-07-31");
    }

    @Test
    void setsAsideEachUnreadableRowWithFileLineAndReason() throws Exception {
        Read r = read(
                "A1,DOE/JANE,010180,,,,,11359 HS,M,200,061519,",          // good
                "A2,DOE/JANE,010180,,,,,11359 HS,M,200,063219,",          // disposition date unreadable
                "A3,DOE/JANE,013280,,,,,11359 HS,M,200,061519,",          // DOB unreadable
                "A4,DOE/JANE,010112,,,,,11359 HS,M,200,061519,",          // DOB 7 years before the disposition
                "A5,DOE/JANE,010180,,,,,11359 HS,M,200,061519,99",        // offense date unreadable
                ",DOE/JANE,010180,,,,,11359 HS,M,200,061519,",            // no case number
                "A7,DOE/JANE,,,,,,11359 HS,M,200,061519,",                // name without DOB, nothing else
                "A8,DOE/JANE,010180,,,,,11359 HS,M,200,,",                // no disposition date
                "A9,DOE/JANE,010180,,,,,,M,200,061519,",                  // no section
                "A10,DOE/JANE,010180,,,,,11359 HS,M",                     // cut short
                "A11,,,,000-00-0000,,,11359 HS,M,200,061519,",            // placeholder SSN is no identity
                "A12,,,A1234567,,,,11357 HS,,300,061519,");               // good: CII alone, not a conviction
        assertThat(r.rows).extracting(CourtRow::caseNumber).containsExactly("A1", "A12");
        assertThat(r.rows.get(1).conviction()).isFalse();
        assertThat(r.rows.get(1).level()).isEqualTo(Level.UNKNOWN);
        assertThat(r.problems).extracting(RowProblem::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(r.problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("court.csv"));
        assertThat(r.problems).extracting(RowProblem::reason).containsExactly(
                "disposition date \"063219\" is not a date in the format MMddyy",
                "date of birth \"013280\" is not a date in the format MMddyy",
                "date of birth 2012-01-01 is less than 10 years before the disposition date 2019-06-15: it cannot be "
                        + "right",
                "offense date \"99\" is not a date in the format MMddyy",
                "no court case number",
                "no identity: no CII, SSN or driver licence, and no name with a date of birth",
                "no disposition date",
                "no code section (the charge is blank)",
                "has 9 fields where the header has 12 (a field is missing, or the line is cut short)",
                "no identity: no CII, SSN or driver licence, and no name with a date of birth");
        assertThat(r.problems.get(0).raw()).startsWith("A2,DOE/JANE,010180");
        assertThat(r.summary.rowsRead()).isEqualTo(12);
        assertThat(r.summary.rejected()).isEqualTo(10);
    }

    @Test
    void aDobInTheFutureIsSetAside() throws Exception {
        Path f = Files.writeString(dir.resolve("c.csv"), "Case,CII,DOB,Charge,Dispo,Date\n"
                + "A1,A1,2027-01-01,11357 HS,C,2019-01-01\nA2,A2,1980-01-01,11357 HS,C,2019-01-01\n");
        CourtMapping m = CourtMapping.parse("""
                {"county": "YOLO", "columns": {"courtCaseNumber": "Case", "cii": "CII", "dob": "DOB",
                 "section": "Charge", "disposition": "Dispo", "dispositionDate": "Date"},
                 "dateFormat": "yyyy-MM-dd", "convictionDispositions": ["C"]}""", "m", "x");
        Read r = read(f, m);
        assertThat(r.rows).hasSize(1);
        assertThat(r.problems).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("date of birth 2027-01-01 is in the future"));
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        Path f = Files.writeString(dir.resolve("court.csv"), HEADER + "\n");
        assertThatThrownBy(() -> read(f, CourtMapping.parse(CourtMappingTest.EXAMPLE, "example", "x")))
                .isInstanceOf(TableException.class).hasMessageContaining("no row of data");
    }

    @Test
    void aMappingThatDoesNotFitTheFileIsRefusedBeforeAnyRow() throws Exception {
        Path f = Files.writeString(dir.resolve("court.csv"), HEADER.replace("Dispo Date", "Disposed") + "\nA1\n");
        assertThatThrownBy(() -> read(f, CourtMapping.parse(CourtMappingTest.EXAMPLE, "example", "x")))
                .isInstanceOf(TableException.class).hasMessageContaining("\"Dispo Date\"");
    }

    @Test
    void readsAWorkbookWithTypedDates() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("court.xlsx"), List.of("Charges"), List.of(
                List.of("Case", "CII", "DOB", "Charge", "Dispo", "Date"),
                List.of("A1", "A1234567", LocalDate.of(1980, 1, 4), "11360(A) HS", "C", LocalDate.of(2018, 5, 6)),
                List.of("A2", "A1234567", "01/04/1980", "11357 HS", "C", "05/07/2018")));
        CourtMapping m = CourtMapping.parse("""
                {"county": "YOLO", "columns": {"courtCaseNumber": "Case", "cii": "CII", "dob": "DOB",
                 "section": "Charge", "disposition": "Dispo", "dispositionDate": "Date"},
                 "dateFormat": "MM/dd/yyyy", "convictionDispositions": ["C"]}""", "m", "x");
        Read r = read(f, m);
        assertThat(r.problems).isEmpty();
        assertThat(r.rows).extracting(CourtRow::dob).containsOnly(LocalDate.of(1980, 1, 4));
        assertThat(r.rows).extracting(CourtRow::dispositionDate).containsExactly(LocalDate.of(2018, 5, 6),
                LocalDate.of(2018, 5, 7));
        assertThat(r.summary.describe()).contains("Excel workbook");
    }
}
