package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R16 (rules.md): any felony left is redesignated under 11361.8(e)/(f), eligibility being presumed. */
final class StatuteReduceRuleTest {

    @Test
    void alwaysAppliesAndNamesTheSection() {
        Rule rule = new StatuteReduceRule();
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*F 11358(C) HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("11358(C) HS");
        assertThat(rule.code().outcome()).isEqualTo(Outcome.REDUCE);
        assertThat(rule.code().cites()).contains("11361.8");
    }
}
