package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Eligibility-options JSON (rules.md, "Policy options"): read as BEAR writes it, strictly validated. */
final class PolicyJsonTest {
    private static final Path SAMPLE = Path.of("../shared/samples/eligibility_options.json");

    @Test
    void readsTheSharedBearSampleWhenPresent() throws IOException, PolicyException {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared/samples is not next to this checkout");

        Policy p = PolicyJson.parse(Files.readString(SAMPLE));

        assertThat(p.dismiss()).containsExactly("11357", "11358");
        assertThat(p.reduce()).containsExactly("11359", "11360");
        assertThat(p.under21AtConviction()).isTrue();
        assertThat(p.ageThreshold()).isEqualTo(57);
        assertThat(p.yearsSinceConviction()).isEqualTo(10);
        assertThat(p.yearsCrimeFree()).as("key absent from the sample: off").isZero();
        assertThat(p.onlyProp64()).isTrue();
        assertThat(p.deceased()).isTrue();
        assertThat(p.applyDisqualifiers()).isTrue();
        assertThat(p.unknownLevel()).isEqualTo(UnknownLevel.REVIEW);
        assertThat(p.dismissRelatedCharges()).isFalse();
    }

    @Test
    void readsEveryKeyIncludingReliefDesksOwn() throws PolicyException {
        Policy p = PolicyJson.parse("""
                {"baselineEligibility": {"dismiss": ["11360"], "reduce": ["11358", "11359"]},
                 "additionalRelief": {"subjectUnder21AtConviction": false, "subjectAgeThreshold": 40,
                   "yearsSinceConvictionThreshold": 15, "yearsCrimeFreeThreshold": 1,
                   "subjectHasOnlyProp64Charges": false, "subjectIsDeceased": true},
                 "applyDisqualifiers": false, "unknownLevel": "misdemeanor", "dismissRelatedCharges": true}
                """);

        assertThat(p).isEqualTo(new Policy(List.of("11360"), List.of("11358", "11359"), false, 40, 15, 1, false,
                true, false, UnknownLevel.MISDEMEANOR, true));
    }

    @Test
    void anEmptyObjectIsTheStatuteMinimum() throws PolicyException {
        assertThat(PolicyJson.parse("{}")).isEqualTo(Policy.statuteMinimum());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"subjectAgeThreshold, 40", "subjectAgeThreshold, 65", "subjectAgeThreshold, 0",
            "yearsSinceConvictionThreshold, 1", "yearsSinceConvictionThreshold, 15", "yearsSinceConvictionThreshold, 0",
            "yearsCrimeFreeThreshold, 1", "yearsCrimeFreeThreshold, 15", "yearsCrimeFreeThreshold, 0"})
    void acceptsTheBoundsAndZero(String key, int value) throws PolicyException {
        Policy p = PolicyJson.parse("{\"additionalRelief\": {\"" + key + "\": " + value + "}}");

        int read = switch (key) {
            case "subjectAgeThreshold" -> p.ageThreshold();
            case "yearsSinceConvictionThreshold" -> p.yearsSinceConviction();
            default -> p.yearsCrimeFree();
        };
        assertThat(read).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"subjectAgeThreshold, 39, 40, 65", "subjectAgeThreshold, 66, 40, 65",
            "subjectAgeThreshold, -1, 40, 65", "yearsSinceConvictionThreshold, 16, 1, 15",
            "yearsSinceConvictionThreshold, -1, 1, 15", "yearsCrimeFreeThreshold, 16, 1, 15",
            "yearsCrimeFreeThreshold, -5, 1, 15", "subjectAgeThreshold, 4294967336, 40, 65"})
    void refusesAValueOutOfRangeNamingKeyAndRange(String key, String value, String min, String max) {
        assertThatThrownBy(() -> PolicyJson.parse("{\"additionalRelief\": {\"" + key + "\": " + value + "}}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("additionalRelief." + key).hasMessageContaining(value)
                .hasMessageContaining(min).hasMessageContaining(max);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"11361\"", "\"11357.5\"", "\"11357(a)\"", "\"HS 11357\"", "\"\"", "true", "11364"})
    void refusesASectionOtherThan11357To11360(String section) {
        assertThatThrownBy(() -> PolicyJson.parse("{\"baselineEligibility\": {\"dismiss\": [\"11357\", " + section
                + "]}}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("baselineEligibility.dismiss").hasMessageContaining(section)
                .hasMessageContaining("11357").hasMessageContaining("11360");
    }

    @Test
    void refusesASectionInBothLists() {
        assertThatThrownBy(() -> PolicyJson.parse(
                "{\"baselineEligibility\": {\"dismiss\": [\"11357\", \"11359\"], \"reduce\": [\"11359\"]}}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("11359").hasMessageContaining("baselineEligibility.dismiss")
                .hasMessageContaining("baselineEligibility.reduce");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"baselineEligibility\": {}, \"dismissAll\": true}|dismissAll",
            "{\"additionalRelief\": {\"subjectAgeThreshhold\": 57}}|additionalRelief.subjectAgeThreshhold",
            "{\"baselineEligibility\": {\"dismis\": [\"11357\"]}}|baselineEligibility.dismis",
            "{\"ApplyDisqualifiers\": true}|ApplyDisqualifiers"})
    void refusesAnUnknownKeyNamingIt(String json, String key) {
        assertThatThrownBy(() -> PolicyJson.parse(json)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("\"" + key + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"additionalRelief\": {\"subjectAgeThreshold\": \"57\"}}|additionalRelief.subjectAgeThreshold",
            "{\"additionalRelief\": {\"subjectAgeThreshold\": 57.5}}|additionalRelief.subjectAgeThreshold",
            "{\"additionalRelief\": {\"yearsCrimeFreeThreshold\": true}}|additionalRelief.yearsCrimeFreeThreshold",
            "{\"additionalRelief\": {\"subjectUnder21AtConviction\": \"yes\"}}|additionalRelief.subjectUnder21AtConviction",
            "{\"additionalRelief\": {\"subjectIsDeceased\": 1}}|additionalRelief.subjectIsDeceased",
            "{\"baselineEligibility\": {\"dismiss\": \"11357\"}}|baselineEligibility.dismiss",
            "{\"baselineEligibility\": [\"11357\"]}|baselineEligibility",
            "{\"additionalRelief\": 5}|additionalRelief",
            "{\"applyDisqualifiers\": \"false\"}|applyDisqualifiers",
            "{\"unknownLevel\": \"maybe\"}|unknownLevel",
            "{\"unknownLevel\": true}|unknownLevel"})
    void refusesAWrongTypeNamingTheKey(String json, String key) {
        assertThatThrownBy(() -> PolicyJson.parse(json)).isInstanceOf(PolicyException.class)
                .hasMessageContaining(key);
    }

    @Test
    void refusesAnUnknownLevelNamingTheAllowedValues() {
        assertThatThrownBy(() -> PolicyJson.parse("{\"unknownLevel\": \"infraction\"}"))
                .hasMessageContaining("review").hasMessageContaining("misdemeanor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"baselineEligibility\": {\"dismiss\": [\"11357\",]}}", "not json", "[]", "\"x\"",
            "", "null"})
    void refusesWhatIsNotAJsonObject(String text) {
        assertThatThrownBy(() -> PolicyJson.parse(text)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void aSectionListedTwiceIsKeptOnce() throws PolicyException {
        Policy p = PolicyJson.parse("{\"baselineEligibility\": {\"dismiss\": [\"11358\", \"11357\", \"11358\"]}}");

        assertThat(p.dismiss()).containsExactly("11358", "11357");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void writesWhatItReadsBackForEveryPreset(Preset preset) throws PolicyException {
        assertThat(PolicyJson.parse(PolicyJson.write(preset.policy()))).isEqualTo(preset.policy());
    }

    @Test
    void writesACustomPolicyThatReadsBackEqualAndKeepsListOrder() throws PolicyException {
        Policy custom = new Policy(List.of("11360", "11357"), List.of("11359"), true, 57, 10, 5, true, true, false,
                UnknownLevel.MISDEMEANOR, true);

        String json = PolicyJson.write(custom);

        assertThat(PolicyJson.parse(json)).isEqualTo(custom);
        assertThat(json).contains("\"baselineEligibility\"", "\"additionalRelief\"", "\"subjectAgeThreshold\" : 57");
        assertThat(json.indexOf("\"11360\"")).isLessThan(json.indexOf("\"11357\""));
    }
}
