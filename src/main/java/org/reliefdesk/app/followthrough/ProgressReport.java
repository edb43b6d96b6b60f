package org.reliefdesk.app.followthrough;

import java.time.LocalDate;
import java.util.Map;

/**
 * Progress from decisions to cleared records (follow-through.md, "Progress"): the funnel decided → filed → ordered →
 * confirmed in total and by court, filing and code section; the median days from filing to order and from order to
 * confirmation; and the headline figures on confirmed relief beside the projected ones.
 *
 * @param medianDaysFilingToOrder        null when no order is recorded
 * @param medianDaysOrderToConfirmation  null when no relief is confirmed
 * @param byStatus                       in-scope convictions of the run by status
 */
public record ProgressReport(int runId, LocalDate computeAt, Funnel total, Map<String, Funnel> byCourt,
                             Map<String, Funnel> byFiling, Map<String, Funnel> bySection,
                             Double medianDaysFilingToOrder, Double medianDaysOrderToConfirmation,
                             Headlines projected, Headlines confirmed, Map<ConvictionStatus, Integer> byStatus) {

    /**
     * Convictions at each stage: decided for relief (dismiss or reduce), filed, ordered (a final order: granted,
     * modified or denied), granted, confirmed by a DOJ pull.
     */
    public record Funnel(int decided, int filed, int ordered, int granted, int confirmed) {
        Funnel plus(Funnel o) {
            return new Funnel(decided + o.decided, filed + o.filed, ordered + o.ordered, granted + o.granted,
                    confirmed + o.confirmed);
        }
    }

    /** People left with no felony, with no conviction, with none in the 7 years before the run's compute-at date. */
    public record Headlines(int noFelony, int noConviction, int noConvictionLast7Years) {
    }
}
