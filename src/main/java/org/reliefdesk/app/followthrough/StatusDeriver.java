package org.reliefdesk.app.followthrough;

import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.ConvictionEventRepository.Event;

import java.time.LocalDate;
import java.util.List;

/**
 * Derives a conviction's status from its events in the order they happened (follow-through.md: the latest event
 * wins): a filing makes it FILED and starts afresh; an order GRANTED, GRANTED_MODIFIED or DENIED (a continuance
 * leaves it FILED); a pull CONFIRMED, ABSENT_FROM_PULL or NOT_YET_IN_DOJ. No event: DECIDED.
 */
public final class StatusDeriver {
    private StatusDeriver() {
    }

    /** The status after all of a conviction's events (oldest first). */
    public static StatusLine derive(int ref, List<Event> events) {
        StatusLine s = StatusLine.decided(ref);
        for (Event e : events) {
            s = apply(s, e);
        }
        return s;
    }

    /** The status after one more event. */
    public static StatusLine apply(StatusLine s, Event e) {
        LocalDate date = date(e.eventDate());
        return switch (e.kind()) {
            case ConvictionEventRepository.FILED -> new StatusLine(s.ref(), ConvictionStatus.FILED, e.sourceId(), date,
                    outcome(e.relief()), null, null, null, null, null, null);
            case ConvictionEventRepository.ORDER -> order(s, e, date);
            case ConvictionEventRepository.PULL -> new StatusLine(s.ref(), ConvictionStatus.valueOf(e.result()),
                    s.filingId(), s.filedOn(), s.relief(), s.orderResult(), s.orderDate(), s.granted(), e.sourceId(),
                    date, e.detail());
            default -> s;
        };
    }

    private static StatusLine order(StatusLine s, Event e, LocalDate date) {
        OrderResult result = OrderResult.valueOf(e.result());
        ConvictionStatus status = switch (result) {
            case GRANTED -> ConvictionStatus.GRANTED;
            case GRANTED_MODIFIED -> ConvictionStatus.GRANTED_MODIFIED;
            case DENIED -> ConvictionStatus.DENIED;
            case CONTINUED -> s.status();
        };
        Outcome granted = result == OrderResult.GRANTED || result == OrderResult.GRANTED_MODIFIED
                ? outcome(e.relief()) : null;
        return new StatusLine(s.ref(), status, s.filingId(), s.filedOn(), s.relief(), result, date, granted, null,
                null, null);
    }

    /** {@code yyyy-MM-dd} without a formatter (it runs for every event of the workspace), or null. */
    static LocalDate date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return LocalDate.parse(iso);
        }
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                Integer.parseInt(iso, 8, 10, 10));
    }

    private static Outcome outcome(String name) {
        return name == null || name.isEmpty() ? null : Outcome.valueOf(name);
    }
}
