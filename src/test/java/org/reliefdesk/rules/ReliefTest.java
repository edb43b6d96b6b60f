package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's record after relief, as a DA announces it (product.md, "Impact"; gogen-spec 6.5): no felony left
 * among people who had one, no conviction left, no conviction left in the 7 years before compute-at.
 */
final class ReliefTest {
    private static final LocalDate AT = LocalDate.of(2020, 7, 1);

    private static Relief.Item felony(String date, Outcome outcome) {
        return new Relief.Item(true, date == null ? null : LocalDate.parse(date), outcome);
    }

    private static Relief.Item other(String date, Outcome outcome) {
        return new Relief.Item(false, date == null ? null : LocalDate.parse(date), outcome);
    }

    @Test
    void aReducedFelonyLeavesNoFelonyButAConviction() {
        Relief r = Relief.of(List.of(felony("2010-01-01", Outcome.REDUCE), other("2012-01-01", Outcome.DISMISS)), AT);

        assertThat(r.noFelony()).isTrue();
        assertThat(r.noConviction()).isFalse();
    }

    @Test
    void everythingDismissedLeavesNoConviction() {
        Relief r = Relief.of(List.of(felony("2010-01-01", Outcome.DISMISS), other("2015-01-01", Outcome.DISMISS)), AT);

        assertThat(r).isEqualTo(new Relief(true, true, true));
    }

    @Test
    void aFelonyNotEligibleOrInReviewOrOutOfScopeStays() {
        for (Outcome kept : new Outcome[] {Outcome.NOT_ELIGIBLE, Outcome.NEEDS_REVIEW, null}) {
            Relief r = Relief.of(List.of(felony("2010-01-01", Outcome.REDUCE), felony("2011-01-01", kept)), AT);
            assertThat(r.noFelony()).as("outcome %s", kept).isFalse();
        }
    }

    @Test
    void aPersonWhoNeverHadAFelonyIsNotCountedAsLeftWithoutOne() {
        assertThat(Relief.of(List.of(other("2012-01-01", Outcome.DISMISS)), AT).noFelony()).isFalse();
    }

    @Test
    void aPersonWithoutConvictionsCountsNowhere() {
        assertThat(Relief.of(List.of(), AT)).isEqualTo(new Relief(false, false, false));
    }

    @ParameterizedTest(name = "conviction {0} ({1}) -> none in last 7 years: {2}")
    @CsvSource(nullValues = "NONE", value = {"2013-07-02, DISMISS, true", "2013-07-01, DISMISS, false",
            "2013-07-02, REDUCE, false", "2020-06-30, DISMISS, true", "NONE, DISMISS, true", "NONE, NOT_ELIGIBLE, false"})
    void looksAtTheSevenYearsBeforeComputeAt(String date, Outcome outcome, boolean expected) {
        Relief r = Relief.of(List.of(other("2001-01-01", null), other(date, outcome)), AT);

        assertThat(r.noConvictionLast7Years()).isEqualTo(expected);
    }

    @Test
    void anOldUnrelievedConvictionDoesNotSpoilTheLastSevenYears() {
        Relief r = Relief.of(List.of(felony("2005-01-01", Outcome.NOT_ELIGIBLE), other("2018-01-01", Outcome.DISMISS)),
                AT);

        assertThat(r).isEqualTo(new Relief(false, false, true));
    }

    @Test
    void theDismissAllHypotheticalDismissesEveryInScopeProp64ConvictionEvenNotEligibleOnes() {
        HistoryFixture person = HistoryFixture.person("1975-03-15").steps(
                "M 11360(B) HS @ 2004-03-01 ; M 11360(B) HS @ 2006-03-01 ; *F 11360(A) HS @ 2010-02-03");

        PersonEvaluation e = Evaluator.of(settings(EvaluationMode.DEFAULT, Policy.statuteMinimum(), AT))
                .evaluate(person.build());

        assertThat(e.decisions()).extracting(Decision::outcome)
                .containsExactly(Outcome.DISMISS, Outcome.DISMISS, Outcome.NOT_ELIGIBLE);
        assertThat(e.relief()).isEqualTo(new Relief(false, false, false));
        assertThat(e.reliefIfAllDismissed()).isEqualTo(new Relief(true, true, false));
    }

    @Test
    void theDismissAllHypotheticalLeavesOtherCountiesAndOtherSections() {
        HistoryFixture person = HistoryFixture.person("1975-03-15").steps(
                "*M 11357(B) HS @ 2018-01-01 | offense=2016-01-01 | cycle=004 ; M 148 PC @ 2018-01-01 | cycle=004 | "
                        + "offense=2016-01-01 ; M 11357(B) HS @ 2019-01-01 | offense=2016-02-01 | county=YOLO");

        PersonEvaluation e = Evaluator.of(settings(EvaluationMode.DEFAULT, Preset.RELATED_CHARGES.policy(), AT))
                .evaluate(person.build());

        assertThat(e.decisions()).extracting(Decision::reason)
                .containsExactly(ReasonCode.MISDEMEANOR_OR_INFRACTION, ReasonCode.RELATED_CHARGE);
        assertThat(e.relief().noConviction()).as("the YOLO conviction stays").isFalse();
        assertThat(e.reliefIfAllDismissed().noConviction()).isFalse();
        assertThat(e.reliefIfAllDismissed().noConvictionLast7Years()).isFalse();
    }

    @Test
    void gogenModeCountsNoDeterminationAsNoReliefAndUsesComputeAtForSevenYears() {
        HistoryFixture person = HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2019-01-01 | offense=2016-06-01");

        PersonEvaluation none = Evaluator.of(settings(EvaluationMode.GOGEN, Policy.statuteMinimum(), AT))
                .evaluate(person.build());
        assertThat(none.relief()).isEqualTo(new Relief(false, false, false));
        assertThat(none.reliefIfAllDismissed()).isEqualTo(new Relief(true, true, true));

        PersonEvaluation later = Evaluator.of(settings(EvaluationMode.GOGEN, Preset.DISMISS_ALL.policy(),
                LocalDate.of(2026, 1, 2))).evaluate(person.build());
        assertThat(later.relief()).isEqualTo(new Relief(true, true, false));
    }

    private static RunSettings settings(EvaluationMode mode, Policy policy, LocalDate at) {
        return new RunSettings(mode, policy, HistoryFixture.DEFAULT_COUNTY, at);
    }
}
