package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attorney overrides and review marks, both append-only (triggers refuse UPDATE and DELETE) and chained
 * ({@link AuditChain}). A conviction is
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

    /** Appends an override, chained to the one before (see {@link AuditChain}); returns its id. */
    public long addOverride(ConvictionKey key, String outcome, String reason, String user, String at, Integer runId) {
        return workspace.inTransaction(c -> AuditChain.append(c, AuditChain.Table.OVERRIDE, key.subjectId(),
                key.countOrder(), outcome, reason, user, at, runId));
    }

    /** Appends a review mark, chained to the one before; returns its id. */
    public long addReviewMark(ConvictionKey key, boolean reviewed, String user, String at) {
        return workspace.inTransaction(c -> AuditChain.append(c, AuditChain.Table.REVIEW_MARK, key.subjectId(),
                key.countOrder(), reviewed ? 1 : 0, user, at));
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
