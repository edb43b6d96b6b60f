package org.reliefdesk.rules;

/** Shared gate of R5-R7: they apply only to 11358/11359/11360 felonies, and only with disqualifiers on. */
abstract class DisqualifierRule implements Rule {

    @Override
    public final Check check(RuleContext ctx) {
        if (!ctx.policy.applyDisqualifiers()) {
            return Check.notApplicable("policy turns disqualifiers off (applyDisqualifiers = false)");
        }
        if (!ctx.hasFelonyPath()) {
            return Check.notApplicable(ctx.conviction.base() + " has no felony path left after Prop 64");
        }
        return checkFelony(ctx);
    }

    abstract Check checkFelony(RuleContext ctx);
}
