package org.reliefdesk.rules;

import org.reliefdesk.history.Level;

/**
 * R4: a misdemeanor or infraction (or an unknown level the policy treats as a misdemeanor): dismiss and seal,
 * H&S 11361.8(e): the conduct is now lawful or at most an infraction.
 */
final class MisdemeanorRule implements Rule {
    @Override
    public ReasonCode code() {
        return ReasonCode.MISDEMEANOR_OR_INFRACTION;
    }

    @Override
    public Check check(RuleContext ctx) {
        Level level = ctx.conviction.level();
        if (level == Level.MISDEMEANOR || level == Level.INFRACTION) {
            return Check.applied(level.word() + " (from " + ctx.conviction.levelSource() + ")");
        }
        if (level == Level.UNKNOWN && ctx.policy.unknownLevel() == UnknownLevel.MISDEMEANOR) {
            return Check.applied("level unknown, treated as a misdemeanor by policy (unknownLevel = misdemeanor)");
        }
        return Check.passed("felony (from " + ctx.conviction.levelSource() + ")");
    }
}
