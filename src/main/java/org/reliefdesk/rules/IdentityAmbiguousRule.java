package org.reliefdesk.rules;

import org.reliefdesk.history.CourtIdentity;

/**
 * C1, at R1's place (court-records.md, "Court conviction vs DOJ count"): the court rows of this person match
 * several DOJ subjects with the same strength, so whose record this is cannot be told: Needs review. Concerns only
 * people known from court records alone.
 */
final class IdentityAmbiguousRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.IDENTITY_AMBIGUOUS;
    }

    @Override
    public boolean concerns(RuleContext ctx) {
        return ctx.history.identity() != CourtIdentity.DOJ_SUBJECT;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (ctx.history.identity() == CourtIdentity.AMBIGUOUS) {
            return Check.applied("the court rows match several DOJ subjects equally: " + ctx.history.identityNote());
        }
        return Check.passed("the court rows match no DOJ subject: " + ctx.history.identityNote());
    }
}
