package org.reliefdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Papers made (follow-through.md, "Filings"): each export with the audit chain's head printed on it, and each of its
 * files with its SHA-256 and the references it carries. Append-only and chained ({@link AuditChain}).
 */
public final class ExportRecordRepository {
    private final Workspace workspace;

    public ExportRecordRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One file to record: its kind (MOTION, ORDERS, ...), name, SHA-256, size and references ({@code 123D,124R}). */
    public record NewFile(String kind, String fileName, String sha256, long size, String refs) {
    }

    /** A recorded file with the export it belongs to. */
    public record RecordedFile(long id, long exportId, String kind, String fileName, String sha256, long size,
                               String refs, String madeAt, int runId, long auditEntry, String auditHash) {
    }

    /**
     * Records an export and its files in one transaction, with the audit log entry the papers carry ({@code detail}
     * under action {@code papers}, made at {@code madeAt}): it must get exactly the id and hash printed on them, else
     * the workspace changed while they were written and nothing is recorded. Returns the export's id.
     */
    public long record(String madeAt, String user, int runId, long auditEntry, String auditHash, String detail,
                       List<NewFile> files) {
        return workspace.inTransaction(c -> {
            long entry = AuditChain.append(c, AuditChain.Table.AUDIT_LOG, madeAt, user, "papers", detail);
            AuditChain.Head head = AuditChain.last(c, AuditChain.Table.AUDIT_LOG);
            if (entry != auditEntry || !head.hash().equals(auditHash)) {
                throw new StoreException("The workspace changed while the papers were being written (audit entry "
                        + entry + " instead of " + auditEntry + "); nothing was recorded: make the papers again.");
            }
            long id = AuditChain.append(c, AuditChain.Table.EXPORT_RECORD, madeAt, user, runId, auditEntry, auditHash);
            try (ChainAppender out = new ChainAppender(c, AuditChain.Table.EXPORT_FILE)) {
                for (NewFile f : files) {
                    out.add(id, f.kind(), f.fileName(), f.sha256(), f.size(), f.refs());
                }
            }
            return id;
        });
    }

    private static final String SELECT = "SELECT f.id, f.export_id, f.kind, f.file_name, f.sha256, f.size_bytes, "
            + "f.refs, e.made_at, e.run_id, e.audit_entry, e.audit_hash FROM export_file f "
            + "JOIN export_record e ON e.id = f.export_id ";

    /** Every recorded file with this SHA-256 (the same papers written twice are two files), oldest first. */
    public List<RecordedFile> findBySha(String sha256) {
        return workspace.read(c -> query(c, SELECT + "WHERE f.sha256 = ? ORDER BY f.id", sha256));
    }

    /** The files of one export, in the order they were recorded. */
    public List<RecordedFile> filesOf(long exportId) {
        return workspace.read(c -> query(c, SELECT + "WHERE f.export_id = ? ORDER BY f.id", exportId));
    }

    /** One recorded file by id. */
    public Optional<RecordedFile> file(long id) {
        return workspace.read(c -> query(c, SELECT + "WHERE f.id = ?", id)).stream().findFirst();
    }

    /** The newest recorded files first, without their references (for pick lists). */
    public List<RecordedFile> latest(int limit) {
        return workspace.read(c -> query(c, "SELECT f.id, f.export_id, f.kind, f.file_name, f.sha256, f.size_bytes, "
                + "'' AS refs, e.made_at, e.run_id, e.audit_entry, e.audit_hash FROM export_file f "
                + "JOIN export_record e ON e.id = f.export_id ORDER BY f.id DESC LIMIT ?", limit));
    }

    private static List<RecordedFile> query(Connection c, String sql, Object param) throws SQLException {
        List<RecordedFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecordedFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getLong(10), rs.getString(11)));
                }
            }
        }
        return out;
    }
}
