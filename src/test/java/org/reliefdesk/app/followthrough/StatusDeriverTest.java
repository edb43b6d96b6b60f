package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionEventRepository.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Status derivation from event sequences (follow-through.md: the latest event wins; events are append-only). */
final class StatusDeriverTest {
    private static final int REF = 7;
    private long next = 1;

    private Event filed(long filing, String date, Outcome relief) {
        return new Event(next++, REF, "FILED", filing, "FILED", relief.name(), date, "");
    }

    private Event order(long order, OrderResult r, String date, Outcome relief) {
        return new Event(next++, REF, "ORDER", order, r.name(), relief.name(), date, "");
    }

    private Event pull(long pull, ConvictionStatus s, String date) {
        return new Event(next++, REF, "PULL", pull, s.name(), "DISMISS", date, "how");
    }

    private static StatusLine derive(Event... events) {
        return StatusDeriver.derive(REF, List.of(events));
    }

    @Test
    void noEventIsDecided() {
        StatusLine s = derive();
        assertThat(s.status()).isEqualTo(ConvictionStatus.DECIDED);
        assertThat(s.filingId()).isNull();
        assertThat(s.openFiling()).isFalse();
    }

    @Test
    void aFilingMakesItFiledAndOpen() {
        StatusLine s = derive(filed(3, "2024-02-01", Outcome.REDUCE));
        assertThat(s.status()).isEqualTo(ConvictionStatus.FILED);
        assertThat(s.openFiling()).isTrue();
        assertThat(s.filingId()).isEqualTo(3);
        assertThat(s.filedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(s.relief()).isEqualTo(Outcome.REDUCE);
    }

    @Test
    void eachOrderResultSetsItsStatusAndAContinuanceLeavesItFiled() {
        Event f = filed(1, "2024-02-01", Outcome.DISMISS);
        assertThat(derive(f, order(1, OrderResult.GRANTED, "2024-03-01", Outcome.DISMISS)))
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(ConvictionStatus.GRANTED);
                    assertThat(s.granted()).isEqualTo(Outcome.DISMISS);
                    assertThat(s.orderDate()).isEqualTo(LocalDate.of(2024, 3, 1));
                });
        assertThat(derive(f, order(1, OrderResult.GRANTED_MODIFIED, "2024-03-01", Outcome.REDUCE)))
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(ConvictionStatus.GRANTED_MODIFIED);
                    assertThat(s.granted()).as("the relief the court gave").isEqualTo(Outcome.REDUCE);
                    assertThat(s.relief()).as("the relief asked").isEqualTo(Outcome.DISMISS);
                });
        assertThat(derive(f, order(1, OrderResult.DENIED, "2024-03-01", Outcome.DISMISS)).status())
                .isEqualTo(ConvictionStatus.DENIED);
        StatusLine continued = derive(f, order(1, OrderResult.CONTINUED, "2024-03-01", Outcome.DISMISS));
        assertThat(continued.status()).isEqualTo(ConvictionStatus.FILED);
        assertThat(continued.openFiling()).isTrue();
        assertThat(continued.orderResult()).isEqualTo(OrderResult.CONTINUED);
        assertThat(derive(f, order(1, OrderResult.CONTINUED, "2024-03-01", Outcome.DISMISS),
                order(2, OrderResult.GRANTED, "2024-04-01", Outcome.DISMISS)).status())
                .isEqualTo(ConvictionStatus.GRANTED);
    }

    @Test
    void aPullAfterTheGrantSetsWhatDojShowsAndTheLatestPullWins() {
        Event f = filed(1, "2024-02-01", Outcome.DISMISS);
        Event g = order(1, OrderResult.GRANTED, "2024-03-01", Outcome.DISMISS);
        StatusLine notYet = derive(f, g, pull(1, ConvictionStatus.NOT_YET_IN_DOJ, "2024-04-01"));
        assertThat(notYet.status()).isEqualTo(ConvictionStatus.NOT_YET_IN_DOJ);
        assertThat(notYet.granted()).as("the grant is kept for the next pull").isEqualTo(Outcome.DISMISS);
        assertThat(notYet.orderDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(notYet.pulledOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        StatusLine later = derive(f, g, pull(1, ConvictionStatus.NOT_YET_IN_DOJ, "2024-04-01"),
                pull(2, ConvictionStatus.CONFIRMED, "2024-06-01"));
        assertThat(later.status()).isEqualTo(ConvictionStatus.CONFIRMED);
        assertThat(later.pullId()).isEqualTo(2);
        assertThat(derive(f, g, pull(1, ConvictionStatus.ABSENT_FROM_PULL, "2024-04-01")).status())
                .isEqualTo(ConvictionStatus.ABSENT_FROM_PULL);
    }

    @Test
    void aDeniedConvictionFiledAgainStartsAfresh() {
        List<Event> events = new ArrayList<>(List.of(filed(1, "2024-02-01", Outcome.DISMISS),
                order(1, OrderResult.DENIED, "2024-03-01", Outcome.DISMISS)));
        assertThat(StatusDeriver.derive(REF, events).status()).isEqualTo(ConvictionStatus.DENIED);
        events.add(filed(2, "2024-05-01", Outcome.DISMISS));
        StatusLine again = StatusDeriver.derive(REF, events);
        assertThat(again.status()).isEqualTo(ConvictionStatus.FILED);
        assertThat(again.filingId()).isEqualTo(2);
        assertThat(again.orderResult()).as("the old order belongs to the old filing").isNull();
        assertThat(again.orderDate()).isNull();
    }

    @Test
    void daysWaitingCountFromTheFilingOrTheOrderAndNotForSettledConvictions() {
        Event f = filed(1, "2024-02-01", Outcome.DISMISS);
        Event g = order(1, OrderResult.GRANTED, "2024-03-01", Outcome.DISMISS);
        LocalDate asOf = LocalDate.of(2024, 3, 11);
        assertThat(StatusService.daysWaiting(derive(f), asOf)).isEqualTo(39);
        assertThat(StatusService.daysWaiting(derive(f, g), asOf)).isEqualTo(10);
        assertThat(StatusService.daysWaiting(derive(f, g, pull(1, ConvictionStatus.CONFIRMED, "2024-03-10")), asOf))
                .isNull();
        assertThat(StatusService.daysWaiting(derive(), asOf)).isNull();
    }
}
