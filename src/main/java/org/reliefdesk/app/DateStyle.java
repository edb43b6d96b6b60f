package org.reliefdesk.app;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.export.PaperDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The one date format of everything a person reads: the grid, the detail, the look-up, the papers and the
 * workbook's display formats. US style by default; the user picks another in Edit › Preferences (kept in the
 * settings) and the CLI with {@code export --date-format}. Exports are handed the style in their request; machine
 * outputs (CSV bundle, convictions.csv, JSON) keep their own formats.
 */
public enum DateStyle implements PaperDates {
    /** {@code 01/31/1980}: what US courts and offices write. */
    US("us", "MM/DD/YYYY", "mm/dd/yyyy"),
    /** {@code 1980-01-31}: ISO 8601, sorts as text. */
    ISO("iso", "YYYY-MM-DD", "yyyy-mm-dd"),
    /** {@code 31/01/1980}: day first. */
    DAY_FIRST("day-first", "DD/MM/YYYY", "dd/mm/yyyy");

    /** The style of a new installation. */
    public static final DateStyle DEFAULT = US;
    private static final LocalDate EXAMPLE = LocalDate.of(1980, 1, 31);
    private final String key;
    private final String label;
    private final String spreadsheet;

    DateStyle(String key, String label, String spreadsheet) {
        this.key = key;
        this.label = label;
        this.spreadsheet = spreadsheet;
    }

    /** The word kept in the settings file. */
    public String key() {
        return key;
    }

    /** The pattern as people write it: {@code MM/DD/YYYY}. */
    public String label() {
        return label;
    }

    /** The pattern with an example, for a choice list: {@code MM/DD/YYYY (01/31/1980)}. */
    public String describe() {
        return label + " (" + format(EXAMPLE) + ")";
    }

    /** Written by hand: the grid formats every date of a column when it filters, so this is on a hot path. */
    @Override
    public String format(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.toString(); // never from a DOJ file; kept readable all the same
        }
        char[] out = new char[10];
        switch (this) {
            case ISO -> {
                digits(out, 0, year, 4);
                out[4] = '-';
                digits(out, 5, date.getMonthValue(), 2);
                out[7] = '-';
                digits(out, 8, date.getDayOfMonth(), 2);
            }
            case US -> {
                digits(out, 0, date.getMonthValue(), 2);
                out[2] = '/';
                digits(out, 3, date.getDayOfMonth(), 2);
                out[5] = '/';
                digits(out, 6, year, 4);
            }
            case DAY_FIRST -> {
                digits(out, 0, date.getDayOfMonth(), 2);
                out[2] = '/';
                digits(out, 3, date.getMonthValue(), 2);
                out[5] = '/';
                digits(out, 6, year, 4);
            }
        }
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    @Override
    public String spreadsheetFormat() {
        return spreadsheet;
    }

    /**
     * A date as stored (the DOJ's {@code YYYYMMDD} or ISO {@code YYYY-MM-DD}) written in this style; blank stays
     * blank and anything that is not a date is shown as stored.
     */
    public String stored(String text) {
        String t = DojText.clean(text);
        return storedDate(t).map(this::format).orElse(t);
    }

    private static Optional<LocalDate> storedDate(String t) {
        if (t.length() == 8) {
            return DojDates.parse(t);
        }
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            return DojDates.parse(t.substring(0, 4) + t.substring(5, 7) + t.substring(8));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern ISO_IN_TEXT =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z-])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9A-Za-z-])");

    /**
     * A sentence written by the program (an explanation, a trail's facts, a timeline step) with its ISO dates in
     * this style; the sentence is stored with ISO dates, so the words stay the same whatever the user's format.
     */
    public String inText(String text) {
        if (this == ISO || text == null || text.indexOf('-') < 0) {
            return text;
        }
        java.util.regex.Matcher m = ISO_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(storedDate(found).map(this::format)
                    .orElse(found)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A date typed by a person: in this style, as ISO {@code YYYY-MM-DD} or as the DOJ's {@code YYYYMMDD}; empty
     * when it is none of them or not a real calendar date.
     */
    public Optional<LocalDate> parse(String typed) {
        String t = DojText.clean(typed);
        Optional<LocalDate> stored = storedDate(t);
        if (stored.isPresent() || this == ISO) {
            return stored;
        }
        String[] parts = t.split("[/.-]");
        if (parts.length != 3 || parts[2].length() != 4) {
            return Optional.empty();
        }
        try {
            int first = Integer.parseInt(parts[0]);
            int second = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            return Optional.of(this == US ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date typed to look someone up, in the form the DOJ files it ({@code YYYYMMDD}); text that is not a date is
     * returned as typed (stripped), so a value exactly as filed still finds them.
     */
    public String asFiled(String typed) {
        return parse(typed).map(d -> ISO.format(d).replace("-", "")).orElse(DojText.clean(typed));
    }

    /**
     * Orders texts this style wrote by their dates (oldest first), other texts after them as text. Compares the
     * characters in year, month, day order without parsing: a filter list sorts thousands of dates as it opens.
     */
    public Comparator<String> chronological() {
        int[] order = switch (this) {
            case ISO -> new int[] {0, 1, 2, 3, 5, 6, 8, 9};
            case US -> new int[] {6, 7, 8, 9, 0, 1, 3, 4};
            case DAY_FIRST -> new int[] {6, 7, 8, 9, 3, 4, 0, 1};
        };
        return (a, b) -> {
            boolean da = shaped(a);
            boolean db = shaped(b);
            if (da != db) {
                return da ? -1 : 1;
            }
            if (!da) {
                return a.compareTo(b);
            }
            for (int i : order) {
                int c = Character.compare(a.charAt(i), b.charAt(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** Text shaped as this style writes a date (separators in place). */
    private boolean shaped(String s) {
        if (s == null || s.length() != 10) {
            return false;
        }
        return this == ISO ? s.charAt(4) == '-' && s.charAt(7) == '-' : s.charAt(2) == '/' && s.charAt(5) == '/';
    }

    /** The style a settings word or a label names ({@code us}, {@code MM/DD/YYYY}, any case), if any. */
    public static Optional<DateStyle> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        for (DateStyle s : values()) {
            if (s.key.equalsIgnoreCase(n) || s.label.equalsIgnoreCase(n) || s.name().equalsIgnoreCase(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every name {@link #named} accepts, for messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (DateStyle s : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.label).append(" (").append(s.key.toLowerCase(Locale.ROOT))
                    .append(')');
        }
        return b.toString();
    }
}
