package org.reliefdesk.export.csv;

import org.reliefdesk.export.CellSafety;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes CSV the way Go's {@code encoding/csv} does (gogen's output): comma, LF line ends, a field quoted only
 * when it holds a comma, a quote, CR or LF, is exactly {@code \.}, or begins with a whitespace character;
 * quotes doubled inside. Every field is first made safe for spreadsheets ({@link CellSafety}).
 */
public final class GoCsvWriter implements Closeable {
    private final OutputStream out;
    /** Own buffer: BufferedOutputStream synchronizes every call, which costs at 100 fields a row. */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private boolean rowStarted;

    public GoCsvWriter(OutputStream out) {
        this.out = out;
    }

    private void put(int b) throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = (byte) b;
    }

    private void put(byte[] src, int off, int len) throws IOException {
        if (len > buf.length - pos) {
            flushBuffer();
            if (len > buf.length) {
                out.write(src, off, len);
                return;
            }
        }
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    public GoCsvWriter field(String value) throws IOException {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return field(b, 0, b.length);
    }

    /** Writes a field given as UTF-8 bytes. */
    public GoCsvWriter field(byte[] data, int start, int end) throws IOException {
        return field(data, start, end, 0, true);
    }

    /**
     * Writes a field given as UTF-8 bytes followed by {@code spaces} spaces; {@code mayHaveSpecials} false
     * promises the bytes hold no comma, quote, CR or LF.
     */
    public GoCsvWriter field(byte[] data, int start, int end, int spaces, boolean mayHaveSpecials)
            throws IOException {
        if (rowStarted) {
            put(',');
        }
        rowStarted = true;
        boolean risky = CellSafety.isRisky(data, start, end);
        boolean quote;
        if (start == end) {
            quote = spaces > 0;
        } else if (mayHaveSpecials) {
            quote = needsQuotes(data, start, end, spaces, risky);
        } else {
            quote = !risky && (beginsWithSpace(data, start, end) || isBackslashDot(data, start, end, spaces));
        }
        if (quote) {
            put('"');
        }
        if (risky) {
            put('\'');
        }
        if (quote) {
            int from = start;
            for (int i = start; i < end; i++) {
                if (data[i] == '"') {
                    put(data, from, i - from + 1);
                    put('"');
                    from = i + 1;
                }
            }
            put(data, from, end - from);
            spaces(spaces);
            put('"');
        } else {
            put(data, start, end - start);
            spaces(spaces);
        }
        return this;
    }

    private void spaces(int n) throws IOException {
        if (n > buf.length - pos) {
            flushBuffer();
        }
        int left = n;
        while (left > buf.length) {
            java.util.Arrays.fill(buf, 0, buf.length, (byte) ' ');
            pos = buf.length;
            flushBuffer();
            left -= buf.length;
        }
        java.util.Arrays.fill(buf, pos, pos + left, (byte) ' ');
        pos += left;
    }

    /** Writes {@code n} empty fields. */
    public void emptyFields(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (rowStarted) {
                put(',');
            }
            rowStarted = true;
        }
    }

    public void endRow() throws IOException {
        put('\n');
        rowStarted = false;
    }

    /** Writes a whole row of strings. */
    public void row(String... values) throws IOException {
        for (String v : values) {
            field(v);
        }
        endRow();
    }

    static boolean needsQuotes(byte[] d, int start, int end, int spaces, boolean risky) {
        if (start >= end) {
            return false;
        }
        if (isBackslashDot(d, start, end, spaces)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte c = d[i];
            if (c <= ',' && (c == ',' || c == '"' || c == '\r' || c == '\n')) {
                return true;
            }
        }
        // After a protecting apostrophe the field no longer begins with whitespace.
        return !risky && beginsWithSpace(d, start, end);
    }

    /** Go quotes a field that is exactly {@code \.} (with trailing spaces it is not). */
    private static boolean isBackslashDot(byte[] d, int start, int end, int spaces) {
        return spaces == 0 && end - start == 2 && d[start] == '\\' && d[start + 1] == '.';
    }

    /** Go's unicode.IsSpace on the first rune. */
    static boolean beginsWithSpace(byte[] d, int start, int end) {
        int b0 = d[start] & 0xFF;
        if (b0 == ' ' || (b0 >= 0x09 && b0 <= 0x0D)) {
            return true;
        }
        if (b0 < 0x80) {
            return false;
        }
        int cp = decodeFirst(d, start, end);
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    private static int decodeFirst(byte[] d, int start, int end) {
        int b0 = d[start] & 0xFF;
        if ((b0 & 0xE0) == 0xC0 && end - start >= 2) {
            return ((b0 & 0x1F) << 6) | (d[start + 1] & 0x3F);
        }
        if ((b0 & 0xF0) == 0xE0 && end - start >= 3) {
            return ((b0 & 0x0F) << 12) | ((d[start + 1] & 0x3F) << 6) | (d[start + 2] & 0x3F);
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }
}
