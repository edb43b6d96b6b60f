package org.reliefdesk.export.json;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The follow-through figures summary.json carries (follow-through.md, "Progress"): the funnel decided, filed,
 * ordered, granted, confirmed in total and by court, filing and section; median days; the headline figures on
 * confirmed relief beside the projected ones; and how many convictions have each status.
 *
 * @param total funnels are {decided, filed, ordered, granted, confirmed}
 * @param projected headline figures are {no felony, no conviction, none in 7 years}
 */
public record ProgressFigures(int[] total, Map<String, int[]> byCourt, Map<String, int[]> byFiling,
                              Map<String, int[]> bySection, Double medianDaysFilingToOrder,
                              Double medianDaysOrderToConfirmation, int[] projected, int[] confirmed,
                              Map<String, Integer> statuses) {
    private static final List<String> STAGES = List.of("decided", "filed", "ordered", "granted", "confirmed");

    /** Writes the figures as the value of field {@code name}. */
    void write(JsonGenerator g, String name) throws IOException {
        g.writeObjectFieldStart(name);
        funnel(g, "funnel", total);
        funnels(g, "byCourt", byCourt);
        funnels(g, "byFiling", byFiling);
        funnels(g, "bySection", bySection);
        number(g, "medianDaysFilingToOrder", medianDaysFilingToOrder);
        number(g, "medianDaysOrderToConfirmation", medianDaysOrderToConfirmation);
        headlines(g, "peopleLeftIfProjectedReliefIsGranted", projected);
        headlines(g, "peopleLeftOnConfirmedRelief", confirmed);
        JsonCounts.write(g, "convictionsByStatus", statuses);
        g.writeEndObject();
    }

    private static void funnels(JsonGenerator g, String name, Map<String, int[]> all) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, int[]> e : all.entrySet()) {
            funnel(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void funnel(JsonGenerator g, String name, int[] f) throws IOException {
        g.writeObjectFieldStart(name);
        for (int i = 0; i < STAGES.size(); i++) {
            g.writeNumberField(STAGES.get(i), f[i]);
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void headlines(JsonGenerator g, String name, int[] h) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("withNoFelony", h[0]);
        g.writeNumberField("withNoConviction", h[1]);
        g.writeNumberField("withNoConvictionInLast7Years", h[2]);
        g.writeEndObject();
    }
}
