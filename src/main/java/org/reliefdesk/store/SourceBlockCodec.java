package org.reliefdesk.store;

import org.reliefdesk.doj.CsvCell;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.EncodedRow;

import java.util.function.Consumer;

/**
 * Packs accepted rows into a block. Each row is its file line, then 95 varints (the length of each field's
 * cell, shifted left once, plus 1 when an apostrophe was put before a formula-like value), then the 95 cells
 * end to end, each already written as Go's CSV writes it ({@link CsvCell}) with runs of spaces packed. Exports
 * copy cells as they are; {@link EncodedRow#field} gives every value back exactly as read.
 */
final class SourceBlockCodec {
    private SourceBlockCodec() {
    }

    /** Working buffers of one thread: a row is built in them and leaves as one exact array. */
    private static final class Scratch {
        final Bytes body = new Bytes(4096);
        final Bytes out = new Bytes(4096);
        final long[] heads = new long[DojColumn.COUNT];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A row's cells in block form (without its line number); safe on any thread. */
    static byte[] encodeFields(DojRecord r) {
        char[] chars = r.chars();
        Scratch scratch = SCRATCH.get();
        Bytes body = scratch.body;
        body.clear();
        long[] heads = scratch.heads;
        for (int i = 0; i < DojColumn.COUNT; i++) {
            int s = r.start(i);
            int e = r.end(i);
            boolean risky = CsvCell.isRisky(chars, s, e);
            boolean quote = CsvCell.needsQuotes(chars, s, e, risky);
            int before = body.size();
            if (quote) {
                body.raw('"');
            }
            if (risky) {
                body.raw('\'');
            }
            body.cellChars(chars, s, e, quote);
            if (quote) {
                body.raw('"');
            }
            heads[i] = ((long) (body.size() - before) << 1) | (risky ? 1 : 0);
        }
        Bytes out = scratch.out;
        out.clear();
        for (long h : heads) {
            out.varint(h);
        }
        out.append(body);
        return out.toArray();
    }

    /** Appends a row given by its line number and its encoded cells. */
    static void append(Bytes block, long line, byte[] encodedFields) {
        block.varint(line);
        block.bytes(encodedFields);
    }

    /** Calls {@code each} once per row of the block, reusing {@code row}. */
    static void forEach(byte[] data, long firstRow, EncodedRow row, Consumer<EncodedRow> each) {
        Bytes.Reader in = new Bytes.Reader(data);
        long[] heads = new long[DojColumn.COUNT];
        long index = firstRow;
        while (in.hasMore()) {
            // One call per row keeps this loop small: the JIT compiles it once rather than once per inner loop.
            readRow(in, data, heads, row, index++);
            each.accept(row);
        }
    }

    private static void readRow(Bytes.Reader in, byte[] data, long[] heads, EncodedRow row, long index) {
        long line = in.varint();
        for (int i = 0; i < DojColumn.COUNT; i++) {
            heads[i] = in.varint();
        }
        int at = in.position();
        for (int i = 0; i < DojColumn.COUNT; i++) {
            int len = (int) (heads[i] >>> 1);
            row.setCell(i, data, at, at + len, (heads[i] & 1) != 0);
            at += len;
        }
        in.skip(at - in.position());
        row.setPosition(index, line);
    }
}
