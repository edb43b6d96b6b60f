package org.reliefdesk.rules;

/** R9: the person was under 21 on the conviction date (DOB + 21 years is after it): dismiss (county policy). */
final class Under21Rule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.UNDER_21_AT_CONVICTION;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (!ctx.policy.under21AtConviction()) {
            return Check.notApplicable("policy option off (subjectUnder21AtConviction)");
        }
        if (ctx.history.dob() == null) {
            return Check.notApplicable("no valid date of birth");
        }
        var turns21 = ctx.history.dob().plusYears(21);
        String facts = "turned 21 on " + turns21 + "; convicted " + ctx.date();
        return turns21.isAfter(ctx.conviction.date()) ? Check.applied(facts) : Check.passed(facts);
    }
}
