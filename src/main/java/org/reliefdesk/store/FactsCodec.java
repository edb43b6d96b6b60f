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

    /** The facts of one row without its position, straight from its characters; safe on any thread. */
    static byte[] encodeRow(DojRecord r) {
        Bytes b = new Bytes(256);
        char[] chars = r.chars();
        for (DojColumn c : COLUMNS) {
            b.paddedChars(chars, r.start(c.index()), r.end(c.index()));
        }
        return b.toArray();
    }

    /** The facts of one row without its position; safe on any thread. */
    static byte[] encodeRow(HistoryRow r) {
        Bytes b = new Bytes(256);
        values(r, b);
        return b.toArray();
    }

    /** A part's blob from its rows' positions and their {@link #encodeRow} bytes. */
    static byte[] encode(List<HistoryRow> rows, List<byte[]> encodedRows, Bytes scratch) {
        scratch.clear();
        scratch.varint(rows.size());
        long lastIndex = 0;
        long lastLine = 0;
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow r = rows.get(i);
            scratch.varint(r.rowIndex() - lastIndex);
            scratch.varint(r.line() - lastLine);
            lastIndex = r.rowIndex();
            lastLine = r.line();
            scratch.bytes(encodedRows.get(i));
        }
        return scratch.toArray();
    }

    static byte[] encode(List<HistoryRow> rows, Bytes scratch) {
        List<byte[]> encoded = new java.util.ArrayList<>(rows.size());
        for (HistoryRow r : rows) {
            encoded.add(encodeRow(r));
        }
        return encode(rows, encoded, scratch);
    }

    private static void values(HistoryRow r, Bytes scratch) {
            scratch.paddedString(r.cntOrder());
            scratch.paddedString(r.cycleDate());
            scratch.paddedString(r.stepDate());
            scratch.paddedString(r.stepType());
            scratch.paddedString(r.county());
            scratch.paddedString(r.court());
            scratch.paddedString(r.dispositionDate());
            scratch.paddedString(r.ofn());
            scratch.paddedString(r.offense());
            scratch.paddedString(r.offenseToc());
            scratch.paddedString(r.disposition());
            scratch.paddedString(r.convictionStatus());
            scratch.paddedString(r.sentenceLocation());
            scratch.paddedString(r.sentenceLength());
            scratch.paddedString(r.sentenceTimeCode());
            scratch.paddedString(r.comment());
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
