package org.reliefdesk.doj;

import java.nio.charset.StandardCharsets;

/**
 * A stored DOJ row read back for export: each field as UTF-8 bytes inside a shared buffer followed by a count
 * of trailing spaces (DOJ fields are space-padded), so hundreds of thousands of rows stream out without a
 * String per field. A reader refills one instance row after row; a row is valid until the next one is read.
 */
public final class EncodedRow {
    private byte[] data = new byte[0];
    private final int[] starts = new int[DojColumn.COUNT];
    private final int[] ends = new int[DojColumn.COUNT];
    private final int[] trailing = new int[DojColumn.COUNT];
    private final boolean[] special = new boolean[DojColumn.COUNT];
    private long line;
    private long rowIndex;

    /**
     * Points this row at field {@code index}: bytes of a buffer, then {@code spaces} trailing spaces;
     * {@code csvSpecial} tells whether the bytes hold a comma, quote, CR or LF.
     */
    public void setField(int index, byte[] buffer, int start, int end, int spaces, boolean csvSpecial) {
        data = buffer;
        starts[index] = start;
        ends[index] = end;
        trailing[index] = spaces;
        special[index] = csvSpecial;
    }

    /** True when the field holds a comma, quote, CR or LF (so CSV writers must look closer). */
    public boolean hasCsvSpecial(int field) {
        return special[field];
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

    /** The buffer holding the field bytes (valid from {@link #start} to {@link #end}). */
    public byte[] data() {
        return data;
    }

    public int start(int field) {
        return starts[field];
    }

    /** End of the field's bytes, before its trailing spaces. */
    public int end(int field) {
        return ends[field];
    }

    /** Number of spaces that follow the field's bytes. */
    public int trailingSpaces(int field) {
        return trailing[field];
    }

    /** The field exactly as read, padding included. */
    public String field(int index) {
        String s = new String(data, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
        return trailing[index] == 0 ? s : s + " ".repeat(trailing[index]);
    }

    /** True when the field's bytes contain {@code ascii} (an ASCII text). */
    public boolean contains(int field, String ascii) {
        int n = ascii.length();
        outer:
        for (int i = starts[field]; i <= ends[field] - n; i++) {
            for (int k = 0; k < n; k++) {
                if (data[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The field without its trailing spaces. */
    public String content(int index) {
        return new String(data, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
    }

    public String field(DojColumn column) {
        return field(column.index());
    }
}
