package org.reliefdesk.doj;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity keys of court-records.md, one table per key. */
class IdentityKeysTest {

    @ParameterizedTest(name = "cii \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "A12345678|12345678", "12345678|12345678", "CA-0123-4567|01234567", "'  a1234 '|000A1234",
            "XY99123456|99123456", "1234|00001234", "''|''", "NULL|''", "00000000|''", "---|''"})
    void ciiKeepsTheLastEightAlphanumerics(String raw, String key) {
        assertThat(IdentityKeys.cii(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "ssn \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "555-12-3456|555123456", "555123456|555123456", "' 555 12 3456 '|555123456", "000000000|''",
            "111111111|''", "123456789|''", "999999999|''", "55512345|''", "5551234567|''", "55512345X|''",
            "''|''"})
    void ssnIsNineDigitsAndPlaceholdersAreAbsent(String raw, String key) {
        assertThat(IdentityKeys.ssn(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "cdl \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {"F1234567 CA|F1234567", "f1234567|F1234567", "'  B7654321  '|B7654321",
            "''|''"})
    void cdlIsTheFirstToken(String raw, String key) {
        assertThat(IdentityKeys.cdl(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "case \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {"CR-0012345|CR0012345", "0012345|12345", "sc 123 45|SC12345", "000|''",
            "''|''"})
    void caseNumberDropsPunctuationAndLeadingZeros(String raw, String key) {
        assertThat(IdentityKeys.caseNumber(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "name \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {"'SMITH,JOHN Q'|'SMITH,JOHN Q'", "'smith , john  q.'|'SMITH,JOHN Q'",
            "'O''BRIEN,MARY-ANN'|'OBRIEN,MARYANN'", "'DE LA CRUZ,ANA'|'DE LA CRUZ,ANA'", "'CHER'|'CHER'"})
    void nameTakesTheDojForm(String raw, String key) {
        assertThat(IdentityKeys.name(raw)).isEqualTo(key);
        assertThat(IdentityKeys.lastName(key)).isEqualTo(key.contains(",") ? key.substring(0, key.indexOf(',')) : key);
    }

    @ParameterizedTest(name = "name parts \"{0}\" + \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {"Smith|John Q|'SMITH,JOHN Q'", "' de la  cruz '|ana|'DE LA CRUZ,ANA'",
            "''|''|''"})
    void nameFromParts(String last, String first, String key) {
        assertThat(IdentityKeys.name(last, first)).isEqualTo(key);
    }
}
