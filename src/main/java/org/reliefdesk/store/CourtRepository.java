package org.reliefdesk.store;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.RowProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Court exports imported into the workspace: each file's rows as read through its mapping, stored in blocks, its
 * rows set aside, and the mapping it was read with; one file per transaction, together with whatever the caller
 * does before the commit (linking), so a workspace never holds court rows that are not linked.
 */
public final class CourtRepository {
    static final int BLOCK_ROWS = 1024;
    private static final int BATCH = 2000;

    private final Workspace workspace;

    public CourtRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One imported court file. */
    public record CourtBatch(int id, String fileName, String filePath, long sizeBytes, String sha256, long rowsRead,
                             long rowsAccepted, long rowsRejected, String mappingName, String mappingJson,
                             String county, String readAs, String newestDisposition, long convictions,
                             String importedAt, List<String> headers, char separator) {
    }

    /** What is known before the rows are read. */
    public record Start(String fileName, String filePath, long sizeBytes, String startedAt, String appVersion,
                        String mappingName, String mappingJson, String county) {
    }

    /** What is known once they are. */
    public record End(String sha256, long rowsRead, long accepted, long rejected, String readAs,
                      List<String> headers, char separator, String newestDisposition, long convictions,
                      String finishedAt) {
    }

    /** Receives the file's rows while it is read. */
    public interface Writer {
        int batchId();

        void row(CourtRow row);

        void rejected(RowProblem problem);
    }

    /** Reads the file into the writer. */
    @FunctionalInterface
    public interface Work {
        End run(Writer writer) throws Exception;
    }

    /** What to do in the same transaction once the rows are stored (e.g. link every court person again). */
    @FunctionalInterface
    public interface Then {
        void run(CourtBatch batch) throws Exception;
    }

    /**
     * Stores one court file in a single transaction with what {@code then} does: all of it or nothing.
     *
     * @throws DuplicateFileException when a file with the same SHA-256 is in the workspace already
     */
    public CourtBatch write(Start start, Work work, Then then) throws Exception {
        try {
            return workspace.inTransaction(c -> {
                int id = insertBatch(c, start);
                End end;
                try (BlockWriter w = new BlockWriter(c, id)) {
                    end = call(() -> work.run(w));
                    w.flush();
                }
                Optional<ImportBatch> existing = findAnyBySha(c, end.sha256());
                if (existing.isPresent()) {
                    throw new DuplicateFileException(existing.get());
                }
                finish(c, id, start, end);
                CourtBatch batch = batches(c, "WHERE b.id = " + id).get(0);
                call(() -> {
                    then.run(batch);
                    return null;
                });
                return batch;
            });
        } catch (WrappedException e) {
            throw e.cause;
        }
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> call) throws SQLException {
        try {
            return call.run();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WrappedException(e);
        }
    }

    /** Carries a checked exception of the caller's work through the transaction wrapper. */
    private static final class WrappedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Exception cause;

        WrappedException(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static int insertBatch(Connection c, Start s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, file_path, size_bytes,"
                + " sha256, fingerprint, header_present, rows_read, rows_accepted, rows_rejected, blank_lines,"
                + " non_utf8_lines, counties_json, started_at, finished_at, app_version, convictions_indexed, kind)"
                + " VALUES (?, ?, ?, ?, '', 1, 0, 0, 0, 0, 0, '{}', ?, '', ?, 1, 'court')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.fileName());
            ps.setString(2, s.filePath());
            ps.setLong(3, s.sizeBytes());
            ps.setString(4, "pending:court:" + System.nanoTime());
            ps.setString(5, s.startedAt());
            ps.setString(6, s.appVersion());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static void finish(Connection c, int id, Start s, End e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET sha256 = ?, rows_read = ?,"
                + " rows_accepted = ?, rows_rejected = ?, counties_json = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, e.sha256());
            ps.setLong(2, e.rowsRead());
            ps.setLong(3, e.accepted());
            ps.setLong(4, e.rejected());
            ps.setString(5, "{\"" + s.county() + "\": " + e.accepted() + "}");
            ps.setString(6, e.finishedAt());
            ps.setInt(7, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO court_import (batch_id, mapping_name,"
                + " mapping_json, county, read_as, headers, separator, newest_disposition, convictions)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, s.mappingName());
            ps.setString(3, s.mappingJson());
            ps.setString(4, s.county());
            ps.setString(5, e.readAs());
            ps.setString(6, String.join("\u001F", e.headers()));
            ps.setString(7, String.valueOf(e.separator()));
            ps.setString(8, e.newestDisposition());
            ps.setLong(9, e.convictions());
            ps.executeUpdate();
        }
    }

    /** Every imported court file, oldest first. */
    public List<CourtBatch> batches() {
        return workspace.read(c -> batches(c, "ORDER BY b.id"));
    }

    /** The imported file (of any kind) with this SHA-256, if any. */
    public Optional<ImportBatch> findAnyBySha(String sha256) {
        return workspace.read(c -> findAnyBySha(c, sha256));
    }

    private static Optional<ImportBatch> findAnyBySha(Connection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, file_path, size_bytes, sha256,"
                + " header_present, rows_read, rows_accepted, rows_rejected, blank_lines, non_utf8_lines, counties_json,"
                + " started_at, finished_at, app_version FROM import_batch WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ImportBatch(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getInt(6) != 0, rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15))) : Optional.empty();
            }
        }
    }

    private static List<CourtBatch> batches(Connection c, String tail) throws SQLException {
        List<CourtBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.file_name, b.file_path, b.size_bytes, b.sha256,"
                + " b.rows_read, b.rows_accepted, b.rows_rejected, i.mapping_name, i.mapping_json, i.county, i.read_as,"
                + " i.newest_disposition, i.convictions, b.finished_at, i.headers, i.separator FROM import_batch b"
                + " JOIN court_import i ON i.batch_id = b.id " + tail);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CourtBatch(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getLong(14), rs.getString(15),
                        List.of(rs.getString(16).split("\u001F", -1)), rs.getString(17).charAt(0)));
            }
        }
        return out;
    }

    /** Streams one court file's accepted rows in file order. */
    public void forEachRow(int batchId, Consumer<CourtRow> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_row, row_count, data FROM court_block"
                    + " WHERE batch_id = ? ORDER BY block_no")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CourtRowCodec.forEach(rs.getBytes(3), rs.getLong(1), rs.getInt(2), each);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Streams one court file's conviction rows in file order, without their identity values (see
     * {@link CourtRowCodec#forEachConviction}): what a run needs to decide them.
     */
    public void forEachConviction(int batchId, Consumer<CourtRow> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_row, row_count, data FROM court_block"
                    + " WHERE batch_id = ? ORDER BY block_no")) {
                ps.setInt(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CourtRowCodec.forEachConviction(rs.getBytes(3), rs.getLong(1), rs.getInt(2), each);
                    }
                }
            }
            return null;
        });
    }

    /** Some rows of one court file, by row index (in the order of their blocks). */
    public List<CourtRow> rows(int batchId, List<Long> rowIndexes) {
        List<CourtRow> out = new ArrayList<>();
        if (rowIndexes.isEmpty()) {
            return out;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(rowIndexes);
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_row, row_count, data FROM court_block"
                    + " WHERE batch_id = ? AND first_row <= ? AND first_row + row_count > ? ORDER BY block_no")) {
                for (long block : rowIndexes.stream().map(i -> i / BLOCK_ROWS).distinct().sorted().toList()) {
                    ps.setInt(1, batchId);
                    ps.setLong(2, block * BLOCK_ROWS + BLOCK_ROWS - 1);
                    ps.setLong(3, block * BLOCK_ROWS);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            CourtRowCodec.forEach(rs.getBytes(3), rs.getLong(1), rs.getInt(2), r -> {
                                if (wanted.contains(r.rowIndex())) {
                                    out.add(r);
                                }
                            });
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Packs rows into blocks of {@link #BLOCK_ROWS} and rejected rows into JDBC batches. */
    private static final class BlockWriter implements Writer, AutoCloseable {
        private final int batchId;
        private final PreparedStatement block;
        private final PreparedStatement rejected;
        private final Bytes bytes = new Bytes(1 << 18);
        private int blockNo;
        private long rows;
        private long firstRow;
        private int blockRows;
        private long lastLine;
        private int pendingRejected;

        BlockWriter(Connection c, int batchId) throws SQLException {
            this.batchId = batchId;
            block = c.prepareStatement("INSERT INTO court_block (batch_id, block_no, first_row, row_count, data)"
                    + " VALUES (?, ?, ?, ?, ?)");
            rejected = c.prepareStatement("INSERT INTO rejected_row (batch_id, line, reason, raw) VALUES (?, ?, ?, ?)");
        }

        @Override
        public int batchId() {
            return batchId;
        }

        @Override
        public void row(CourtRow r) {
            if (r.rowIndex() != rows) {
                throw new IllegalArgumentException("court rows must come in order: expected row " + rows);
            }
            if (blockRows == 0) {
                firstRow = rows;
                lastLine = 0;
            }
            CourtRowCodec.append(bytes, lastLine, r);
            lastLine = r.line();
            rows++;
            if (++blockRows >= BLOCK_ROWS) {
                writeBlock();
            }
        }

        private void writeBlock() {
            if (blockRows == 0) {
                return;
            }
            try {
                block.setInt(1, batchId);
                block.setInt(2, blockNo++);
                block.setLong(3, firstRow);
                block.setInt(4, blockRows);
                block.setBytes(5, bytes.toArray());
                block.executeUpdate();
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            bytes.clear();
            blockRows = 0;
        }

        @Override
        public void rejected(RowProblem p) {
            try {
                rejected.setInt(1, batchId);
                rejected.setLong(2, p.line());
                rejected.setString(3, p.reason());
                rejected.setString(4, p.raw());
                rejected.addBatch();
                if (++pendingRejected >= BATCH) {
                    rejected.executeBatch();
                    pendingRejected = 0;
                }
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        void flush() throws SQLException {
            writeBlock();
            rejected.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            block.close();
            rejected.close();
        }
    }
}
