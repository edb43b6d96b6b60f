package org.reliefdesk.history;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.DojText;

import java.util.Locale;

/**
 * The fields of one DOJ row that a person's history needs, exactly as read (padding and {@code NULL} kept, so
 * gogen-compatible mode can compare them as gogen did), with where the row came from: its import batch, its
 * 0-based position among that batch's accepted rows, and its file line. Default-mode readers clean values with
 * {@link org.reliefdesk.doj.DojText#clean}.
 */
public record HistoryRow(int batch, long rowIndex, long line,
                         String cntOrder, String cycleDate, String stepDate, String stepType, String county,
                         String court, String dispositionDate, String ofn, String offense, String offenseToc,
                         String disposition, String convictionStatus, String sentenceLocation,
                         String sentenceLength, String sentenceTimeCode, String comment) {

    /** Takes the history facts out of an accepted DOJ row. */
    public static HistoryRow of(int batch, long rowIndex, DojRecord r) {
        return new HistoryRow(batch, rowIndex, r.line(),
                r.raw(DojColumn.CNT_ORDER), r.raw(DojColumn.CYC_DATE), r.raw(DojColumn.STP_EVENT_DATE),
                r.raw(DojColumn.STP_TYPE_DESCR), r.raw(DojColumn.STP_ORI_CNTY_NAME),
                r.raw(DojColumn.STP_ORI_DESCR), r.raw(DojColumn.DISP_DATE), r.raw(DojColumn.OFN),
                r.raw(DojColumn.OFFENSE_DESCR), r.raw(DojColumn.OFFENSE_TOC), r.raw(DojColumn.DISP_DESCR),
                r.raw(DojColumn.CONV_STAT_DESCR), r.raw(DojColumn.SENT_LOC_DESCR),
                r.raw(DojColumn.SENT_LENGTH), r.raw(DojColumn.SENT_TIME_CODE), r.raw(DojColumn.COMMENT_TEXT));
    }

    /** A conviction row: its disposition starts with {@code CONVICTED} (after cleaning, any case). */
    public boolean isConviction() {
        return DojText.clean(disposition).toUpperCase(Locale.ROOT).startsWith("CONVICTED");
    }

    /** CNT_ORDER cleaned of padding. */
    public String countKey() {
        return DojText.clean(cntOrder);
    }

    /** The cycle key: the first 3 digits of CNT_ORDER, or empty when CNT_ORDER is too short. */
    public String cycle() {
        String c = countKey();
        return c.length() >= 3 ? c.substring(0, 3) : "";
    }

    /** The step key: the first 6 digits of CNT_ORDER, or empty when CNT_ORDER is too short. */
    public String step() {
        String c = countKey();
        return c.length() >= 6 ? c.substring(0, 6) : "";
    }

    /** The step type ({@code STP_TYPE_DESCR}) cleaned and upper-cased. */
    public String stepKind() {
        return DojText.clean(stepType).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "HistoryRow[" + batch + ":" + rowIndex + " line " + line + "]";
    }
}
