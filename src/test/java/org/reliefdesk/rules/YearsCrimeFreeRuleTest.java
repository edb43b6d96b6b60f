package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R12 (rules.md): the person's latest conviction (any county, any section) strictly before compute-at minus N
 * years.
 */
final class YearsCrimeFreeRuleTest {
    private final Rule rule = new YearsCrimeFreeRule();

    @ParameterizedTest(name = "latest conviction {0} -> {1}")
    @CsvSource({"2015-06-30, APPLIED", "2015-07-01, PASSED", "2015-07-02, PASSED"})
    void isStrictAtTheCutoff(String latest, RuleResult expected) {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; M 459 PC @ " + latest).context(Scenario.policy("crimefree=5")));

        assertThat(check.result()).isEqualTo(expected);
        assertThat(check.facts()).contains(latest, "2015-07-01");
    }

    @Test
    void countsConvictionsOfEveryCountyAndSection() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; M 23152(B) VC @ 2018-04-04 | county=YOLO")
                .context(Scenario.policy("crimefree=5")));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("2018-04-04");
    }

    @Test
    void doesNotApplyWhenAConvictionHasNoDate() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 2010-02-03 ; M 459 PC @ blank | disp=blank")
                .context(Scenario.policy("crimefree=5")));

        assertThat(check.result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(check.facts()).contains("no valid date");
    }

    @Test
    void doesNotApplyWhenTheOptionIsZero() {
        assertThat(rule.check(HistoryFixture.person("1975-03-15").steps("*F 11359 HS @ 1990-01-01")
                .context(Policy.statuteMinimum())).result()).isEqualTo(RuleResult.NOT_APPLICABLE);
    }
}
