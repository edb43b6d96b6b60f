package org.reliefdesk.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CONV_STAT_DESCR first, OFFENSE_TOC (F, M, I) when it is blank, unknown when both are blank. */
final class LevelTest {

    @ParameterizedTest(name = "status ''{0}'', toc ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "FELONY      | 'M'   | FELONY",
            "MISDEMEANOR | 'F'   | MISDEMEANOR",
            "INFRACTION  | ''    | INFRACTION",
            "' felony '  | ''    | FELONY",
            "''          | 'F'   | FELONY",
            "''          | 'm'   | MISDEMEANOR",
            "''          | 'I'   | INFRACTION",
            "'   '       | ' F ' | FELONY",
            "''          | ''    | UNKNOWN",
            "''          | 'X'   | UNKNOWN",
            "FEL         | 'F'   | UNKNOWN"})
    void readsLevel(String status, String toc, Level expected) {
        assertThat(Level.of(status, toc)).isEqualTo(expected);
    }

    @Test
    void givesLowerCaseWordForExplanations() {
        assertThat(Level.MISDEMEANOR.word()).isEqualTo("misdemeanor");
        assertThat(Level.UNKNOWN.word()).isEqualTo("unknown");
    }
}
