package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.util.List;

/**
 * R5: a felony 11358/11359/11360 with a prior "superstrike" conviction (PC 667(e)(2)(C)(iv)) keeps its felony
 * status: not eligible (H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)).
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
        List<Conviction> unknown = RuleContext.matching(ctx.undated(),
                c -> Disqualifiers.isSuperstrike(c.section(), c.charge()));
        if (!unknown.isEmpty()) {
            return Check.undecided("superstrike conviction without a valid date, so it may be a prior: "
                    + RuleContext.describe(unknown));
        }
        return Check.passed("no superstrike among " + ctx.priors().size() + " prior conviction(s)");
    }
}
