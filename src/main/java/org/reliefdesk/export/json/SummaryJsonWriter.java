package org.reliefdesk.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.reliefdesk.rules.ImpactSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code summary.json}: the impact summary of a run, with the run's identity and its inputs. */
public final class SummaryJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private SummaryJsonWriter() {
    }

    /** One input file of the run. */
    public record Input(String file, String sha256, long rowsRead, long rowsAccepted, long rowsRejected) {
    }

    /** Identity of the run the summary belongs to. */
    public record RunInfo(int runId, String appVersion, String policyJson, String startedAt, String finishedAt) {
    }

    public static void write(OutputStream out, RunInfo run, ImpactSummary s, List<Input> inputs) throws IOException {
        write(out, run, s, inputs, null);
    }

    /** With the follow-through figures ({@code followThrough}, null: none) after the impact. */
    public static void write(OutputStream out, RunInfo run, ImpactSummary s, List<Input> inputs,
                             ProgressFigures followThrough) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("runId", run.runId());
            g.writeStringField("mode", s.mode());
            g.writeStringField("county", s.county());
            g.writeStringField("computeAt", s.computeAt().toString());
            g.writeStringField("appVersion", run.appVersion());
            g.writeStringField("startedAt", run.startedAt());
            g.writeStringField("finishedAt", run.finishedAt());
            g.writeFieldName("policy");
            try (JsonParser policy = JSON.createParser(run.policyJson())) {
                policy.nextToken();
                g.copyCurrentStructure(policy);
            }
            long read = 0;
            long accepted = 0;
            long rejected = 0;
            g.writeArrayFieldStart("inputs");
            for (Input i : inputs) {
                g.writeStartObject();
                g.writeStringField("file", i.file());
                g.writeStringField("sha256", i.sha256());
                g.writeNumberField("rowsRead", i.rowsRead());
                g.writeNumberField("rowsAccepted", i.rowsAccepted());
                g.writeNumberField("rowsRejected", i.rowsRejected());
                g.writeEndObject();
                read += i.rowsRead();
                accepted += i.rowsAccepted();
                rejected += i.rowsRejected();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("rows");
            g.writeNumberField("read", read);
            g.writeNumberField("accepted", accepted);
            g.writeNumberField("rejected", rejected);
            g.writeEndObject();
            g.writeStringField("earliestProp64Conviction", s.earliestProp64Conviction() == null ? null
                    : s.earliestProp64Conviction().toString());
            g.writeNumberField("people", s.subjects());
            g.writeNumberField("peopleWithProp64ConvictionInCounty", s.subjectsWithProp64InCounty());
            g.writeNumberField("peopleWithSomeRelief", s.subjectsWithSomeRelief());
            relief(g, "peopleLeftAfterThisRun", s.reliefNow());
            relief(g, "peopleLeftIfEveryProp64ConvictionWereDismissed", s.reliefIfAllDismissed());
            g.writeObjectFieldStart("prop64ConvictionsInCounty");
            g.writeNumberField("total", s.prop64Felonies() + s.prop64NonFelonies());
            JsonCounts.write(g, "bySection", s.prop64BySection());
            JsonCounts.write(g, "byLevel", s.prop64ByLevel());
            g.writeNumberField("felonies", s.prop64Felonies());
            g.writeNumberField("nonFelonies", s.prop64NonFelonies());
            g.writeNumberField("infractions", s.infractions());
            g.writeNumberField("noLevel", s.unknownLevel());
            g.writeEndObject();
            JsonCounts.write(g, "convictionsByOutcome", s.byOutcome());
            JsonCounts.write(g, "convictionsByReason", s.byReason());
            JsonCounts.write(g, "dismissalsBySection", s.dismissalsBySection());
            JsonCounts.write(g, "reductionsBySection", s.reductionsBySection());
            JsonCounts.write(g, "dismissalsByAdditionalRelief", s.dismissalsByAdditionalRelief());
            JsonCounts.write(g, "flags", s.flags());
            g.writeNumberField("relatedChargesDecided", s.relatedCharges());
            g.writeNumberField("possibleOtherProp64ChargesInComments", s.possibleOtherProp64Charges());
            if (followThrough != null) {
                followThrough.write(g, "followThrough");
            }
            g.writeEndObject();
        }
    }

    private static void relief(JsonGenerator g, String name, ImpactSummary.ReliefCounts r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("withNoFelony", r.noFelony());
        g.writeNumberField("withNoConviction", r.noConviction());
        g.writeNumberField("withNoConvictionInLast7Years", r.noConvictionLast7Years());
        g.writeEndObject();
    }
}
