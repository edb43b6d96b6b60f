package org.reliefdesk.store;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.IdentityKeys;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What court records are linked against: every DOJ subject's identity values and the case numbers of their rows.
 * Case numbers of rows stored before schema 4 are computed from the stored rows the first time they are needed.
 */
public final class DojIdentityRepository {
    private final Workspace workspace;

    public DojIdentityRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A DOJ subject's identity values as the file gives them ({@code PRI_*} and {@code CII_NUMBER}). */
    public record SubjectIdentity(String subjectId, String name, String dob, String cii, String ssn, String cdl) {
    }

    /** A normalised case number of one of a subject's rows, with the row's count and county. */
    public record CaseKey(String subjectId, String countOrder, String county, String caseKey) {
    }

    /** Streams every DOJ subject (court people the DOJ file does not have are not DOJ subjects). */
    public void forEachSubject(Consumer<SubjectIdentity> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT subject_id, name, dob, cii, ssn, cdl FROM subject WHERE parts > 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new SubjectIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return null;
        });
    }

    /** Streams the case numbers of every DOJ row (computing those of older parts first). */
    public void forEachCaseKey(Consumer<CaseKey> each) {
        fillMissing();
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, case_keys FROM part_case");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String subject = rs.getString(1);
                    for (CaseKeysCodec.Entry e : CaseKeysCodec.decode(rs.getBytes(2))) {
                        each.accept(new CaseKey(subject, e.countOrder(), e.county(), e.caseKey()));
                    }
                }
            }
            return null;
        });
    }

    /** True when some DOJ files were stored before schema 4 and their case numbers are not listed yet. */
    public boolean missing() {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM import_batch WHERE kind = 'doj'"
                    + " AND case_keys_listed = 0 LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * Computes the case numbers of the parts of DOJ files stored before schema 4 from their stored rows (each part is
     * a run of consecutive rows of its file), in the transaction under way or one of its own.
     */
    public void fillMissing() {
        if (!missing()) {
            return;
        }
        List<Integer> batches = workspace.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM import_batch WHERE kind = 'doj' AND case_keys_listed = 0 ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
        workspace.inCurrentTransaction(c -> {
            for (int batch : batches) {
                fill(c, batch);
            }
            return null;
        });
    }

    private record Part(long id, String subjectId, long firstRow, long rows) {
    }

    private void fill(java.sql.Connection c, int batch) throws java.sql.SQLException {
        List<Part> parts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, subject_id, first_row, row_count FROM subject_part"
                + " WHERE batch_id = ? ORDER BY first_row")) {
            ps.setInt(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(new Part(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        try (PreparedStatement listed = c.prepareStatement("UPDATE import_batch SET case_keys_listed = 1 WHERE id = ?")) {
            listed.setInt(1, batch);
            listed.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement(
                "INSERT OR REPLACE INTO part_case (part_id, subject_id, case_keys) VALUES (?, ?, ?)")) {
            CaseKeysCodec.PartBuilder builder = new CaseKeysCodec.PartBuilder();
            int[] at = {0};
            new SourceRepository(workspace).forEachRow(batch, row -> {
                while (at[0] < parts.size() && row.rowIndex() >= parts.get(at[0]).firstRow() + parts.get(at[0]).rows()) {
                    store(update, parts.get(at[0]++), builder);
                }
                if (at[0] < parts.size() && row.rowIndex() >= parts.get(at[0]).firstRow()) {
                    String count = org.reliefdesk.doj.DojText.clean(row.field(DojColumn.CNT_ORDER));
                    String county = org.reliefdesk.doj.DojText.clean(row.field(DojColumn.STP_ORI_CNTY_NAME));
                    builder.add(count, county, IdentityKeys.caseNumber(row.field(DojColumn.OFN)));
                    builder.add(count, county, IdentityKeys.caseNumber(row.field(DojColumn.FE_NUM_CRT_CASE)));
                }
            });
            while (at[0] < parts.size()) {
                store(update, parts.get(at[0]++), builder);
            }
        }
    }

    private static void store(PreparedStatement insert, Part part, CaseKeysCodec.PartBuilder builder) {
        if (!builder.isEmpty()) {
            try {
                insert.setLong(1, part.id());
                insert.setString(2, part.subjectId());
                insert.setBytes(3, builder.blob());
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new SqlFailure(e);
            }
        }
        builder.clear();
    }
}
