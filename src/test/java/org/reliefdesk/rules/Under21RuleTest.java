package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** R9 (rules.md): with the option on, a person whose 21st birthday is after the conviction date is dismissed. */
final class Under21RuleTest {
    private final Rule rule = new Under21Rule();

    @ParameterizedTest(name = "born 1990-05-10, convicted {0} -> {1}")
    @CsvSource({"2011-05-09, APPLIED", "2011-05-10, PASSED", "2011-05-11, PASSED", "2008-01-01, APPLIED"})
    void comparesTheTwentyFirstBirthdayWithTheConvictionDate(String convicted, RuleResult expected) {
        Rule.Check check = rule.check(HistoryFixture.person("1990-05-10").steps("*F 11359 HS @ " + convicted)
                .context(Scenario.policy("under21")));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains("2011-05-10", convicted);
    }

    @Test
    void usesTheConvictionDateNotTheOffenseDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1990-05-10")
                .steps("*F 11359 HS @ 2011-06-01 | offense=2011-04-01").context(Scenario.policy("under21")));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void doesNotApplyWithoutAValidDateOfBirth() {
        Rule.Check check = rule.check(HistoryFixture.person("19900230").steps("*F 11359 HS @ 2009-01-01")
                .context(Scenario.policy("under21")));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("date of birth");
    }

    @Test
    void doesNotApplyWhenTheOptionIsOff() {
        Rule.Check check = rule.check(HistoryFixture.person("1990-05-10").steps("*F 11359 HS @ 2009-01-01")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("subjectUnder21AtConviction");
    }
}
