package org.reliefdesk.history;

import org.junit.jupiter.api.Test;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** A history row keeps the values exactly as read, with where the row came from. */
final class HistoryRowTest {

    private static DojRecord record(Rows.Row row) {
        return new DojRecord("county.dat", 42, row.fields());
    }

    @Test
    void keepsPaddingAndNullAsRead() {
        HistoryRow r = HistoryRow.of(3, 7, record(Rows.conviction(" 101001002000 ")
                .with(DojColumn.OFFENSE_DESCR, "11357(B) HS-POSSESS MARIJUANA   ")
                .with(DojColumn.CYC_DATE, "NULL")
                .with(DojColumn.SENT_LENGTH, "  6")
                .with(DojColumn.COMMENT_TEXT, " SEE DOCKET ")));

        assertThat(r.batch()).isEqualTo(3);
        assertThat(r.rowIndex()).isEqualTo(7);
        assertThat(r.line()).isEqualTo(42);
        assertThat(r.cntOrder()).isEqualTo(" 101001002000 ");
        assertThat(r.offense()).isEqualTo("11357(B) HS-POSSESS MARIJUANA   ");
        assertThat(r.cycleDate()).isEqualTo("NULL");
        assertThat(r.sentenceLength()).isEqualTo("  6");
        assertThat(r.comment()).isEqualTo(" SEE DOCKET ");
    }

    @Test
    void takesEachFactFromItsOwnColumn() {
        Rows.Row row = Rows.step("101001002000", "COURT ACTION");
        DojColumn[] columns = {DojColumn.CYC_DATE, DojColumn.STP_EVENT_DATE, DojColumn.STP_ORI_CNTY_NAME,
                DojColumn.STP_ORI_DESCR, DojColumn.DISP_DATE, DojColumn.OFN, DojColumn.OFFENSE_DESCR,
                DojColumn.OFFENSE_TOC, DojColumn.DISP_DESCR, DojColumn.CONV_STAT_DESCR, DojColumn.SENT_LOC_DESCR,
                DojColumn.SENT_LENGTH, DojColumn.SENT_TIME_CODE, DojColumn.COMMENT_TEXT};
        for (DojColumn c : columns) {
            row.with(c, c.name());
        }

        HistoryRow r = HistoryRow.of(1, 0, record(row));

        assertThat(r.cycleDate()).isEqualTo("CYC_DATE");
        assertThat(r.stepDate()).isEqualTo("STP_EVENT_DATE");
        assertThat(r.stepType()).isEqualTo("COURT ACTION");
        assertThat(r.county()).isEqualTo("STP_ORI_CNTY_NAME");
        assertThat(r.court()).isEqualTo("STP_ORI_DESCR");
        assertThat(r.dispositionDate()).isEqualTo("DISP_DATE");
        assertThat(r.ofn()).isEqualTo("OFN");
        assertThat(r.offense()).isEqualTo("OFFENSE_DESCR");
        assertThat(r.offenseToc()).isEqualTo("OFFENSE_TOC");
        assertThat(r.disposition()).isEqualTo("DISP_DESCR");
        assertThat(r.convictionStatus()).isEqualTo("CONV_STAT_DESCR");
        assertThat(r.sentenceLocation()).isEqualTo("SENT_LOC_DESCR");
        assertThat(r.sentenceLength()).isEqualTo("SENT_LENGTH");
        assertThat(r.sentenceTimeCode()).isEqualTo("SENT_TIME_CODE");
        assertThat(r.comment()).isEqualTo("COMMENT_TEXT");
    }

    @Test
    void cutsCycleAndStepKeysOutOfTheCountOrder() {
        HistoryRow r = HistoryRow.of(1, 0, record(Rows.step(" 102003004000 ", " court action ")));

        assertThat(r.countKey()).isEqualTo("102003004000");
        assertThat(r.cycle()).isEqualTo("102");
        assertThat(r.step()).isEqualTo("102003");
        assertThat(r.stepKind()).isEqualTo("COURT ACTION");
    }

    @Test
    void hasNoStepWhenCountOrderIsTooShort() {
        HistoryRow r = HistoryRow.of(1, 0, record(Rows.step("1010", "COURT ACTION")));

        assertThat(r.cycle()).isEqualTo("101");
        assertThat(r.step()).isEmpty();
    }

    @Test
    void isAConvictionOnlyWhenDispositionStartsWithConvicted() {
        assertThat(HistoryRow.of(1, 0, record(Rows.conviction("1").with(DojColumn.DISP_DESCR, " Convicted-Jail")))
                .isConviction()).isTrue();
        assertThat(HistoryRow.of(1, 0, record(Rows.conviction("1").with(DojColumn.DISP_DESCR, "NOT CONVICTED")))
                .isConviction()).isFalse();
        assertThat(HistoryRow.of(1, 0, record(Rows.conviction("1").with(DojColumn.DISP_DESCR, "NULL")))
                .isConviction()).isFalse();
    }

    @Test
    void neverShowsFieldValuesInItsText() {
        HistoryRow r = HistoryRow.of(2, 5, record(Rows.conviction("101001002000")
                .with(DojColumn.COMMENT_TEXT, "PRIVATE NOTE")));

        assertThat(r.toString()).doesNotContain("PRIVATE").doesNotContain("11357");
    }
}
