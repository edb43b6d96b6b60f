package org.reliefdesk.store;

import org.reliefdesk.store.OverrideRepository.ConvictionKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stable references of in-scope convictions (follow-through.md, "Stable references"): a number per subject and
 * count, given the first time a run decides that count and never changed or given again (the table is
 * append-only and its numbers come from AUTOINCREMENT).
 */
public final class ConvictionRefRepository {
    private final Workspace workspace;

    public ConvictionRefRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Gives a reference to every conviction of a run that has none yet, in file order (inside the run's write). */
    static void assign(Connection c, int runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO conviction_ref (subject_id, count_order)"
                + " SELECT subject_id, count_order FROM decision WHERE run_id = ? ORDER BY batch_id, row_index")) {
            ps.setInt(1, runId);
            ps.executeUpdate();
        }
    }

    /**
     * The references of a run's decisions by their place in the input (file and row), compact enough for a
     * million-row run: two sorted arrays searched by halves.
     */
    public static final class RunRefs {
        private final long[] keys;
        private final int[] refs;

        RunRefs(long[] keys, int[] refs) {
            this.keys = keys;
            this.refs = refs;
        }

        /** The reference of the decision on this file's row, or 0 when it has none. */
        public int ref(int batch, long rowIndex) {
            int i = Arrays.binarySearch(keys, key(batch, rowIndex));
            return i >= 0 ? refs[i] : 0;
        }

        public int size() {
            return keys.length;
        }

        static long key(int batch, long rowIndex) {
            return ((long) batch << 40) | rowIndex;
        }
    }

    /** The references of every decision of a run. */
    public RunRefs ofRun(int runId) {
        return workspace.read(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM decision WHERE run_id = ?")) {
                ps.setInt(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n = rs.getInt(1);
                }
            }
            long[] keys = new long[n];
            int[] refs = new int[n];
            int k = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT d.batch_id, d.row_index, r.ref FROM decision d"
                    + " JOIN conviction_ref r ON r.subject_id = d.subject_id AND r.count_order = d.count_order"
                    + " WHERE d.run_id = ? ORDER BY d.batch_id, d.row_index")) {
                ps.setInt(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && k < n) {
                        keys[k] = RunRefs.key(rs.getInt(1), rs.getLong(2));
                        refs[k++] = rs.getInt(3);
                    }
                }
            }
            return new RunRefs(Arrays.copyOf(keys, k), Arrays.copyOf(refs, k));
        });
    }

    /** The conviction a reference names, if the workspace gave it. */
    public Optional<ConvictionKey> key(int ref) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT subject_id, count_order FROM conviction_ref WHERE ref = ?")) {
                ps.setInt(1, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new ConvictionKey(rs.getString(1), rs.getString(2)))
                            : Optional.<ConvictionKey>empty();
                }
            }
        });
    }

    /** The reference of a conviction, if it has one. */
    public Optional<Integer> ref(ConvictionKey key) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ref FROM conviction_ref WHERE subject_id = ? AND count_order = ?")) {
                ps.setString(1, key.subjectId());
                ps.setString(2, key.countOrder());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
                }
            }
        });
    }

    /** Every reference by conviction (for matching a later DOJ pull or the court's list). */
    public Map<ConvictionKey, Integer> all() {
        return workspace.read(c -> {
            Map<ConvictionKey, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ref, subject_id, count_order FROM conviction_ref");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new ConvictionKey(rs.getString(2), rs.getString(3)), rs.getInt(1));
                }
            }
            return out;
        });
    }
}
