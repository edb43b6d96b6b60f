package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.time.LocalDate;

/**
 * R12: the person's latest conviction (any county, any section) is before the compute-at date minus N years
 * (1-15): dismiss (county policy). A conviction without a valid date makes "latest" unknowable: not applicable.
 */
final class YearsCrimeFreeRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.YEARS_CRIME_FREE;
    }

    @Override
    public Check check(RuleContext ctx) {
        int n = ctx.policy.yearsCrimeFree();
        if (n == 0) {
            return Check.notApplicable("policy option off (yearsCrimeFreeThreshold = 0)");
        }
        LocalDate latest = null;
        for (Conviction c : ctx.history.convictions()) {
            if (!c.hasDate()) {
                return Check.notApplicable("a conviction of this person has no valid date, so the latest is unknown");
            }
            if (latest == null || c.date().isAfter(latest)) {
                latest = c.date();
            }
        }
        LocalDate cutoff = ctx.computeAt.minusYears(n);
        String facts = "latest conviction " + latest + " (of " + ctx.history.convictions().size() + "); " + n
                + " years before compute-at is " + cutoff;
        return latest.isBefore(cutoff) ? Check.applied(facts) : Check.passed(facts);
    }
}
