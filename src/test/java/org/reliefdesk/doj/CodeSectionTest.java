package org.reliefdesk.doj;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Code sections as DOJ writes them, normalised as rules.md ("Section") and doj-format.md ("Charge") say. */
final class CodeSectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text | normalized | number | suffix | subdivisions | code | attempt | Prop 64
            "11360 (a) HS|11360(A)HS|11360||A|HS|false|true",
            "11357(b) hs|11357(B)HS|11357||B|HS|false|true",
            "11357 (b) (2) h&s|11357(B)(2)H&S|11357||B,2|H&S|false|true",
            "11359HS|11359HS|11359|||HS|false|true",
            "11359HS(B)|11359HS(B)|11359||B|HS|false|true",
            "664/11359 HS|664/11359HS|11359|||HS|true|true",
            "664 11359 HS|66411359HS|11359|||HS|true|true",
            "66411359|66411359|11359||||true|true",
            "664PC/11360(A) HS|664PC/11360(A)HS|11360||A|HS|true|true",
            "288APC|288APC|288|A||PC|false|false",
            "288A|288A|288|A|||false|false",
            "273AB|273AB|273|AB|||false|false",
            "273AB PC|273ABPC|273|AB||PC|false|false",
            "266H(B)|266H(B)|266|H|B||false|false",
            "266H(B) PC|266H(B)PC|266|H|B|PC|false|false",
            "11357.5 HS|11357.5HS|11357.5|||HS|false|false",
            "111357 HS|111357HS|111357|||HS|false|false",
            "190.05 PC|190.05PC|190.05|||PC|false|false",
            "245(d)(3)(A) pc|245(D)(3)(A)PC|245||D,3,A|PC|false|false",
            "1672(a) MV|1672(A)MV|1672||A|MV|false|false",
            "664 187 PC|664187PC|664187|||PC|false|false",
            "664/187 PC|664/187PC|187|||PC|true|false",
            "664PC/245(d)(3) PC|664PC/245(D)(3)PC|245||D,3|PC|true|false",
            "664/11357.5 HS|664/11357.5HS|11357.5|||HS|true|false",
            "4060 BP|4060BP|4060|||BP|false|false"})
    void parsesAndNormalises(String text, String normalized, String number, String suffix, String subdivisions,
                             String code, boolean attempt, boolean prop64) {
        CodeSection s = CodeSection.parse(text).orElseThrow();

        assertThat(s.normalized()).isEqualTo(normalized);
        assertThat(s.number()).isEqualTo(number);
        assertThat(s.base()).isEqualTo(number);
        assertThat(s.suffix()).isEqualTo(suffix == null ? "" : suffix);
        List<String> subs = subdivisions == null ? List.of() : Arrays.asList(subdivisions.split(","));
        assertThat(s.subdivisions()).isEqualTo(subs);
        assertThat(s.code()).isEqualTo(code == null ? "" : code);
        assertThat(s.attempt()).isEqualTo(attempt);
        assertThat(s.isProp64()).isEqualTo(prop64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "SEE COMMENT FOR CHARGE", "POSS MARIJUANA", "HS 11357", "11359 HS POSS FOR SALE",
            "11357(", "11357()", "11357(b", "11357(*)", "11357(B)HS(", "PROBATION VIOLATION", "11357 HS 11359 HS", "664/", "664/PC"})
    void refusesUnreadableText(String text) {
        assertThat(CodeSection.parse(text)).isEmpty();
    }

    @Test
    void readsTheSectionBeforeTheFirstDashOfACharge() {
        assertThat(CodeSection.fromCharge("11357(B) HS-POSSESS MARIJUANA").orElseThrow().normalized())
                .isEqualTo("11357(B)HS");
        assertThat(CodeSection.fromCharge("220 PC- COMMIT MAYHEM").orElseThrow().normalized()).isEqualTo("220PC");
        assertThat(CodeSection.fromCharge("664-11357(C) HS").orElseThrow().number()).isEqualTo("664");
        assertThat(CodeSection.fromCharge(null)).isEmpty();
        assertThat(CodeSection.fromCharge("")).isEmpty();
    }

    @Test
    void defaultsAMissingCodeToPcAndHandSToHs() {
        assertThat(CodeSection.parse("187").orElseThrow().codeOrPc()).isEqualTo("PC");
        assertThat(CodeSection.parse("11364 H&S").orElseThrow().codeOrPc()).isEqualTo("HS");
        assertThat(CodeSection.parse("23152(B) VC").orElseThrow().codeOrPc()).isEqualTo("VC");
    }

    @Test
    void showsSectionsReadably() {
        assertThat(CodeSection.parse("11357 (b) hs").orElseThrow().display()).isEqualTo("11357(B) HS");
        assertThat(CodeSection.parse("664 11359 HS").orElseThrow().display()).isEqualTo("664/11359 HS");
        assertThat(CodeSection.parse("288APC").orElseThrow().display()).isEqualTo("288A PC");
        assertThat(CodeSection.parse("11357(A)HS").orElseThrow().firstSubdivision()).isEqualTo("A");
        assertThat(CodeSection.parse("11357HS").orElseThrow().firstSubdivision()).isEmpty();
    }

    @Test
    void normalisesByRemovingEverySpaceAndUpperCasing() {
        assertThat(CodeSection.normalize(" 11360 (a)\tHs ")).isEqualTo("11360(A)HS");
        assertThat(CodeSection.normalize(null)).isEmpty();
    }
}
