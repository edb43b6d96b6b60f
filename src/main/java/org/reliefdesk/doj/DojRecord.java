package org.reliefdesk.doj;

import java.util.Arrays;

/**
 * One well-formed row of a DOJ research file: its 95 fields exactly as read (padding kept), the file it came
 * from and the 1-based line where it starts.
 */
public final class DojRecord {
    private final String file;
    private final long line;
    private final String[] fields;

    public DojRecord(String file, long line, String[] fields) {
        if (fields.length != DojColumn.COUNT) {
            throw new IllegalArgumentException("a DOJ row has " + DojColumn.COUNT + " fields, not " + fields.length);
        }
        this.file = file;
        this.line = line;
        this.fields = fields;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The field exactly as it appears in the file (after CSV unquoting). */
    public String raw(DojColumn column) {
        return fields[column.index()];
    }

    /** The field as data: surrounding spaces removed and the placeholder {@code NULL} read as empty. */
    public String value(DojColumn column) {
        return DojText.clean(fields[column.index()]);
    }

    /** A copy of all 95 fields as read. */
    public String[] fields() {
        return fields.clone();
    }

    /** The field at a 0-based index, as read, without copying the row. */
    public String field(int index) {
        return fields[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DojRecord r && r.line == line && r.file.equals(file) && Arrays.equals(r.fields, fields);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        // Never print field values: they hold personal data.
        return "DojRecord[" + file + ":" + line + "]";
    }
}
