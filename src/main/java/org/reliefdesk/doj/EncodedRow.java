package org.reliefdesk.doj;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A stored DOJ row read back for export: its 95 fields already written as CSV cells in Go's dialect
 * ({@link CsvCell}: quoted where Go quotes, an apostrophe before a formula-like value), inside a shared buffer,
 * with runs of spaces packed. Exports copy cells as they are; {@link #field} gives a value back exactly as read.
 * A reader refills one instance row after row; a row is valid until the next one is read.
 */
public final class EncodedRow {
    /**
     * Marks a packed run of spaces: this byte, then the run's length (4 to 255). It never occurs in a stored
     * row, because a line holding a control byte is set aside as binary data.
     */
    public static final byte SPACE_RUN = 0x01;

    /** Where cells go: bytes, and runs of spaces. */
    public interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;

        void spaces(int count) throws IOException;
    }

    private byte[] data = new byte[0];
    private final int[] starts = new int[DojColumn.COUNT];
    private final int[] ends = new int[DojColumn.COUNT];
    private final boolean[] neutralized = new boolean[DojColumn.COUNT];
    private long line;
    private long rowIndex;

    /** Points cell {@code index} at bytes {@code [start, end)} of {@code buffer}. */
    public void setCell(int index, byte[] buffer, int start, int end, boolean apostropheAdded) {
        data = buffer;
        starts[index] = start;
        ends[index] = end;
        neutralized[index] = apostropheAdded;
    }

    public void setPosition(long rowIndex, long line) {
        this.rowIndex = rowIndex;
        this.line = line;
    }

    public long line() {
        return line;
    }

    /** 0-based position of the row among its file's accepted rows. */
    public long rowIndex() {
        return rowIndex;
    }

    /** Writes cell {@code index} as stored (quotes, apostrophe and all), unpacking runs of spaces. */
    public void writeCell(int index, Sink sink) throws IOException {
        int from = starts[index];
        int end = ends[index];
        for (int i = from; i < end; i++) {
            if (data[i] == SPACE_RUN) {
                sink.write(data, from, i - from);
                sink.spaces(data[i + 1] & 0xFF);
                i++;
                from = i + 1;
            }
        }
        sink.write(data, from, end - from);
    }

    /** The field's value exactly as read from the DOJ file. */
    public String field(int index) {
        byte[] cell = unpack(starts[index], ends[index]);
        int from = 0;
        int to = cell.length;
        boolean quoted = to >= 2 && cell[0] == '"';
        if (quoted) {
            from++;
            to--;
        }
        if (neutralized[index]) {
            from++;
        }
        if (!quoted) {
            return new String(cell, from, to - from, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            out[n++] = cell[i];
            if (cell[i] == '"') {
                i++; // "" stands for one quote
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    public String field(DojColumn column) {
        return field(column.index());
    }

    /** True when the stored cell contains {@code ascii} (a quick filter; packed spaces may rarely match). */
    public boolean contains(int index, String ascii) {
        int n = ascii.length();
        outer:
        for (int i = starts[index]; i <= ends[index] - n; i++) {
            for (int k = 0; k < n; k++) {
                if (data[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private byte[] unpack(int start, int end) {
        byte[] out = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            if (data[i] == SPACE_RUN) {
                int run = data[++i] & 0xFF;
                if (n + run > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, n + run));
                }
                Arrays.fill(out, n, n + run, (byte) ' ');
                n += run;
            } else {
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.max(16, out.length * 2));
                }
                out[n++] = data[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
