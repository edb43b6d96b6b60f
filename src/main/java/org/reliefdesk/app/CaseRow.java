package org.reliefdesk.app;

import org.reliefdesk.rules.Outcome;

/**
 * One in-scope conviction of a run as the case grid shows it: the engine's decision, the latest attorney override
 * (null when none) and whether it has been marked reviewed; its stable reference and where relief stands
 * (follow-through.md). No SSN, licence or FBI number.
 *
 * @param ref    {@code RD-0000123}, empty when it has none
 * @param status the follow-through status in words ({@code Decided}, {@code Filed}, {@code Confirmed by DOJ}...)
 */
public record CaseRow(long decisionId, String subjectId, String countOrder, String name, String dob, String cii,
                      String caseNumber, String court, String convictionDate, String section, String level,
                      Outcome decided, String reasonCode, String reasonText, String flags, Outcome override,
                      String overrideBy, boolean reviewed, String flagLabels, String overrideText,
                      String recordSource, String ref, String status) {

    /** A row without its follow-through yet (reference and status come with {@link #withFollowThrough}). */
    public CaseRow(long decisionId, String subjectId, String countOrder, String name, String dob, String cii,
                   String caseNumber, String court, String convictionDate, String section, String level,
                   Outcome decided, String reasonCode, String reasonText, String flags, Outcome override,
                   String overrideBy, boolean reviewed, String flagLabels, String overrideText,
                   String recordSource) {
        this(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate, section, level,
                decided, reasonCode, reasonText, flags, override, overrideBy, reviewed, flagLabels, overrideText,
                recordSource, "", "");
    }

    public CaseRow(long decisionId, String subjectId, String countOrder, String name, String dob, String cii,
                   String caseNumber, String court, String convictionDate, String section, String level,
                   Outcome decided, String reasonCode, String reasonText, String flags, Outcome override,
                   String overrideBy, boolean reviewed) {
        this(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate, section, level,
                decided, reasonCode, reasonText, flags, override, overrideBy, reviewed, flagLabels(flags),
                overrideText(override, overrideBy), "DOJ");
    }

    /** Where a stored record source ({@code DOJ}, {@code COURT}, {@code BOTH}) shows in the grid: DOJ, Court, Both. */
    static String recordLabel(String source) {
        return switch (source) {
            case "COURT" -> "Court";
            case "BOTH" -> "Both";
            default -> "DOJ";
        };
    }

    /** The grid's override column: who overrode, or nothing. */
    static String overrideText(Outcome override, String by) {
        return override == null ? "" : "By " + by;
    }

    /** The flags in a few words each, for grids ({@code ;}-joined names in, comma-separated labels out). */
    static String flagLabels(String flags) {
        if (flags == null || flags.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String f : flags.split(";")) {
            b.append(b.length() > 0 ? ", " : "");
            try {
                b.append(org.reliefdesk.rules.Flag.valueOf(f).shortLabel());
            } catch (IllegalArgumentException e) {
                b.append(f);
            }
        }
        return b.toString();
    }

    /** What the office asks for: the latest override, else the engine's decision. */
    public Outcome effectiveOutcome() {
        return override != null ? override : decided;
    }

    public boolean overridden() {
        return override != null;
    }

    public CaseRow withOverride(Outcome outcome, String by) {
        return new CaseRow(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate,
                section, level, decided, reasonCode, reasonText, flags, outcome, by, reviewed, flagLabels,
                overrideText(outcome, by), recordSource, ref, status);
    }

    public CaseRow withReviewed(boolean value) {
        return new CaseRow(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate,
                section, level, decided, reasonCode, reasonText, flags, override, overrideBy, value, flagLabels,
                overrideText, recordSource, ref, status);
    }

    /** The same row with its reference and follow-through status. */
    public CaseRow withFollowThrough(String reference, String statusText) {
        return new CaseRow(decisionId, subjectId, countOrder, name, dob, cii, caseNumber, court, convictionDate,
                section, level, decided, reasonCode, reasonText, flags, override, overrideBy, reviewed, flagLabels,
                overrideText, recordSource, reference, statusText);
    }

    @Override
    public String toString() {
        return "CaseRow[" + decisionId + "]";
    }
}
