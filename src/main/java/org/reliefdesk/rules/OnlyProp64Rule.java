package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

/** R13: every conviction of the person is H&S 11357-11360 (attempts included): dismiss (county policy). */
final class OnlyProp64Rule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.ONLY_PROP64;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (!ctx.policy.onlyProp64()) {
            return Check.notApplicable("policy option off (subjectHasOnlyProp64Charges)");
        }
        long other = ctx.history.convictions().stream().filter(c -> !c.isProp64()).count();
        int all = ctx.history.convictions().size();
        if (other == 0) {
            return Check.applied("all " + all + " conviction(s) are Prop 64 sections");
        }
        Conviction first = ctx.history.convictions().stream().filter(c -> !c.isProp64()).findFirst().orElseThrow();
        return Check.passed(other + " of " + all + " conviction(s) are not Prop 64, e.g. "
                + RuleContext.describe(first));
    }
}
