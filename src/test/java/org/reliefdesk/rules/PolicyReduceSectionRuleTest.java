package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** R15 (rules.md): a base section on the policy's reduce list is redesignated a misdemeanor. */
final class PolicyReduceSectionRuleTest {
    private final Rule rule = new PolicyReduceSectionRule();
    private final HistoryFixture felony11360 = HistoryFixture.person("1975-03-15").steps("*F 11360 (a) HS @ 2010-02-03");

    @Test
    void appliesToTheBaseSectionOnTheList() {
        Rule.Check check = rule.check(felony11360.context(Policy.statuteMinimum().withReduce(List.of("11360"))));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("11360");
        assertThat(rule.code().outcome()).isEqualTo(Outcome.REDUCE);
    }

    @Test
    void passesASectionNotOnTheList() {
        assertThat(rule.check(felony11360.context(Policy.statuteMinimum().withReduce(List.of("11359")))).result())
                .isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyWithAnEmptyList() {
        assertThat(rule.check(felony11360.context(Policy.statuteMinimum())).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
