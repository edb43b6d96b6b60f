package org.reliefdesk.store;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.history.HistoryRow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;

/** Small fabricated rows and raw SQL look-ups shared by the store tests. */
final class StoreFixtures {
    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);

    private StoreFixtures() {
    }

    /** A 95-field DOJ row: every field empty except the given ones. */
    static DojRecord record(String file, long line, Map<DojColumn, String> values) {
        String[] fields = new String[DojColumn.COUNT];
        Arrays.fill(fields, "");
        values.forEach((c, v) -> fields[c.index()] = v);
        return new DojRecord(file, line, fields);
    }

    /** A Prop 64 conviction row of {@code subject} in SACRAMENTO. */
    static DojRecord convictionRecord(String file, long line, String subject, String cntOrder) {
        return record(file, line, Map.of(DojColumn.SUBJECT_ID, subject, DojColumn.PRI_NAME, "DOE,JANE",
                DojColumn.PRI_DOB, "19700101", DojColumn.CNT_ORDER, cntOrder, DojColumn.STP_TYPE_DESCR,
                "COURT ACTION", DojColumn.STP_EVENT_DATE, "20100505", DojColumn.STP_ORI_CNTY_NAME, "SACRAMENTO",
                DojColumn.OFFENSE_DESCR, "11357(B) HS-POSSESS MARIJUANA", DojColumn.DISP_DESCR, "CONVICTED-JAIL",
                DojColumn.CONV_STAT_DESCR, "MISDEMEANOR"));
    }

    static HistoryRow historyRow(int batch, long rowIndex, DojRecord r) {
        return HistoryRow.of(batch, rowIndex, r);
    }

    static ImportRepository.BatchStart start(String fileName) {
        return new ImportRepository.BatchStart(fileName, "/data/" + fileName, 1234, "f".repeat(64),
                "2024-01-02T03:04:05Z", "test");
    }

    static ImportRepository.BatchEnd end(String sha, long accepted, long rejected) {
        return new ImportRepository.BatchEnd(sha, true, accepted + rejected, accepted, rejected, 0, 0,
                "{\"SACRAMENTO\":" + accepted + "}", "2024-01-02T03:04:06Z");
    }

    /** Number of rows in a table, through the workspace's own connection. */
    static long count(Workspace w, String table) {
        return w.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static int userVersion(Workspace w) {
        return w.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Runs one statement on the workspace's connection (auto-commit). */
    static int execute(Workspace w, String sql) {
        return w.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return ps.executeUpdate();
            }
        });
    }
}
