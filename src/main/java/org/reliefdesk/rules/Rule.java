package org.reliefdesk.rules;

/** One rule of rules.md's rule order. Each implementation names its statute or policy in its Javadoc. */
interface Rule {
    /** The reason code this rule gives when it applies (its outcome and citation come with it). */
    ReasonCode code();

    /** Checks the conviction in context; pure, no side effects. */
    Check check(RuleContext ctx);

    /**
     * False when the rule has nothing to say about this conviction and stays out of its trail: the court-records
     * checks concern only convictions with a court record, so a DOJ-only trail is as rules.md lists it.
     */
    default boolean concerns(RuleContext ctx) {
        return true;
    }

    /** What a rule found: its result and the facts it used. */
    record Check(RuleResult result, String facts) {
        static Check applied(String facts) {
            return new Check(RuleResult.APPLIED, facts);
        }

        static Check passed(String facts) {
            return new Check(RuleResult.PASSED, facts);
        }

        static Check notApplicable(String facts) {
            return new Check(RuleResult.NOT_APPLICABLE, facts);
        }

        static Check undecided(String facts) {
            return new Check(RuleResult.UNDECIDED, facts);
        }
    }
}
