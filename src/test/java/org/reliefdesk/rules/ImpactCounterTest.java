package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's numbers (product.md, "Impact"; gogen-spec 6.5) added up over people. */
final class ImpactCounterTest {
    private static final LocalDate AT = LocalDate.of(2020, 7, 1);

    private static ImpactSummary count(RunSettings settings, HistoryFixture... people) {
        ImpactCounter counter = new ImpactCounter(settings);
        Evaluator evaluator = Evaluator.of(settings);
        for (HistoryFixture p : people) {
            counter.add(evaluator.evaluate(p.build()));
        }
        return counter.result();
    }

    @Test
    void countsDefaultModeDecisionsPeopleAndRelief() {
        Policy policy = Scenario.policy("dismiss=11357/11358 reduce=11360 since=10");
        RunSettings settings = new RunSettings(EvaluationMode.DEFAULT, policy, "SACRAMENTO", AT);

        ImpactSummary s = count(settings,
                // misdemeanor (R4) and a felony on the dismiss list (R8): nothing left
                HistoryFixture.person("1975-03-15").steps("M 11357(B) HS @ 2012-01-01 ; F 11358 HS @ 2015-01-01"),
                // 12 years ago (R11)
                HistoryFixture.person("1975-03-15").steps("F 11359 HS @ 2008-05-05"),
                // reduce list (R15), with another Prop 64 section in the comment
                HistoryFixture.person("1975-03-15").steps("F 11360(A) HS @ 2015-01-01 | comment=11359 HS"),
                // superstrike prior (R5); a YOLO conviction is out of scope
                HistoryFixture.person("1975-03-15").steps(
                        "F 187 PC @ 2001-01-01 ; F 11359 HS @ 2014-01-01 ; M 11357(B) HS @ 2010-01-01 | county=YOLO"),
                // nobody with a Prop 64 conviction here
                HistoryFixture.person("1975-03-15").steps("M 459 PC @ 2012-01-01"));

        assertThat(s.county()).isEqualTo("SACRAMENTO");
        assertThat(s.computeAt()).isEqualTo(AT);
        assertThat(s.mode()).isEqualTo("default");
        assertThat(s.subjects()).isEqualTo(5);
        assertThat(s.subjectsWithProp64InCounty()).isEqualTo(4);
        assertThat(s.subjectsWithSomeRelief()).isEqualTo(3);
        assertThat(s.earliestProp64Conviction()).isEqualTo(LocalDate.of(2008, 5, 5));
        assertThat(s.byOutcome()).isEqualTo(Map.of("DISMISS", 3, "REDUCE", 1, "NOT_ELIGIBLE", 1));
        assertThat(s.byReason()).isEqualTo(Map.of("MISDEMEANOR_OR_INFRACTION", 1, "POLICY_DISMISS_SECTION", 1,
                "YEARS_SINCE_CONVICTION", 1, "POLICY_REDUCE_SECTION", 1, "PRIOR_SUPERSTRIKE", 1));
        assertThat(s.prop64BySection()).isEqualTo(Map.of("11357", 1, "11358", 1, "11359", 2, "11360", 1));
        assertThat(s.prop64ByLevel()).isEqualTo(Map.of("felony", 4, "misdemeanor", 1));
        assertThat(List.of(s.prop64Felonies(), s.prop64NonFelonies(), s.infractions(), s.unknownLevel()))
                .containsExactly(4, 1, 0, 0);
        assertThat(s.dismissalsBySection()).isEqualTo(Map.of("11357", 1, "11358", 1, "11359", 1));
        assertThat(s.reductionsBySection()).isEqualTo(Map.of("11360", 1));
        assertThat(s.dismissalsByPolicySection()).as("every list entry, 0 included")
                .isEqualTo(Map.of("11357", 0, "11358", 1));
        assertThat(s.reductionsByPolicySection()).isEqualTo(Map.of("11360", 1));
        assertThat(s.dismissalsByAdditionalRelief()).isEqualTo(Map.of("Conviction occurred 10 or more years ago", 1));
        assertThat(s.flags()).isEqualTo(Map.of("UNSEEN_AGGRAVATORS", 4, "POSSIBLE_OTHER_PROP64_IN_COMMENT", 1));
        assertThat(s.possibleOtherProp64Charges()).isEqualTo(1);
        assertThat(s.relatedCharges()).isZero();
        assertThat(s.reliefNow()).isEqualTo(new ImpactSummary.ReliefCounts(3, 2, 1));
        assertThat(s.reliefIfAllDismissed()).isEqualTo(new ImpactSummary.ReliefCounts(3, 3, 3));
    }

    @Test
    void countsRelatedChargesApartFromProp64Convictions() {
        RunSettings settings = new RunSettings(EvaluationMode.DEFAULT, Preset.RELATED_CHARGES.policy(), "SACRAMENTO",
                AT);

        ImpactSummary s = count(settings, HistoryFixture.person("1975-03-15").steps(
                "M 11357(B) HS @ 2012-01-01 | cycle=003 ; M 148 PC @ 2012-01-01 | cycle=003 ; "
                        + "M 4060 BP @ 2012-01-01 | cycle=003 ; ? 11359 HS @ 2013-01-01"));

        assertThat(s.relatedCharges()).isEqualTo(2);
        assertThat(s.prop64BySection()).isEqualTo(Map.of("11357", 1, "11359", 1));
        assertThat(s.byReason()).isEqualTo(Map.of("MISDEMEANOR_OR_INFRACTION", 2, "RELATED_CHARGE", 1,
                "RELATED_CHARGE_REVIEW", 1));
        assertThat(s.unknownLevel()).isEqualTo(1);
        assertThat(s.flags()).isEqualTo(Map.of("LEVEL_ASSUMED", 1));
        assertThat(s.subjectsWithProp64InCounty()).isEqualTo(1);
    }

    @Test
    void countsGogenModeByGogensReasonTexts() {
        Policy policy = Scenario.policy("dismiss=11358 reduce=11360 age=57");
        RunSettings settings = new RunSettings(EvaluationMode.GOGEN, policy, "SACRAMENTO", AT);

        ImpactSummary s = count(settings,
                HistoryFixture.person("1975-03-15").steps("M 11357(B) HS @ 2012-01-01"),
                HistoryFixture.person("1975-03-15").steps("F 11358 HS @ 2012-01-01"),
                HistoryFixture.person("1960-01-01").steps("F 11359 HS @ 2012-01-01"),
                HistoryFixture.person("1975-03-15").steps("F 11360 HS @ 2012-01-01"),
                HistoryFixture.person("1975-03-15").steps("F 211357 PC @ 2012-01-01"));

        assertThat(s.mode()).isEqualTo("gogen");
        assertThat(s.subjectsWithProp64InCounty()).isEqualTo(5);
        assertThat(s.subjectsWithSomeRelief()).isEqualTo(4);
        assertThat(s.byOutcome()).isEqualTo(Map.of("DISMISS", 3, "REDUCE", 1, "NEEDS_REVIEW", 1));
        assertThat(s.byReason()).isEqualTo(Map.of("MISDEMEANOR_OR_INFRACTION", 1, "POLICY_DISMISS_SECTION", 1,
                "AGE_THRESHOLD", 1, "POLICY_REDUCE_SECTION", 1, "NO_DETERMINATION", 1));
        assertThat(s.prop64BySection()).as("gogen extracts 11357 from 211357")
                .isEqualTo(Map.of("11357", 2, "11358", 1, "11359", 1, "11360", 1));
        assertThat(s.dismissalsByPolicySection()).isEqualTo(Map.of("11358", 1));
        assertThat(s.reductionsByPolicySection()).isEqualTo(Map.of("11360", 1));
        assertThat(s.dismissalsByAdditionalRelief()).isEqualTo(Map.of("57 years or older", 1));
        assertThat(List.of(s.prop64Felonies(), s.prop64NonFelonies())).containsExactly(4, 1);
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void anEmptyRunCountsNothing() {
        ImpactSummary s = new ImpactCounter(new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
                "SACRAMENTO", AT)).result();

        assertThat(s.subjects()).isZero();
        assertThat(s.earliestProp64Conviction()).isNull();
        assertThat(s.dismissalsByPolicySection()).isEqualTo(Map.of("11357", 0, "11358", 0, "11359", 0, "11360", 0));
        assertThat(s.reliefNow()).isEqualTo(new ImpactSummary.ReliefCounts(0, 0, 0));
    }
}
