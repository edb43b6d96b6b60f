package org.reliefdesk.rules;

import org.reliefdesk.history.Level;

/** R3: the level is unknown and the policy reviews unknown levels (default): Needs review (data quality). */
final class LevelUnknownRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.LEVEL_UNKNOWN;
    }

    @Override
    public Check check(RuleContext ctx) {
        if (ctx.conviction.level() != Level.UNKNOWN) {
            return Check.passed("level " + ctx.conviction.level().word() + " from " + ctx.conviction.levelSource());
        }
        String why = ctx.conviction.source() == org.reliefdesk.history.RecordSource.COURT
                ? "the court file's level is blank or not one the mapping lists"
                : "CONV_STAT_DESCR and OFFENSE_TOC are blank or unreadable";
        if (ctx.policy.unknownLevel() == UnknownLevel.MISDEMEANOR) {
            return Check.passed("level unknown (" + why + "); policy unknownLevel = misdemeanor");
        }
        return Check.applied("level unknown: " + why);
    }
}
