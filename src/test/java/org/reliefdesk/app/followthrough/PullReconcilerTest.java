package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.PullRepository.NewConviction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation of a later DOJ pull, one case per rule of follow-through.md: a dismissed count found without a
 * CONVICTED row, or with a relief text, or gone while its person remains; a reduced count now a misdemeanor or with
 * a relief text; a person absent; a count unchanged; a count found by its other key; the relief texts as a setting;
 * the Prop 64 convictions new in the pull.
 */
final class PullReconcilerTest {
    private static final String COUNTY = "SACRAMENTO";
    private static final LocalDate DATE = LocalDate.of(2012, 3, 4);
    private long line = 1;

    /** A granted conviction: subject S, count 001002001000, CII A00012345 (last 8: 00012345), case 0045678. */
    private static PullReconciler.Candidate granted(int ref, String subject, Outcome relief) {
        return new PullReconciler.Candidate(ref, subject, "001002001000", "00012" + subject.hashCode() % 1000,
                List.of("0045678"), "11359", DATE, relief);
    }

    private DojRecord row(String subject, String cii, String count, String disposition, String level,
                          String comment) {
        return row(subject, cii, count, disposition, level, comment, "11359 HS-POSSESS MARIJUANA FOR SALE", COUNTY,
                "45678", "20120304");
    }

    private DojRecord row(String subject, String cii, String count, String disposition, String level,
                          String comment, String offense, String county, String ofn, String date) {
        String[] f = new String[DojColumn.COUNT];
        Arrays.fill(f, "");
        f[DojColumn.SUBJECT_ID.index()] = subject;
        f[DojColumn.CII_NUMBER.index()] = cii;
        f[DojColumn.CNT_ORDER.index()] = count;
        f[DojColumn.DISP_DESCR.index()] = disposition;
        f[DojColumn.CONV_STAT_DESCR.index()] = level;
        f[DojColumn.COMMENT_TEXT.index()] = comment;
        f[DojColumn.OFFENSE_DESCR.index()] = offense;
        f[DojColumn.STP_ORI_CNTY_NAME.index()] = county;
        f[DojColumn.OFN.index()] = ofn;
        f[DojColumn.STP_EVENT_DATE.index()] = date;
        f[DojColumn.STP_TYPE_DESCR.index()] = "COURT ACTION";
        return new DojRecord("pull.csv", ++line, f);
    }

    private static String ciiOf(PullReconciler.Candidate c) {
        return "A" + c.cii();
    }

    private static Map<Integer, PullReconciler.Finding> run(PullReconciler r, List<DojRecord> rows) {
        for (DojRecord d : rows) {
            r.row(d, r.prepare(d));
        }
        Map<Integer, PullReconciler.Finding> out = new java.util.HashMap<>();
        r.findings().forEach(f -> out.put(f.ref(), f));
        return out;
    }

    private static PullReconciler reconciler(List<PullReconciler.Candidate> cs, List<String> texts) {
        return new PullReconciler(cs, Set.of(), Set.of(), texts, COUNTY);
    }

    @Test
    void eachRuleGivesItsStatus() {
        var dismissedNoConviction = granted(1, "101", Outcome.DISMISS);
        var dismissedText = granted(2, "102", Outcome.DISMISS);
        var dismissedUnchanged = granted(3, "103", Outcome.DISMISS);
        var dismissedGone = granted(4, "104", Outcome.DISMISS);
        var reducedGone = granted(5, "105", Outcome.REDUCE);
        var reducedLevel = granted(6, "106", Outcome.REDUCE);
        var reducedFelony = granted(7, "107", Outcome.REDUCE);
        var reducedText = granted(8, "108", Outcome.REDUCE);
        var absent = granted(9, "109", Outcome.DISMISS);
        var cs = List.of(dismissedNoConviction, dismissedText, dismissedUnchanged, dismissedGone, reducedGone,
                reducedLevel, reducedFelony, reducedText, absent);
        List<DojRecord> rows = new ArrayList<>();
        rows.add(row("101", ciiOf(dismissedNoConviction), "001002001000", "DISMISSED/FURTHERANCE OF JUSTICE",
                "FELONY", ""));
        rows.add(row("102", ciiOf(dismissedText), "001002001000", "CONVICTED-JAIL", "MISDEMEANOR",
                "relief granted under prop 64"));
        rows.add(row("103", ciiOf(dismissedUnchanged), "001002001000", "CONVICTED-JAIL", "MISDEMEANOR", ""));
        rows.add(row("103", ciiOf(dismissedUnchanged), "001002001000", "CONVICTED-JAIL", "MISDEMEANOR", "FINE"));
        rows.add(row("104", ciiOf(dismissedGone), "001001001000", "", "", "", "11359 HS-ARREST", COUNTY, "", "20120101"));
        rows.add(row("105", ciiOf(reducedGone), "002002001000", "CONVICTED-JAIL", "FELONY", "", "459 PC-BURGLARY",
                COUNTY, "9", "20150101"));
        rows.add(row("106", ciiOf(reducedLevel), "001002001000", "CONVICTED-PRISON", "MISDEMEANOR", ""));
        rows.add(row("107", ciiOf(reducedFelony), "001002001000", "CONVICTED-PRISON", "FELONY", ""));
        rows.add(row("108", ciiOf(reducedText), "001002001000", "CONVICTED-PRISON", "FELONY",
                "REDUCED TO MISD 17(B)"));
        Map<Integer, PullReconciler.Finding> f = run(reconciler(cs, ReliefTexts.DEFAULT), rows);

        assertThat(f.get(1).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(1).detail()).isEqualTo("count found: no CONVICTED row left");
        assertThat(f.get(2).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(2).detail()).isEqualTo("count found: relief text \"PROP 64\"");
        assertThat(f.get(3).status()).isEqualTo(ConvictionStatus.NOT_YET_IN_DOJ);
        assertThat(f.get(3).detail()).isEqualTo("count found: unchanged");
        assertThat(f.get(4).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(4).detail()).isEqualTo("count gone, person still in the pull");
        assertThat(f.get(5).status()).as("a reduced count gone is not confirmed")
                .isEqualTo(ConvictionStatus.NOT_YET_IN_DOJ);
        assertThat(f.get(6).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(6).detail()).isEqualTo("count found: level now misdemeanor");
        assertThat(f.get(7).status()).isEqualTo(ConvictionStatus.NOT_YET_IN_DOJ);
        assertThat(f.get(8).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(8).detail()).isEqualTo("count found: relief text \"REDUCED TO MISD\"");
        assertThat(f.get(9).status()).isEqualTo(ConvictionStatus.ABSENT_FROM_PULL);
        assertThat(f.get(9).detail()).isEqualTo("person in no row of the pull");
    }

    @Test
    void aCountRenumberedByDojIsFoundByCiiCaseSectionAndDate() {
        var c = granted(1, "201", Outcome.DISMISS);
        // a new SUBJECT_ID and CNT_ORDER; the CII with another prefix, the case number with leading zeros dropped
        DojRecord moved = row("999", "X" + c.cii(), "005002001000", "DISMISSED", "MISDEMEANOR", "", "11359(A) HS-SALE",
                COUNTY, "45678", "20120304");
        var f = run(reconciler(List.of(c), List.of("PROP 64")), List.of(moved));
        assertThat(f.get(1).status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(f.get(1).detail()).isEqualTo("count found by CII, case, section and date: no CONVICTED row left");

        var other = granted(2, "202", Outcome.DISMISS);
        DojRecord otherDate = row("998", "X" + other.cii(), "005002001000", "DISMISSED", "MISDEMEANOR", "",
                "11359 HS-SALE", COUNTY, "45678", "20120305");
        var g = run(reconciler(List.of(other), List.of("PROP 64")), List.of(otherDate));
        assertThat(g.get(2).status()).as("another date is another count; the person is there by CII")
                .isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(g.get(2).detail()).isEqualTo("count gone, person still in the pull");
    }

    @Test
    void theReliefTextsAreWhatTheWorkspaceSays() {
        var c = granted(1, "301", Outcome.DISMISS);
        DojRecord r = row("301", ciiOf(c), "001002001000", "CONVICTED-JAIL", "MISDEMEANOR", "PROP 64 RELIEF");
        assertThat(run(reconciler(List.of(c), ReliefTexts.DEFAULT), List.of(r)).get(1).status())
                .isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(run(reconciler(List.of(c), List.of("GRANTED 11361")), List.of(r)).get(1).status())
                .isEqualTo(ConvictionStatus.NOT_YET_IN_DOJ);
        DojRecord granted = row("301", ciiOf(c), "001002001000", "CONVICTED-JAIL", "MISDEMEANOR",
                "order granted 11361.8");
        assertThat(run(reconciler(List.of(c), List.of("granted 11361")), List.of(granted)).get(1).status())
                .as("matched without regard to case").isEqualTo(ConvictionStatus.CONFIRMED);
    }

    @Test
    void prop64ConvictionsTheWorkspaceDidNotHaveAreListedAsNew() {
        String knownCii = "A00054321";
        Set<String> knownCounts = Set.of(PullReconciler.countKey("401", "001002001000"));
        Set<String> knownAlts = Set.of(PullReconciler.altKey(knownCii, "777", "11357", LocalDate.of(2011, 1, 1)));
        PullReconciler r = new PullReconciler(List.of(), knownCounts, knownAlts, ReliefTexts.DEFAULT, COUNTY);
        List<DojRecord> rows = List.of(
                row("401", knownCii, "001002001000", "CONVICTED-JAIL", "MISDEMEANOR", ""),
                row("402", knownCii, "003002001000", "CONVICTED-FINE", "MISDEMEANOR", "", "11357(B) HS-POSS", COUNTY,
                        "777", "20110101"),
                row("403", "A00011111", "001002001000", "CONVICTED-FINE", "MISDEMEANOR", "", "11357(B) HS-POSS",
                        COUNTY, "888", "20130505"),
                row("403", "A00011111", "001002001000", "CONVICTED-FINE", "MISDEMEANOR", "FINE", "11357(B) HS-POSS",
                        COUNTY, "888", "20130505"),
                row("404", "A00022222", "001002001000", "CONVICTED-FINE", "MISDEMEANOR", "", "11357(B) HS-POSS",
                        "YOLO", "889", "20130505"),
                row("405", "A00033333", "001002001000", "CONVICTED-FINE", "MISDEMEANOR", "", "459 PC-BURGLARY",
                        COUNTY, "890", "20130505"),
                row("406", "A00044444", "001002001000", "DISMISSED", "MISDEMEANOR", "", "11357(B) HS-POSS", COUNTY,
                        "891", "20130505"));
        run(r, rows);
        List<NewConviction> found = r.newConvictions();
        assertThat(found).extracting(NewConviction::subjectId).containsExactly("403");
        assertThat(found.get(0).section()).isEqualTo("11357(B) HS");
        assertThat(found.get(0).convictionDate()).isEqualTo("2013-05-05");
        assertThat(found.get(0).caseNumber()).isEqualTo("888");
        assertThat(r.mostCommonCounty()).isEqualTo(COUNTY);
    }

    @Test
    void everyCandidateGetsExactlyOneFinding() {
        List<PullReconciler.Candidate> cs = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            cs.add(granted(i, Integer.toString(500 + i), i % 3 == 0 ? Outcome.REDUCE : Outcome.DISMISS));
        }
        Map<ConvictionStatus, Integer> counts = new EnumMap<>(ConvictionStatus.class);
        PullReconciler r = reconciler(cs, ReliefTexts.DEFAULT);
        run(r, List.of());
        r.findings().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        assertThat(r.findings()).hasSize(50);
        assertThat(counts).containsExactly(Map.entry(ConvictionStatus.ABSENT_FROM_PULL, 50));
    }
}
