package org.reliefdesk.rules;

/** R8: the base section is on the county policy's dismiss list: dismiss and seal (county policy). */
final class PolicyDismissSectionRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.POLICY_DISMISS_SECTION;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (ctx.policy.dismiss().isEmpty()) {
            return Check.notApplicable("policy dismiss list is empty");
        }
        String base = ctx.conviction.base();
        String list = "[" + String.join(", ", ctx.policy.dismiss()) + "]";
        return ctx.policy.dismiss().contains(base)
                ? Check.applied(base + " is on the policy dismiss list " + list)
                : Check.passed(base + " is not on the policy dismiss list " + list);
    }
}
