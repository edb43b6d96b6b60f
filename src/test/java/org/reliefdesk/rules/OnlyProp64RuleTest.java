package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R13 (rules.md): with the option on, a person whose every conviction is Prop 64 is dismissed. */
final class OnlyProp64RuleTest {
    private final Rule rule = new OnlyProp64Rule();

    @Test
    void appliesWhenEveryConvictionIsProp64InAnyCounty() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("M 11357(B) HS @ 2008-01-01 | county=YOLO ; *F 11359 HS @ 2010-02-03 ; ARREST 459 PC @ 2012-01-01")
                .context(Scenario.policy("only64")));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("all 2");
    }

    @Test
    void passesAndNamesTheOtherConviction() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; M 23152(B) VC @ 2012-01-01").context(Scenario.policy("only64")));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("1 of 2", "23152(B) VC", "2012-01-01");
    }

    @Test
    void treats11357Point5AsNotProp64() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; M 11357.5 HS @ 2012-01-01").context(Scenario.policy("only64")));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyWhenTheOptionIsOff() {
        assertThat(rule.check(HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2010-02-03")
                .context(Policy.statuteMinimum())).result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
