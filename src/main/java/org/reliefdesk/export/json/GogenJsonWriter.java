package org.reliefdesk.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.reliefdesk.export.GoFormat;
import org.reliefdesk.rules.ImpactSummary;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code gogen.json}: gogen 0.2.13's summary, keys in its order, maps sorted, compact, no trailing newline,
 * {@code <>&} escaped as Go's encoder does. Counts come from the run (summed over input files in gogen mode);
 * the 7-year count uses the compute-at date, not the wall clock; an empty county has a null earliestConviction.
 */
public final class GogenJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private GogenJsonWriter() {
    }

    public static void write(OutputStream out, ImpactSummary s, long lineCount, double seconds) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(new GoEscapes());
            g.writeStartObject();
            g.writeStringField("county", s.county());
            if (s.earliestProp64Conviction() == null) {
                g.writeNullField("earliestConviction");
            } else {
                g.writeStringField("earliestConviction", rfc3339(s.earliestProp64Conviction()));
            }
            g.writeNumberField("lineCount", lineCount);
            g.writeFieldName("processingTimeInSeconds");
            g.writeRawValue(GoFormat.goFloat(seconds));
            relief(g, "reliefWithCurrentEligibilityChoices", s.reliefNow());
            relief(g, "reliefWithDismissAllProp64", s.reliefIfAllDismissed());
            JsonCounts.write(g, "prop64ConvictionsCountInCountyByCodeSection", s.prop64BySection());
            g.writeNumberField("subjectsWithProp64ConvictionCountInCounty", s.subjectsWithProp64InCounty());
            g.writeNumberField("prop64FelonyConvictionsCountInCounty", s.prop64Felonies());
            g.writeNumberField("prop64NonFelonyConvictionsCountInCounty", s.prop64NonFelonies());
            g.writeNumberField("subjectsWithSomeReliefCount", s.subjectsWithSomeRelief());
            JsonCounts.write(g, "convictionDismissalCountByCodeSection", s.dismissalsByPolicySection());
            JsonCounts.write(g, "convictionReductionCountByCodeSection", s.reductionsByPolicySection());
            JsonCounts.write(g, "convictionDismissalCountByAdditionalRelief", s.dismissalsByAdditionalRelief());
            g.writeEndObject();
        }
    }

    static String rfc3339(java.time.LocalDate d) {
        return String.format("%04d-%02d-%02dT00:00:00Z", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static void relief(JsonGenerator g, String name, ImpactSummary.ReliefCounts r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("CountSubjectsNoConviction", r.noConviction());
        g.writeNumberField("CountSubjectsNoConvictionLast7Years", r.noConvictionLast7Years());
        g.writeNumberField("CountSubjectsNoFelony", r.noFelony());
        g.writeEndObject();
    }

    /** Go's json.Marshal escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029. */
    private static final class GoEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table = standardAsciiEscapesForJSON();

        GoEscapes() {
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
