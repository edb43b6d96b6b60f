package org.reliefdesk.history;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A conviction's sentence length: the parts of every row of the count added up ({@code SENT_LENGTH} with
 * {@code SENT_TIME_CODE} D, M or Y). {@code unreadable} counts parts whose length or unit could not be read.
 */
public record Sentence(int years, int months, int days, int unreadable, String locations) {

    public static final Sentence NONE = new Sentence(0, 0, 0, 0, "");

    /** Adds one row's sentence part; a row without a length adds nothing. */
    public Sentence plus(String length, String timeCode, String location) {
        String loc = locations;
        if (!location.isEmpty() && !(";" + locations + ";").contains(";" + location + ";")) {
            loc = locations.isEmpty() ? location : locations + ";" + location;
        }
        String len = length.strip();
        if (len.isEmpty()) {
            return new Sentence(years, months, days, unreadable, loc);
        }
        int n;
        try {
            n = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            return new Sentence(years, months, days, unreadable + 1, loc);
        }
        return switch (timeCode.strip().toUpperCase(Locale.ROOT)) {
            case "D" -> new Sentence(years, months, days + n, unreadable, loc);
            case "M" -> new Sentence(years, months + n, days, unreadable, loc);
            case "Y" -> new Sentence(years + n, months, days, unreadable, loc);
            default -> new Sentence(years, months, days, unreadable + 1, loc);
        };
    }

    public boolean hasLength() {
        return years > 0 || months > 0 || days > 0;
    }

    /** The day the sentence ends when it starts on {@code start}. */
    public LocalDate endFrom(LocalDate start) {
        return start.plusYears(years).plusMonths(months).plusDays(days);
    }

    /** Readable length, e.g. {@code 1 year 6 months}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        part(b, years, "year");
        part(b, months, "month");
        part(b, days, "day");
        return b.length() == 0 ? "none" : b.toString();
    }

    private static void part(StringBuilder b, int n, String unit) {
        if (n > 0) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
