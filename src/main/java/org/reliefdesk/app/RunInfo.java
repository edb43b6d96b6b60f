package org.reliefdesk.app;

import org.reliefdesk.store.RunRepository;

/** A stored evaluation run: what makes it reproducible, and how many decisions it holds. */
public record RunInfo(int id, String mode, String policyJson, String county, String computeAt, String appVersion,
                      String inputsJson, String startedAt, String finishedAt, long decisions,
                      java.util.Map<String, Integer> byOutcome, String policySummary) {

    static RunInfo of(RunRepository.Run r) {
        return new RunInfo(r.id(), r.mode(), r.policyJson(), r.county(), r.computeAt(), r.appVersion(),
                r.inputsJson(), r.startedAt(), r.finishedAt(), r.decisions(), r.summary().byOutcome(),
                summary(r.policyJson()));
    }

    /** The policy in one line (read here, on the caller's thread: parsing JSON is no work for a window's thread). */
    private static String summary(String policyJson) {
        try {
            return org.reliefdesk.rules.PolicyJson.parse(policyJson).summary();
        } catch (org.reliefdesk.rules.PolicyException e) {
            return "(unreadable policy)";
        }
    }
}
