package org.reliefdesk.rules;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every decision must satisfy whatever its outcome (rules.md, "Outcomes"): its trail lists the rules tried in
 * rule order up to the one that decided, that one last with the decision's reason; every entry states its facts;
 * and the explanation reads aloud without naming or identifying the person.
 */
final class DecisionChecks {

    /** rules.md "Rule order (default mode)", R1 to R16. */
    static final List<ReasonCode> DEFAULT_ORDER = List.of(ReasonCode.DATA_INCOMPLETE,
            ReasonCode.AFTER_EFFECTIVE_DATE, ReasonCode.LEVEL_UNKNOWN, ReasonCode.MISDEMEANOR_OR_INFRACTION,
            ReasonCode.PRIOR_SUPERSTRIKE, ReasonCode.PRIOR_PC290, ReasonCode.TWO_PRIORS,
            ReasonCode.POLICY_DISMISS_SECTION, ReasonCode.UNDER_21_AT_CONVICTION, ReasonCode.AGE_THRESHOLD,
            ReasonCode.YEARS_SINCE_CONVICTION, ReasonCode.YEARS_CRIME_FREE, ReasonCode.ONLY_PROP64,
            ReasonCode.DECEASED, ReasonCode.POLICY_REDUCE_SECTION, ReasonCode.STATUTE_REDUCE);

    /** The default order with court-records.md's checks at their places: C1 at R1, C2 after R2, C3 at R5. */
    static final List<ReasonCode> COURT_ORDER = List.of(ReasonCode.IDENTITY_AMBIGUOUS, ReasonCode.DATA_INCOMPLETE,
            ReasonCode.AFTER_EFFECTIVE_DATE, ReasonCode.RECORDS_DISAGREE, ReasonCode.LEVEL_UNKNOWN,
            ReasonCode.MISDEMEANOR_OR_INFRACTION, ReasonCode.NO_STATE_RECORD, ReasonCode.PRIOR_SUPERSTRIKE,
            ReasonCode.PRIOR_PC290, ReasonCode.TWO_PRIORS, ReasonCode.POLICY_DISMISS_SECTION,
            ReasonCode.UNDER_21_AT_CONVICTION, ReasonCode.AGE_THRESHOLD, ReasonCode.YEARS_SINCE_CONVICTION,
            ReasonCode.YEARS_CRIME_FREE, ReasonCode.ONLY_PROP64, ReasonCode.DECEASED, ReasonCode.POLICY_REDUCE_SECTION,
            ReasonCode.STATUTE_REDUCE);
    private static final java.util.Set<ReasonCode> COURT_CHECKS = java.util.EnumSet.of(ReasonCode.IDENTITY_AMBIGUOUS,
            ReasonCode.RECORDS_DISAGREE, ReasonCode.NO_STATE_RECORD);

    /** rules.md "gogen-compatible mode": non-felony, dismiss list, R9-R14, reduce list, otherwise no determination. */
    static final List<ReasonCode> GOGEN_ORDER = List.of(ReasonCode.MISDEMEANOR_OR_INFRACTION,
            ReasonCode.POLICY_DISMISS_SECTION, ReasonCode.UNDER_21_AT_CONVICTION, ReasonCode.AGE_THRESHOLD,
            ReasonCode.YEARS_SINCE_CONVICTION, ReasonCode.YEARS_CRIME_FREE, ReasonCode.ONLY_PROP64,
            ReasonCode.DECEASED, ReasonCode.POLICY_REDUCE_SECTION, ReasonCode.NO_DETERMINATION);

    private DecisionChecks() {
    }

    static void checkTrailAndExplanation(Decision d, EvaluationMode mode) {
        List<TrailEntry> trail = d.trail();
        assertThat(trail).as("trail of %s", d.conviction()).isNotEmpty();
        assertThat(d.outcome()).as("outcome follows the reason").isEqualTo(d.reason().outcome());
        TrailEntry last = trail.get(trail.size() - 1);
        List<ReasonCode> rules = trail.stream().map(TrailEntry::rule).toList();
        if (d.reason() == ReasonCode.RELATED_CHARGE || d.reason() == ReasonCode.RELATED_CHARGE_REVIEW) {
            assertThat(rules).containsExactly(d.reason());
            assertThat(last.result()).isEqualTo(RuleResult.APPLIED);
        } else {
            List<ReasonCode> order = mode == EvaluationMode.GOGEN ? GOGEN_ORDER : DEFAULT_ORDER;
            List<ReasonCode> statute = rules.stream().filter(r -> !COURT_CHECKS.contains(r)).toList();
            assertThat(statute).as("rules tried, in rule order from the first").isEqualTo(
                    order.subList(0, statute.size()));
            assertThat(mode == EvaluationMode.GOGEN ? List.<ReasonCode>of() : rules).as("court checks at their places")
                    .isSortedAccordingTo(
                    java.util.Comparator.comparingInt(COURT_ORDER::indexOf));
            if (last.result() == RuleResult.UNDECIDED) {
                assertThat(d.reason()).as("a rule that cannot tell sends the conviction to review")
                        .isEqualTo(ReasonCode.DATA_INCOMPLETE);
            } else {
                assertThat(last.result()).isEqualTo(RuleResult.APPLIED);
                assertThat(last.rule()).as("the deciding rule gives the reason").isEqualTo(d.reason());
            }
            for (TrailEntry e : trail.subList(0, trail.size() - 1)) {
                assertThat(e.result()).as("%s before the deciding rule", e.ruleNumber())
                        .isIn(RuleResult.PASSED, RuleResult.NOT_APPLICABLE);
            }
        }
        for (TrailEntry e : trail) {
            assertThat(e.facts()).as("facts of %s", e.ruleNumber()).isNotBlank();
            assertThat(e.cites()).as("citation of %s", e.ruleNumber()).isNotBlank();
            assertNoIdentity(e.facts());
        }
        assertThat(d.explanation()).isNotBlank();
        assertNoIdentity(d.explanation());
    }

    static void assertNoIdentity(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (String part : HistoryFixture.NAME.split("[, ]")) {
            assertThat(upper).as("text must not name the person: %s", text).doesNotContain(part);
        }
        assertThat(upper).doesNotContain(HistoryFixture.CII).doesNotContain(HistoryFixture.SUBJECT_ID);
    }
}
