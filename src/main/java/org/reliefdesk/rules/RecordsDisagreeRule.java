package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.RecordSource;

/**
 * C2, at R3's place after R1-R2 (court-records.md): the court's record and the DOJ record of the same count give
 * different levels: Needs review, both values in the trail. Concerns only convictions found in both records.
 */
final class RecordsDisagreeRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.RECORDS_DISAGREE;
    }

    @Override
    public boolean concerns(RuleContext ctx) {
        return ctx.conviction.source() == RecordSource.BOTH;
    }

    @Override
    public Check check(RuleContext ctx) {
        Conviction c = ctx.conviction;
        if (c.levelFromCourt()) {
            return Check.passed("the DOJ record gives no level; the court record (" + c.courtRow() + ") gives "
                    + c.courtLevel().word() + ", which is used");
        }
        if (c.level() == Level.UNKNOWN || c.courtLevel() == Level.UNKNOWN) {
            return Check.notApplicable("DOJ level " + c.level().word() + ", court level " + c.courtLevel().word()
                    + " (" + c.courtRow() + "): nothing to compare");
        }
        if (c.level() != c.courtLevel()) {
            return Check.applied("the DOJ record says " + c.level().word() + " (" + c.levelSource()
                    + "), the court record (" + c.courtRow() + ") says " + c.courtLevel().word());
        }
        return Check.passed("both records say " + c.level().word() + " (court record " + c.courtRow() + ")");
    }
}
