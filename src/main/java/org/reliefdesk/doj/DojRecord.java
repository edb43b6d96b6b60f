package org.reliefdesk.doj;

import java.util.Arrays;

/**
 * One well-formed row of a DOJ research file: its 95 fields exactly as read (padding kept), the file it came
 * from and the 1-based line where it starts. The fields are kept as one character array with field ends, and a
 * field becomes a String only when asked for: a county file has millions of rows of 95 fields.
 */
public final class DojRecord {
    private final String file;
    private final long line;
    private final char[] chars;
    /** End offset in {@link #chars} of each field; field i starts where field i-1 ends. */
    private final int[] ends;

    public DojRecord(String file, long line, String[] fields) {
        this(file, line, join(fields), endsOf(fields));
    }

    /** A row from its fields' characters laid end to end and the end offset of each field. */
    DojRecord(String file, long line, char[] chars, int[] ends) {
        if (ends.length != DojColumn.COUNT) {
            throw new IllegalArgumentException("a DOJ row has " + DojColumn.COUNT + " fields, not " + ends.length);
        }
        this.file = file;
        this.line = line;
        this.chars = chars;
        this.ends = ends;
    }

    private static char[] join(String[] fields) {
        if (fields.length != DojColumn.COUNT) {
            throw new IllegalArgumentException("a DOJ row has " + DojColumn.COUNT + " fields, not " + fields.length);
        }
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            b.append(f);
        }
        char[] out = new char[b.length()];
        b.getChars(0, b.length(), out, 0);
        return out;
    }

    private static int[] endsOf(String[] fields) {
        int[] ends = new int[fields.length];
        int at = 0;
        for (int i = 0; i < fields.length; i++) {
            at += fields[i].length();
            ends[i] = at;
        }
        return ends;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The field exactly as it appears in the file (after CSV unquoting). */
    public String raw(DojColumn column) {
        return field(column.index());
    }

    /** The field as data: surrounding spaces removed and the placeholder {@code NULL} read as empty. */
    public String value(DojColumn column) {
        int i = column.index();
        int s = start(i);
        int e = ends[i];
        while (s < e && Character.isWhitespace(chars[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(chars[e - 1])) {
            e--;
        }
        if (e - s == 4 && (chars[s] | 0x20) == 'n' && (chars[s + 1] | 0x20) == 'u' && (chars[s + 2] | 0x20) == 'l'
                && (chars[s + 3] | 0x20) == 'l') {
            return "";
        }
        return new String(chars, s, e - s);
    }

    /** A copy of all 95 fields as read. */
    public String[] fields() {
        String[] out = new String[DojColumn.COUNT];
        for (int i = 0; i < out.length; i++) {
            out[i] = field(i);
        }
        return out;
    }

    /** The field at a 0-based index, as read. */
    public String field(int index) {
        int s = start(index);
        return new String(chars, s, ends[index] - s);
    }

    /** Where field {@code index} starts in {@link #chars()}. */
    public int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    /** Where field {@code index} ends in {@link #chars()}. */
    public int end(int index) {
        return ends[index];
    }

    /** The fields' characters laid end to end (read-only: do not modify). */
    public char[] chars() {
        return chars;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DojRecord r && r.line == line && r.file.equals(file) && Arrays.equals(r.chars, chars)
                && Arrays.equals(r.ends, ends);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(chars);
    }

    @Override
    public String toString() {
        // Never print field values: they hold personal data.
        return "DojRecord[" + file + ":" + line + "]";
    }
}
