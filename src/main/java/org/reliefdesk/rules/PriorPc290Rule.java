package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Registration;

import java.util.List;

/**
 * R6: a felony 11358/11359/11360 with a prior offense requiring PC 290 registration (PC 290(c)), or a PC 290
 * registration step dated before it: not eligible (H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)). A prior that is
 * an attempt (PC 664) of a listed offense, or one without a valid date, cannot be decided from the file: Needs
 * review.
 */
final class PriorPc290Rule extends DisqualifierRule {
    @Override
    public ReasonCode code() {
        return ReasonCode.PRIOR_PC290;
    }

    @Override
    Check checkFelony(RuleContext ctx) {
        List<Conviction> found = RuleContext.matching(ctx.priors(), c -> Disqualifiers.isPc290(c.section(), c.charge()));
        if (!found.isEmpty()) {
            return Check.applied("prior PC 290 offense: " + RuleContext.describe(found));
        }
        for (Registration r : ctx.history.registrations()) {
            if (r.hasDate() && r.date().isBefore(ctx.conviction.date())) {
                return Check.applied("PC 290 registration step dated " + r.date() + ", before this conviction");
            }
        }
        List<Conviction> attempts = RuleContext.matching(ctx.priors(), c -> Disqualifiers.isAttemptedPc290(c.section()));
        if (!attempts.isEmpty()) {
            return Check.undecided("prior attempt (PC 664) of a PC 290 offense: " + RuleContext.describe(attempts)
                    + "; whether the attempt requires registration under PC 290(c) is for an attorney");
        }
        List<Conviction> unknown = RuleContext.matching(ctx.undated(),
                c -> Disqualifiers.isPc290(c.section(), c.charge()) || Disqualifiers.isAttemptedPc290(c.section()));
        if (!unknown.isEmpty()) {
            return Check.undecided("PC 290 offense without a valid date, so it may be a prior: "
                    + RuleContext.describe(unknown));
        }
        for (Registration r : ctx.history.registrations()) {
            if (!r.hasDate()) {
                return Check.undecided("a PC 290 registration step has no valid date, so it may be earlier");
            }
        }
        return Check.passed("no PC 290 offense among " + ctx.priors().size()
                + " prior conviction(s) and no earlier PC 290 registration");
    }
}
