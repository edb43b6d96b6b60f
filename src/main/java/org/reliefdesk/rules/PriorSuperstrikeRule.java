package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.util.List;

/**
 * R5: a felony 11358/11359/11360 with a prior "superstrike" conviction (PC 667(e)(2)(C)(iv)) keeps its felony
 * status: not eligible (H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)). A prior that is an attempt (PC 664) of a
 * listed offense, or a listed offense without a valid date, cannot be decided from the file: Needs review.
 */
final class PriorSuperstrikeRule extends DisqualifierRule {
    @Override
    public ReasonCode code() {
        return ReasonCode.PRIOR_SUPERSTRIKE;
    }

    @Override
    Check checkFelony(RuleContext ctx) {
        List<Conviction> found = RuleContext.matching(ctx.priors(),
                c -> Disqualifiers.isSuperstrike(c.section(), c.charge()));
        if (!found.isEmpty()) {
            return Check.applied("prior superstrike conviction: " + RuleContext.describe(found));
        }
        List<Conviction> attempts = RuleContext.matching(ctx.priors(),
                c -> Disqualifiers.isAttemptedSuperstrike(c.section()));
        if (!attempts.isEmpty()) {
            return Check.undecided("prior attempt (PC 664) of a superstrike offense: " + RuleContext.describe(attempts)
                    + "; whether the attempt counts under PC 667(e)(2)(C)(iv) is for an attorney");
        }
        List<Conviction> unknown = RuleContext.matching(ctx.undated(),
                c -> Disqualifiers.isSuperstrike(c.section(), c.charge())
                        || Disqualifiers.isAttemptedSuperstrike(c.section()));
        if (!unknown.isEmpty()) {
            return Check.undecided("superstrike conviction without a valid date, so it may be a prior: "
                    + RuleContext.describe(unknown));
        }
        return Check.passed("no superstrike among " + ctx.priors().size() + " prior conviction(s)");
    }
}
