package org.reliefdesk.doj;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** DOJ dates are {@code YYYYMMDD}; anything else ({@code 00000000}, {@code 20190230}, blank) is not a date. */
public final class DojDates {
    private DojDates() {
    }

    /** The date, or empty when the value is blank or not a real calendar date. */
    public static Optional<LocalDate> parse(String value) {
        String v = DojText.clean(value);
        if (v.length() != 8) {
            return Optional.empty();
        }
        int digits = 0;
        for (int i = 0; i < 8; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            digits = digits * 10 + (c - '0');
        }
        int year = digits / 10_000;
        int month = digits / 100 % 100;
        int day = digits % 100;
        if (year < 1800) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** ISO form ({@code 2014-02-11}) for outputs, or empty string. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
