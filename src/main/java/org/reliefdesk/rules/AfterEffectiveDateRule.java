package org.reliefdesk.rules;

/** R2: offense on or after 2016-11-09, when Prop 64 took effect: not eligible (H&S 11361.8 covers earlier conduct). */
final class AfterEffectiveDateRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.AFTER_EFFECTIVE_DATE;
    }

    @Override
    public Check check(RuleContext ctx) {
        var offense = ctx.conviction.offenseDate();
        String source = ctx.conviction.offenseDateSource();
        String facts = "offense date " + offense + (source.equals("CYC_DATE") ? " (CYC_DATE)"
                : ctx.conviction.source() == org.reliefdesk.history.RecordSource.COURT ? " (" + source + ")"
                : " (conviction date from " + source + "; CYC_DATE not a valid date)");
        return offense.isBefore(RuleContext.PROP64_EFFECTIVE)
                ? Check.passed(facts + " is before 2016-11-09")
                : Check.applied(facts + " is on or after 2016-11-09");
    }
}
