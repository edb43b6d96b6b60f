package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The keys a later DOJ pull is matched on, for every conviction of a run, read in one lean pass (reference, subject,
 * count, CII, case numbers, section, conviction date): what a pull of a million rows needs first, kept quick.
 */
public final class PullCandidateRepository {
    private final Workspace workspace;

    public PullCandidateRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One conviction's keys; {@code convictionDate} ISO or empty. */
    public record Keys(int ref, String subjectId, String countOrder, String cii, String caseNumber, String section,
                       String convictionDate) {
    }

    /** Receives each conviction's keys. */
    @FunctionalInterface
    public interface Visitor {
        void accept(Keys keys);
    }

    /** Streams the keys of every conviction of a run that has a reference. */
    public void forEach(int runId, Visitor each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.ref, d.subject_id, d.count_order, s.cii, "
                    + "d.case_number, d.section, d.conviction_date FROM decision d "
                    + "JOIN conviction_ref r ON r.subject_id = d.subject_id AND r.count_order = d.count_order "
                    + "LEFT JOIN subject s ON s.subject_id = d.subject_id WHERE d.run_id = ?")) {
                ps.setInt(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String cii = rs.getString(4);
                        each.accept(new Keys(rs.getInt(1), rs.getString(2), rs.getString(3), cii == null ? "" : cii,
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return null;
        });
    }
}
