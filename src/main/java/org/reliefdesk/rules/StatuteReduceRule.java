package org.reliefdesk.rules;

/**
 * R16: any felony left: redesignate as a misdemeanor under H&S 11361.8(e)/(f), eligibility being presumed
 * unless the prosecution shows otherwise.
 */
final class StatuteReduceRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.STATUTE_REDUCE;
    }

    @Override
    public Check check(RuleContext ctx) {
        return Check.applied("felony " + ctx.conviction.sectionDisplay() + " with no disqualifier found");
    }
}
