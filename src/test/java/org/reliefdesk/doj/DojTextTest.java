package org.reliefdesk.doj;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Space padding and the NULL placeholder (doj-format.md, "Real-world mess to expect"). */
final class DojTextTest {

    @Test
    void trimsSpacePadding() {
        assertThat(DojText.clean("   CONVICTED-JAIL        ")).isEqualTo("CONVICTED-JAIL");
    }

    @Test
    void trimsTabsAndOtherWhitespace() {
        assertThat(DojText.clean("\t11357 HS\u2003")).isEqualTo("11357 HS");
    }

    @Test
    void keepsInnerSpaces() {
        assertThat(DojText.clean(" 11360 (A) HS ")).isEqualTo("11360 (A) HS");
    }

    @Test
    void readsNullPlaceholderInAnyCaseAndPaddingAsEmpty() {
        assertThat(DojText.clean("NULL")).isEmpty();
        assertThat(DojText.clean("null")).isEmpty();
        assertThat(DojText.clean("  Null  ")).isEmpty();
    }

    @Test
    void keepsWordsThatMerelyContainNull() {
        assertThat(DojText.clean("NULLIFIED")).isEqualTo("NULLIFIED");
        assertThat(DojText.clean("NULL NULL")).isEqualTo("NULL NULL");
    }

    @Test
    void readsMissingAndBlankAsEmpty() {
        assertThat(DojText.clean(null)).isEmpty();
        assertThat(DojText.clean("")).isEmpty();
        assertThat(DojText.clean("     ")).isEmpty();
    }

    @Test
    void keepsNonAsciiLetters() {
        assertThat(DojText.clean(" NÚÑEZ,ZOË ")).isEqualTo("NÚÑEZ,ZOË");
    }

    @Test
    void keepsFormulaLookingTextUnchanged() {
        // neutralising =, +, -, @ is the exporters' job; cleaning must not alter the data
        assertThat(DojText.clean(" =SUM(A1) ")).isEqualTo("=SUM(A1)");
    }
}
