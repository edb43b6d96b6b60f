package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

/**
 * R1: the conviction date is missing or invalid, the charge is an attempt (PC 664), or the section cannot be
 * read: Needs review (data quality; an attempt is not itself a H&S 11357-11360 conviction).
 */
final class DataIncompleteRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.DATA_INCOMPLETE;
    }

    @Override
    public Check check(RuleContext ctx) {
        Conviction c = ctx.conviction;
        if (!c.hasDate()) {
            return Check.applied("no valid conviction date (STP_EVENT_DATE and DISP_DATE both missing or invalid: \""
                    + c.dateRaw() + "\")");
        }
        if (!c.hasSection()) {
            return Check.applied("the code section cannot be read from the charge \"" + c.charge() + "\"");
        }
        if (c.section().attempt()) {
            return Check.applied("attempt (PC 664) of " + c.section().display() + ": not itself a Prop 64 section");
        }
        return Check.passed("conviction date " + ctx.date() + " from " + c.dateSource() + "; section "
                + c.section().display());
    }
}
