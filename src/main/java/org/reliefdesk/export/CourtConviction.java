package org.reliefdesk.export;

import org.reliefdesk.rules.Outcome;

import java.time.LocalDate;

/**
 * One in-scope conviction as the court papers and the workbook show it: the person (name, DOB, CII; never SSN,
 * licence or FBI numbers), the conviction, the engine's decision and the <em>effective</em> outcome (the latest
 * attorney override when there is one, else the engine's).
 *
 * @param dob          null when the DOJ file gives no valid date ({@code dobText} then holds what it gave)
 * @param convictionDate null when unknown
 * @param level        lower-case level word ({@code felony}, {@code misdemeanor}, ...)
 * @param reason       the engine's reason in words
 * @param overrideBy   null when the engine's decision stands
 * @param source       where the conviction is recorded: {@code DOJ}, {@code Court} (the court's records only) or
 *                     {@code Both}
 * @param ref          the conviction's stable reference ({@code RD-0000123}), empty when it has none
 */
public record CourtConviction(String subjectId, String countOrder, String name, LocalDate dob, String dobText,
                              String cii, String caseNumber, String court, LocalDate convictionDate, String section,
                              String level, Outcome engineOutcome, Outcome outcome, String reason,
                              String explanation, String flags, String overrideBy, String overrideAt,
                              String overrideWhy, String source, String ref) {

    /** A conviction without a reference (tests; papers of a workspace without references). */
    public CourtConviction(String subjectId, String countOrder, String name, LocalDate dob, String dobText,
                           String cii, String caseNumber, String court, LocalDate convictionDate, String section,
                           String level, Outcome engineOutcome, Outcome outcome, String reason, String explanation,
                           String flags, String overrideBy, String overrideAt, String overrideWhy, String source) {
        this(subjectId, countOrder, name, dob, dobText, cii, caseNumber, court, convictionDate, section, level,
                engineOutcome, outcome, reason, explanation, flags, overrideBy, overrideAt, overrideWhy, source, "");
    }

    /** A conviction of the DOJ file. */
    public CourtConviction(String subjectId, String countOrder, String name, LocalDate dob, String dobText,
                           String cii, String caseNumber, String court, LocalDate convictionDate, String section,
                           String level, Outcome engineOutcome, Outcome outcome, String reason, String explanation,
                           String flags, String overrideBy, String overrideAt, String overrideWhy) {
        this(subjectId, countOrder, name, dob, dobText, cii, caseNumber, court, convictionDate, section, level,
                engineOutcome, outcome, reason, explanation, flags, overrideBy, overrideAt, overrideWhy, "DOJ", "");
    }

    /** True for a conviction found in the court's records and not in the DOJ file. */
    public boolean courtOnly() {
        return "Court".equals(source);
    }

    public boolean overridden() {
        return overrideBy != null;
    }

    /** The DOB as people read it: ISO date, or the DOJ text when it is not a date. */
    public String dobDisplay() {
        return dob != null ? dob.toString() : dobText;
    }

    /** The relief asked for, in the words of a court paper. */
    public String reliefWords() {
        return switch (outcome) {
            case DISMISS -> "Dismiss and seal";
            case REDUCE -> "Redesignate as misdemeanor";
            case NOT_ELIGIBLE -> "Challenged: not eligible";
            case NEEDS_REVIEW -> "Under review";
        };
    }

    /** Grounds for the outcome in plain words: the attorney's reason when overridden, else the explanation. */
    public String grounds() {
        if (overridden()) {
            return overrideWhy == null || overrideWhy.isBlank() ? "Decided by the reviewing attorney." : overrideWhy;
        }
        return explanation == null || explanation.isBlank() ? reason : explanation;
    }
}
