package org.reliefdesk.rules;

import java.util.List;
import java.util.LinkedHashSet;

/**
 * A county's relief policy on top of the statute minimum (rules.md, "Policy options"): the BEAR/gogen
 * eligibility options plus ReliefDesk's own keys. 0 or false turns an option off.
 *
 * @param dismiss base sections (11357-11360) to dismiss whatever else applies (R8), in the order given (gogen
 *                mode scans them in that order)
 * @param reduce  base sections to reduce (R15)
 */
public record Policy(List<String> dismiss, List<String> reduce, boolean under21AtConviction, int ageThreshold,
                     int yearsSinceConviction, int yearsCrimeFree, boolean onlyProp64, boolean deceased,
                     boolean applyDisqualifiers, UnknownLevel unknownLevel, boolean dismissRelatedCharges) {

    public static final int MIN_AGE = 40;
    public static final int MAX_AGE = 65;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 15;

    public Policy {
        dismiss = List.copyOf(new LinkedHashSet<>(dismiss));
        reduce = List.copyOf(new LinkedHashSet<>(reduce));
    }

    /** The statute minimum: nothing extra, disqualifiers on, unknown levels reviewed. */
    public static Policy statuteMinimum() {
        return new Policy(List.of(), List.of(), false, 0, 0, 0, false, false, true, UnknownLevel.REVIEW, false);
    }

    public Policy withDismiss(List<String> sections) {
        return new Policy(sections, reduce, under21AtConviction, ageThreshold, yearsSinceConviction, yearsCrimeFree,
                onlyProp64, deceased, applyDisqualifiers, unknownLevel, dismissRelatedCharges);
    }

    public Policy withReduce(List<String> sections) {
        return new Policy(dismiss, sections, under21AtConviction, ageThreshold, yearsSinceConviction, yearsCrimeFree,
                onlyProp64, deceased, applyDisqualifiers, unknownLevel, dismissRelatedCharges);
    }

    public Policy withUnknownLevel(UnknownLevel value) {
        return new Policy(dismiss, reduce, under21AtConviction, ageThreshold, yearsSinceConviction, yearsCrimeFree,
                onlyProp64, deceased, applyDisqualifiers, value, dismissRelatedCharges);
    }

    public Policy withRelief(boolean under21, int age, int yearsSince, int crimeFree, boolean only64,
                             boolean isDeceased) {
        return new Policy(dismiss, reduce, under21, age, yearsSince, crimeFree, only64, isDeceased,
                applyDisqualifiers, unknownLevel, dismissRelatedCharges);
    }

    public Policy withApplyDisqualifiers(boolean value) {
        return new Policy(dismiss, reduce, under21AtConviction, ageThreshold, yearsSinceConviction, yearsCrimeFree,
                onlyProp64, deceased, value, unknownLevel, dismissRelatedCharges);
    }

    public Policy withDismissRelatedCharges(boolean value) {
        return new Policy(dismiss, reduce, under21AtConviction, ageThreshold, yearsSinceConviction, yearsCrimeFree,
                onlyProp64, deceased, applyDisqualifiers, unknownLevel, value);
    }

    /** One line for lists of runs, e.g. {@code dismiss 11357 11358; reduce 11359; 5 years since}. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        if (!dismiss.isEmpty()) {
            b.append("dismiss ").append(String.join(" ", dismiss)).append("; ");
        }
        if (!reduce.isEmpty()) {
            b.append("reduce ").append(String.join(" ", reduce)).append("; ");
        }
        if (under21AtConviction) {
            b.append("under 21; ");
        }
        if (ageThreshold > 0) {
            b.append("age ").append(ageThreshold).append("+; ");
        }
        if (yearsSinceConviction > 0) {
            b.append(yearsSinceConviction).append(" years since conviction; ");
        }
        if (yearsCrimeFree > 0) {
            b.append(yearsCrimeFree).append(" years crime-free; ");
        }
        if (onlyProp64) {
            b.append("only Prop 64; ");
        }
        if (deceased) {
            b.append("deceased; ");
        }
        if (!applyDisqualifiers) {
            b.append("disqualifiers off; ");
        }
        if (unknownLevel == UnknownLevel.MISDEMEANOR) {
            b.append("unknown level = misdemeanor; ");
        }
        if (dismissRelatedCharges) {
            b.append("related charges; ");
        }
        String s = b.toString();
        return s.isEmpty() ? "statute minimum" : s.substring(0, s.length() - 2);
    }
}
