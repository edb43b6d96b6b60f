package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** R4 (rules.md): a misdemeanor or infraction is dismissed under H&S 11361.8(e). */
final class MisdemeanorRuleTest {
    private final Rule rule = new MisdemeanorRule();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"M, APPLIED, misdemeanor", "I, APPLIED, infraction", "F, PASSED, felony"})
    void dismissesNonFelonies(String level, RuleResult expected, String word) {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*" + level + " 11359 HS @ 2012-04-02")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains(word, "CONV_STAT_DESCR");
    }

    @Test
    void dismissesAnUnknownLevelThePolicyTreatsAsMisdemeanor() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*? 11359 HS @ 2012-04-02")
                .context(Policy.statuteMinimum().withUnknownLevel(UnknownLevel.MISDEMEANOR)));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("unknown", "unknownLevel = misdemeanor");
    }

    @Test
    void citesElevenThreeSixtyOneEightE() {
        assertThat(rule.code().cites()).contains("11361.8(e)");
    }
}
