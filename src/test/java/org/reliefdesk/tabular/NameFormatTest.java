package org.reliefdesk.tabular;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each name format turned into DOJ's LAST,FIRST MIDDLE form. */
class NameFormatTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "LAST/FIRST/MIDDLE|SMITH/JOHN/Q|'SMITH,JOHN Q'",
            "LAST/FIRST/MIDDLE|smith/john/|'SMITH,JOHN'",
            "LAST/FIRST/MIDDLE|O'BRIEN/MARY-ANN/|'OBRIEN,MARYANN'",
            "LAST/FIRST/MIDDLE|SMITH|'SMITH,'",
            "'LAST, FIRST MIDDLE'|'Smith,  John Q.'|'SMITH,JOHN Q'",
            "'LAST, FIRST MIDDLE'|'de la Cruz, Ana'|'DE LA CRUZ,ANA'",
            "FIRST MIDDLE LAST|John Q Smith|'SMITH,JOHN Q'",
            "FIRST MIDDLE LAST|'  john   smith '|'SMITH,JOHN'",
            "FIRST MIDDLE LAST|Cher|'CHER,'",
            "LAST/FIRST/MIDDLE|''|''"})
    void turnsNamesIntoTheDojForm(String format, String raw, String expected) {
        assertThat(NameFormat.of(format)).isPresent();
        assertThat(NameFormat.of(format).orElseThrow().toDoj(raw)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void unknownFormatsAreNotGuessed() {
        assertThat(NameFormat.of("FIRST LAST")).isEmpty();
        assertThat(NameFormat.of("last, first middle")).contains(NameFormat.LAST_COMMA_FIRST_MIDDLE);
    }
}
