package org.reliefdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.reliefdesk.rules.ImpactSummary;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Stores a run's {@link ImpactSummary} as JSON in the run row, and reads it back (streaming JSON, no mapper). */
public final class SummaryCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private SummaryCodec() {
    }

    public static String write(ImpactSummary s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("county", s.county());
            g.writeStringField("computeAt", s.computeAt().toString());
            g.writeStringField("mode", s.mode());
            g.writeStringField("earliestProp64Conviction", s.earliestProp64Conviction() == null ? null
                    : s.earliestProp64Conviction().toString());
            g.writeNumberField("subjects", s.subjects());
            g.writeNumberField("subjectsWithProp64InCounty", s.subjectsWithProp64InCounty());
            g.writeNumberField("subjectsWithSomeRelief", s.subjectsWithSomeRelief());
            relief(g, "reliefNow", s.reliefNow());
            relief(g, "reliefIfAllDismissed", s.reliefIfAllDismissed());
            map(g, "prop64BySection", s.prop64BySection());
            map(g, "prop64ByLevel", s.prop64ByLevel());
            g.writeNumberField("prop64Felonies", s.prop64Felonies());
            g.writeNumberField("prop64NonFelonies", s.prop64NonFelonies());
            g.writeNumberField("infractions", s.infractions());
            g.writeNumberField("unknownLevel", s.unknownLevel());
            map(g, "byOutcome", s.byOutcome());
            map(g, "byReason", s.byReason());
            map(g, "dismissalsBySection", s.dismissalsBySection());
            map(g, "reductionsBySection", s.reductionsBySection());
            map(g, "dismissalsByPolicySection", s.dismissalsByPolicySection());
            map(g, "reductionsByPolicySection", s.reductionsByPolicySection());
            map(g, "dismissalsByAdditionalRelief", s.dismissalsByAdditionalRelief());
            map(g, "flags", s.flags());
            g.writeNumberField("relatedCharges", s.relatedCharges());
            g.writeNumberField("possibleOtherProp64Charges", s.possibleOtherProp64Charges());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a summary always serialises", e);
        }
        return out.toString();
    }

    public static ImpactSummary read(String json) {
        Map<String, Object> o;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            o = object(p);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("The run's summary in the workspace is damaged: " + e.getMessage(), e);
        }
        try {
            String earliest = (String) o.get("earliestProp64Conviction");
            return new ImpactSummary(text(o, "county"), LocalDate.parse(text(o, "computeAt")), text(o, "mode"),
                    earliest == null ? null : LocalDate.parse(earliest), number(o, "subjects"),
                    number(o, "subjectsWithProp64InCounty"), number(o, "subjectsWithSomeRelief"),
                    relief(o.get("reliefNow")), relief(o.get("reliefIfAllDismissed")), counts(o, "prop64BySection"),
                    counts(o, "prop64ByLevel"), number(o, "prop64Felonies"), number(o, "prop64NonFelonies"),
                    number(o, "infractions"), number(o, "unknownLevel"), counts(o, "byOutcome"),
                    counts(o, "byReason"), counts(o, "dismissalsBySection"), counts(o, "reductionsBySection"),
                    counts(o, "dismissalsByPolicySection"), counts(o, "reductionsByPolicySection"),
                    counts(o, "dismissalsByAdditionalRelief"), counts(o, "flags"), number(o, "relatedCharges"),
                    number(o, "possibleOtherProp64Charges"));
        } catch (RuntimeException e) {
            throw new StoreException("The run's summary in the workspace is damaged: " + e.getMessage(), e);
        }
    }

    /** Reads an object whose START_OBJECT was just read: strings, numbers, null, nested objects. */
    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            out.put(name, switch (t) {
                case START_OBJECT -> object(p);
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_STRING -> p.getText();
                case VALUE_NULL -> null;
                default -> throw new IOException("unexpected " + t + " at " + name);
            });
        }
        return out;
    }

    private static String text(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v == null ? "" : v.toString();
    }

    private static int number(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v instanceof Long l ? l.intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> counts(Map<String, Object> o, String key) {
        Map<String, Integer> out = new TreeMap<>();
        Object v = o.get(key);
        if (v instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, n) -> out.put(k, n instanceof Long l ? l.intValue() : 0));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ImpactSummary.ReliefCounts relief(Object v) {
        Map<String, Object> o = v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new ImpactSummary.ReliefCounts(number(o, "noFelony"), number(o, "noConviction"),
                number(o, "noConvictionLast7Years"));
    }

    private static void relief(JsonGenerator g, String name, ImpactSummary.ReliefCounts r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("noFelony", r.noFelony());
        g.writeNumberField("noConviction", r.noConviction());
        g.writeNumberField("noConvictionLast7Years", r.noConvictionLast7Years());
        g.writeEndObject();
    }

    private static void map(JsonGenerator g, String name, Map<String, Integer> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : new TreeMap<>(map).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
