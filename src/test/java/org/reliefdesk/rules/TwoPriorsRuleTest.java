package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R7 (rules.md): a felony 11358/11359/11360 with two or more priors of the same base section. */
final class TwoPriorsRuleTest {
    private final Rule rule = new TwoPriorsRule();

    @Test
    void appliesToTwoPriorsAndListsThem() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11360(B) HS @ 2004-03-01 ; M 11360 HS @ 2006-03-01 ; *F 11360(A) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("2 prior 11360", "2004-03-01", "2006-03-01");
    }

    @Test
    void passesOnePriorAndCountsIt() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11360(B) HS @ 2004-03-01 ; M 11360(B) HS @ 2010-02-03 ; *F 11360(A) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("1 prior 11360");
    }

    @Test
    void cannotTellWithOneDatedAndOneUndatedPrior() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11360(B) HS @ 2004-03-01 ; M 11360(B) HS @ blank | disp=blank ; *F 11360(A) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("without a valid date");
    }

    @Test
    void ignoresPriorsOfAnotherSection() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11359 HS @ 2004-03-01 ; M 11359 HS @ 2006-03-01 ; *F 11360(A) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyToAFelony11357() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11357 HS @ 2004-03-01 ; M 11357 HS @ 2006-03-01 ; *F 11357 HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }

    @Test
    void anAttemptIsNotAPriorConvictionOfTheSection() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11360(B) HS @ 2004-03-01 ; M 664/11360(B) HS @ 2006-03-01 ; *F 11360(A) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.UNDECIDED);
        assertThat(check.facts()).contains("1 prior 11360 conviction(s)", "1 prior attempt(s)", "664/11360");
    }
}
