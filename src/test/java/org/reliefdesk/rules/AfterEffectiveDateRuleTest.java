package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** R2 (rules.md): an offense on or after 2016-11-09, when Prop 64 took effect, is not eligible. */
final class AfterEffectiveDateRuleTest {
    private final Rule rule = new AfterEffectiveDateRule();

    @ParameterizedTest(name = "offense {0} -> {1}")
    @CsvSource({"2016-11-07, PASSED", "2016-11-08, PASSED", "2016-11-09, APPLIED", "2016-11-10, APPLIED",
            "2019-01-01, APPLIED", "1990-01-01, PASSED"})
    void comparesTheOffenseDateWithTheEffectiveDate(String offense, RuleResult expected) {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*M 11357(B) HS @ 2019-03-01 | offense=" + offense).context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains(offense, "CYC_DATE", "2016-11-09");
    }

    @Test
    void usesTheConvictionDateWhenCycDateIsInvalidAndSaysSo() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*M 11357(B) HS @ 2016-11-09 | offense=20161131").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("2016-11-09", "STP_EVENT_DATE", "CYC_DATE not a valid date");
    }

    @Test
    void looksAtTheOffenseNotTheConviction() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2018-05-05 | offense=2016-10-30").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }
}
