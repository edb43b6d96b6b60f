package org.reliefdesk.doj;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

import java.util.Arrays;

/**
 * Collects the fields FastCSV splits out of a line into one character array with field ends, instead of one
 * String per field. One instance per parsed line, as FastCSV requires; the scratch space is shared.
 */
final class FieldsHandler extends CsvCallbackHandler<FieldsHandler.Fields> {

    /** The fields of one line: characters end to end, and where each field ends. */
    record Fields(char[] chars, int[] ends) {
        int count() {
            return ends.length;
        }

        /** Field {@code i} as a String. */
        String field(int i) {
            int s = i == 0 ? 0 : ends[i - 1];
            return new String(chars, s, ends[i] - s);
        }

        String[] all() {
            String[] out = new String[ends.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = field(i);
            }
            return out;
        }
    }

    /** Growable scratch arrays reused across lines of one parse thread. */
    static final class Scratch {
        char[] chars = new char[4096];
        int[] ends = new int[128];
    }

    private final Scratch scratch;
    private int used;
    private int count;
    private RecordType type = RecordType.DATA;

    FieldsHandler(Scratch scratch) {
        this.scratch = scratch;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        used = 0;
        count = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (used + len > scratch.chars.length) {
            scratch.chars = Arrays.copyOf(scratch.chars, Math.max(scratch.chars.length * 2, used + len));
        }
        if (count == scratch.ends.length) {
            scratch.ends = Arrays.copyOf(scratch.ends, scratch.ends.length * 2);
        }
        System.arraycopy(buf, offset, scratch.chars, used, len);
        used += len;
        scratch.ends[count++] = used;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
        used = 0;
        count = 1;
        scratch.ends[0] = 0;
    }

    @Override
    protected Fields buildRecord() {
        return new Fields(Arrays.copyOf(scratch.chars, used), Arrays.copyOf(scratch.ends, count));
    }
}
