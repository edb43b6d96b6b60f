package org.reliefdesk.doj;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOJ dates are YYYYMMDD; the invalid ones real files hold must not become dates. */
final class DojDatesTest {

    @Test
    void readsYyyymmdd() {
        assertThat(DojDates.parse("20140211")).contains(LocalDate.of(2014, 2, 11));
    }

    @Test
    void readsSpacePaddedDate() {
        assertThat(DojDates.parse("  19790525 ")).contains(LocalDate.of(1979, 5, 25));
    }

    @Test
    void readsLeapDayOnlyInLeapYears() {
        assertThat(DojDates.parse("20160229")).contains(LocalDate.of(2016, 2, 29));
        assertThat(DojDates.parse("20190229")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20190230", "00000000", "20191301", "20190001", "20190100", "20190431",
            "17991231", "", "   ", "NULL", "null", "2019-02-11", "2019021", "201902111", "2019O211",
            "+2019021", "02/11/2014", "２０１９０２１１"})
    void rejectsValuesThatAreNotRealDates(String value) {
        assertThat(DojDates.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void treatsMissingValueAsNoDate(String value) {
        assertThat(DojDates.parse(value)).isEmpty();
    }

    @Test
    void acceptsTheEarliestPlausibleYear() {
        assertThat(DojDates.parse("18000101")).contains(LocalDate.of(1800, 1, 1));
    }

    @Test
    void writesIsoOrEmpty() {
        assertThat(DojDates.iso(LocalDate.of(2014, 2, 1))).isEqualTo("2014-02-01");
        assertThat(DojDates.iso(null)).isEmpty();
    }
}
