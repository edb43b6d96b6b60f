package org.reliefdesk.doj;

/**
 * How a value is written as a CSV cell everywhere ReliefDesk writes CSV: Go's {@code encoding/csv} dialect
 * (what gogen wrote) and spreadsheet safety.
 *
 * <ul>
 *   <li><b>Formula risk</b>: a value beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR could
 *   run as a formula when a spreadsheet opens the file; it gets a leading apostrophe. Plain numbers ({@code -1.5},
 *   {@code +3}) and a lone {@code -} are left alone; trailing spaces (DOJ padding) do not count.</li>
 *   <li><b>Quotes</b>: a cell is quoted only when it holds a comma, quote, CR or LF, is exactly {@code \.}, or
 *   begins with a whitespace character (Go's {@code unicode.IsSpace}); after a protecting apostrophe it no longer
 *   begins with whitespace.</li>
 * </ul>
 */
public final class CsvCell {
    private CsvCell() {
    }

    /** True when a spreadsheet could read the value as a formula. */
    public static boolean isRisky(String value) {
        return isRisky(value.toCharArray(), 0, value.length());
    }

    /** The value made safe to open in a spreadsheet. */
    public static String neutralize(String value) {
        return isRisky(value) ? "'" + value : value;
    }

    /** {@link #isRisky(String)} on characters {@code [start, end)}. */
    public static boolean isRisky(char[] c, int start, int end) {
        int e = end;
        while (e > start && c[e - 1] == ' ') {
            e--;
        }
        if (start >= e || !isTrigger(c[start])) {
            return false;
        }
        if (e - start == 1 && c[start] == '-') {
            return false;
        }
        int i = start;
        if (c[i] == '+' || c[i] == '-') {
            i++;
        }
        int digits = 0;
        while (i < e && c[i] >= '0' && c[i] <= '9') {
            i++;
            digits++;
        }
        if (digits > 0 && i < e && c[i] == '.') {
            i++;
            int decimals = 0;
            while (i < e && c[i] >= '0' && c[i] <= '9') {
                i++;
                decimals++;
            }
            if (decimals == 0) {
                return true;
            }
        }
        return !(digits > 0 && i == e);
    }

    /** {@link #isRisky(String)} on UTF-8 bytes {@code [start, end)} (the trigger characters are all ASCII). */
    public static boolean isRisky(byte[] d, int start, int end) {
        int e = end;
        while (e > start && d[e - 1] == ' ') {
            e--;
        }
        if (start >= e || !isTrigger((char) d[start])) {
            return false;
        }
        if (e - start == 1 && d[start] == '-') {
            return false;
        }
        int i = start;
        if (d[i] == '+' || d[i] == '-') {
            i++;
        }
        int digits = 0;
        while (i < e && d[i] >= '0' && d[i] <= '9') {
            i++;
            digits++;
        }
        if (digits > 0 && i < e && d[i] == '.') {
            i++;
            int decimals = 0;
            while (i < e && d[i] >= '0' && d[i] <= '9') {
                i++;
                decimals++;
            }
            if (decimals == 0) {
                return true;
            }
        }
        return !(digits > 0 && i == e);
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether Go quotes the cell of characters {@code [start, end)}; {@code risky} when an apostrophe leads. */
    public static boolean needsQuotes(char[] c, int start, int end, boolean risky) {
        if (start >= end) {
            return false;
        }
        if (end - start == 2 && c[start] == '\\' && c[start + 1] == '.') {
            return true;
        }
        for (int i = start; i < end; i++) {
            char ch = c[i];
            if (ch <= ',' && (ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
                return true;
            }
        }
        return !risky && isSpace(Character.codePointAt(c, start, end));
    }

    /** Whether Go quotes the cell of UTF-8 bytes {@code [start, end)}; {@code risky} when an apostrophe leads. */
    public static boolean needsQuotes(byte[] d, int start, int end, boolean risky) {
        if (start >= end) {
            return false;
        }
        if (end - start == 2 && d[start] == '\\' && d[start + 1] == '.') {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte b = d[i];
            if (b <= ',' && (b == ',' || b == '"' || b == '\r' || b == '\n')) {
                return true;
            }
        }
        return !risky && isSpace(firstCodePoint(d, start, end));
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(int cp) {
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    private static int firstCodePoint(byte[] d, int start, int end) {
        int b0 = d[start] & 0xFF;
        if (b0 < 0x80) {
            return b0;
        }
        if ((b0 & 0xE0) == 0xC0 && end - start >= 2) {
            return ((b0 & 0x1F) << 6) | (d[start + 1] & 0x3F);
        }
        if ((b0 & 0xF0) == 0xE0 && end - start >= 3) {
            return ((b0 & 0x0F) << 12) | ((d[start + 1] & 0x3F) << 6) | (d[start + 2] & 0x3F);
        }
        return -1;
    }
}
