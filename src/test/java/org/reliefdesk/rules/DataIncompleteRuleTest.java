package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** R1 (rules.md): a missing or invalid date, an attempt prefix or an unreadable section sends to review. */
final class DataIncompleteRuleTest {
    private final Rule rule = new DataIncompleteRule();

    @Test
    void givesDataIncomplete() {
        assertThat(rule.code()).isEqualTo(ReasonCode.DATA_INCOMPLETE);
        assertThat(rule.code().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void appliesWhenNeitherStepDateNorDispositionDateIsValid() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*F 11359 HS @ 20190230 | disp=00000000 | offense=2015-01-10").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("STP_EVENT_DATE", "DISP_DATE", "20190230");
    }

    @ParameterizedTest
    @ValueSource(strings = {"664/11359 HS", "664 11359 HS", "66411359 HS", "664PC/11359 HS", "664 PC/11360(A) HS"})
    void appliesToEveryWayOfWritingAnAttempt(String charge) {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*M " + charge + " @ 2012-04-02")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("attempt", "664/113");
    }

    @Test
    void appliesWhenTheSectionCannotBeRead() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*M '11359 HS POSS FOR SALE' @ 2012-04-02").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(check.facts()).contains("11359 HS POSS FOR SALE");
    }

    @Test
    void passesWithTheDispositionDateWhenTheStepDateIsBlank() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15")
                .steps("*M 11357(B) HS @ blank | disp=2012-04-02").context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("2012-04-02", "DISP_DATE", "11357(B) HS");
    }

    @Test
    void passesAReadableDatedConvictionNamingItsDateAndSection() {
        Rule.Check check = rule.check(HistoryFixture.person("1975-03-15").steps("*F 11360 (a) hs @ 2012-04-02")
                .context(Policy.statuteMinimum()));

        assertThat(check.result()).isEqualTo(RuleResult.PASSED);
        assertThat(check.facts()).contains("2012-04-02", "STP_EVENT_DATE", "11360(A) HS");
    }
}
