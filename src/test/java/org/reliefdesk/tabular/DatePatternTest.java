package org.reliefdesk.tabular;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mapping date formats: what each reads, and where a two-digit year lands. */
class DatePatternTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" as {2} (latest year {3})")
    @CsvSource(delimiter = '|', value = {
            "yyyyMMdd|20190215|2019-02-15|2020",
            "MM/dd/yyyy|02/15/2019|2019-02-15|2020",
            "M/d/yyyy|2/5/2019|2019-02-05|2020",
            "M/d/yyyy|12/25/2019|2019-12-25|2020",
            "MMddyy|021519|2019-02-15|2019",
            "MMddyy|021520|1920-02-15|2019",
            "MMddyy|123199|1999-12-31|2019",
            "MMddyy|010100|2000-01-01|2019",
            "yy-MM-dd|19-02-15|2019-02-15|2019",
            "dd.MM.yyyy|15.02.2019|2019-02-15|2020",
            "MMddyy|022900|2000-02-29|2019",
            "yyyy-MM-dd|2016-02-29|2016-02-29|2020"})
    void readsDates(String pattern, String value, LocalDate expected, int latestYear) throws TableException {
        int read = DatePattern.of(pattern).read(value);
        assertThat(DatePattern.toDate(read, latestYear)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} refuses \"{1}\"")
    @CsvSource(delimiter = '|', value = {"yyyyMMdd|20190230", "yyyyMMdd|2019021", "yyyyMMdd|201902155",
            "MM/dd/yyyy|2/15/2019", "MM/dd/yyyy|02-15-2019", "MMddyy|131519", "MMddyy|0215AB",
            "yyyyMMdd|00000000", "M/d/yyyy|1/1/19", "yyyy-MM-dd|2015-02-29"})
    void refusesWhatDoesNotFit(String pattern, String value) throws TableException {
        assertThat(DatePattern.of(pattern).read(value)).isEqualTo(DatePattern.UNREADABLE);
    }

    @org.junit.jupiter.api.Test
    void twoDigitFebruary29thOfACommonYearIsNoDate() throws TableException {
        int read = DatePattern.of("MMddyy").read("022901");
        assertThat(DatePattern.isTwoDigitYear(read)).isTrue();
        assertThat(DatePattern.toDate(read, 2019)).isNull();
    }

    @org.junit.jupiter.api.Test
    void blankIsBlank() throws TableException {
        assertThat(DatePattern.of("MMddyy").read("")).isEqualTo(DatePattern.BLANK);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "dd/MM", "yyy-MM-dd", "MMM dd yyyy", "yyyy-MM-dd HH:mm", "Mdyy", "yyyyyyMMdd",
            "MM/dd/yyyy/yy"})
    void refusesPatternsItCannotRead(String pattern) {
        assertThatThrownBy(() -> DatePattern.of(pattern)).isInstanceOf(TableException.class)
                .hasMessageContaining("date format");
    }
}
