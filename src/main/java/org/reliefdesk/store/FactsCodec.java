package org.reliefdesk.store;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.history.HistoryRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs the history facts of a run of one subject's rows (see {@link HistoryRow}) into a blob and back. Values
 * come back exactly as read, except COMMENT_TEXT, whose trailing padding is dropped (nothing compares it
 * exactly; the stored source rows keep it for the exports).
 */
final class FactsCodec {
    private FactsCodec() {
    }

    /** The columns a history needs, in the order {@link #decode} reads them back (see {@link HistoryRow#of}). */
    private static final DojColumn[] COLUMNS = {DojColumn.CNT_ORDER, DojColumn.CYC_DATE, DojColumn.STP_EVENT_DATE,
            DojColumn.STP_TYPE_DESCR, DojColumn.STP_ORI_CNTY_NAME, DojColumn.STP_ORI_DESCR, DojColumn.DISP_DATE,
            DojColumn.OFN, DojColumn.OFFENSE_DESCR, DojColumn.OFFENSE_TOC, DojColumn.DISP_DESCR,
            DojColumn.CONV_STAT_DESCR, DojColumn.SENT_LOC_DESCR, DojColumn.SENT_LENGTH, DojColumn.SENT_TIME_CODE,
            DojColumn.COMMENT_TEXT};

    /** A working buffer per thread: a row's facts leave it as one exact array. */
    private static final ThreadLocal<Bytes> SCRATCH = ThreadLocal.withInitial(() -> new Bytes(4096));

    /** The facts of one row without its position, straight from its characters; safe on any thread. */
    static byte[] encodeRow(DojRecord r) {
        Bytes b = SCRATCH.get();
        b.clear();
        char[] chars = r.chars();
        for (DojColumn c : COLUMNS) {
            b.paddedChars(chars, r.start(c.index()), r.end(c.index()));
        }
        return b.toArray();
    }

    /** Collects one part's rows (position and {@link #encodeRow} bytes) into its blob. */
    static final class PartBuilder {
        private final Bytes rows = new Bytes(64 << 10);
        private int count;
        private long firstRow = -1;
        private long lastIndex;
        private long lastLine;

        void add(long rowIndex, long line, byte[] encodedRow) {
            if (count == 0) {
                firstRow = rowIndex;
            }
            rows.varint(rowIndex - lastIndex);
            rows.varint(line - lastLine);
            rows.bytes(encodedRow);
            lastIndex = rowIndex;
            lastLine = line;
            count++;
        }

        int count() {
            return count;
        }

        long firstRow() {
            return firstRow;
        }

        byte[] blob() {
            Bytes out = new Bytes(Bytes.varintSize(count) + rows.size());
            out.varint(count);
            out.append(rows);
            return out.exactBuffer();
        }

        void clear() {
            rows.clear();
            count = 0;
            firstRow = -1;
            lastIndex = 0;
            lastLine = 0;
        }
    }

    static List<HistoryRow> decode(int batch, byte[] blob, List<HistoryRow> into) {
        Bytes.Reader in = new Bytes.Reader(blob);
        int n = (int) in.varint();
        List<HistoryRow> out = into != null ? into : new ArrayList<>(n);
        long index = 0;
        long line = 0;
        for (int i = 0; i < n; i++) {
            index += in.varint();
            line += in.varint();
            out.add(new HistoryRow(batch, index, line, in.paddedString(), in.paddedString(), in.paddedString(),
                    in.paddedString(), in.paddedString(), in.paddedString(), in.paddedString(), in.paddedString(),
                    in.paddedString(), in.paddedString(), in.paddedString(), in.paddedString(), in.paddedString(),
                    in.paddedString(), in.paddedString(), in.paddedString()));
        }
        return out;
    }
}
