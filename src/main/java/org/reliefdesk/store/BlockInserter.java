package org.reliefdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the blocks of one imported file's stored rows, numbered in order: {@code source_block} for a DOJ file,
 * {@code court_block} for a court export (same columns).
 */
final class BlockInserter implements AutoCloseable {
    private final PreparedStatement insert;
    private final int batchId;
    private int blockNo;

    BlockInserter(Connection c, String table, int batchId) throws SQLException {
        this.batchId = batchId;
        insert = c.prepareStatement("INSERT INTO " + table + " (batch_id, block_no, first_row, row_count, data)"
                + " VALUES (?, ?, ?, ?, ?)");
    }

    /** Writes the next block: {@code rowCount} rows from row {@code firstRow}, packed in {@code data}. */
    void write(long firstRow, int rowCount, byte[] data) {
        try {
            insert.setInt(1, batchId);
            insert.setInt(2, blockNo++);
            insert.setLong(3, firstRow);
            insert.setInt(4, rowCount);
            insert.setBytes(5, data);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
