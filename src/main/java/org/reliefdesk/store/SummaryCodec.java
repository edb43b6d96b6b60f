package org.reliefdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reliefdesk.rules.ImpactSummary;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Stores a run's {@link ImpactSummary} as JSON in the run row, and reads it back. */
public final class SummaryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryCodec() {
    }

    public static String write(ImpactSummary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("county", s.county());
        o.put("computeAt", s.computeAt().toString());
        o.put("mode", s.mode());
        o.put("earliestProp64Conviction", s.earliestProp64Conviction() == null ? null
                : s.earliestProp64Conviction().toString());
        o.put("subjects", s.subjects());
        o.put("subjectsWithProp64InCounty", s.subjectsWithProp64InCounty());
        o.put("subjectsWithSomeRelief", s.subjectsWithSomeRelief());
        relief(o.putObject("reliefNow"), s.reliefNow());
        relief(o.putObject("reliefIfAllDismissed"), s.reliefIfAllDismissed());
        map(o, "prop64BySection", s.prop64BySection());
        map(o, "prop64ByLevel", s.prop64ByLevel());
        o.put("prop64Felonies", s.prop64Felonies());
        o.put("prop64NonFelonies", s.prop64NonFelonies());
        o.put("infractions", s.infractions());
        o.put("unknownLevel", s.unknownLevel());
        map(o, "byOutcome", s.byOutcome());
        map(o, "byReason", s.byReason());
        map(o, "dismissalsBySection", s.dismissalsBySection());
        map(o, "reductionsBySection", s.reductionsBySection());
        map(o, "dismissalsByPolicySection", s.dismissalsByPolicySection());
        map(o, "reductionsByPolicySection", s.reductionsByPolicySection());
        map(o, "dismissalsByAdditionalRelief", s.dismissalsByAdditionalRelief());
        map(o, "flags", s.flags());
        o.put("relatedCharges", s.relatedCharges());
        o.put("possibleOtherProp64Charges", s.possibleOtherProp64Charges());
        return o.toString();
    }

    public static ImpactSummary read(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            String earliest = o.path("earliestProp64Conviction").isNull() ? null
                    : o.path("earliestProp64Conviction").asText(null);
            return new ImpactSummary(o.path("county").asText(), LocalDate.parse(o.path("computeAt").asText()),
                    o.path("mode").asText(), earliest == null ? null : LocalDate.parse(earliest),
                    o.path("subjects").asInt(), o.path("subjectsWithProp64InCounty").asInt(),
                    o.path("subjectsWithSomeRelief").asInt(), relief(o.path("reliefNow")),
                    relief(o.path("reliefIfAllDismissed")), map(o, "prop64BySection"), map(o, "prop64ByLevel"),
                    o.path("prop64Felonies").asInt(), o.path("prop64NonFelonies").asInt(),
                    o.path("infractions").asInt(), o.path("unknownLevel").asInt(), map(o, "byOutcome"),
                    map(o, "byReason"), map(o, "dismissalsBySection"), map(o, "reductionsBySection"),
                    map(o, "dismissalsByPolicySection"), map(o, "reductionsByPolicySection"),
                    map(o, "dismissalsByAdditionalRelief"), map(o, "flags"), o.path("relatedCharges").asInt(),
                    o.path("possibleOtherProp64Charges").asInt());
        } catch (IOException e) {
            throw new StoreException("The run's summary in the workspace is damaged: " + e.getMessage(), e);
        }
    }

    private static void relief(ObjectNode o, ImpactSummary.ReliefCounts r) {
        o.put("noFelony", r.noFelony());
        o.put("noConviction", r.noConviction());
        o.put("noConvictionLast7Years", r.noConvictionLast7Years());
    }

    private static ImpactSummary.ReliefCounts relief(JsonNode o) {
        return new ImpactSummary.ReliefCounts(o.path("noFelony").asInt(), o.path("noConviction").asInt(),
                o.path("noConvictionLast7Years").asInt());
    }

    private static void map(ObjectNode o, String key, Map<String, Integer> map) {
        ObjectNode m = o.putObject(key);
        new TreeMap<>(map).forEach(m::put);
    }

    private static Map<String, Integer> map(JsonNode o, String key) {
        Map<String, Integer> out = new TreeMap<>();
        o.path(key).properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }
}
