package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R3 (rules.md): an unknown level goes to review unless the policy treats it as a misdemeanor. */
final class LevelUnknownRuleTest {
    private final Rule rule = new LevelUnknownRule();

    @Test
    void appliesToAnUnknownLevelUnderTheDefaultPolicy() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*? 11357(B) HS @ 2012-04-02")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("CONV_STAT_DESCR", "OFFENSE_TOC");
    }

    @Test
    void passesAnUnknownLevelThePolicyTreatsAsMisdemeanor() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*? 11357(B) HS @ 2012-04-02")
                .context(Policy.statuteMinimum().withUnknownLevel(UnknownLevel.MISDEMEANOR)));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("unknownLevel = misdemeanor");
    }

    @Test
    void passesALevelTakenFromOffenseTocAndNamesTheColumn() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*? 11357(B) HS @ 2012-04-02 | toc=F")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("felony", "OFFENSE_TOC");
    }
}
