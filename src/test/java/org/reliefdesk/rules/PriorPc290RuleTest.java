package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R6 (rules.md): a felony 11358/11359/11360 after a PC 290 offense or PC 290 registration (PC 290(c)). */
final class PriorPc290RuleTest {
    private final Rule rule = new PriorPc290Rule();

    @Test
    void appliesToAPriorRegistrableOffense() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("F 266J PC @ 2003-05-05 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("266J PC", "2003-05-05");
    }

    @Test
    void appliesToARegistrationStepBeforeTheConviction() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("REGISTRATION 290 PC @ 2005-01-10 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("registration", "2005-01-10");
    }

    @Test
    void passesARegistrationOnTheSameDay() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("REGISTRATION 290 PC @ 2010-02-03 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void cannotTellWhenARegistrationHasNoDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("REGISTRATION 290 PC @ 00000000 ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("registration");
    }

    @Test
    void cannotTellWhenARegistrableOffenseHasNoDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 243.4(A) PC @ blank | disp=blank ; *F 11359 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("243.4(A) PC");
    }

    @Test
    void doesNotApplyToAFelony11357() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("REGISTRATION 290 PC @ 2005-01-10 ; *F 11357 HS @ 2010-02-03").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
