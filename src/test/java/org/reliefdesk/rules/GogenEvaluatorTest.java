package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.history.HistoryBuilder;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.PersonHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** gogen mode's reading of the data (rules.md, "gogen-compatible mode"; gogen-spec 2.3, 3, 5.5). */
final class GogenEvaluatorTest {
    private static final RunSettings GOGEN = new RunSettings(EvaluationMode.GOGEN, Policy.statuteMinimum(),
            "SACRAMENTO", RunSettings.DEFAULT_COMPUTE_AT);
    private static final RunSettings DEFAULT = new RunSettings(EvaluationMode.DEFAULT, Policy.statuteMinimum(),
            "SACRAMENTO", RunSettings.DEFAULT_COMPUTE_AT);

    @Test
    void theRunModeChoosesTheEvaluator() {
        assertThat(Evaluator.of(GOGEN)).isInstanceOf(GogenEvaluator.class);
        assertThat(Evaluator.of(DEFAULT)).isInstanceOf(StatuteEvaluator.class);
        assertThat(EvaluationMode.find(" Gogen ")).contains(EvaluationMode.GOGEN);
        assertThat(EvaluationMode.find("bear")).isEmpty();
    }

    @Test
    void anInvalidStepDateIsGosZeroDateNotTheDispositionDate() {
        HistoryFixture person = HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 20190230 | disp=2019-03-01 | offense=2016-01-01");

        PersonEvaluation gogen = Evaluator.of(GOGEN).evaluate(person.build());
        PersonEvaluation statute = Evaluator.of(DEFAULT).evaluate(person.build());

        Decision g = gogen.decisions().get(0);
        assertThat(g.conviction().date()).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(DecisionRecord.of(g, gogen.report()).hasZeroDate()).isTrue();
        Decision d = statute.decisions().get(0);
        assertThat(d.conviction().date()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(DecisionRecord.of(d, statute.report()).hasZeroDate()).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} years = {2}")
    @CsvSource({"2016-02-29, 1, 2017-03-01", "1996-02-29, 21, 2017-03-01", "2016-02-29, 4, 2020-02-29",
            "2016-02-28, 1, 2017-02-28", "2020-02-29, -1, 2019-03-01", "2020-03-01, -1, 2019-03-01",
            "2019-12-31, 1, 2020-12-31"})
    void addsYearsAsGoAddDateDoes(LocalDate from, int years, LocalDate expected) {
        assertThat(GogenEvaluator.addYears(from, years)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"20190203|2019-02-03", "20190230|0001-01-01", "00000000|0001-01-01",
            "' 20190203'|0001-01-01", "2019023|0001-01-01", "''|0001-01-01", "2019-02-03|0001-01-01",
            "00010101|0001-01-01", "17990101|1799-01-01"})
    void parsesDatesAsGoTimeParseDoes(String raw, LocalDate expected) {
        assertThat(GogenEvaluator.parseDate(raw)).isEqualTo(expected);
    }

    @Test
    void onlyTheFirstRowOfACountIsTheConviction() {
        HistoryFixture person = HistoryFixture.person("1975-03-15")
                .steps("*M 11359 HS @ 2012-01-01 | sentence=10D+5D");
        List<HistoryRow> rows = new ArrayList<>(person.rows());
        int second = rows.size() - 1;
        HistoryRow r = rows.get(second);
        rows.set(second, new HistoryRow(r.batch(), r.rowIndex(), r.line(), r.cntOrder(), r.cycleDate(), r.stepDate(),
                r.stepType(), r.county(), r.court(), r.dispositionDate(), r.ofn(), r.offense(), "F", r.disposition(),
                "FELONY", r.sentenceLocation(), r.sentenceLength(), r.sentenceTimeCode(), r.comment()));
        PersonHistory history = HistoryBuilder.build(person.subject(), rows);

        PersonEvaluation e = Evaluator.of(GOGEN).evaluate(history);

        assertThat(e.decisions()).hasSize(1);
        assertThat(e.decisions().get(0).reasonText()).isEqualTo("Misdemeanor or Infraction");
        assertThat(e.report().convictions()).isEqualTo(1);
    }

    @Test
    void reportsSuperstrikesWithGogensSubstringQuirk() {
        HistoryFixture person = HistoryFixture.person("1975-03-15")
                .steps("F 237 PC @ 2001-01-01 ; *F 11359 HS @ 2010-02-03");

        assertThat(Evaluator.of(GOGEN).evaluate(person.build()).report().superstrikeSections())
                .containsExactly("237 PC");
        assertThat(Evaluator.of(DEFAULT).evaluate(person.build()).report().superstrikeSections()).isEmpty();
    }

    @Test
    void aDeceasedStepMustBeWrittenExactly() {
        HistoryFixture exact = HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2010-02-03 ; DECEASED @ 2019-01-01");
        HistoryFixture padded = HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2010-02-03");
        List<HistoryRow> rows = new ArrayList<>(padded.rows());
        rows.add(new HistoryRow(1, rows.size(), rows.size() + 2L, "099001000001", "20190101", "20190101", "DECEASED ",
                "SACRAMENTO", "DOJ", "", "", "", "", "", "", "", "", "", ""));
        RunSettings deceasedOption = new RunSettings(EvaluationMode.GOGEN, Scenario.policy("deceased"), "SACRAMENTO",
                RunSettings.DEFAULT_COMPUTE_AT);

        assertThat(Evaluator.of(deceasedOption).evaluate(exact.build()).decisions().get(0).reasonText())
                .isEqualTo("Individual is deceased");
        assertThat(Evaluator.of(deceasedOption).evaluate(HistoryBuilder.build(padded.subject(), rows)).decisions()
                .get(0).reason()).isEqualTo(ReasonCode.NO_DETERMINATION);
    }

    @Test
    void noDeterminationHasNoGogenDeterminationText() {
        Decision d = Evaluator.of(GOGEN).evaluate(HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2010-02-03")
                .build()).decisions().get(0);

        assertThat(d.reasonText()).isEmpty();
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(GogenTexts.determination(d.outcome(), d.reason())).isEmpty();
        assertThat(GogenTexts.determination(Outcome.DISMISS, ReasonCode.POLICY_DISMISS_SECTION))
                .isEqualTo("Eligible for Dismissal");
        assertThat(GogenTexts.determination(Outcome.REDUCE, ReasonCode.POLICY_REDUCE_SECTION))
                .isEqualTo("Eligible for Reduction");
    }

    @Test
    void givesGogensReasonTextsForTheAdditionalRelief() {
        Policy p = Scenario.policy("age=57 since=10 crimefree=5");

        assertThat(GogenTexts.reason(ReasonCode.UNDER_21_AT_CONVICTION, p)).isEqualTo("21 years or younger");
        assertThat(GogenTexts.reason(ReasonCode.AGE_THRESHOLD, p)).isEqualTo("57 years or older");
        assertThat(GogenTexts.reason(ReasonCode.YEARS_SINCE_CONVICTION, p))
                .isEqualTo("Conviction occurred 10 or more years ago");
        assertThat(GogenTexts.reason(ReasonCode.YEARS_CRIME_FREE, p)).isEqualTo("No convictions in the past 5 years");
        assertThat(GogenTexts.reason(ReasonCode.ONLY_PROP64, p)).isEqualTo("Only has 11357-60 charges");
        assertThat(GogenTexts.reason(ReasonCode.DECEASED, p)).isEqualTo("Individual is deceased");
        assertThat(GogenTexts.reason(ReasonCode.STATUTE_REDUCE, p)).isEmpty();
    }

    @Test
    void rowsOfTwoFilesWithTheSamePositionKeepTheirOwnDecisions() {
        HistoryFixture person = HistoryFixture.person("1975-03-15")
                .steps("M 11357(B) HS @ 2012-04-02 ; *F 11359 HS @ 2013-05-06");
        List<HistoryRow> rows = person.rows();
        // The second conviction came in another file, where its rows are that file's first rows too.
        List<HistoryRow> twoFiles = new ArrayList<>();
        long inSecondFile = 0;
        for (HistoryRow r : rows) {
            boolean second = r.cntOrder().startsWith(person.target().substring(0, 3));
            long index = second ? inSecondFile++ : r.rowIndex();
            twoFiles.add(second ? new HistoryRow(2, index, index + 2, r.cntOrder(), r.cycleDate(), r.stepDate(), r.stepType(),
                    r.county(), r.court(), r.dispositionDate(), r.ofn(), r.offense(), r.offenseToc(), r.disposition(),
                    r.convictionStatus(), r.sentenceLocation(), r.sentenceLength(), r.sentenceTimeCode(), r.comment())
                    : r);
        }
        PersonHistory history = HistoryBuilder.build(person.subject(), twoFiles);

        PersonEvaluation e = Evaluator.of(GOGEN).evaluate(history);
        assertThat(history.convictions()).extracting(c -> c.batch() + ":" + c.rowIndex())
                .as("both convictions sit at the same position of their own file").containsExactly("1:1", "2:1");

        assertThat(e.decisions()).hasSize(2);
        assertThat(e.decisions()).extracting(d -> d.conviction().batch() + ":" + d.conviction().section().base()
                + ":" + d.outcome()).containsExactlyInAnyOrder("1:11357:DISMISS", "2:11359:NEEDS_REVIEW");
    }

    @Test
    void aBlankLevelIsDismissedAsGogenDoesAndTheExplanationSaysSoWithoutNamingAPolicy() {
        PersonEvaluation e = Evaluator.of(GOGEN).evaluate(HistoryFixture.person("1975-03-15")
                .steps("*? 11359 HS @ 2012-04-02").build());

        Decision d = e.decisions().get(0);
        assertThat(d.outcome()).isEqualTo(Outcome.DISMISS);
        assertThat(d.explanation()).contains("gogen", "not recorded as a felony", "11359")
                .doesNotContain("policy");
    }
}
