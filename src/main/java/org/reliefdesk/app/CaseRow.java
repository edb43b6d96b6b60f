package org.reliefdesk.app;

import org.reliefdesk.rules.Outcome;

/**
 * One in-scope conviction of a run as the case grid shows it: the engine's decision, the latest attorney override
 * (null when none) and whether it has been marked reviewed. No SSN, licence or FBI number.
 */
public record CaseRow(long decisionId, String subjectId, String countOrder, String name, String dob, String cii,
                      String caseNumber, String court, String convictionDate, String section, String level,
                      Outcome decided, String reasonCode, String reasonText, String flags, Outcome override,
                      String overrideBy, boolean reviewed) {

    /** What the office asks for: the latest override, else the engine's decision. */
    public Outcome effectiveOutcome() {
        return override != null ? override : decided;
    }

    public boolean overridden() {
        return override != null;
    }

    public CaseRow withOverride(Outcome outcome, String by) {
        return new CaseRow(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate,
                section, level, decided, reasonCode, reasonText, flags, outcome, by, reviewed);
    }

    public CaseRow withReviewed(boolean value) {
        return new CaseRow(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate,
                section, level, decided, reasonCode, reasonText, flags, override, overrideBy, value);
    }

    @Override
    public String toString() {
        return "CaseRow[" + decisionId + "]";
    }
}
