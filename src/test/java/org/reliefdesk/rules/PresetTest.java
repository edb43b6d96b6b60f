package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The four presets of rules.md ("Presets"). */
final class PresetTest {
    private static final List<String> ALL_FOUR = List.of("11357", "11358", "11359", "11360");

    @Test
    void statuteMinimumAddsNothing() {
        Policy p = Preset.STATUTE_MINIMUM.policy();

        assertThat(p).isEqualTo(new Policy(List.of(), List.of(), false, 0, 0, 0, false, false, true,
                UnknownLevel.REVIEW, false));
        assertThat(p.summary()).isEqualTo("statute minimum");
    }

    @Test
    void dismissAllDismissesTheFourSectionsAndTreatsUnknownLevelAsMisdemeanor() {
        assertThat(Preset.DISMISS_ALL.policy()).isEqualTo(new Policy(ALL_FOUR, List.of(), false, 0, 0, 0, false,
                false, true, UnknownLevel.MISDEMEANOR, false));
    }

    @Test
    void bearDefaultDismissesTheFourWithFiveYearsAndOnlyProp64() {
        assertThat(Preset.BEAR_DEFAULT.policy()).isEqualTo(new Policy(ALL_FOUR, List.of(), false, 0, 5, 5, true,
                false, true, UnknownLevel.REVIEW, false));
    }

    @Test
    void relatedChargesIsDismissAllPlusRelatedCharges() {
        assertThat(Preset.RELATED_CHARGES.policy())
                .isEqualTo(Preset.DISMISS_ALL.policy().withDismissRelatedCharges(true));
        assertThat(Preset.RELATED_CHARGES.policy().dismissRelatedCharges()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void isFoundByIdOrLabelIgnoringCaseAndSpaces(Preset preset) {
        assertThat(Preset.find(preset.id())).contains(preset);
        assertThat(Preset.find("  " + preset.id().toUpperCase(java.util.Locale.ROOT) + " ")).contains(preset);
        assertThat(Preset.find(preset.label().toLowerCase(java.util.Locale.ROOT))).contains(preset);
        assertThat(Preset.ids()).contains(preset.id());
    }

    @Test
    void unknownNamesAreNotFound() {
        assertThat(Preset.find("dismiss everything")).isEmpty();
        assertThat(Preset.find("")).isEmpty();
    }
}
