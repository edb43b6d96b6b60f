package org.reliefdesk.store;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.EncodedRow;

import java.util.function.Consumer;

/**
 * Packs accepted rows into a block: per row its file line, then its 95 fields exactly as read, each as a varint
 * length (with a bit telling whether it holds a CSV special character), UTF-8 bytes and a varint count of
 * trailing spaces. Unpacking yields the same fields, so exports reproduce the input columns exactly.
 */
final class SourceBlockCodec {
    private SourceBlockCodec() {
    }

    /** The 95 fields of a row in block form (without its line number); safe on any thread. */
    static byte[] encodeFields(DojRecord r) {
        Bytes b = new Bytes(r.chars().length + 3 * DojColumn.COUNT);
        char[] chars = r.chars();
        for (int i = 0; i < DojColumn.COUNT; i++) {
            b.csvField(chars, r.start(i), r.end(i));
        }
        return b.toArray();
    }

    /** Appends a row given by its line number and its encoded fields. */
    static void append(Bytes block, long line, byte[] encodedFields) {
        block.varint(line);
        block.bytes(encodedFields);
    }

    /** Calls {@code each} once per row of the block, reusing {@code row}. */
    static void forEach(byte[] data, long firstRow, EncodedRow row, Consumer<EncodedRow> each) {
        Bytes.Reader in = new Bytes.Reader(data);
        long index = firstRow;
        while (in.hasMore()) {
            long line = in.varint();
            for (int i = 0; i < DojColumn.COUNT; i++) {
                long head = in.varint();
                int n = (int) (head >>> 1);
                int start = in.position();
                in.skip(n);
                row.setField(i, data, start, start + n, (int) in.varint(), (head & 1) != 0);
            }
            row.setPosition(index++, line);
            each.accept(row);
        }
    }
}
