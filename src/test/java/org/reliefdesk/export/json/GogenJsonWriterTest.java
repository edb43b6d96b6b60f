package org.reliefdesk.export.json;

import org.junit.jupiter.api.Test;
import org.reliefdesk.rules.ImpactSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** gogen.json is a contract (gogen-spec.md §6.5): the whole text is compared. */
final class GogenJsonWriterTest {

    @Test
    void writesGogensKeysInOrderCompactWithSortedMaps() throws IOException {
        String json = write(summary("SACRAMENTO", LocalDate.of(1979, 6, 1)), 38, 1.5);
        assertThat(json).isEqualTo("{\"county\":\"SACRAMENTO\",\"earliestConviction\":\"1979-06-01T00:00:00Z\","
                + "\"lineCount\":38,\"processingTimeInSeconds\":1.5,"
                + "\"reliefWithCurrentEligibilityChoices\":{\"CountSubjectsNoConviction\":4,"
                + "\"CountSubjectsNoConvictionLast7Years\":2,\"CountSubjectsNoFelony\":5},"
                + "\"reliefWithDismissAllProp64\":{\"CountSubjectsNoConviction\":6,"
                + "\"CountSubjectsNoConvictionLast7Years\":3,\"CountSubjectsNoFelony\":7},"
                + "\"prop64ConvictionsCountInCountyByCodeSection\":{\"11357\":3,\"11358\":7,\"11359\":8},"
                + "\"subjectsWithProp64ConvictionCountInCounty\":12,\"prop64FelonyConvictionsCountInCounty\":15,"
                + "\"prop64NonFelonyConvictionsCountInCounty\":3,\"subjectsWithSomeReliefCount\":12,"
                + "\"convictionDismissalCountByCodeSection\":{\"11357\":2,\"11358\":6},"
                + "\"convictionReductionCountByCodeSection\":{\"11359\":1,\"11360\":0},"
                + "\"convictionDismissalCountByAdditionalRelief\":{\"21 years or younger\":1,\"57 years or older\":2,"
                + "\"Conviction occurred 10 or more years ago\":1,\"Individual is deceased\":1,"
                + "\"Only has 11357-60 charges\":1}}");
    }

    @Test
    void endsWithoutANewlineAndHasNoWhitespaceOutsideStrings() throws IOException {
        String json = write(summary("SAN JOAQUIN", LocalDate.of(2001, 2, 3)), 1, 0.25);
        assertThat(json).endsWith("}").doesNotContain("\n").doesNotContain(": ").doesNotContain(", ");
        assertThat(json).startsWith("{\"county\":\"SAN JOAQUIN\",\"earliestConviction\":\"2001-02-03T00:00:00Z\"");
    }

    @Test
    void writesEmptyMapsAsEmptyObjects() throws IOException {
        ImpactSummary s = new ImpactSummary("YOLO", LocalDate.of(2020, 7, 1), "gogen", LocalDate.of(1, 1, 1), 0, 0, 0,
                new ImpactSummary.ReliefCounts(0, 0, 0), new ImpactSummary.ReliefCounts(0, 0, 0), Map.of(), Map.of(),
                0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, 0);
        String json = write(s, 0, 2.0);
        assertThat(json).contains("\"earliestConviction\":\"0001-01-01T00:00:00Z\"")
                .contains("\"prop64ConvictionsCountInCountyByCodeSection\":{},")
                .contains("\"convictionDismissalCountByCodeSection\":{},")
                .contains("\"convictionReductionCountByCodeSection\":{},")
                .endsWith("\"convictionDismissalCountByAdditionalRelief\":{}}");
    }

    @Test
    void escapesHtmlCharactersAndLineSeparatorsAsGoDoes() throws IOException {
        String json = write(summary("A<B>&C\u2028D\u2029E\"F\\G", LocalDate.of(1979, 6, 1)), 38, 1.5);
        assertThat(json).startsWith(
                "{\"county\":\"A\\u003cB\\u003e\\u0026C\\u2028D\\u2029E\\\"F\\\\G\",\"earliestConviction\"");
    }

    @Test
    void writesUtf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GogenJsonWriter.write(out, summary("SAN MATÉO", LocalDate.of(1979, 6, 1)), 1, 1.0);
        assertThat(out.toByteArray()).startsWith("{\"county\":\"SAN MAT\u00C9O\"".getBytes(StandardCharsets.UTF_8));
    }

    private static String write(ImpactSummary s, long lines, double seconds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GogenJsonWriter.write(out, s, lines, seconds);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The numbers of gogen's own configurable_flow test (gogen-spec.md §6.5), maps given out of order. */
    private static ImpactSummary summary(String county, LocalDate earliest) {
        Map<String, Integer> bySection = new LinkedHashMap<>();
        bySection.put("11359", 8);
        bySection.put("11357", 3);
        bySection.put("11358", 7);
        Map<String, Integer> additional = new LinkedHashMap<>();
        additional.put("Only has 11357-60 charges", 1);
        additional.put("57 years or older", 2);
        additional.put("Individual is deceased", 1);
        additional.put("21 years or younger", 1);
        additional.put("Conviction occurred 10 or more years ago", 1);
        Map<String, Integer> reductions = new LinkedHashMap<>();
        reductions.put("11360", 0);
        reductions.put("11359", 1);
        return new ImpactSummary(county, LocalDate.of(2019, 11, 11), "gogen", earliest, 30, 12, 12,
                new ImpactSummary.ReliefCounts(5, 4, 2), new ImpactSummary.ReliefCounts(7, 6, 3), bySection,
                Map.of("FELONY", 15), 15, 3, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("11358", 6, "11357", 2), reductions, additional, Map.of(), 0, 0);
    }
}
