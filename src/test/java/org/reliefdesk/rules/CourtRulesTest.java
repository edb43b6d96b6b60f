package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The court-records checks one by one (C1 IDENTITY_AMBIGUOUS, C2 RECORDS_DISAGREE, C3 NO_STATE_RECORD): what each
 * finds and that each stays out of a conviction it does not concern.
 */
class CourtRulesTest {
    private static final Policy STATUTE = Preset.STATUTE_MINIMUM.policy();

    private static RuleContext ctx(String history) {
        return HistoryFixture.person("1975-03-15").steps(history).context(STATUTE);
    }

    private static Policy policyWithoutDisqualifiers() {
        try {
            return PolicyJson.parse("{\"applyDisqualifiers\": false}");
        } catch (PolicyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void identityAmbiguousAppliesToAnAmbiguousCourtPersonOnly() {
        Rule rule = new IdentityAmbiguousRule();
        RuleContext ambiguous = ctx("IDENTITY=AMBIGUOUS;*COURT M 11357 HS @ 2012-04-02");
        assertThat(rule.concerns(ambiguous)).isTrue();
        assertThat(rule.check(ambiguous).result()).isEqualTo(RuleResult.APPLIED);
        assertThat(rule.check(ambiguous).facts()).contains("several DOJ subjects");
        RuleContext none = ctx("IDENTITY=NO_DOJ_PERSON;*COURT M 11357 HS @ 2012-04-02");
        assertThat(rule.check(none).result()).isEqualTo(RuleResult.PASSED);
        assertThat(rule.concerns(ctx("*M 11357 HS @ 2012-04-02 | court=M"))).isFalse();
        assertThat(rule.concerns(ctx("*M 11357 HS @ 2012-04-02"))).isFalse();
    }

    @Test
    void recordsDisagreeComparesTheLevelsOfAPairedCount() {
        Rule rule = new RecordsDisagreeRule();
        Rule.Check differ = rule.check(ctx("*F 11359 HS @ 2012-04-02 | court=M"));
        assertThat(differ.result()).isEqualTo(RuleResult.APPLIED);
        assertThat(differ.facts()).contains("DOJ record says felony").contains("says misdemeanor")
                .contains("court.csv:2");
        assertThat(rule.check(ctx("*F 11359 HS @ 2012-04-02 | court=F")).result()).isEqualTo(RuleResult.PASSED);
        assertThat(rule.check(ctx("*? 11359 HS @ 2012-04-02 | court=F")).facts()).contains("gives no level");
        assertThat(rule.check(ctx("*F 11359 HS @ 2012-04-02 | court=?")).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(rule.concerns(ctx("*F 11359 HS @ 2012-04-02"))).isFalse();
        assertThat(rule.concerns(ctx("*COURT F 11359 HS @ 2012-04-02"))).isFalse();
    }

    @Test
    void noStateRecordStopsOnlyFelonies11358To11360OfPeopleWithoutADojRecord() {
        Rule rule = new NoStateRecordRule();
        assertThat(rule.check(ctx("IDENTITY=NO_DOJ_PERSON;*COURT F 11358 HS @ 2012-04-02")).result())
                .isEqualTo(RuleResult.APPLIED);
        assertThat(rule.check(ctx("IDENTITY=NO_DOJ_PERSON;*COURT M 11358 HS @ 2012-04-02")).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(rule.check(ctx("IDENTITY=NO_DOJ_PERSON;*COURT F 11357(C) HS @ 2012-04-02")).result())
                .isEqualTo(RuleResult.NOT_APPLICABLE);
        RuleContext off = HistoryFixture.person("1975-03-15").steps(
                "IDENTITY=NO_DOJ_PERSON;*COURT F 11358 HS @ 2012-04-02").context(
                policyWithoutDisqualifiers());
        assertThat(rule.check(off).result()).isEqualTo(RuleResult.NOT_APPLICABLE);
        assertThat(rule.concerns(ctx("IDENTITY=AMBIGUOUS;*COURT F 11358 HS @ 2012-04-02"))).isFalse();
        assertThat(rule.concerns(ctx("*COURT F 11358 HS @ 2012-04-02"))).isFalse();
    }
}
