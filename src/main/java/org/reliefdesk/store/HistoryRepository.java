package org.reliefdesk.store;

import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.SubjectInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads people's histories back, one person at a time, in import order (memory does not grow with the file). */
public final class HistoryRepository {
    private final Workspace workspace;

    public HistoryRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Receives one person as stored; {@link StoredSubject#rows()} decodes (on any thread). */
    @FunctionalInterface
    public interface SubjectVisitor {
        void visit(StoredSubject subject);
    }

    /** One person's stored facts, not decoded yet. */
    public static final class StoredSubject {
        private final SubjectInfo info;
        private final List<int[]> batches = new ArrayList<>();
        private final List<byte[]> blobs = new ArrayList<>();
        private List<byte[]> caseKeys;

        StoredSubject(SubjectInfo info) {
            this.info = info;
        }

        void add(int batch, byte[] facts, byte[] cases) {
            batches.add(new int[] {batch});
            blobs.add(facts);
            if (cases != null) {
                if (caseKeys == null) {
                    caseKeys = new ArrayList<>(2);
                }
                caseKeys.add(cases);
            }
        }

        /**
         * The normalised case numbers ({@code OFN}, {@code FE_NUM_CRT_CASE}) of the person's rows by CNT_ORDER; read
         * only when the visit asked for them, else empty.
         */
        public java.util.Map<String, List<String>> caseKeysByCount() {
            java.util.Map<String, List<String>> out = new java.util.HashMap<>();
            if (caseKeys != null) {
                for (byte[] blob : caseKeys) {
                    for (CaseKeysCodec.Entry e : CaseKeysCodec.decode(blob)) {
                        out.computeIfAbsent(e.countOrder(), k -> new ArrayList<>(2)).add(e.caseKey());
                    }
                }
            }
            return out;
        }

        public SubjectInfo info() {
            return info;
        }

        /** The person's rows in file order (file by file). */
        public List<HistoryRow> rows() {
            List<HistoryRow> rows = new ArrayList<>();
            for (int i = 0; i < blobs.size(); i++) {
                FactsCodec.decode(batches.get(i)[0], blobs.get(i), rows);
            }
            return rows;
        }
    }

    /** Number of stored parts (runs of consecutive rows of one person): the unit of progress. */
    public long partCount() {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM subject_part");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Visits every person once. With {@code perFile}, a person found in several files is visited once per file
     * (gogen mode evaluates each file on its own); otherwise all their rows from every file come together.
     *
     * @param onPart called after each stored part is consumed (for progress)
     */
    public void forEachSubject(boolean perFile, SubjectVisitor visitor, Runnable onPart) {
        forEachSubject(perFile, false, visitor, onPart);
    }

    /** As {@link #forEachSubject(boolean, SubjectVisitor, Runnable)}; {@code caseKeys}: read the rows' case numbers. */
    public void forEachSubject(boolean perFile, boolean caseKeys, SubjectVisitor visitor, Runnable onPart) {
        String cases = caseKeys ? "(SELECT k.case_keys FROM part_case k WHERE k.part_id = p.id)" : "NULL";
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.batch_id, p.subject_id, p.facts, s.parts,"
                    + " s.name, s.dob, s.cii, s.gender, " + cases + " FROM subject_part p"
                    + " JOIN subject s ON s.subject_id = p.subject_id ORDER BY p.id");
                 PreparedStatement all = c.prepareStatement("SELECT p.id, p.batch_id, p.facts, " + cases
                         + " FROM subject_part p WHERE p.subject_id = ? ORDER BY p.id");
                 PreparedStatement inBatch = c.prepareStatement("SELECT p.id, p.batch_id, p.facts, " + cases
                         + " FROM subject_part p WHERE p.subject_id = ? AND p.batch_id = ? ORDER BY p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int batch = rs.getInt(2);
                    String subjectId = rs.getString(3);
                    SubjectInfo info = new SubjectInfo(subjectId, rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9));
                    StoredSubject subject = new StoredSubject(info);
                    boolean first = true;
                    if (rs.getInt(5) == 1) {
                        subject.add(batch, rs.getBytes(4), rs.getBytes(10));
                    } else {
                        first = perFile ? partsIfFirst(inBatch, id, subjectId, batch, subject)
                                : partsIfFirst(all, id, subjectId, -1, subject);
                    }
                    if (first) {
                        visitor.visit(subject);
                    }
                    onPart.run();
                }
            }
            return null;
        });
    }

    /**
     * Adds all parts of the person (in the batch, when given) if {@code partId} is their first part; false when
     * it is not (the person was visited with their first part).
     */
    private static boolean partsIfFirst(PreparedStatement ps, long partId, String subjectId, int batch,
                                        StoredSubject into) throws SQLException {
        ps.setString(1, subjectId);
        if (batch >= 0) {
            ps.setInt(2, batch);
        }
        try (ResultSet rs = ps.executeQuery()) {
            boolean first = true;
            while (rs.next()) {
                if (first && rs.getLong(1) != partId) {
                    return false;
                }
                first = false;
                into.add(rs.getInt(2), rs.getBytes(3), rs.getBytes(4));
            }
        }
        return true;
    }

    /**
     * Fills in the stored identity of the court people (persons the DOJ file does not have) whose ids are keys of
     * {@code into}.
     */
    public void courtSubjects(java.util.Map<String, SubjectInfo> into) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT subject_id, name, dob, cii, gender FROM subject WHERE parts = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (into.containsKey(rs.getString(1))) {
                        into.put(rs.getString(1), new SubjectInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return null;
        });
    }

    /** The stored identity of a person, or null. */
    public SubjectInfo subject(String subjectId) {
        return workspace.read(c -> subject(c, subjectId));
    }

    private static SubjectInfo subject(Connection c, String subjectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT subject_id, name, dob, cii, gender FROM subject WHERE subject_id = ?")) {
            ps.setString(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new SubjectInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)) : null;
            }
        }
    }
}
