package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** gogen 0.2.13's code-section patterns with their quirks (gogen-spec 4.1, 4.3, 6.4). */
final class GogenMatchersTest {

    @ParameterizedTest(name = "od \"{0}\" ct \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "912|11357(A)|11357(A)", "11350|11357(A)|11357(A)", "''|11357(A)|''", "SEE COMMENT FOR CHARGE|11357(A)|''",
            "11358|11359|11359", "11357(A)|11358|11358", "11358|11357(C)|11357(C)", "11357(A)|11357(C)|11357(C)",
            "11357(D)|11357(B)|11357(B)", "11357(A)|11357(B)|''", "11357(D)|11357(C)|''",
            // step 5: only the comment has a subsection -> comment; neither -> empty
            "11357|11357(C)|11357(C)", "11357(A)|11357|''", "11357|11357|''",
            // raw strings: a padded blank offense is blank, a comment is returned untrimmed
            "'   '|11359|''", "11359 HS-POSS|' 11360 HS '|' 11360 HS '", "11359 HS-POSS|NONE HERE|''"})
    void possibleOtherProp64FollowsGogensTable(String offense, String comment, String expected) {
        assertThat(GogenMatchers.possibleOtherProp64(offense, comment)).isEqualTo(expected);
        assertThat(GogenTexts.possibleOtherProp64(EvaluationMode.GOGEN, offense, comment)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"11357(C)HS|11357", "/11357 HS|11357", "66411357(A) HS|11357",
            "664.11357(c) HS|11357", "211357 PC|11357", "113570|11357", "11359/11357|11359", "664|''", "11361 HS|''"})
    void prop64IsAnUnanchoredSubstringAndTheLeftmostWins(String section, String expected) {
        assertThat(GogenMatchers.extractProp64(section)).isEqualTo(expected);
        assertThat(GogenMatchers.isProp64(section)).isEqualTo(!expected.isEmpty());
    }

    @ParameterizedTest(name = "{0} superstrike={1}")
    @CsvSource(delimiter = '|', value = {"187 PC|true", "37 PC|true", "237 PC|true", "1187 PC|true", "187PC|false",
            "187 pc|false", "286(D)(1) PC|true", "286(B)(1) PC|false", "245(D)(3) PC|true", "245(D)(3)(A) PC|false",
            "190.05 PC|true", "190.2(A)(17) PC|true", "191 PC|true", "215 PC|false",
            "215 PC/186.22(B)(4) PC|true", "186.22(B)(4)/246 PC|true", "1672(A) MV|true", "11359 HS|false"})
    void superstrikePatternsKeepTheirQuirks(String section, boolean expected) {
        assertThat(GogenMatchers.any(GogenMatchers.SUPERSTRIKE, section)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} pc290={1}")
    @CsvSource(delimiter = '|', value = {"286(D)(1) PC|true", "266J PC|true", "1266J PC|true", "261 PC|true",
            "261.5 PC|true", "286.5 PC|false", "288.2 PC|true", "288.6 PC|false", "314(1) PC|true", "314 PC|false",
            "653F(C) PC|true", "653F PC|false", "187 PC|false"})
    void pc290PatternsKeepTheirQuirks(String section, boolean expected) {
        assertThat(GogenMatchers.any(GogenMatchers.PC290, section)).isEqualTo(expected);
    }

    @Test
    void dismissAndReducePatternsExistForExactlyTheFourSections() {
        assertThat(GogenMatchers.BY_SECTION).containsOnlyKeys("11357", "11358", "11359", "11360");
        assertThat(GogenMatchers.BY_SECTION.get("11357").matcher("x211357(a)").find()).isTrue();
        assertThat(GogenMatchers.BY_SECTION.get("11358").matcher("11357 HS").find()).isFalse();
    }
}
