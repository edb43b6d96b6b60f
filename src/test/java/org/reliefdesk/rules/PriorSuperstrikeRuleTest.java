package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R5 (rules.md): a felony 11358/11359/11360 after a superstrike conviction (PC 667(e)(2)(C)(iv)). */
final class PriorSuperstrikeRuleTest {
    private final Rule rule = new PriorSuperstrikeRule();

    @Test
    void appliesAndNamesThePriorWithItsDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 187 PC @ 2001-06-01 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("187 PC", "2001-06-01");
    }

    @Test
    void passesWhenTheSuperstrikeIsTheSameDay() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 187 PC @ 2010-02-03 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("0 prior");
    }

    @Test
    void cannotTellWhenTheSuperstrikeHasNoDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 187 PC @ blank | disp=blank ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("187 PC", "no valid date");
    }

    @Test
    void leavesAPriorAttemptedMurderToAnAttorney() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 664/187 PC @ 2001-06-01 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("attempt (PC 664)", "664/187 PC", "2001-06-01", "attorney");
    }

    @Test
    void doesNotApplyToAFelony11357() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 187 PC @ 2001-06-01 ; *F 11357(A) HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("11357");
    }

    @Test
    void doesNotApplyWhenThePolicyTurnsDisqualifiersOff() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 187 PC @ 2001-06-01 ; *F 11359 HS @ 2010-02-03")
                .context(Policy.statuteMinimum().withApplyDisqualifiers(false)));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("applyDisqualifiers");
    }

    @Test
    void appliesToAGangCarjackingPrior() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F '215 PC/186.22(B)(4) PC-CARJACKING' @ 2001-06-01 ; *F 11358 HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("215", "2001-06-01");
    }
}
