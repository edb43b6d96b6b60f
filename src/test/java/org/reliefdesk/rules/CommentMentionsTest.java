package org.reliefdesk.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Possible other Prop 64 charge" in default mode (rules.md, flag POSSIBLE_OTHER_PROP64_IN_COMMENT; doj-format.md,
 * "Charge"): the comment names a Prop 64 section other than the charge, or for 11357 the other subsection group;
 * a charge read from the comment itself is no other charge.
 */
final class CommentMentionsTest {

    @ParameterizedTest(name = "offense \"{0}\" comment \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // the gogen 0.2.13 table of gogen-spec 6.4, which rules.md's wording also gives
            "912 PC-CHARGE|11357(A)|11357(A)", "11350 HS-POSS NARC|11357(A)|11357(A)", "''|11357(A)|''",
            "SEE COMMENT FOR CHARGE|11357(A)|''", "11358 HS-CULT|11359|11359", "11357(A) HS-POSS|11358|11358",
            "11358 HS-CULT|11357(C)|11357(C)", "11357(A) HS-POSS|11357(C)|11357(C)", "11357(D) HS-POSS|11357(B)|11357(B)",
            "11357(A) HS-POSS|11357(B)|''", "11357(D) HS-POSS|11357(C)|''",
            // whole numbers only, in any case, padded values cleaned
            "11359 HS-POSS FOR SALE|11357.5 SYNTHETIC|''", "11359 HS-POSS FOR SALE|113570|''",
            "11359 HS-POSS FOR SALE|plea to 11360(a)|plea to 11360(a)", "11359 HS-POSS FOR SALE|11359 HS|''",
            "'  11357(b) HS-POSS  '|'  11357 (c)  '|11357 (c)", "11357(B) HS-POSS|NULL|''"})
    void namesTheCommentWhenItShowsAnotherProp64Section(String offense, String comment, String expected) {
        assertThat(GogenTexts.possibleOtherProp64(EvaluationMode.DEFAULT, offense, comment)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" mentions Prop 64: {1}")
    @CsvSource(delimiter = '|', value = {"POSS MJ FOR SALE PER 11359|true", "hs11357 poss|true", "11357.5 HS|false",
            "211357 PC|false", "113570|false", "11361 HS|false", "PROBATION VIOLATION|false"})
    void findsWholeProp64SectionNumbers(String text, boolean expected) {
        assertThat(CommentMentions.mentionsProp64(text)).isEqualTo(expected);
    }
}
