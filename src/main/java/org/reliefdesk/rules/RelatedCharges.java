package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.PersonHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Related charges (policy {@code dismissRelatedCharges}; rules.md "Related charges"): a non-Prop 64 conviction
 * in the same cycle (first 3 digits of CNT_ORDER) as an in-scope Prop 64 conviction is dismissed when its
 * section is on the list San Joaquin and Contra Costa used in 2019; 4060 BP goes to review.
 */
final class RelatedCharges {
    static final OffenseList DISMISS = OffenseList.of("related charge", false,
            "647(f)", "602", "466", "148.9", "148", "11364 HS", "11550 HS", "4140 BP", "4149 BP", "40508 VC", "1320");
    static final OffenseList REVIEW = OffenseList.of("related charge to review", false, "4060 BP");

    private RelatedCharges() {
    }

    static Optional<Decision> decide(Conviction c, List<Conviction> prop64InScope, PersonHistory history,
                                     RunSettings settings) {
        if (c.cycle().isEmpty() || c.section() == null) {
            return Optional.empty();
        }
        Conviction anchor = null;
        for (Conviction p : prop64InScope) {
            if (p.cycle().equals(c.cycle())) {
                anchor = p;
                break;
            }
        }
        if (anchor == null) {
            return Optional.empty();
        }
        ReasonCode reason;
        if (DISMISS.matches(c.section(), null)) {
            reason = ReasonCode.RELATED_CHARGE;
        } else if (REVIEW.matches(c.section(), null)) {
            reason = ReasonCode.RELATED_CHARGE_REVIEW;
        } else {
            return Optional.empty();
        }
        String facts = "cycle " + c.cycle() + " also holds " + RuleContext.describe(anchor) + "; "
                + c.section().display() + " is on the " + (reason == ReasonCode.RELATED_CHARGE
                ? "related-charge dismiss list" : "related-charge review list");
        List<TrailEntry> trail = new ArrayList<>();
        trail.add(new TrailEntry(reason, RuleResult.APPLIED, facts));
        TrailEntry decisive = trail.get(0);
        RuleContext ctx = new RuleContext(c, history, settings);
        Set<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
        if (StatuteEvaluator.isServing(history, settings.computeAt())) {
            flags.add(Flag.CURRENTLY_SERVING);
        }
        if (c.source() == org.reliefdesk.history.RecordSource.COURT) {
            flags.add(Flag.NOT_IN_DOJ_FILE);
        }
        String explanation = Explanations.of(c, reason, decisive, settings.policy(), ctx.computeAt, flags);
        return Optional.of(new Decision(c, reason.outcome(), reason, reason.title(), flags, trail, explanation));
    }
}
