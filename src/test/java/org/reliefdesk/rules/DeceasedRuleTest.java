package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R14 (rules.md): with the option on, a person with a DECEASED step is dismissed. */
final class DeceasedRuleTest {
    private final Rule rule = new DeceasedRule();

    @Test
    void appliesWithADeceasedStepInAnyCounty() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; DECEASED @ 2019-03-01 | county=YOLO")
                .context(Scenario.policy("deceased")));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("DECEASED");
    }

    @Test
    void passesWithoutADeceasedStep() {
        assertThat(rule.check(HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 2010-02-03")
                .context(Scenario.policy("deceased"))).result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyWhenTheOptionIsOff() {
        assertThat(rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; DECEASED @ 2019-03-01").context(Policy.statuteMinimum())).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
