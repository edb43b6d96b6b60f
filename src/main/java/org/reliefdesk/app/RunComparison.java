package org.reliefdesk.app;

import org.reliefdesk.rules.Outcome;

import java.util.List;

/** How two runs differ: every conviction whose engine outcome changed (null when a run did not decide it). */
public record RunComparison(RunInfo before, RunInfo after, long convictionsBefore, long convictionsAfter,
                            List<Change> changes) {

    /** One conviction whose outcome differs. */
    public record Change(String subjectId, String countOrder, String name, String section, String caseNumber,
                         Outcome before, Outcome after, String reasonBefore, String reasonAfter) {
    }
}
