package org.reliefdesk.rules;

/** R15: the base section is on the county policy's reduce list: redesignate as a misdemeanor (county policy). */
final class PolicyReduceSectionRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.POLICY_REDUCE_SECTION;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (ctx.policy.reduce().isEmpty()) {
            return Check.notApplicable("policy reduce list is empty");
        }
        String base = ctx.conviction.base();
        String list = "[" + String.join(", ", ctx.policy.reduce()) + "]";
        return ctx.policy.reduce().contains(base)
                ? Check.applied(base + " is on the policy reduce list " + list)
                : Check.passed(base + " is not on the policy reduce list " + list);
    }
}
