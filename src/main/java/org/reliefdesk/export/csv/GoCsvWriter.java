package org.reliefdesk.export.csv;

import org.reliefdesk.doj.CsvCell;
import org.reliefdesk.doj.EncodedRow;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes CSV the way Go's {@code encoding/csv} does (gogen's output): comma, LF line ends, a field quoted only
 * when {@link CsvCell} says Go would, quotes doubled inside, every value made safe for spreadsheets first.
 * Stored DOJ rows arrive already written as cells ({@link EncodedRow}) and are copied as they are.
 */
public final class GoCsvWriter implements Closeable {
    private final OutputStream out;
    /** Own buffer: BufferedOutputStream synchronizes every call, which costs at 100 fields a row. */
    private final byte[] buf = new byte[1 << 16];
    private final EncodedRow.Sink sink = new EncodedRow.Sink() {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            put(bytes, offset, length);
        }

        @Override
        public void spaces(int count) throws IOException {
            GoCsvWriter.this.spaces(count);
        }
    };
    private int pos;
    private boolean rowStarted;

    public GoCsvWriter(OutputStream out) {
        this.out = out;
    }

    public GoCsvWriter field(String value) throws IOException {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return field(b, 0, b.length);
    }

    /** Writes a field given as UTF-8 bytes. */
    public GoCsvWriter field(byte[] data, int start, int end) throws IOException {
        separate();
        boolean risky = CsvCell.isRisky(data, start, end);
        boolean quote = CsvCell.needsQuotes(data, start, end, risky);
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
            put('"');
        } else {
            put(data, start, end - start);
        }
        return this;
    }

    /** Writes cells {@code [from, to)} of a stored DOJ row as they are. */
    public void cells(EncodedRow row, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            cell(row, i);
        }
    }

    /** Writes cell {@code index} of a stored DOJ row as it is. */
    public void cell(EncodedRow row, int index) throws IOException {
        separate();
        row.writeCell(index, sink);
    }

    /** Writes {@code n} empty fields. */
    public void emptyFields(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            separate();
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

    private void separate() throws IOException {
        if (rowStarted) {
            put(',');
        }
        rowStarted = true;
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

    private void spaces(int n) throws IOException {
        int left = n;
        while (left > 0) {
            if (pos == buf.length) {
                flushBuffer();
            }
            int k = Math.min(left, buf.length - pos);
            Arrays.fill(buf, pos, pos + k, (byte) ' ');
            pos += k;
            left -= k;
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }
}
