package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.util.List;

/**
 * R7: a felony 11358/11359/11360 with two or more prior convictions of the same base section: not eligible
 * (H&S 11358(d)(2), 11359(c)(2), 11360(a)(3)(B)).
 */
final class TwoPriorsRule extends DisqualifierRule {
    @Override
    public ReasonCode code() {
        return ReasonCode.TWO_PRIORS;
    }

    @Override
    Check checkFelony(RuleContext ctx) {
        String base = ctx.conviction.base();
        List<Conviction> same = RuleContext.matching(ctx.priors(), c -> c.base().equals(base));
        if (same.size() >= 2) {
            return Check.applied(same.size() + " prior " + base + " convictions: " + RuleContext.describe(same));
        }
        List<Conviction> unknown = RuleContext.matching(ctx.undated(), c -> c.base().equals(base));
        if (same.size() + unknown.size() >= 2) {
            return Check.undecided(same.size() + " prior " + base + " conviction(s) and " + unknown.size()
                    + " more without a valid date: " + RuleContext.describe(unknown));
        }
        return Check.passed(same.size() + " prior " + base + " conviction(s)");
    }
}
