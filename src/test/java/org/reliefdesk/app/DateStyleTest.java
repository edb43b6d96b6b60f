package org.reliefdesk.app;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one date format of what people read: writing, reading back, stored values, order, names. */
final class DateStyleTest {
    private static final LocalDate D = LocalDate.of(1983, 1, 4);

    @Test
    void writesEachStyleAsItsPatternSays() {
        assertThat(DateStyle.US.format(D)).isEqualTo("01/04/1983");
        assertThat(DateStyle.ISO.format(D)).isEqualTo("1983-01-04");
        assertThat(DateStyle.DAY_FIRST.format(D)).isEqualTo("04/01/1983");
        assertThat(DateStyle.DEFAULT).isEqualTo(DateStyle.US);
        assertThat(DateStyle.US.describe()).isEqualTo("MM/DD/YYYY (01/31/1980)");
        assertThat(DateStyle.US.spreadsheetFormat()).isEqualTo("mm/dd/yyyy");
        assertThat(DateStyle.DAY_FIRST.spreadsheetFormat()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void everyDayOfFourHundredYearsReadsBackInEveryStyle() {
        for (DateStyle s : DateStyle.values()) {
            for (LocalDate d = LocalDate.of(1800, 1, 1); d.isBefore(LocalDate.of(2200, 1, 1)); d = d.plusDays(1)) {
                String text = s.format(d);
                assertThat(text).hasSize(10);
                assertThat(s.parse(text)).as("%s %s", s, d).contains(d);
            }
        }
    }

    @Test
    void storedDatesFromTheDojAndIsoAreShownInTheStyleAndOtherTextAsStored() {
        assertThat(DateStyle.US.stored("19830104")).isEqualTo("01/04/1983");
        assertThat(DateStyle.US.stored(" 1983-01-04 ")).isEqualTo("01/04/1983");
        assertThat(DateStyle.DAY_FIRST.stored("19830104")).isEqualTo("04/01/1983");
        assertThat(DateStyle.ISO.stored("19830104")).isEqualTo("1983-01-04");
        assertThat(DateStyle.US.stored("00000000")).isEqualTo("00000000");
        assertThat(DateStyle.US.stored("19830230")).isEqualTo("19830230");
        assertThat(DateStyle.US.stored("")).isEmpty();
        assertThat(DateStyle.US.stored(null)).isEmpty();
        assertThat(DateStyle.US.stored("NULL")).isEmpty();
    }

    @Test
    void aTypedDateIsReadInTheStyleAsIsoOrAsFiledAndNotOtherwise() {
        assertThat(DateStyle.US.parse("1/4/1983")).contains(D);
        assertThat(DateStyle.DAY_FIRST.parse("4.1.1983")).contains(D);
        assertThat(DateStyle.US.parse("1983-01-04")).contains(D);
        assertThat(DateStyle.DAY_FIRST.parse("19830104")).contains(D);
        assertThat(DateStyle.US.parse("13/04/1983")).as("no 13th month").isEmpty();
        assertThat(DateStyle.US.parse("02/30/1983")).isEmpty();
        assertThat(DateStyle.ISO.parse("01/04/1983")).as("ISO reads ISO and the DOJ's form only").isEmpty();
        assertThat(DateStyle.US.parse("01/04/83")).as("a two-digit year is not guessed").isEmpty();
        assertThat(DateStyle.US.asFiled("01/04/1983")).isEqualTo("19830104");
        assertThat(DateStyle.US.asFiled(" 19830100 ")).as("as filed, even when not a date").isEqualTo("19830100");
    }

    @Test
    void datesSortOldestFirstInEveryStyleWithOtherTextAfter() {
        List<LocalDate> dates = List.of(LocalDate.of(2001, 12, 31), LocalDate.of(1999, 2, 1),
                LocalDate.of(1999, 1, 31), LocalDate.of(2001, 1, 12));
        for (DateStyle s : DateStyle.values()) {
            List<String> texts = new ArrayList<>();
            dates.forEach(d -> texts.add(s.format(d)));
            texts.add("");
            texts.add("00000000");
            texts.sort(s.chronological());
            assertThat(texts).as(s.name()).containsExactly(s.format(LocalDate.of(1999, 1, 31)),
                    s.format(LocalDate.of(1999, 2, 1)), s.format(LocalDate.of(2001, 1, 12)),
                    s.format(LocalDate.of(2001, 12, 31)), "", "00000000");
        }
    }

    @Test
    void stylesAreNamedByTheirSettingsWordLabelOrName() {
        assertThat(DateStyle.named("iso")).contains(DateStyle.ISO);
        assertThat(DateStyle.named("dd/mm/yyyy")).contains(DateStyle.DAY_FIRST);
        assertThat(DateStyle.named(" US ")).contains(DateStyle.US);
        assertThat(DateStyle.named("day_first")).contains(DateStyle.DAY_FIRST);
        assertThat(DateStyle.named("MM-DD-YY")).isEmpty();
        assertThat(DateStyle.named(null)).isEmpty();
        assertThat(DateStyle.names()).isEqualTo("MM/DD/YYYY (us), YYYY-MM-DD (iso), DD/MM/YYYY (day-first)");
    }

    @Test
    void programSentencesShowTheirIsoDatesInTheStyleAndLeaveOtherNumbersAlone() {
        String text = "Run 1 (as of 2020-07-01): conviction of 1990-04-12, case 2019-0001-12, docket 24CR-2020-01-02X.";
        assertThat(DateStyle.US.inText(text)).isEqualTo(
                "Run 1 (as of 07/01/2020): conviction of 04/12/1990, case 2019-0001-12, docket 24CR-2020-01-02X.");
        assertThat(DateStyle.DAY_FIRST.inText("on 1990-04-12.")).isEqualTo("on 12/04/1990.");
        assertThat(DateStyle.ISO.inText(text)).isSameAs(text);
        assertThat(DateStyle.US.inText("not a date: 2020-13-45")).isEqualTo("not a date: 2020-13-45");
        assertThat(DateStyle.US.inText(null)).isNull();
    }
}
