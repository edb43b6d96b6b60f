package org.reliefdesk.export.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.export.ExportFixtures;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.ReasonCode;
import org.reliefdesk.rules.SubjectReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gogen 0.2.13 bundle files (gogen-spec.md §6, gogen-bundle.md). */
final class GogenBundleWriterTest {
    private static final LocalDate COMPUTE_AT = LocalDate.of(2019, 11, 11);
    private static final List<String> ELIGIBILITY = List.of("Case Number", "# of convictions on record",
            "Possible Other P64 Charges", "Occurred after 11/9/2016", "Superstrike Code Section(s)",
            "PC290 Code Section(s)", "PC290 Registration", "Date of Conviction", "Years Since This Conviction",
            "Years Since Any Conviction", "# of Prop 64 convictions", "# of HS 11357 convictions",
            "# of HS 11358 convictions", "# of HS 11359 convictions", "# of HS 11360 convictions", "Deceased",
            "Eligibility Determination", "Eligibility Reason");
    private static final List<String> CONDENSED = List.of("CII_NUMBER", "PRI_NAME", "GENDER", "PRI_DOB",
            "RACE_DESCR", "CYC_DATE", "STP_EVENT_DATE", "STP_ORI_DESCR", "STP_ORI_CNTY_NAME", "DISP_DATE", "OFN",
            "OFFENSE_DESCR", "DISP_DESCR", "CONV_STAT_DESCR", "SENT_LOC_DESCR", "SENT_LENGTH", "SENT_TIME_CODE",
            "CYC_AGE", "COMMENT_TEXT", "END_OF_REC");
    private static final int P = 2;

    @TempDir
    Path dir;

    @Test
    void writesGogensHeaders() throws IOException {
        write(EvaluationMode.GOGEN, "", List.of());
        List<String> doj = Arrays.stream(DojColumn.values()).map(Enum::name).toList();
        assertThat(doj).hasSize(95).startsWith("RECORD_ID", "SUBJECT_STATUS").endsWith("COMMENT_TEXT", "END_OF_REC");
        List<String> full = new ArrayList<>(doj);
        full.addAll(ELIGIBILITY);
        List<String> condensed = new ArrayList<>(CONDENSED);
        condensed.addAll(ELIGIBILITY);
        assertThat(ExportFixtures.readCsv(dir.resolve("All_Results.csv"))).containsExactly(full);
        assertThat(ExportFixtures.readCsv(dir.resolve("Prop64_Results.csv"))).containsExactly(full);
        assertThat(ExportFixtures.readCsv(dir.resolve("All_Results_Condensed.csv"))).containsExactly(condensed);
        assertThat(Files.readString(dir.resolve("All_Results.csv")))
                .startsWith("RECORD_ID,SUBJECT_STATUS,SUBJECT_ID,").endsWith(",Eligibility Reason\n");
        assertThat(Files.readString(dir.resolve("All_Results_Condensed.csv")))
                .isEqualTo(String.join(",", condensed) + "\n");
    }

    @Test
    void namesTheFilesWithTheGivenSuffix() throws IOException {
        write(EvaluationMode.DEFAULT, "_2", List.of());
        assertThat(GogenBundleWriter.fileNames("_2")).containsExactly("All_Results_2.csv",
                "All_Results_Condensed_2.csv", "Prop64_Results_2.csv");
        for (String name : GogenBundleWriter.fileNames("_2")) {
            assertThat(dir.resolve(name)).isRegularFile();
        }
    }

    @Test
    void aRowWithoutDecisionLeavesTheEligibilityCellsEmpty() throws IOException {
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "459 PC-BURGLARY", ""), null)));
        List<String> all = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1);
        assertThat(all).hasSize(113);
        assertThat(all.subList(95, 113)).containsExactlyElementsOf(Collections.nCopies(18, ""));
        assertThat(ExportFixtures.readCsv(dir.resolve("All_Results_Condensed.csv")).get(1).subList(20, 38))
                .containsExactlyElementsOf(Collections.nCopies(18, ""));
        assertThat(Files.readString(dir.resolve("All_Results.csv"))).endsWith(",".repeat(17) + "\n");
    }

    @ParameterizedTest(name = "od [{0}] ct [{1}] -> [{2}]")
    @CsvSource(value = {
            "912|11357(A)|11357(A)",
            "11350|11357(A)|11357(A)",
            "|11357(A)|",
            "SEE COMMENT FOR CHARGE|11357(A)|",
            "11358|11359|11359",
            "11357(A)|11358|11358",
            "11358|11357(C)|11357(C)",
            "11357(A)|11357(C)|11357(C)",
            "11357(D)|11357(B)|11357(B)",
            "11357(A)|11357(B)|",
            "11357(D)|11357(C)|"
    }, delimiter = '|')
    void anyRowMayCarryPossibleOtherProp64Charges(String od, String ct, String expected) throws IOException {
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", od == null ? "" : od, ct), null)));
        List<String> all = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1);
        List<String> cells = new ArrayList<>(all.subList(95, 113));
        assertThat(cells.get(P)).isEqualTo(expected == null ? "" : expected);
        cells.remove(P);
        assertThat(cells).containsOnly("");
        assertThat(ExportFixtures.readCsv(dir.resolve("Prop64_Results.csv"))).as("no decision, no Prop64 row")
                .hasSize(1);
    }

    @Test
    void aDecisionRowCarriesGogensValues() throws IOException {
        SubjectReport report = new SubjectReport(4, List.of("187", "664/187"), List.of(), true, true,
                LocalDate.of(2012, 3, 4), List.of(1, 2, 0, 1));
        DecisionRecord d = ExportFixtures.decision(0, LocalDate.of(1979, 6, 1), Outcome.DISMISS,
                ReasonCode.AGE_THRESHOLD, "57 years or older", "140194; 140195", report);
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "11357(A) HS", "11358"), d)));
        List<String> cells = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1).subList(95, 113);
        assertThat(cells).containsExactly("140194; 140195", "4", "11358", "N", "187;664/187", "-", "Yes",
                "06/01/1979", "40.4", "7.7", "4", "1", "2", "0", "1", "Deceased", "Eligible for Dismissal",
                "57 years or older");
    }

    @Test
    void defaultModeSaysNotEligibleAndExplainsInPlainWords() throws IOException {
        DecisionRecord d = ExportFixtures.decision(0, LocalDate.of(2010, 1, 1), Outcome.NOT_ELIGIBLE,
                ReasonCode.PRIOR_SUPERSTRIKE, "", "", ExportFixtures.report(2));
        write(EvaluationMode.DEFAULT, "", List.of(new Input(row("1", "11359 HS", ""), d)));
        List<String> cells = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1).subList(95, 113);
        assertThat(cells.get(16)).isEqualTo("Not eligible");
        assertThat(cells.get(17)).isEqualTo(d.explanation());
        assertThat(cells.get(4)).isEqualTo("-");
        assertThat(cells.get(6)).isEqualTo("-");
        assertThat(cells.get(15)).isEqualTo("-");
    }

    @Test
    void gogenModeLeavesAnUndecidedConvictionBlank() throws IOException {
        DecisionRecord d = ExportFixtures.decision(0, LocalDate.of(2010, 1, 1), Outcome.NEEDS_REVIEW,
                ReasonCode.NO_DETERMINATION, "", "", ExportFixtures.report(1));
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "11359 HS", ""), d)));
        List<List<String>> prop64 = ExportFixtures.readCsv(dir.resolve("Prop64_Results.csv"));
        assertThat(prop64).hasSize(2);
        assertThat(prop64.get(1).subList(111, 113)).containsExactly("", "");
    }

    @Test
    void theZeroDateIsWrittenAsGogenDid() throws IOException {
        SubjectReport report = new SubjectReport(1, List.of(), List.of(), false, false, LocalDate.of(1, 1, 1),
                List.of(0, 0, 1, 0));
        DecisionRecord d = ExportFixtures.decision(0, LocalDate.of(1, 1, 1), Outcome.REDUCE,
                ReasonCode.POLICY_REDUCE_SECTION, "Reduce all HS 11359 convictions", "", report);
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "11359 HS", ""), d)));
        List<String> cells = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1).subList(95, 113);
        assertThat(cells.subList(3, 4)).containsExactly("N");
        assertThat(cells.subList(7, 10)).containsExactly("01/01/0001", "-1.0", "-1.0");
        assertThat(cells.subList(16, 18)).containsExactly("Eligible for Reduction", "Reduce all HS 11359 convictions");
    }

    @Test
    void anUnknownDateLeavesTheDateCellsEmpty() throws IOException {
        DecisionRecord d = ExportFixtures.decision(0, null, Outcome.NEEDS_REVIEW, ReasonCode.DATA_INCOMPLETE, "", "",
                ExportFixtures.report(1));
        write(EvaluationMode.DEFAULT, "", List.of(new Input(row("1", "11359 HS", ""), d)));
        List<String> cells = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1).subList(95, 113);
        assertThat(cells.subList(7, 10)).containsExactly("", "", "");
        assertThat(cells.get(3)).isEmpty();
        assertThat(cells.get(16)).isEqualTo("Needs review");
    }

    @ParameterizedTest
    @CsvSource({"2016-11-08, N", "2016-11-09, N", "2016-11-10, Y", "2019-01-01, Y"})
    void occurredAfterIsStrictlyAfterTheEffectiveDate(LocalDate date, String expected) throws IOException {
        DecisionRecord d = ExportFixtures.decision(0, date, Outcome.DISMISS, ReasonCode.MISDEMEANOR_OR_INFRACTION,
                "Misdemeanor or Infraction", "", ExportFixtures.report(1));
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "11357 HS", ""), d)));
        assertThat(ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1).get(95 + 3)).isEqualTo(expected);
    }

    @Test
    void prop64ResultsHoldOnlyTheDecisionRowsAsAllResultsWritesThem() throws IOException {
        DecisionRecord d = ExportFixtures.decision(1, LocalDate.of(2010, 1, 1), Outcome.DISMISS,
                ReasonCode.POLICY_DISMISS_SECTION, "Dismiss all HS 11357 convictions", "777",
                ExportFixtures.report(1));
        write(EvaluationMode.GOGEN, "", List.of(new Input(row("1", "459 PC", ""), null),
                new Input(row("2", "11357 HS", ""), d), new Input(row("3", "11357 HS", "11358"), null)));
        List<List<String>> all = ExportFixtures.readCsv(dir.resolve("All_Results.csv"));
        List<List<String>> prop64 = ExportFixtures.readCsv(dir.resolve("Prop64_Results.csv"));
        List<List<String>> condensed = ExportFixtures.readCsv(dir.resolve("All_Results_Condensed.csv"));
        assertThat(all).hasSize(4);
        assertThat(condensed).hasSize(4);
        assertThat(prop64).hasSize(2);
        assertThat(prop64.get(1)).isEqualTo(all.get(2));
        assertThat(all.get(3).get(95 + P)).as("a later row of the same count may still flag a comment")
                .isEqualTo("11358");
        assertThat(all.get(3).subList(95, 95 + P)).containsOnly("");
        assertThat(condensed.get(2).subList(20, 38)).isEqualTo(all.get(2).subList(95, 113));
    }

    @Test
    void reproducesTheInputColumnsExactly() throws IOException {
        String[] f = row("1", "11357(B) HS-POSSESS MARIJUANA", "");
        f[DojColumn.PRI_NAME.index()] = "SKYWALKER,LUKE S";
        f[DojColumn.OFFENSE_QUAL_LST.index()] = "              ";
        f[DojColumn.SUBJECT_STATUS.index()] = "ACTIVE    ";
        f[DojColumn.RACE_DESCR.index()] = " LEADING";
        f[DojColumn.POB_NAME.index()] = "SAY \"HI\"   ";
        f[DojColumn.STP_ORI_DESCR.index()] = "CASC MÜNCHEN 東京";
        f[DojColumn.COMMENT_TEXT.index()] = "two\nlines, here" + " ".repeat(40);
        f[DojColumn.REQ_CDL.index()] = "NULL";
        write(EvaluationMode.DEFAULT, "", List.of(new Input(f, null)));
        List<String> all = ExportFixtures.readCsv(dir.resolve("All_Results.csv")).get(1);
        assertThat(all.subList(0, 95)).containsExactly(f);
        List<String> condensed = ExportFixtures.readCsv(dir.resolve("All_Results_Condensed.csv")).get(1);
        for (int i = 0; i < CONDENSED.size(); i++) {
            assertThat(condensed.get(i)).as(CONDENSED.get(i))
                    .isEqualTo(f[DojColumn.valueOf(CONDENSED.get(i)).index()]);
        }
        String text = Files.readString(dir.resolve("All_Results.csv"));
        assertThat(text).contains(",ACTIVE    ,").contains(",\"SKYWALKER,LUKE S\",").contains(",\"              \",")
                .contains(",\" LEADING\",").contains(",\"SAY \"\"HI\"\"   \",").contains(",NULL,");
    }

    /** One input row and the decision that starts on it (or null). */
    private record Input(String[] fields, DecisionRecord decision) {
    }

    private void write(EvaluationMode mode, String suffix, List<Input> rows) throws IOException {
        try (GogenBundleWriter full = new GogenBundleWriter(GogenBundleWriter.in(dir), suffix, mode, COMPUTE_AT,
                GogenBundleWriter.Part.FULL);
             GogenBundleWriter condensed = new GogenBundleWriter(GogenBundleWriter.in(dir), suffix, mode, COMPUTE_AT,
                     GogenBundleWriter.Part.CONDENSED)) {
            for (int i = 0; i < rows.size(); i++) {
                full.row(ExportFixtures.encoded(rows.get(i).fields(), i, i + 2), rows.get(i).decision());
                condensed.row(ExportFixtures.encoded(rows.get(i).fields(), i, i + 2), rows.get(i).decision());
            }
        }
    }

    private static String[] row(String recordId, String offense, String comment) {
        return ExportFixtures.dojFields(Map.of(DojColumn.RECORD_ID, recordId, DojColumn.SUBJECT_ID, "S1",
                DojColumn.CNT_ORDER, "001002001000", DojColumn.STP_ORI_CNTY_NAME, "SACRAMENTO",
                DojColumn.OFFENSE_DESCR, offense, DojColumn.COMMENT_TEXT, comment, DojColumn.END_OF_REC, "#"));
    }
}
