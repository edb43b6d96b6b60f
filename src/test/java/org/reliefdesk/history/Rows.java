package org.reliefdesk.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;

/**
 * Fabricated rows of one subject, built the way the reader hands them over: each {@link #add} turns a row into
 * a {@link HistoryRow} of the current batch with the next row index and file line.
 */
final class Rows {
    static final String SUBJECT = "5550001";

    private final List<HistoryRow> rows = new ArrayList<>();
    private int batch = 1;
    private long rowIndex;

    /** A fresh 95-field row of {@link #SUBJECT}: a court-action conviction of the given count. */
    static Row conviction(String cntOrder) {
        return new Row()
                .with(DojColumn.CNT_ORDER, cntOrder)
                .with(DojColumn.STP_TYPE_DESCR, "COURT ACTION")
                .with(DojColumn.STP_EVENT_DATE, "20150310")
                .with(DojColumn.OFFENSE_DESCR, "11357(B) HS-POSSESS MARIJUANA")
                .with(DojColumn.DISP_DESCR, "CONVICTED-PROBATION")
                .with(DojColumn.CONV_STAT_DESCR, "MISDEMEANOR");
    }

    /** A fresh row of {@link #SUBJECT} with only the count and step type set. */
    static Row step(String cntOrder, String stepType) {
        return new Row().with(DojColumn.CNT_ORDER, cntOrder).with(DojColumn.STP_TYPE_DESCR, stepType);
    }

    /** Rows added after this call belong to the given import batch (file), numbered from 0 again. */
    Rows batch(int batch) {
        this.batch = batch;
        this.rowIndex = 0;
        return this;
    }

    Rows add(Row row) {
        long index = rowIndex++;
        rows.add(HistoryRow.of(batch, index, new DojRecord("batch" + batch + ".csv", index + 1, row.fields())));
        return this;
    }

    PersonHistory build() {
        return HistoryBuilder.build(new SubjectInfo(SUBJECT, "DOE,JANE", "19800101", "A0001", "F"), rows);
    }

    /** One fabricated row: fields set exactly as they would appear in the file. */
    static final class Row {
        private final String[] fields = new String[DojColumn.COUNT];

        private Row() {
            Arrays.fill(fields, "");
            fields[DojColumn.SUBJECT_ID.index()] = SUBJECT;
        }

        Row with(DojColumn column, String asRead) {
            fields[column.index()] = asRead;
            return this;
        }

        Row sentence(String location, String length, String unit) {
            return with(DojColumn.SENT_LOC_DESCR, location).with(DojColumn.SENT_LENGTH, length)
                    .with(DojColumn.SENT_TIME_CODE, unit);
        }

        String[] fields() {
            return fields.clone();
        }
    }
}
