package org.reliefdesk.rules;

/** R11: the conviction is at least N years (1-15) before the compute-at date: dismiss (county policy). */
final class YearsSinceConvictionRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.YEARS_SINCE_CONVICTION;
    }

    @Override
    public Check check(RuleContext ctx) {
        int n = ctx.policy.yearsSinceConviction();
        if (n == 0) {
            return Check.notApplicable("policy option off (yearsSinceConvictionThreshold = 0)");
        }
        var cutoff = ctx.computeAt.minusYears(n);
        String facts = "convicted " + ctx.date() + "; " + n + " years before compute-at is " + cutoff;
        return ctx.conviction.date().isAfter(cutoff) ? Check.passed(facts) : Check.applied(facts);
    }
}
