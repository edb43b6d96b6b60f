package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.doj.CodeSection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a list entry is written and what it matches (rules.md, "Disqualifying-offense lists", "Matching"). */
final class OffenseListTest {

    private static boolean matches(String entry, String section) {
        return OffenseList.of("test", false, entry).matches(CodeSection.parse(section).orElseThrow(), section);
    }

    @ParameterizedTest(name = "entry {0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // bare entry: the number with or without any subdivision, never a longer or decimal number
            "187|187 PC|true", "187|187(A)(1) PC|true", "187|1187 PC|false", "187|187.1 PC|false",
            "288|288.5 PC|false", "288.5|288 PC|false", "37|237 PC|false",
            // subdivision entry: that subdivision and deeper only
            "245(d)(3)|245(D)(3) PC|true", "245(d)(3)|245(D)(3)(A) PC|true", "245(d)(3)|245(D)(2) PC|false",
            "245(d)(3)|245(D) PC|false", "245(d)(3)|245 PC|false", "245(d)(3)|245(D)(30) PC|false",
            // "bare" alternatives: no subdivision at all, or one of the listed
            "286 bare/(c)(1)|286 PC|true", "286 bare/(c)(1)|286(C)(1)(A) PC|true", "286 bare/(c)(1)|286(C)(2) PC|false",
            "266 bare|266 PC|true", "266 bare|266(A) PC|false",
            // alternatives without bare: the bare number does not match
            "288 bare/(a)|288(A) PC|true", "11418(a)(1)|11418 PC|false",
            // any decimal
            "190.x|190.1 PC|true", "190.x|190.25(A) PC|true", "190.x|190 PC|false", "190.x|1190.1 PC|false",
            // letter suffixes are part of the number
            "288a|288A PC|true", "288a|288 PC|false", "288|288A PC|false", "273ab|273AB PC|true", "273ab|273A PC|false",
            // codes: PC unless noted; a missing code counts as PC
            "187|187|true", "11364 HS|11364 HS|true", "11364 HS|11364 H&S|true", "11364 HS|11364 PC|false",
            "11364 HS|11364|false", "1672(a) MV|1672(A) MV|true", "1672(a) MV|1672(A) PC|false",
            "4060 BP|4060 BP|true", "4060 BP|4060 PC|false"})
    void matchesNumberExactlyThenSubdivisions(String entry, String section, boolean expected) {
        assertThat(matches(entry, section)).isEqualTo(expected);
    }

    @Test
    void neverMatchesAnAttemptOrAnUnreadableSection() {
        OffenseList list = OffenseList.of("test", false, "11359 HS", "187");

        assertThat(list.matches(CodeSection.parse("664/11359 HS").orElseThrow(), "664/11359 HS")).isFalse();
        assertThat(list.matches(null, "187 PC MURDER")).isFalse();
    }

    @Test
    void appliesTheGangClauseOnlyWhenAsked() {
        String charge = "215 PC/186.22(B)(4) PC-CARJACKING";

        assertThat(OffenseList.of("plain", false, "187").matches(null, charge)).isFalse();
        assertThat(OffenseList.of("gang", true, "187").matches(null, charge)).isTrue();
    }

    @Test
    void refusesABadlyWrittenEntry() {
        assertThatThrownBy(() -> OffenseList.of("bad", false, "286 bare/c1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
