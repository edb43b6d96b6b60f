package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attorney overrides and review marks, both append-only (triggers refuse UPDATE and DELETE). A conviction is
 * named by its subject and count ({@code subject_id}, {@code count_order}), so an override outlives the run it was
 * made in: the latest entry for a conviction wins, across runs and re-evaluations.
 */
public final class OverrideRepository {
    private final Workspace workspace;

    public OverrideRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A conviction across runs: the subject and the count (cycle, step, count order). */
    public record ConvictionKey(String subjectId, String countOrder) {
    }

    /** One override entry; {@code outcome} is an {@link org.reliefdesk.rules.Outcome} name. */
    public record Override(long id, ConvictionKey key, String outcome, String reason, String user, String at,
                           Integer runId) {
    }

    /** One review mark: the conviction was (or, when {@code reviewed} is false, no longer is) marked reviewed. */
    public record ReviewMark(long id, ConvictionKey key, boolean reviewed, String user, String at) {
    }

    /** Appends an override; returns its id. */
    public long addOverride(ConvictionKey key, String outcome, String reason, String user, String at, Integer runId) {
        return workspace.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO override_entry (subject_id, count_order, "
                    + "outcome, reason, user_name, created_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, key.subjectId());
                ps.setString(2, key.countOrder());
                ps.setString(3, outcome);
                ps.setString(4, reason);
                ps.setString(5, user);
                ps.setString(6, at);
                if (runId == null) {
                    ps.setNull(7, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(7, runId);
                }
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Appends a review mark; returns its id. */
    public long addReviewMark(ConvictionKey key, boolean reviewed, String user, String at) {
        return workspace.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_mark (subject_id, count_order, "
                    + "reviewed, user_name, created_at) VALUES (?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, key.subjectId());
                ps.setString(2, key.countOrder());
                ps.setInt(3, reviewed ? 1 : 0);
                ps.setString(4, user);
                ps.setString(5, at);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The latest override of every conviction that has one. */
    public Map<ConvictionKey, Override> latestOverrides() {
        return workspace.read(c -> {
            Map<ConvictionKey, Override> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(OVERRIDE_COLUMNS + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Override o = override(rs);
                    out.put(o.key(), o);
                }
            }
            return out;
        });
    }

    /** Every override of one conviction, oldest first. */
    public List<Override> overrides(ConvictionKey key) {
        return workspace.read(c -> {
            List<Override> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OVERRIDE_COLUMNS
                    + " WHERE subject_id = ? AND count_order = ? ORDER BY id")) {
                ps.setString(1, key.subjectId());
                ps.setString(2, key.countOrder());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(override(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The latest review mark of every conviction that has one. */
    public Map<ConvictionKey, ReviewMark> latestReviewMarks() {
        return workspace.read(c -> {
            Map<ConvictionKey, ReviewMark> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, subject_id, count_order, reviewed, user_name, "
                    + "created_at FROM review_mark ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ConvictionKey key = new ConvictionKey(rs.getString(2), rs.getString(3));
                    out.put(key, new ReviewMark(rs.getLong(1), key, rs.getInt(4) != 0, rs.getString(5),
                            rs.getString(6)));
                }
            }
            return out;
        });
    }

    private static final String OVERRIDE_COLUMNS = "SELECT id, subject_id, count_order, outcome, reason, user_name, "
            + "created_at, run_id FROM override_entry";

    private static Override override(ResultSet rs) throws SQLException {
        int run = rs.getInt(8);
        Integer runId = rs.wasNull() ? null : run;
        return new Override(rs.getLong(1), new ConvictionKey(rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), runId);
    }
}
