package org.reliefdesk.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * The numbers a DA announces for a run (product.md, "Impact"), counted over the in-scope convictions and the
 * people who have them. Maps are sorted by key.
 *
 * @param earliestProp64Conviction the earliest in-scope conviction date; null when there is none
 * @param reliefNow               people's records under the run's decisions
 * @param reliefIfAllDismissed    the same if every in-scope Prop 64 conviction were dismissed
 * @param dismissalsByPolicySection gogen's count per entry of the dismiss list (entries with 0 included)
 * @param dismissalsByAdditionalRelief dismissals by gogen's reason text for R9-R14
 */
public record ImpactSummary(String county, LocalDate computeAt, String mode, LocalDate earliestProp64Conviction,
                            int subjects, int subjectsWithProp64InCounty, int subjectsWithSomeRelief,
                            ReliefCounts reliefNow, ReliefCounts reliefIfAllDismissed,
                            Map<String, Integer> prop64BySection, Map<String, Integer> prop64ByLevel,
                            int prop64Felonies, int prop64NonFelonies, int infractions, int unknownLevel,
                            Map<String, Integer> byOutcome, Map<String, Integer> byReason,
                            Map<String, Integer> dismissalsBySection, Map<String, Integer> reductionsBySection,
                            Map<String, Integer> dismissalsByPolicySection,
                            Map<String, Integer> reductionsByPolicySection,
                            Map<String, Integer> dismissalsByAdditionalRelief, Map<String, Integer> flags,
                            int relatedCharges, int possibleOtherProp64Charges) {

    /** People left with no felony, with no conviction, with no conviction in the last 7 years. */
    public record ReliefCounts(int noFelony, int noConviction, int noConvictionLast7Years) {
    }
}
