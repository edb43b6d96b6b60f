package org.reliefdesk.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.doj.CodeSection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The superstrike and PC 290 lists of rules.md ("Disqualifying-offense lists"), matched on the normalised section:
 * number exact, then subdivisions; a missing code counts as PC.
 */
final class DisqualifiersTest {

    @ParameterizedTest(name = "{0} superstrike={1}")
    @CsvSource(delimiter = '|', value = {
            "187 PC|true", "187(A) PC|true", "187|true", "187 HS|false", "1187 PC|false", "18.7 PC|false",
            "37 PC|true", "237 PC|false", "37(A) PC|true",
            "190 PC|true", "190.05 PC|true", "190.2(A)(17) PC|true", "1190.2 PC|false", "19.05 PC|false",
            "189.1 PC|true", "189.5 PC|true", "189.2 PC|false", "191.5 PC|true", "191 PC|false", "191.6 PC|false",
            "209.5 PC|true", "217.1 PC|true", "217 PC|false",
            "245(d)(3) PC|true", "245(D)(3)(A) PC|true", "245(D)(2) PC|false", "245 PC|false", "245(D) PC|false",
            "273AB PC|true", "273AB(A) PC|true", "273A PC|false", "273.5 PC|false",
            "286 PC|true", "286(C)(1) PC|true", "286(C)(2)(B) PC|true", "286(D)(3) PC|true", "286(B)(1) PC|false",
            "286(C) PC|false", "286(C)(4) PC|false",
            "288 PC|true", "288(A) PC|true", "288(B)(2) PC|true", "288(C)(1) PC|false", "288(B) PC|false",
            "288.5 PC|true", "288.5(A) PC|true", "288.5(B) PC|false", "288.7 PC|false",
            "288A PC|true", "288A(D) PC|true", "288A(C)(2)(C) PC|true", "288A(C)(3) PC|false", "288A(B)(1) PC|false",
            "289 PC|true", "289(A)(1)(C) PC|true", "289(A)(2)(C) PC|true", "289(J) PC|true", "289(A)(2)(A) PC|false",
            "289(B) PC|false",
            "653F PC|true", "653F(C) PC|true", "667.61 PC|true", "667.6 PC|false", "667.71 PC|true",
            "11418(A)(1) PC|true", "11418(A)(2) PC|false", "11418(B)(2) PC|true", "11418 PC|false",
            "1672(A) MV|true", "1672(A) PC|false", "1672(A)|false", "1672(B) MV|false",
            "12022.55 PC|false", "215 PC|false", "4500 PC|true", "18755 PC|true"})
    void matchesTheSuperstrikeList(String section, boolean expected) {
        assertThat(Disqualifiers.isSuperstrike(CodeSection.parse(section).orElseThrow(), section)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "215 PC/186.22(B)(4) PC-CARJACKING|true", "186.22(B)(4) PC/246 PC-SHOOT AT DWELLING|true",
            "136.1 PC 186.22(b)(4) PC-DISSUADE WITNESS|true", "213(A)(1)(A)/186.22(B)(4) PC-ROBBERY|true",
            "12022.55 PC/186.22(B)(4) PC-DISCHARGE|true", "519 PC/186.22(B)(4) PC-EXTORTION|true",
            "215 PC-CARJACKING|false", "186.22(B)(4) PC-GANG|false", "215 PC/186.22(B)(1) PC-CARJACKING|false",
            "2215 PC/186.22(B)(4) PC-X|false", "246.3 PC/186.22(B)(4) PC-NEGLIGENT DISCHARGE|false"})
    void appliesTheGangClauseToTheChargeText(String charge, boolean expected) {
        CodeSection section = CodeSection.fromCharge(charge).orElse(null);

        assertThat(Disqualifiers.isSuperstrike(section, charge)).isEqualTo(expected);
        assertThat(Disqualifiers.isPc290(section, charge)).isFalse();
    }

    @ParameterizedTest(name = "{0} pc290={1}")
    @CsvSource(delimiter = '|', value = {
            "236.1(B) PC|true", "236.1(C)(1) PC|true", "236.1(A) PC|false", "236 PC|false",
            "243.4 PC|true", "243.4(E)(1) PC|true", "243 PC|false",
            "261 PC|true", "261(A)(2) PC|true", "262(A) PC|true", "262(A)(1) PC|true", "262 PC|false",
            "262(B) PC|false",
            "266 PC|true", "266(A) PC|false", "266C PC|true", "266C(A) PC|false", "266H(B) PC|true",
            "266H(B)(1) PC|true", "266H(A) PC|false", "266H PC|false", "266I(B) PC|true", "266J PC|true",
            "267 PC|true", "272 PC|true", "272(A)(1) PC|true",
            "288 PC|true", "288(C)(1) PC|true", "288.2 PC|true", "288.5 PC|true", "288.6 PC|false", "288.7 PC|true",
            "288A PC|true", "288A(B)(1) PC|true",
            "311.1 PC|true", "311.2(B) PC|true", "311.2(A) PC|false", "311.10 PC|true", "311.11(A) PC|true",
            "311.12 PC|false", "311 PC|false",
            "314(1) PC|true", "314(2) PC|true", "314 PC|false", "314(3) PC|false",
            "647.6 PC|true", "647.6(A)(1) PC|true", "647A PC|true", "647(A) PC|false", "647 PC|false",
            "653F(B) PC|true", "653F(C) PC|true", "653F(A) PC|false", "653F PC|false",
            "290 PC|false", "11357 HS|false", "288 HS|false"})
    void matchesThePc290List(String section, boolean expected) {
        assertThat(Disqualifiers.isPc290(CodeSection.parse(section).orElseThrow(), section)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"187 pc", "187PC", "187 (a) PC", "245 (d)(3)(b) pc"})
    void matchesWrittenInAnyCaseAndSpacing(String section) {
        assertThat(Disqualifiers.isSuperstrike(CodeSection.parse(section).orElseThrow(), section)).isTrue();
    }
}
