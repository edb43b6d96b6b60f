package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** R11 (rules.md): a conviction on or before compute-at minus N calendar years is dismissed (inclusive). */
final class YearsSinceConvictionRuleTest {
    private final Rule rule = new YearsSinceConvictionRule();

    @ParameterizedTest(name = "convicted {0}, {1} years, compute-at {2} -> {3}")
    @CsvSource({"2010-07-01, 10, 2020-07-01, APPLIED", "2010-07-02, 10, 2020-07-01, PASSED",
            "2019-07-01, 1, 2020-07-01, APPLIED", "2005-07-01, 15, 2020-07-01, APPLIED",
            "2005-07-02, 15, 2020-07-01, PASSED", "2009-11-11, 10, 2019-11-11, APPLIED"})
    void countsCalendarYearsInclusively(String convicted, int years, LocalDate computeAt, RuleResult expected) {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ " + convicted + " | offense=2004-01-01")
                .context(Scenario.policy("since=" + years), computeAt));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains(convicted, computeAt.minusYears(years).toString());
    }

    @Test
    void doesNotApplyWhenTheOptionIsZero() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 1990-01-01")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
