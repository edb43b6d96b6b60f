package org.reliefdesk.rules;

import org.reliefdesk.history.CourtIdentity;

/**
 * C3, at R5's place (court-records.md): a felony 11358/11359/11360 of a person the DOJ file does not have, with
 * disqualifiers on, cannot be checked for the priors of R5-R7 (PC 667(e)(2)(C)(iv), PC 290(c), H&S 11358(d),
 * 11359(c), 11360(a)(3)) from the court file alone: Needs review. Concerns only people with no DOJ record.
 */
final class NoStateRecordRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.NO_STATE_RECORD;
    }

    @Override
    public boolean concerns(RuleContext ctx) {
        return ctx.history.identity() == CourtIdentity.NO_DOJ_PERSON;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (!ctx.policy.applyDisqualifiers()) {
            return Check.notApplicable("policy applyDisqualifiers is off");
        }
        if (!ctx.isFelony() || !ctx.hasFelonyPath()) {
            return Check.notApplicable(ctx.conviction.level().word() + " " + ctx.conviction.sectionDisplay()
                    + ": priors cannot change it");
        }
        return Check.applied("felony " + ctx.conviction.sectionDisplay() + " of a person with no DOJ record: "
                + "superstrike, PC 290 and same-section priors cannot be checked from the court file alone");
    }
}
