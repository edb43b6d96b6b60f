package org.reliefdesk.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mapping's date format ({@code MMddyy}, {@code yyyyMMdd}, {@code MM/dd/yyyy}, {@code M/d/yy}...): letters
 * {@code y} (2 or 4), {@code M} and {@code d} (1 or 2; one letter allows one or two digits), anything else a literal
 * that must be there. Reading is hand-written and allocation-free: it runs for every date of a million-row file.
 * A two-digit year is left open ({@link #isTwoDigitYear}) for the caller to place in its century.
 */
public final class DatePattern {
    /** What {@link #read} returns for a value that does not fit the pattern or is not a date. */
    public static final int UNREADABLE = Integer.MIN_VALUE;
    /** What {@link #read} returns for a blank value. */
    public static final int BLANK = -1;
    private static final int TWO_DIGIT = 100_000_000;

    private final String pattern;
    /** Per pattern position: 'y', 'M', 'd' runs with their widths, or a literal. */
    private final char[] kinds;
    private final int[] widths;
    private final boolean twoDigitYear;

    private DatePattern(String pattern, char[] kinds, int[] widths, boolean twoDigitYear) {
        this.pattern = pattern;
        this.kinds = kinds;
        this.widths = widths;
        this.twoDigitYear = twoDigitYear;
    }

    /** Parses a pattern; refused with a message naming what is wrong with it. */
    public static DatePattern of(String pattern) throws TableException {
        if (pattern == null || pattern.isBlank()) {
            throw new TableException("The date format is empty; write one such as MM/dd/yyyy or yyyyMMdd.");
        }
        String p = pattern.strip();
        java.util.List<Character> k = new java.util.ArrayList<>();
        java.util.List<Integer> w = new java.util.ArrayList<>();
        int years = 0;
        int months = 0;
        int days = 0;
        int yearWidth = 0;
        for (int i = 0; i < p.length(); ) {
            char c = p.charAt(i);
            int j = i;
            while (j < p.length() && p.charAt(j) == c) {
                j++;
            }
            int width = j - i;
            if (c == 'y' || c == 'M' || c == 'd') {
                boolean ok = c == 'y' ? width == 2 || width == 4 : width <= 2;
                if (!ok) {
                    throw unknown(p);
                }
                years += c == 'y' ? 1 : 0;
                months += c == 'M' ? 1 : 0;
                days += c == 'd' ? 1 : 0;
                yearWidth = c == 'y' ? width : yearWidth;
                k.add(c);
                w.add(width);
            } else if (Character.isLetter(c)) {
                throw unknown(p);
            } else {
                for (int n = 0; n < width; n++) {
                    k.add(c);
                    w.add(0);
                }
            }
            i = j;
        }
        if (years != 1 || months != 1 || days != 1) {
            throw unknown(p);
        }
        char[] kinds = new char[k.size()];
        int[] widths = new int[w.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = k.get(i);
            widths[i] = w.get(i);
        }
        // a one-letter M or d between others without a separator cannot be read unambiguously
        for (int i = 0; i + 1 < kinds.length; i++) {
            boolean field = kinds[i] == 'y' || kinds[i] == 'M' || kinds[i] == 'd';
            boolean nextField = kinds[i + 1] == 'y' || kinds[i + 1] == 'M' || kinds[i + 1] == 'd';
            if (field && nextField && (widths[i] == 1 || widths[i + 1] == 1)) {
                throw unknown(p);
            }
        }
        return new DatePattern(p, kinds, widths, yearWidth == 2);
    }

    private static TableException unknown(String p) {
        return new TableException("The date format \"" + p + "\" is not one ReliefDesk can read: use y for the "
                + "year (yy or yyyy), M for the month and d for the day, once each, with any separators, e.g. "
                + "MM/dd/yyyy, yyyyMMdd, MMddyy or M/d/yy.");
    }

    public String pattern() {
        return pattern;
    }

    /** True when the pattern writes years with two digits. */
    public boolean hasTwoDigitYear() {
        return twoDigitYear;
    }

    /**
     * Reads a value: {@link #BLANK}, {@link #UNREADABLE}, or the date as {@code yyyyMMdd}; with a two-digit year the
     * year part is {@code 10000 + yy} (see {@link #isTwoDigitYear}), its day checked against the month only.
     */
    public int read(String value) {
        int len = value.length();
        if (len == 0) {
            return BLANK;
        }
        int pos = 0;
        int year = -1;
        int month = -1;
        int day = -1;
        for (int i = 0; i < kinds.length; i++) {
            char kind = kinds[i];
            if (widths[i] == 0) {
                if (pos >= len || value.charAt(pos) != kind) {
                    return UNREADABLE;
                }
                pos++;
                continue;
            }
            int max = widths[i] == 1 ? 2 : widths[i];
            int min = widths[i] == 1 ? 1 : widths[i];
            int n = 0;
            int digits = 0;
            while (digits < max && pos < len && value.charAt(pos) >= '0' && value.charAt(pos) <= '9') {
                n = n * 10 + (value.charAt(pos) - '0');
                pos++;
                digits++;
            }
            if (digits < min) {
                return UNREADABLE;
            }
            if (kind == 'y') {
                year = n;
            } else if (kind == 'M') {
                month = n;
            } else {
                day = n;
            }
        }
        if (pos != len || month < 1 || month > 12 || day < 1 || day > 31) {
            return UNREADABLE;
        }
        if (twoDigitYear) {
            return day <= maxDay(month) ? TWO_DIGIT + year * 10_000 + month * 100 + day : UNREADABLE;
        }
        if (year < 1800) {
            return UNREADABLE;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return UNREADABLE;
        }
        return year * 10_000 + month * 100 + day;
    }

    /** February may have 29 days until the century is known. */
    private static int maxDay(int month) {
        return switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True for a {@link #read} result whose year still has two digits. */
    public static boolean isTwoDigitYear(int read) {
        return read >= TWO_DIGIT;
    }

    /**
     * The date of a {@link #read} result; a two-digit year becomes the latest year ending in those digits that is
     * not after {@code latestYear}. Null when the day does not exist in that year (29 February).
     */
    public static LocalDate toDate(int read, int latestYear) {
        int ymd = read;
        int year;
        if (isTwoDigitYear(read)) {
            ymd -= TWO_DIGIT;
            int yy = ymd / 10_000;
            year = latestYear - Math.floorMod(latestYear - yy, 100);
        } else {
            year = ymd / 10_000;
        }
        try {
            return LocalDate.of(year, ymd / 100 % 100, ymd % 100);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
