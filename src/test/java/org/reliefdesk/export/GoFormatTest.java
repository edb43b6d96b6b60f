package org.reliefdesk.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** gogen 0.2.13's value formats (gogen-spec.md §6.3): Go's %.1f and Duration arithmetic, US dates. */
final class GoFormatTest {

    @Test
    void printsUsDatesZeroPadded() {
        assertThat(GoFormat.usDate(LocalDate.of(1979, 6, 1))).isEqualTo("06/01/1979");
        assertThat(GoFormat.usDate(LocalDate.of(2020, 12, 31))).isEqualTo("12/31/2020");
        assertThat(GoFormat.usDate(LocalDate.of(1, 1, 1))).as("Go's zero time").isEqualTo("01/01/0001");
    }

    @Test
    void computesYearsFromHoursOverJulianYears() {
        assertThat(GoFormat.yearsBetween(LocalDate.of(1979, 6, 1), LocalDate.of(2019, 11, 11)))
                .isCloseTo(354552 / 8766.0, within(1e-12));
        assertThat(GoFormat.oneDecimal(GoFormat.yearsBetween(LocalDate.of(1979, 6, 1), LocalDate.of(2019, 11, 11))))
                .isEqualTo("40.4");
        assertThat(GoFormat.yearsBetween(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 7, 1))).isZero();
    }

    @Test
    void saturatesLikeAGoDuration() {
        // Go's time.Sub saturates at about 292.47 years: (2^63-1) ns = 2562047h 47m 16.854775807s.
        double max = (2562047 + (47 * 60 + 16.854775807) / 3600) / 8766;
        assertThat(GoFormat.yearsBetween(LocalDate.of(1, 1, 1), LocalDate.of(2019, 11, 11)))
                .isCloseTo(max, within(1e-9));
        assertThat(GoFormat.oneDecimal(GoFormat.yearsBetween(LocalDate.of(1, 1, 1), LocalDate.of(2019, 11, 11))))
                .isEqualTo("292.3");
        assertThat(GoFormat.oneDecimal(GoFormat.yearsBetween(LocalDate.of(2400, 1, 1), LocalDate.of(2019, 11, 11))))
                .isEqualTo("-292.3");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0.25, 0.2",   // an exact tie: half to even
            "0.75, 0.8",   // an exact tie: half to even
            "0.35, 0.3",   // 0.34999999999999997779... in binary; String.format would say 0.4
            "0.45, 0.5",   // 0.45000000000000001110...
            "0.05, 0.1",   // 0.05000000000000000277...
            "0.15, 0.1",   // 0.14999999999999999444...
            "2.5, 2.5",
            "40.44627, 40.4",
            "-1.0, -1.0",
            "-0.04, -0.0", // a negative value rounding to zero keeps its sign
            "-0.05, -0.1",
            "0.0, 0.0",
            "1e-300, 0.0",
            "1.35, 1.4"    // 1.350000000000000088...: not a tie at all
    })
    void roundsLikeGoPercentPointOneF(double value, String expected) {
        assertThat(GoFormat.oneDecimal(value)).isEqualTo(expected);
    }

    @Test
    void keepsTheSignOfNegativeZero() {
        assertThat(GoFormat.oneDecimal(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void printsMinusZeroForAConvictionDatedJustAfterComputeAt() {
        assertThat(GoFormat.oneDecimal(GoFormat.yearsBetween(LocalDate.of(2020, 7, 2), LocalDate.of(2020, 7, 1))))
                .isEqualTo("-0.0");
    }
}
