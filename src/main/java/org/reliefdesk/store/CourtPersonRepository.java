package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The court persons of every court file and how each links to a DOJ subject (court-records.md), and per run how
 * each court row paired. A person the DOJ file does not have gets a subject row of its own ({@code COURT:file:line})
 * so that runs, papers and look-up treat them as anyone else.
 */
public final class CourtPersonRepository {
    private static final int BATCH = 2000;
    private final Workspace workspace;

    public CourtPersonRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A row of a court file: the file's import id and the row's index among its accepted rows. */
    public record RowRef(int batchId, long rowIndex) {
    }

    /**
     * A court person as stored: their group key, the subject they stand for (linked, or their own), how linking went
     * ({@code LINKED}, {@code AMBIGUOUS}, {@code NO_DOJ_PERSON}), the strength and keys of the link, the candidates
     * that tied or came closest and those that contradicted (each {@code subject:strength:keys}, {@code ,}-joined),
     * the first row as {@code file:line}, and every member row.
     */
    public record StoredPerson(String groupKey, String subjectId, String status, int strength, String keys,
                               String candidates, String contradicted, String firstRef, List<RowRef> members) {
    }

    /** A subject row for a court person the DOJ file does not have (kept once; later imports do not change it). */
    public record CourtSubject(String subjectId, String name, String dob, String cii, String ssn, String cdl,
                               String fbi) {
    }

    /** Receives the court people being stored anew, and the subject rows of those the DOJ file does not have. */
    public interface PeopleSink {
        /**
         * One court person; its member rows are {@code refs[from, to)}, each {@link #pack packed} (batch id and row
         * index), in file order.
         */
        void person(String groupKey, String subjectId, String status, int strength, String keys, String candidates,
                    String contradicted, String firstRef, long[] refs, int from, int to);

        /** A subject row for a court person the DOJ file does not have (kept once; later imports do not change it). */
        void subject(CourtSubject s);
    }

    /** A court row packed in a long: its file's import id and its row index. */
    public static long pack(int batchId, long rowIndex) {
        return (long) batchId << 40 | rowIndex;
    }

    /**
     * Replaces every stored court person (in the transaction under way): {@code producer} hands them over one by one,
     * so no list of them is kept in memory.
     */
    public void replaceAll(java.util.function.Consumer<PeopleSink> producer) {
        workspace.inCurrentTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM court_person");
            }
            try (PreparedStatement people = c.prepareStatement("INSERT INTO court_person (group_key, subject_id, status,"
                    + " strength, keys, candidates, contradicted, first_ref, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement subjects = c.prepareStatement("INSERT OR IGNORE INTO subject (subject_id, name, dob,"
                         + " cii, gender, ssn, cdl, fbi, first_part_id, parts) VALUES (?, ?, ?, ?, '', ?, ?, ?, 0, 0)")) {
                int[] pending = {0, 0};
                producer.accept(new PeopleSink() {
                    @Override
                    public void person(String groupKey, String subjectId, String status, int strength, String keys,
                                       String candidates, String contradicted, String firstRef, long[] refs, int from,
                                       int to) {
                        try {
                            people.setString(1, groupKey);
                            people.setString(2, subjectId);
                            people.setString(3, status);
                            people.setInt(4, strength);
                            people.setString(5, keys);
                            people.setString(6, candidates);
                            people.setString(7, contradicted);
                            people.setString(8, firstRef);
                            people.setBytes(9, members(refs, from, to));
                            people.addBatch();
                            if (++pending[0] % BATCH == 0) {
                                people.executeBatch();
                            }
                        } catch (java.sql.SQLException e) {
                            throw new SqlFailure(e);
                        }
                    }

                    @Override
                    public void subject(CourtSubject s) {
                        try {
                            subjects.setString(1, s.subjectId());
                            subjects.setString(2, s.name());
                            subjects.setString(3, s.dob());
                            subjects.setString(4, s.cii());
                            subjects.setString(5, s.ssn());
                            subjects.setString(6, s.cdl());
                            subjects.setString(7, s.fbi());
                            subjects.addBatch();
                            if (++pending[1] % BATCH == 0) {
                                subjects.executeBatch();
                            }
                        } catch (java.sql.SQLException e) {
                            throw new SqlFailure(e);
                        }
                    }
                });
                people.executeBatch();
                subjects.executeBatch();
            }
            return null;
        });
    }

    /** Streams every stored court person, in the order they were stored. */
    public void forEach(Consumer<StoredPerson> each) {
        query("ORDER BY id", null, each);
    }

    /** The court persons standing for one subject (linked to a DOJ subject, or the court person's own). */
    public List<StoredPerson> ofSubject(String subjectId) {
        List<StoredPerson> out = new ArrayList<>();
        query("WHERE subject_id = ? ORDER BY id", subjectId, out::add);
        return out;
    }

    /** True when any court file has been imported and linked. */
    public boolean any() {
        return workspace.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM court_person LIMIT 1")) {
                return rs.next();
            }
        });
    }

    private void query(String tail, String param, Consumer<StoredPerson> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_key, subject_id, status, strength, keys,"
                    + " candidates, contradicted, first_ref, members FROM court_person " + tail)) {
                if (param != null) {
                    ps.setString(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new StoredPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                members(rs.getBytes(9))));
                    }
                }
            }
            return null;
        });
    }

    /** Stores how each row of a court file paired in a run (in the run's transaction). */
    public void savePairing(int runId, int batchId, byte[] data) {
        workspace.inCurrentTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO court_pairing (run_id, batch_id, data) VALUES (?, ?, ?)")) {
                ps.setInt(1, runId);
                ps.setInt(2, batchId);
                ps.setBytes(3, data);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How each row of a court file paired in a run, if the run paired it. */
    public Optional<byte[]> pairing(int runId, int batchId) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM court_pairing WHERE run_id = ? AND batch_id = ?")) {
                ps.setInt(1, runId);
                ps.setInt(2, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    private static byte[] members(long[] refs, int from, int to) {
        Bytes b = new Bytes(8 + (to - from) * 4);
        b.varint(to - from);
        int lastBatch = 0;
        long lastRow = 0;
        for (int i = from; i < to; i++) {
            int batch = (int) (refs[i] >>> 40);
            long row = refs[i] & ((1L << 40) - 1);
            if (batch != lastBatch) {
                lastRow = 0;
            }
            b.varint(batch);
            b.varint(row - lastRow);
            lastBatch = batch;
            lastRow = row;
        }
        return b.toArray();
    }

    private static List<RowRef> members(byte[] blob) {
        Bytes.Reader in = new Bytes.Reader(blob);
        int n = (int) in.varint();
        List<RowRef> out = new ArrayList<>(n);
        int lastBatch = 0;
        long lastRow = 0;
        for (int i = 0; i < n; i++) {
            int batch = (int) in.varint();
            if (batch != lastBatch) {
                lastRow = 0;
            }
            long row = lastRow + in.varint();
            out.add(new RowRef(batch, row));
            lastBatch = batch;
            lastRow = row;
        }
        return out;
    }
}
