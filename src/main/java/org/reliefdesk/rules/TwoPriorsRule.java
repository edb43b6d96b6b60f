package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.util.List;

/**
 * R7: a felony 11358/11359/11360 with two or more prior convictions of the same base section: not eligible
 * (H&S 11358(d)(2), 11359(c)(2), 11360(a)(3)(B)). An attempt (PC 664) of the section is not a conviction of it,
 * and a prior without a valid date may or may not be earlier: when only such convictions would make two, Needs
 * review.
 */
final class TwoPriorsRule extends DisqualifierRule {
    @Override
    public ReasonCode code() {
        return ReasonCode.TWO_PRIORS;
    }

    @Override
    Check checkFelony(RuleContext ctx) {
        String base = ctx.conviction.base();
        List<Conviction> same = RuleContext.matching(ctx.priors(), c -> c.base().equals(base) && !c.isAttempt());
        if (same.size() >= 2) {
            return Check.applied(same.size() + " prior " + base + " convictions: " + RuleContext.describe(same));
        }
        List<Conviction> attempts = RuleContext.matching(ctx.priors(), c -> c.base().equals(base) && c.isAttempt());
        if (same.size() + attempts.size() >= 2) {
            return Check.undecided(same.size() + " prior " + base + " conviction(s) and " + attempts.size()
                    + " prior attempt(s) (PC 664) of it, which are not convictions of " + base + ": "
                    + RuleContext.describe(attempts));
        }
        List<Conviction> unknown = RuleContext.matching(ctx.undated(), c -> c.base().equals(base));
        if (same.size() + attempts.size() + unknown.size() >= 2) {
            return Check.undecided(same.size() + " prior " + base + " conviction(s) and " + unknown.size()
                    + " more without a valid date: " + RuleContext.describe(unknown));
        }
        return Check.passed(same.size() + " prior " + base + " conviction(s)");
    }
}
