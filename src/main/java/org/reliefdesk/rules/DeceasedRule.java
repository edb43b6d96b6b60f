package org.reliefdesk.rules;

/** R14: the history has a DECEASED step: dismiss (county policy). */
final class DeceasedRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.DECEASED;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (!ctx.policy.deceased()) {
            return Check.notApplicable("policy option off (subjectIsDeceased)");
        }
        return ctx.history.deceased() ? Check.applied("the history has a DECEASED step")
                : Check.passed("no DECEASED step in the history");
    }
}
