package org.reliefdesk.app;

import org.reliefdesk.store.RunRepository;

/** A stored evaluation run: what makes it reproducible, and how many decisions it holds. */
public record RunInfo(int id, String mode, String policyJson, String county, String computeAt, String appVersion,
                      String inputsJson, String startedAt, String finishedAt, long decisions,
                      java.util.Map<String, Integer> byOutcome) {

    static RunInfo of(RunRepository.Run r) {
        return new RunInfo(r.id(), r.mode(), r.policyJson(), r.county(), r.computeAt(), r.appVersion(),
                r.inputsJson(), r.startedAt(), r.finishedAt(), r.decisions(), r.summary().byOutcome());
    }
}
