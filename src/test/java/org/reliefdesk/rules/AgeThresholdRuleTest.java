package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** R10 (rules.md): a person N years old or older on the compute-at date (DOB + N on or before it) is dismissed. */
final class AgeThresholdRuleTest {
    private final Rule rule = new AgeThresholdRule();

    @ParameterizedTest(name = "born {0}, age {1}, compute-at {2} -> {3}")
    @CsvSource({"1970-07-01, 50, 2020-07-01, APPLIED", "1970-07-02, 50, 2020-07-01, PASSED",
            "1970-06-30, 50, 2020-07-01, APPLIED", "1970-07-02, 50, 2020-07-02, APPLIED",
            "1955-07-01, 65, 2020-07-01, APPLIED", "1980-07-01, 40, 2020-07-01, APPLIED",
            "1980-07-02, 40, 2020-07-01, PASSED"})
    void reachesTheAgeOnItsBirthday(String dob, int age, LocalDate computeAt, RuleResult expected) {
        Rule.Check check = rule.check(HistoryFixture.person(dob).steps("*F 11359 HS @ 2010-02-03")
                .context(Scenario.policy("age=" + age), computeAt));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains(LocalDate.parse(dob).plusYears(age).toString(), computeAt.toString());
    }

    @Test
    void doesNotApplyWithoutADateOfBirth() {
        Rule.Check check = rule.check(HistoryFixture.person("none").steps("*F 11359 HS @ 2010-02-03")
                .context(Scenario.policy("age=40")));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("date of birth");
    }

    @Test
    void doesNotApplyWhenTheOptionIsZero() {
        Rule.Check check = rule.check(HistoryFixture.person("1930-01-01").steps("*F 11359 HS @ 2010-02-03")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
