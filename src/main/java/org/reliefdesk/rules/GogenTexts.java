package org.reliefdesk.rules;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.history.HistoryBuilder;

/** gogen 0.2.13's words for determinations and additional-relief reasons, for the gogen bundle. */
public final class GogenTexts {
    private GogenTexts() {
    }

    /** gogen's reason text for the additional-relief rules R9-R14 under this policy (empty for others). */
    public static String reason(ReasonCode reason, Policy p) {
        return switch (reason) {
            case UNDER_21_AT_CONVICTION -> "21 years or younger";
            case AGE_THRESHOLD -> p.ageThreshold() + " years or older";
            case YEARS_SINCE_CONVICTION -> "Conviction occurred " + p.yearsSinceConviction() + " or more years ago";
            case YEARS_CRIME_FREE -> "No convictions in the past " + p.yearsCrimeFree() + " years";
            case ONLY_PROP64 -> "Only has 11357-60 charges";
            case DECEASED -> "Individual is deceased";
            default -> "";
        };
    }

    /** The "Eligibility Determination" column: gogen's two texts, plus ours for the other outcomes. */
    public static String determination(Outcome outcome, ReasonCode reason) {
        if (reason == ReasonCode.NO_DETERMINATION) {
            return "";
        }
        return switch (outcome) {
            case DISMISS -> "Eligible for Dismissal";
            case REDUCE -> "Eligible for Reduction";
            case NOT_ELIGIBLE -> "Not eligible";
            case NEEDS_REVIEW -> "Needs review";
        };
    }

    /** "Possible Other P64 Charges" for any row, as the run's mode computes it. */
    public static String possibleOtherProp64(EvaluationMode mode, String offenseDescr, String commentText) {
        if (mode == EvaluationMode.GOGEN) {
            return GogenMatchers.possibleOtherProp64(offenseDescr, commentText);
        }
        String od = DojText.clean(offenseDescr);
        String ct = DojText.clean(commentText);
        if (od.isEmpty() || od.toUpperCase(java.util.Locale.ROOT).startsWith(HistoryBuilder.SEE_COMMENT)) {
            return "";
        }
        return CommentMentions.differs(CodeSection.fromCharge(od).orElse(null), ct) ? ct : "";
    }
}
