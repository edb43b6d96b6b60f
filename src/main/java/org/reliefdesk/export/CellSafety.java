package org.reliefdesk.export;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from evaluating exported text: a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or CR gets a leading apostrophe, so Excel and LibreOffice show it as text. Plain
 * numbers ({@code -1.5}) and a lone {@code -} are left alone: no spreadsheet runs them. Every CSV and workbook
 * writer goes through here.
 */
public final class CellSafety {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CellSafety() {
    }

    /**
     * True when a spreadsheet could read the value as a formula. Trailing spaces (DOJ padding) do not count, so
     * a value gets the same treatment whether a writer sees it whole or as bytes plus a count of spaces.
     */
    public static boolean isRisky(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || !isTrigger(value.charAt(0))) {
            return false;
        }
        String v = value.substring(0, end);
        return !(v.equals("-") || NUMBER.matcher(v).matches());
    }

    /** The value made safe to open in a spreadsheet. */
    public static String neutralize(String value) {
        return isRisky(value) ? "'" + value : value;
    }

    /** The same test on UTF-8 bytes (the trigger characters are all ASCII). */
    public static boolean isRisky(byte[] data, int start, int bytesEnd) {
        int end = bytesEnd;
        while (end > start && data[end - 1] == ' ') {
            end--;
        }
        if (start >= end || !isTrigger((char) data[start])) {
            return false;
        }
        if (end - start == 1 && data[start] == '-') {
            return false;
        }
        int i = start;
        if (data[i] == '+' || data[i] == '-') {
            i++;
        }
        int digits = 0;
        while (i < end && data[i] >= '0' && data[i] <= '9') {
            i++;
            digits++;
        }
        if (digits > 0 && i < end && data[i] == '.') {
            i++;
            int decimals = 0;
            while (i < end && data[i] >= '0' && data[i] <= '9') {
                i++;
                decimals++;
            }
            if (decimals == 0) {
                return true;
            }
        }
        return !(digits > 0 && i == end);
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
