package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Policy;
import org.reliefdesk.rules.PolicyException;
import org.reliefdesk.rules.PolicyJson;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.rules.UnknownLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reliefdesk.ui.PolicyViewModel.SectionChoice.DISMISS;
import static org.reliefdesk.ui.PolicyViewModel.SectionChoice.REDUCE;
import static org.reliefdesk.ui.PolicyViewModel.SectionChoice.STATUTE;

/** The policy form refuses exactly what the rules refuse, with their message, and describes the policy it shows. */
final class PolicyViewModelTest {
    private final PolicyViewModel form = new PolicyViewModel();

    @Test
    void startsAsTheBearDefaultPreset() throws PolicyException {
        assertThat(form.policy()).isEqualTo(Preset.BEAR_DEFAULT.policy());
        assertThat(form.computeAtProperty().get()).isEqualTo(RunSettings.DEFAULT_COMPUTE_AT);
    }

    @Test
    void eachNumberIsCheckedOnItsOwnSoEveryWrongFieldIsMarked() {
        form.countyProperty().set("FRESNO");
        form.ageProperty().set("30");
        form.yearsSinceProperty().set("x");
        form.crimeFreeProperty().set("5");
        assertThat(form.problemOf(form.ageProperty())).contains("subjectAgeThreshold").contains("40 to 65")
                .doesNotContain("yearsSince");
        assertThat(form.problemOf(form.yearsSinceProperty())).contains("yearsSinceConvictionThreshold")
                .contains("1 to 15");
        assertThat(form.problemOf(form.crimeFreeProperty())).isNull();
        assertThat(form.problem()).as("the form as a whole still names the first problem").isNotNull();

        form.ageProperty().set("0");
        form.yearsSinceProperty().set("15");
        assertThat(form.problemOf(form.ageProperty())).isNull();
        assertThat(form.problemOf(form.yearsSinceProperty())).isNull();
        assertThat(form.problem()).isNull();
        assertThatThrownBy(() -> form.problemOf(new javafx.beans.property.SimpleStringProperty(null, "other")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingDateOrCountyIsItsFieldsProblem() {
        form.countyProperty().set("FRESNO");
        assertThat(form.computeAtProblem()).isNull();
        assertThat(form.countyProblem()).isNull();
        form.computeAtProperty().set(null);
        form.countyProperty().set(" ");
        assertThat(form.computeAtProblem()).startsWith("Choose the compute-at date");
        assertThat(form.countyProblem()).startsWith("Choose the county");
        assertThat(form.problem()).isEqualTo(form.computeAtProblem());
    }

    @Test
    void dismissAllPresetFillsEverySectionAndUnknownLevel() {
        form.applyPreset(Preset.STATUTE_MINIMUM);
        form.applyPreset(Preset.DISMISS_ALL);
        for (String s : PolicyViewModel.SECTIONS) {
            assertThat(form.section(s).get()).as("H&S " + s).isEqualTo(DISMISS);
        }
        assertThat(form.unknownLevelProperty().get()).isEqualTo(UnknownLevel.MISDEMEANOR);
        assertThat(form.yearsSinceProperty().get()).isEqualTo("0");
        assertThat(form.onlyProp64Property().get()).isFalse();
        assertThat(form.relatedChargesProperty().get()).isFalse();
    }

    @Test
    void bearDefaultPresetFillsTheAdditionalRelief() {
        form.applyPreset(Preset.STATUTE_MINIMUM);
        form.applyPreset(Preset.BEAR_DEFAULT);
        assertThat(form.yearsSinceProperty().get()).isEqualTo("5");
        assertThat(form.crimeFreeProperty().get()).isEqualTo("5");
        assertThat(form.ageProperty().get()).isEqualTo("0");
        assertThat(form.onlyProp64Property().get()).isTrue();
        assertThat(form.unknownLevelProperty().get()).isEqualTo(UnknownLevel.REVIEW);
    }

    @Test
    void statuteMinimumPresetClearsWhatAnotherPresetSet() {
        form.applyPreset(Preset.RELATED_CHARGES);
        assertThat(form.relatedChargesProperty().get()).isTrue();
        form.applyPreset(Preset.STATUTE_MINIMUM);
        for (String s : PolicyViewModel.SECTIONS) {
            assertThat(form.section(s).get()).isEqualTo(STATUTE);
        }
        assertThat(form.relatedChargesProperty().get()).isFalse();
        assertThat(form.onlyProp64Property().get()).isFalse();
        assertThat(form.disqualifiersProperty().get()).isTrue();
        assertThat(form.yearsSinceProperty().get()).isEqualTo("0");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void eachPresetReadsBackAsItsPolicy(Preset preset) throws PolicyException {
        form.applyPreset(preset);
        assertThat(form.policy()).isEqualTo(preset.policy());
    }

    @Test
    void refusesAnAgeBelowTheRangeNamingTheKeyAndTheRange() {
        form.countyProperty().set("SACRAMENTO");
        form.ageProperty().set("30");
        assertThat(form.problem()).contains("subjectAgeThreshold").contains("30").contains("0 (off)")
                .contains("from 40 to 65");
        assertThatThrownBy(form::settings).isInstanceOf(PolicyException.class).hasMessageContaining("40 to 65");
    }

    @Test
    void refusesSixteenYearsSinceConvictionNamingTheKeyAndTheRange() {
        form.countyProperty().set("SACRAMENTO");
        form.yearsSinceProperty().set("16");
        assertThat(form.problem()).contains("yearsSinceConvictionThreshold").contains("16").contains("from 1 to 15");
    }

    @Test
    void refusesCrimeFreeYearsOutOfRange() {
        form.countyProperty().set("SACRAMENTO");
        form.crimeFreeProperty().set("-1");
        assertThat(form.problem()).contains("yearsCrimeFreeThreshold").contains("from 1 to 15");
    }

    @Test
    void refusesTextWhereANumberBelongsNamingTheKeyAndTheRange() {
        form.countyProperty().set("SACRAMENTO");
        form.ageProperty().set("abc");
        assertThat(form.problem()).contains("subjectAgeThreshold").contains("abc").contains("from 40 to 65");
    }

    @Test
    void quotesAndBackslashesTypedInANumberStayInTheMessageAndDoNotBreakTheJson() {
        form.countyProperty().set("SACRAMENTO");
        form.ageProperty().set("4\"0\\");
        assertThat(form.problem()).contains("subjectAgeThreshold").doesNotContain("not valid JSON");
    }

    @Test
    void acceptsTheEdgesOfTheRangesAndZeroAsOff() throws PolicyException {
        form.countyProperty().set("SACRAMENTO");
        form.ageProperty().set(" 40 ");
        form.yearsSinceProperty().set("15");
        form.crimeFreeProperty().set("1");
        assertThat(form.problem()).isNull();
        assertThat(form.policy().ageThreshold()).isEqualTo(40);
        form.ageProperty().set("65");
        form.yearsSinceProperty().set("0");
        assertThat(form.problem()).isNull();
        assertThat(form.policy().yearsSinceConviction()).isZero();
    }

    @Test
    void aValidFormYieldsTheRunSettingsItShows() throws PolicyException {
        form.applyPreset(Preset.STATUTE_MINIMUM);
        form.section("11359").set(REDUCE);
        form.section("11357").set(DISMISS);
        form.ageProperty().set("50");
        form.deceasedProperty().set(true);
        form.countyProperty().set("SAN JOAQUIN");
        form.computeAtProperty().set(LocalDate.of(2021, 1, 1));
        form.modeProperty().set(EvaluationMode.GOGEN);
        assertThat(form.problem()).isNull();

        Policy expected = Policy.statuteMinimum().withDismiss(List.of("11357")).withReduce(List.of("11359"))
                .withRelief(false, 50, 0, 0, false, true);
        assertThat(form.settings()).isEqualTo(new RunSettings(EvaluationMode.GOGEN, expected, "SAN JOAQUIN",
                LocalDate.of(2021, 1, 1)));
    }

    @Test
    void aMissingCountyOrDateStopsTheRunWithAPlainMessage() {
        form.countyProperty().set(" ");
        assertThat(form.problem()).contains("county");
        form.countyProperty().set("SACRAMENTO");
        form.computeAtProperty().set(null);
        assertThat(form.problem()).contains("compute-at date");
        form.computeAtProperty().set(RunSettings.DEFAULT_COMPUTE_AT);
        assertThat(form.problem()).isNull();
    }

    @Test
    void theFormsJsonIsWhatTheRulesRead() throws PolicyException {
        form.applyPreset(Preset.RELATED_CHARGES);
        form.section("11360").set(REDUCE);
        form.under21Property().set(true);
        form.yearsSinceProperty().set("7");
        form.disqualifiersProperty().set(false);
        Policy shown = form.policy();
        assertThat(PolicyJson.parse(form.json())).isEqualTo(shown);
        assertThat(shown.reduce()).containsExactly("11360");
        assertThat(shown.dismiss()).containsExactly("11357", "11358", "11359");
        assertThat(shown.applyDisqualifiers()).isFalse();
        assertThat(shown.dismissRelatedCharges()).isTrue();
    }

    @Test
    void aPolicyWrittenAndLoadedBackFillsTheFormTheSame() throws PolicyException {
        form.applyPreset(Preset.STATUTE_MINIMUM);
        form.section("11358").set(DISMISS);
        form.section("11360").set(REDUCE);
        form.ageProperty().set("55");
        form.crimeFreeProperty().set("10");
        form.onlyProp64Property().set(true);
        form.unknownLevelProperty().set(UnknownLevel.MISDEMEANOR);
        Policy before = form.policy();

        String saved = PolicyJson.write(before);
        PolicyViewModel loaded = new PolicyViewModel();
        loaded.apply(PolicyJson.parse(saved));
        assertThat(loaded.policy()).isEqualTo(before);
        assertThat(loaded.json()).isEqualTo(form.json());
        assertThat(loaded.section("11358").get()).isEqualTo(DISMISS);
        assertThat(loaded.section("11360").get()).isEqualTo(REDUCE);
        assertThat(loaded.ageProperty().get()).isEqualTo("55");
    }
}
