package org.reliefdesk.history;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence parts (SENT_LENGTH with SENT_TIME_CODE D, M or Y) adding up over a count's rows. */
final class SentenceTest {

    @Test
    void addsDaysMonthsAndYearsSeparately() {
        Sentence s = Sentence.NONE.plus("90", "D", "JAIL").plus("6", "M", "PROBATION").plus("1", "Y", "PROBATION");

        assertThat(s).isEqualTo(new Sentence(1, 6, 90, 0, "JAIL;PROBATION"));
        assertThat(s.hasLength()).isTrue();
    }

    @Test
    void addsPartsOfTheSameUnit() {
        assertThat(Sentence.NONE.plus("6", "M", "").plus("6", "M", "").months()).isEqualTo(12);
    }

    @Test
    void readsLowerCaseAndPaddedUnitsAndLengths() {
        assertThat(Sentence.NONE.plus(" 3 ", " y ", "PRISON")).isEqualTo(new Sentence(3, 0, 0, 0, "PRISON"));
        assertThat(Sentence.NONE.plus("030", "d", "JAIL").days()).isEqualTo(30);
    }

    @Test
    void aRowWithoutLengthAddsOnlyItsLocation() {
        Sentence s = Sentence.NONE.plus("6", "M", "PROBATION").plus("", "", "FINE");

        assertThat(s).isEqualTo(new Sentence(0, 6, 0, 0, "PROBATION;FINE"));
    }

    @Test
    void listsEachLocationOnce() {
        Sentence s = Sentence.NONE.plus("1", "M", "JAIL").plus("2", "M", "JAIL").plus("1", "Y", "PROBATION")
                .plus("", "", "JAIL");

        assertThat(s.locations()).isEqualTo("JAIL;PROBATION");
    }

    @Test
    void doesNotMistakeALocationForAPartOfAnother() {
        Sentence s = Sentence.NONE.plus("", "", "STATE PRISON").plus("", "", "PRISON");

        assertThat(s.locations()).isEqualTo("STATE PRISON;PRISON");
    }

    @Test
    void countsUnreadableLengthsAndUnitsWithoutAddingThem() {
        Sentence s = Sentence.NONE.plus("SIX", "M", "JAIL").plus("6", "W", "JAIL").plus("6", "", "JAIL")
                .plus("1", "Y", "JAIL");

        assertThat(s.unreadable()).isEqualTo(3);
        assertThat(s.years()).isEqualTo(1);
        assertThat(s.months()).isZero();
        assertThat(s.days()).isZero();
    }

    @Test
    void hasNoLengthWhenNothingWasAdded() {
        assertThat(Sentence.NONE.hasLength()).isFalse();
        assertThat(Sentence.NONE.describe()).isEqualTo("none");
        assertThat(Sentence.NONE.plus("", "", "FINE").hasLength()).isFalse();
    }

    @Test
    void describesLengthInWords() {
        assertThat(new Sentence(1, 6, 0, 0, "").describe()).isEqualTo("1 year 6 months");
        assertThat(new Sentence(2, 1, 1, 0, "").describe()).isEqualTo("2 years 1 month 1 day");
        assertThat(new Sentence(0, 0, 90, 0, "").describe()).isEqualTo("90 days");
    }

    @Test
    void endsAfterTheAddedLengthFromItsStart() {
        Sentence s = new Sentence(1, 6, 10, 0, "");

        assertThat(s.endFrom(LocalDate.of(2015, 1, 31))).isEqualTo(LocalDate.of(2016, 8, 10));
    }
}
