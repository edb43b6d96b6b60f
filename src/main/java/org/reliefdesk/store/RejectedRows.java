package org.reliefdesk.store;

import org.reliefdesk.doj.RowProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The rows set aside from one imported file (DOJ or court), written to {@code rejected_row} in JDBC batches. */
final class RejectedRows implements AutoCloseable {
    private static final int BATCH = 2000;
    private final PreparedStatement insert;
    private final int batchId;
    private int pending;

    RejectedRows(Connection c, int batchId) throws SQLException {
        this.batchId = batchId;
        insert = c.prepareStatement("INSERT INTO rejected_row (batch_id, line, reason, raw) VALUES (?, ?, ?, ?)");
    }

    void add(RowProblem p) {
        try {
            insert.setInt(1, batchId);
            insert.setLong(2, p.line());
            insert.setString(3, p.reason());
            insert.setString(4, p.raw());
            insert.addBatch();
            if (++pending >= BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    void flush() throws SQLException {
        insert.executeBatch();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
