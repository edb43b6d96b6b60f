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
        java.util.List<Conviction> other = RuleContext.matching(ctx.history.convictions(), c -> !c.isProp64());
        int all = ctx.history.convictions().size();
        if (other.isEmpty()) {
            return Check.applied("all " + all + " conviction(s) are Prop 64 sections");
        }
        return Check.passed(other.size() + " of " + all + " conviction(s) are not Prop 64, e.g. "
                + RuleContext.describe(other.get(0)));
    }
}
