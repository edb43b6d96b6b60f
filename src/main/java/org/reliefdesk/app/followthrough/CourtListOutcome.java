package org.reliefdesk.app.followthrough;

import org.reliefdesk.store.ConvictionEventRepository.NewEvent;

import java.util.List;
import java.util.Map;

/**
 * What the court's list of orders did: the order recorded (null when no row matched), orders by result, the rows
 * set aside by file and line with why, and the per-conviction events recorded.
 */
public record CourtListOutcome(Long orderId, Map<OrderResult, Integer> byResult, List<Problem> problems,
                               List<NewEvent> events) {

    /** Why a row of the list changes nothing. */
    public enum ProblemKind {
        /** It names no conviction of the workspace. */
        UNMATCHED,
        /** Its case number, section and identity fit several convictions. */
        AMBIGUOUS,
        /** It names a conviction that was never filed. */
        NEVER_FILED,
        /** It names a conviction that already has its order (or is named twice in the list). */
        ALREADY_ORDERED,
        /** A value it needs cannot be read (order date, relief of a modified order, keys). */
        UNREADABLE
    }

    /** A row set aside: its file, 1-based line, the kind of problem and a sentence about it. */
    public record Problem(String file, long line, ProblemKind kind, String message) {
    }

    CourtListOutcome withOrderId(long id) {
        return new CourtListOutcome(id, byResult, problems, events);
    }

    /** Rows recorded as orders. */
    public int matched() {
        return events.size();
    }
}
