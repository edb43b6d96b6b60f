package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** R8 (rules.md): a base section on the policy's dismiss list is dismissed. */
final class PolicyDismissSectionRuleTest {
    private final Rule rule = new PolicyDismissSectionRule();
    private final HistoryFixture felony11359 = HistoryFixture.person("1975-03-15").steps("*F 11359(A) HS @ 2010-02-03");

    @Test
    void appliesToTheBaseSectionOnTheList() {
        Rule.Check check = rule.check(felony11359.context(Policy.statuteMinimum().withDismiss(List.of("11358", "11359"))));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("11359", "11358");
    }

    @Test
    void passesASectionNotOnTheList() {
        Rule.Check check = rule.check(felony11359.context(Policy.statuteMinimum().withDismiss(List.of("11357"))));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyWithAnEmptyList() {
        assertThat(rule.check(felony11359.context(Policy.statuteMinimum())).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
