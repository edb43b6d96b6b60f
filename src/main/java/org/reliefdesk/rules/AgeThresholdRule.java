package org.reliefdesk.rules;

/** R10: the person is at least N years old (40-65) on the compute-at date: dismiss (county policy). */
final class AgeThresholdRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.AGE_THRESHOLD;
    }

    @Override
    public Check check(RuleContext ctx) {
        int n = ctx.policy.ageThreshold();
        if (n == 0) {
            return Check.notApplicable("policy option off (subjectAgeThreshold = 0)");
        }
        if (ctx.history.dob() == null) {
            return Check.notApplicable("no valid date of birth");
        }
        var reaches = ctx.history.dob().plusYears(n);
        String facts = "turns " + n + " on " + reaches + "; compute-at " + ctx.computeAt;
        return reaches.isAfter(ctx.computeAt) ? Check.passed(facts) : Check.applied(facts);
    }
}
