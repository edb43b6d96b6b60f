package org.reliefdesk.store;

import org.reliefdesk.doj.EncodedRow;
import org.reliefdesk.doj.RowProblem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Consumer;

/** The rows of each imported file as read (for exports), and the rows that were set aside. */
public final class SourceRepository {
    private final Workspace workspace;

    public SourceRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Streams the accepted rows of one file in file order; the row object is reused between calls. */
    public void forEachRow(int batchId, Consumer<EncodedRow> each) {
        workspace.read(c -> {
            EncodedRow row = new EncodedRow();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT first_row, data FROM source_block WHERE batch_id = ? ORDER BY block_no")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SourceBlockCodec.forEach(rs.getBytes(2), rs.getLong(1), row, each);
                    }
                }
            }
            return null;
        });
    }

    /** A stored block of consecutive accepted rows; immutable, so another thread may decode it. */
    public record Block(long firstRow, int rowCount, byte[] data) {
        /** Calls {@code each} for every row of the block, refilling {@code reuse}. */
        public void forEachRow(EncodedRow reuse, Consumer<EncodedRow> each) {
            SourceBlockCodec.forEach(data, firstRow, reuse, each);
        }
    }

    /** Streams the stored blocks of one file in file order. */
    public void forEachBlock(int batchId, Consumer<Block> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT first_row, row_count, data FROM source_block WHERE batch_id = ? ORDER BY block_no")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new Block(rs.getLong(1), rs.getInt(2), rs.getBytes(3)));
                    }
                }
            }
            return null;
        });
    }

    /** The first row set aside from one file (by line), if any. */
    public Optional<RowProblem> firstRejected(int batchId, String fileName) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT line, reason, raw FROM rejected_row WHERE batch_id = ? ORDER BY line, id LIMIT 1")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new RowProblem(fileName, rs.getLong(1), rs.getString(2),
                            rs.getString(3))) : Optional.<RowProblem>empty();
                }
            }
        });
    }

    /** Streams the rows set aside from one file, by line. */
    public void forEachRejected(int batchId, String fileName, Consumer<RowProblem> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT line, reason, raw FROM rejected_row WHERE batch_id = ? ORDER BY line, id")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new RowProblem(fileName, rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return null;
        });
    }
}
