package org.reliefdesk.store;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.IdentityKeys;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.SubjectInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Import batches: writing one file's rows, facts, convictions and rejected rows in a single transaction. */
public final class ImportRepository {
    /** Rows per stored block; a block is also closed once it passes {@link #BLOCK_BYTES}. */
    static final int BLOCK_ROWS = 1024;
    static final int BLOCK_BYTES = 1 << 20;
    private static final int BATCH = 2000;

    private final Workspace workspace;

    public ImportRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What is known of a file before its rows are read. */
    public record BatchStart(String fileName, String filePath, long sizeBytes, String fingerprint,
                             String startedAt, String appVersion) {
    }

    /** What is known once every row was read. */
    public record BatchEnd(String sha256, boolean header, long rowsRead, long accepted, long rejected,
                           long blankLines, long nonUtf8Lines, String countiesJson, String finishedAt) {
    }

    /**
     * A row turned into its stored forms ahead of time, on a parse thread, with the two values the writer
     * thread groups and counts by (its person and its county).
     */
    public record PreparedRow(byte[] fields, byte[] facts, String subjectId, String county, String countOrder,
                              String ofnKey, String courtCaseKey) {
    }

    /** Encodes a row for storage; thread-safe, so parse threads can do it while the writer thread stores. */
    public static PreparedRow prepare(DojRecord record) {
        return new PreparedRow(SourceBlockCodec.encodeFields(record), FactsCodec.encodeRow(record),
                record.value(DojColumn.SUBJECT_ID), record.value(DojColumn.STP_ORI_CNTY_NAME),
                record.value(DojColumn.CNT_ORDER), IdentityKeys.caseNumber(record.value(DojColumn.OFN)),
                IdentityKeys.caseNumber(record.value(DojColumn.FE_NUM_CRT_CASE)));
    }

    /** Receives one file's content while it is read; everything lands in the workspace only if it all does. */
    public interface BatchWriter {
        /** The batch's id (valid inside the transaction). */
        int batchId();

        /** Starts a run of consecutive rows of one subject (a part); the previous one must be ended. */
        void startPart(SubjectInfo subject, String ssn, String cdl, String fbi);

        /** Stores a row, into the current part. */
        void row(DojRecord record, PreparedRow prepared);

        /** Ends the current part (stores its facts and counts it for its subject). */
        void endPart();

        void rejected(RowProblem problem);
    }

    /** The import's work: reads the file into the writer and says how it ended. */
    @FunctionalInterface
    public interface ImportWork {
        BatchEnd run(BatchWriter writer) throws Exception;
    }

    /**
     * Writes one batch in a single transaction: if {@code work} fails, is cancelled, or the process dies, the
     * workspace keeps no trace of it. Returns the stored batch.
     *
     * @throws StoreException when the file turns out to be in the workspace already (same SHA-256)
     */
    public ImportBatch write(BatchStart start, ImportWork work) throws Exception {
        try {
            return workspace.inTransaction(c -> {
                int id = insertBatch(c, start);
                try (Writer w = new Writer(c, id)) {
                    BatchEnd end;
                    try {
                        end = work.run(w);
                    } catch (SQLException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new WrappedWorkException(e);
                    }
                    w.flush();
                    Optional<ImportBatch> existing = findBySha(c, end.sha256());
                    if (existing.isPresent()) {
                        throw new DuplicateFileException(existing.get());
                    }
                    finishBatch(c, id, end);
                }
                return findById(c, id).orElseThrow();
            });
        } catch (WrappedWorkException e) {
            throw e.work;
        }
    }

    /** Carries a checked exception of the import work through the transaction wrapper. */
    private static final class WrappedWorkException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Exception work;

        WrappedWorkException(Exception work) {
            super(work);
            this.work = work;
        }
    }

    public Optional<ImportBatch> findBySha(String sha256) {
        return workspace.read(c -> findBySha(c, sha256));
    }

    /** Batches of the same size whose first megabyte hashes the same: candidates for a duplicate file. */
    public List<ImportBatch> findByFingerprint(long size, String fingerprint) {
        return workspace.read(c -> query(c, "WHERE size_bytes = ? AND fingerprint = ?", ps -> {
            ps.setLong(1, size);
            ps.setString(2, fingerprint);
        }));
    }

    /** The imported DOJ files, oldest first (court exports are {@link CourtRepository}'s). */
    public List<ImportBatch> batches() {
        return workspace.read(c -> query(c, "WHERE kind = 'doj' ORDER BY id", ps -> {
        }));
    }

    private static Optional<ImportBatch> findBySha(Connection c, String sha) throws SQLException {
        List<ImportBatch> list = query(c, "WHERE sha256 = ?", ps -> ps.setString(1, sha));
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static Optional<ImportBatch> findById(Connection c, int id) throws SQLException {
        List<ImportBatch> list = query(c, "WHERE id = ?", ps -> ps.setInt(1, id));
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<ImportBatch> query(Connection c, String where, Binder binder) throws SQLException {
        String sql = "SELECT id, file_name, file_path, size_bytes, sha256, header_present, rows_read, rows_accepted,"
                + " rows_rejected, blank_lines, non_utf8_lines, counties_json, started_at, finished_at, app_version"
                + " FROM import_batch " + where;
        List<ImportBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportBatch(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getInt(6) != 0, rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14),
                            rs.getString(15)));
                }
            }
        }
        return out;
    }

    private static int insertBatch(Connection c, BatchStart s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, file_path, size_bytes,"
                + " sha256, fingerprint, header_present, rows_read, rows_accepted, rows_rejected, blank_lines,"
                + " non_utf8_lines, counties_json, started_at, finished_at, app_version)"
                + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, '{}', ?, '', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.fileName());
            ps.setString(2, s.filePath());
            ps.setLong(3, s.sizeBytes());
            ps.setString(4, "pending:" + s.fingerprint() + ":" + System.nanoTime());
            ps.setString(5, s.fingerprint());
            ps.setString(6, s.startedAt());
            ps.setString(7, s.appVersion());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static void finishBatch(Connection c, int id, BatchEnd e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET sha256 = ?, header_present = ?,"
                + " rows_read = ?, rows_accepted = ?, rows_rejected = ?, blank_lines = ?, non_utf8_lines = ?,"
                + " counties_json = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, e.sha256());
            ps.setInt(2, e.header() ? 1 : 0);
            ps.setLong(3, e.rowsRead());
            ps.setLong(4, e.accepted());
            ps.setLong(5, e.rejected());
            ps.setLong(6, e.blankLines());
            ps.setLong(7, e.nonUtf8Lines());
            ps.setString(8, e.countiesJson());
            ps.setString(9, e.finishedAt());
            ps.setInt(10, id);
            ps.executeUpdate();
        }
    }

    /** Buffers rows into blocks and statements into JDBC batches. */
    private static final class Writer implements BatchWriter, AutoCloseable {
        private final int batchId;
        private final PreparedStatement block;
        private final PreparedStatement part;
        private final PreparedStatement cases;
        private final PreparedStatement subject;
        private final PreparedStatement rejected;
        private final Bytes blockBytes = new Bytes(BLOCK_BYTES + (64 << 10));
        private final FactsCodec.PartBuilder partFacts = new FactsCodec.PartBuilder();
        private final CaseKeysCodec.PartBuilder partCases = new CaseKeysCodec.PartBuilder();
        private SubjectInfo partSubject;
        private String[] partIds;
        private int blockNo;
        private long rowsSeen;
        private long blockFirstRow;
        private int blockRows;
        private int pendingRejected;
        private int pendingParts;
        private long nextPartId;

        Writer(Connection c, int batchId) throws SQLException {
            this.batchId = batchId;
            block = c.prepareStatement(
                    "INSERT INTO source_block (batch_id, block_no, first_row, row_count, data) VALUES (?, ?, ?, ?, ?)");
            part = c.prepareStatement("INSERT INTO subject_part (id, batch_id, subject_id, first_row, row_count, facts)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
            cases = c.prepareStatement("INSERT INTO part_case (part_id, subject_id, case_keys) VALUES (?, ?, ?)");
            try (PreparedStatement listed = c.prepareStatement(
                    "UPDATE import_batch SET case_keys_listed = 1 WHERE id = ?")) {
                listed.setInt(1, batchId);
                listed.executeUpdate();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM subject_part")) {
                rs.next();
                nextPartId = rs.getLong(1) + 1;
            }
            subject = c.prepareStatement("INSERT INTO subject (subject_id, name, dob, cii, gender, ssn, cdl, fbi,"
                    + " first_part_id, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                    + " ON CONFLICT (subject_id) DO UPDATE SET parts = parts + 1");
            rejected = c.prepareStatement("INSERT INTO rejected_row (batch_id, line, reason, raw) VALUES (?, ?, ?, ?)");
        }

        @Override
        public int batchId() {
            return batchId;
        }

        @Override
        public void startPart(SubjectInfo s, String ssn, String cdl, String fbi) {
            if (partSubject != null) {
                throw new IllegalStateException("a part is already open");
            }
            partSubject = s;
            partIds = new String[] {ssn, cdl, fbi};
        }

        @Override
        public void row(DojRecord record, PreparedRow prepared) {
            if (partSubject == null) {
                throw new IllegalStateException("no part is open");
            }
            if (blockRows == 0) {
                blockFirstRow = rowsSeen;
            }
            SourceBlockCodec.append(blockBytes, record.line(), prepared.fields());
            partFacts.add(rowsSeen, record.line(), prepared.facts());
            partCases.add(prepared.countOrder(), prepared.county(), prepared.ofnKey());
            partCases.add(prepared.countOrder(), prepared.county(), prepared.courtCaseKey());
            rowsSeen++;
            blockRows++;
            if (blockRows >= BLOCK_ROWS || blockBytes.size() >= BLOCK_BYTES) {
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
                block.setLong(3, blockFirstRow);
                block.setInt(4, blockRows);
                block.setBytes(5, blockBytes.toArray());
                block.executeUpdate();
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            blockBytes.clear();
            blockRows = 0;
        }

        @Override
        public void endPart() {
            SubjectInfo s = partSubject;
            if (s == null) {
                return;
            }
            partSubject = null;
            if (partFacts.count() == 0) {
                return;
            }
            try {
                long partId = nextPartId++;
                part.setLong(1, partId);
                part.setInt(2, batchId);
                part.setString(3, s.subjectId());
                part.setLong(4, partFacts.firstRow());
                part.setInt(5, partFacts.count());
                part.setBytes(6, partFacts.blob());
                part.addBatch();
                if (!partCases.isEmpty()) {
                    cases.setLong(1, partId);
                    cases.setString(2, s.subjectId());
                    cases.setBytes(3, partCases.blob());
                    cases.addBatch();
                }
                subject.setString(1, s.subjectId());
                subject.setString(2, s.name());
                subject.setString(3, s.dob());
                subject.setString(4, s.cii());
                subject.setString(5, s.gender());
                subject.setString(6, partIds[0]);
                subject.setString(7, partIds[1]);
                subject.setString(8, partIds[2]);
                subject.setLong(9, partId);
                subject.addBatch();
                if (++pendingParts >= BATCH) {
                    part.executeBatch();
                    cases.executeBatch();
                    subject.executeBatch();
                    pendingParts = 0;
                }
            } catch (SQLException e) {
                throw new SqlFailure(e);
            } finally {
                partFacts.clear();
                partCases.clear();
            }
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
            endPart();
            writeBlock();
            part.executeBatch();
            cases.executeBatch();
            subject.executeBatch();
            rejected.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            block.close();
            part.close();
            cases.close();
            subject.close();
            rejected.close();
        }
    }
}
