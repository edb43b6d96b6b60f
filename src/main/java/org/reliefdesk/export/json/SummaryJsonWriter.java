package org.reliefdesk.export.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reliefdesk.rules.ImpactSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code summary.json}: the impact summary of a run, with the run's identity and its inputs. */
public final class SummaryJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJsonWriter() {
    }

    /** One input file of the run. */
    public record Input(String file, String sha256, long rowsRead, long rowsAccepted, long rowsRejected) {
    }

    /** Identity of the run the summary belongs to. */
    public record RunInfo(int runId, String appVersion, String policyJson, String startedAt, String finishedAt) {
    }

    public static void write(OutputStream out, RunInfo run, ImpactSummary s, List<Input> inputs) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("runId", run.runId());
        o.put("mode", s.mode());
        o.put("county", s.county());
        o.put("computeAt", s.computeAt().toString());
        o.put("appVersion", run.appVersion());
        o.put("startedAt", run.startedAt());
        o.put("finishedAt", run.finishedAt());
        o.set("policy", JSON.readTree(run.policyJson()));
        ArrayNode files = o.putArray("inputs");
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (Input i : inputs) {
            ObjectNode f = files.addObject();
            f.put("file", i.file());
            f.put("sha256", i.sha256());
            f.put("rowsRead", i.rowsRead());
            f.put("rowsAccepted", i.rowsAccepted());
            f.put("rowsRejected", i.rowsRejected());
            read += i.rowsRead();
            accepted += i.rowsAccepted();
            rejected += i.rowsRejected();
        }
        ObjectNode rows = o.putObject("rows");
        rows.put("read", read);
        rows.put("accepted", accepted);
        rows.put("rejected", rejected);
        o.put("earliestProp64Conviction", s.earliestProp64Conviction() == null ? null
                : s.earliestProp64Conviction().toString());
        o.put("people", s.subjects());
        o.put("peopleWithProp64ConvictionInCounty", s.subjectsWithProp64InCounty());
        o.put("peopleWithSomeRelief", s.subjectsWithSomeRelief());
        relief(o.putObject("peopleLeftAfterThisRun"), s.reliefNow());
        relief(o.putObject("peopleLeftIfEveryProp64ConvictionWereDismissed"), s.reliefIfAllDismissed());
        ObjectNode p64 = o.putObject("prop64ConvictionsInCounty");
        p64.put("total", s.prop64Felonies() + s.prop64NonFelonies());
        map(p64, "bySection", s.prop64BySection());
        map(p64, "byLevel", s.prop64ByLevel());
        p64.put("felonies", s.prop64Felonies());
        p64.put("nonFelonies", s.prop64NonFelonies());
        p64.put("infractions", s.infractions());
        p64.put("noLevel", s.unknownLevel());
        map(o, "convictionsByOutcome", s.byOutcome());
        map(o, "convictionsByReason", s.byReason());
        map(o, "dismissalsBySection", s.dismissalsBySection());
        map(o, "reductionsBySection", s.reductionsBySection());
        map(o, "dismissalsByAdditionalRelief", s.dismissalsByAdditionalRelief());
        map(o, "flags", s.flags());
        o.put("relatedChargesDecided", s.relatedCharges());
        o.put("possibleOtherProp64ChargesInComments", s.possibleOtherProp64Charges());
        JSON.writeValue(out, o);
    }

    private static void relief(ObjectNode o, ImpactSummary.ReliefCounts r) {
        o.put("withNoFelony", r.noFelony());
        o.put("withNoConviction", r.noConviction());
        o.put("withNoConvictionInLast7Years", r.noConvictionLast7Years());
    }

    private static void map(ObjectNode o, String key, Map<String, Integer> map) {
        ObjectNode m = o.putObject(key);
        new TreeMap<>(map).forEach(m::put);
    }
}
