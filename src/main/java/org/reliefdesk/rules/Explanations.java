package org.reliefdesk.rules;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.history.Conviction;

import java.time.LocalDate;
import java.util.Set;

/** Plain-language explanations of decisions, written to be read aloud (no names or identifiers in them). */
final class Explanations {
    private Explanations() {
    }

    /**
     * gogen mode's first rule: every conviction not recorded as a felony is dismissed, whatever its level (a blank
     * level included: gogen does not look further, and no county policy is involved).
     */
    static String gogenNotFelony(Conviction c) {
        String what = c.level() == org.reliefdesk.history.Level.UNKNOWN
                ? "is not recorded as a felony (its level is blank in the DOJ record)"
                : "is a " + c.level().word();
        return "Dismiss and seal (gogen-compatible mode): the " + c.sectionDisplay() + " conviction of " + dateText(c)
                + " " + what + ", and gogen dismisses every Prop 64 conviction that is not a felony.";
    }

    /** The conviction's date as explanations write it. */
    private static String dateText(Conviction c) {
        return c.hasDate() ? DojDates.iso(c.date()) : "an unknown date";
    }

    /** Which record a conviction was decided from, for sentences: "DOJ" or "court". */
    private static String source(Conviction c) {
        return c.source() == org.reliefdesk.history.RecordSource.COURT ? "court" : "DOJ";
    }

    /** The records a person's priors were looked for in. */
    private static String records(Conviction c) {
        return c.source() == org.reliefdesk.history.RecordSource.DOJ ? "DOJ record" : "court and DOJ records";
    }

    static String of(Conviction c, ReasonCode reason, TrailEntry decisive, Policy policy, LocalDate computeAt,
                     Set<Flag> flags) {
        String section = c.sectionDisplay();
        String date = dateText(c);
        String level = c.level().word();
        String facts = decisive.facts();
        String text;
        if (decisive.result() == RuleResult.UNDECIDED) {
            text = "Needs review: the check \"" + decisive.rule().title() + "\" (" + decisive.ruleNumber()
                    + ") cannot be decided from the " + source(c) + " data: " + facts + ".";
        } else {
            text = switch (reason) {
                case IDENTITY_AMBIGUOUS -> "Needs review: the court's record of this " + section + " conviction of "
                        + date + " matches more than one person in the DOJ file equally (" + facts + "); an attorney "
                        + "must tell whose record it is.";
                case DATA_INCOMPLETE -> "Needs review: the " + source(c) + " data is not complete enough to decide "
                        + "safely: " + facts + ".";
                case RECORDS_DISAGREE -> "Needs review: the court's record and the DOJ record of the " + section
                        + " conviction of " + date + " disagree on its level (" + facts + ").";
                case NO_STATE_RECORD -> "Needs review: the felony " + section + " conviction of " + date
                        + " is in the court's records, but the person is not in the DOJ file, so the priors that "
                        + "would keep it a felony (superstrike, PC 290, two of the same section) cannot be checked.";
                case AFTER_EFFECTIVE_DATE -> "Not eligible: the " + section + " offense happened on "
                        + c.offenseDate() + ", on or after 9 November 2016 when Prop 64 took effect; relief under "
                        + "H&S 11361.8 covers only earlier conduct.";
                case LEVEL_UNKNOWN -> "Needs review: the " + source(c) + " record does not say whether the " + section
                        + " conviction of " + date + " was a felony, a misdemeanor or an infraction.";
                case MISDEMEANOR_OR_INFRACTION -> "Dismiss and seal: the " + section + " conviction of " + date
                        + " is a " + (c.level() == org.reliefdesk.history.Level.UNKNOWN
                        ? "conviction of unknown level that the policy treats as a misdemeanor" : level)
                        + "; under H&S 11361.8(e) this conduct is now lawful or at most an infraction.";
                case PRIOR_SUPERSTRIKE -> "Not eligible: the felony " + section + " conviction of " + date
                        + " follows a " + facts + "; a superstrike prior keeps it a felony (H&S 11358(d)(1), "
                        + "11359(c)(1), 11360(a)(3)(A); PC 667(e)(2)(C)(iv)).";
                case PRIOR_PC290 -> "Not eligible: the felony " + section + " conviction of " + date + " comes after a "
                        + facts + "; an offense requiring PC 290 registration keeps it a felony (PC 290(c); "
                        + "H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)).";
                case TWO_PRIORS -> "Not eligible: the felony " + section + " conviction of " + date + " has " + facts
                        + "; two or more priors of the same section keep it a felony (H&S 11358(d)(2), "
                        + "11359(c)(2), 11360(a)(3)(B)).";
                case POLICY_DISMISS_SECTION -> "Dismiss and seal: the county policy dismisses every " + c.base()
                        + " conviction, including this " + level + " of " + date + ".";
                case UNDER_21_AT_CONVICTION -> "Dismiss and seal: the person was under 21 when convicted on " + date
                        + "; the county policy dismisses such convictions.";
                case AGE_THRESHOLD -> "Dismiss and seal: the person is " + policy.ageThreshold()
                        + " or older on " + computeAt + "; the county policy dismisses convictions of people of "
                        + "that age.";
                case YEARS_SINCE_CONVICTION -> "Dismiss and seal: the conviction of " + date + " is "
                        + policy.yearsSinceConviction() + " or more years before " + computeAt
                        + "; the county policy dismisses such convictions.";
                case YEARS_CRIME_FREE -> "Dismiss and seal: the person has had no conviction in the "
                        + policy.yearsCrimeFree() + " years before " + computeAt + " (" + facts
                        + "); the county policy dismisses such convictions.";
                case ONLY_PROP64 -> "Dismiss and seal: every conviction on the person's record is a Prop 64 "
                        + "section; the county policy dismisses them.";
                case DECEASED -> "Dismiss and seal: the DOJ record shows the person is deceased; the county policy "
                        + "dismisses such convictions.";
                case POLICY_REDUCE_SECTION -> "Reduce to misdemeanor: the county policy redesignates every felony "
                        + c.base() + " conviction, including this one of " + date + ".";
                case STATUTE_REDUCE -> "Reduce to misdemeanor: the felony " + section + " conviction of " + date
                        + " has no disqualifying prior in the " + records(c) + ", so under H&S 11361.8(e)/(f) it is "
                        + "presumed eligible to be redesignated a misdemeanor.";
                case RELATED_CHARGE -> "Dismiss and seal: " + section + " is a related charge in the same arrest "
                        + "cycle as a Prop 64 conviction (" + facts + "); the county policy dismisses such charges.";
                case RELATED_CHARGE_REVIEW -> "Needs review: " + section + " is in the same arrest cycle as a Prop "
                        + "64 conviction (" + facts + "); the county policy reviews this related charge by hand.";
                case NO_DETERMINATION -> "Needs review: none of the chosen gogen options applies to this felony "
                        + section + " conviction; gogen made no determination.";
            };
        }
        if (flags.contains(Flag.CURRENTLY_SERVING)) {
            text += " The person appears to be still serving a sentence on " + computeAt
                    + ": ask for recall and resentencing (H&S 11361.8(a)/(b)).";
        }
        return text;
    }
}
