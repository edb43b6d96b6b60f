package org.reliefdesk.store;

import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The reads a reviewer needs: a run's case list, one decision in full, a person's history, look-up, comparison. */
public final class ReviewRepository {
    private final Workspace workspace;

    public ReviewRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One line of a run's case list (no trail, no explanation); {@code ref} 0 when it has no reference. */
    public record CaseLine(long decisionId, String subjectId, String countOrder, String name, String dob, String cii,
                           String caseNumber, String court, String convictionDate, String section, String level,
                           String outcome, String reasonCode, String reasonText, String flags, String recordSource,
                           int ref) {
    }

    /** Streams every decision of a run, in file order. */
    public void forEachCase(int runId, Consumer<CaseLine> each) {
        cases("WHERE d.run_id = ?", each, runId);
    }

    /**
     * Case lines in file order; {@code where} filters, {@code params} fill it. Court, date, section, level, outcome,
     * reason and flags repeat across rows: one String each, so 100,000 rows hold far fewer objects (less to copy for
     * the garbage collector, less memory).
     */
    private void cases(String where, Consumer<CaseLine> each, Object... params) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.subject_id, d.count_order, s.name, s.dob, "
                    + "s.cii, d.case_number, d.court, d.conviction_date, d.section, d.level, d.outcome, d.reason_code, "
                    + "d.reason_text, d.flags, d.record_source, r.ref FROM decision d "
                    + "JOIN subject s ON s.subject_id = d.subject_id "
                    + "LEFT JOIN conviction_ref r ON r.subject_id = d.subject_id AND r.count_order = d.count_order "
                    + where + " ORDER BY d.batch_id, d.row_index")) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                java.util.Map<String, String> same = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                once(same, rs.getString(5)), rs.getString(6), rs.getString(7),
                                once(same, rs.getString(8)), once(same, rs.getString(9)), once(same, rs.getString(10)),
                                once(same, rs.getString(11)), once(same, rs.getString(12)),
                                once(same, rs.getString(13)), once(same, rs.getString(14)),
                                once(same, rs.getString(15)), once(same, rs.getString(16)), rs.getInt(17)));
                    }
                }
            }
            return null;
        });
    }

    private static String once(java.util.Map<String, String> same, String s) {
        if (s == null) {
            return null;
        }
        String kept = same.putIfAbsent(s, s);
        return kept != null ? kept : s;
    }

    /** One decision in full (trail included), or empty when the run has no decision with that id. */
    public Optional<DecisionRecord> decision(int runId, long decisionId) {
        List<DecisionRecord> found = new ArrayList<>(1);
        new RunRepository(workspace).forDecisionId(runId, decisionId, (d, s) -> found.add(d));
        return found.stream().findFirst();
    }

    /** A person's whole history as stored: every row of every file, in file order. */
    public List<HistoryRow> history(String subjectId) {
        return workspace.read(c -> {
            List<HistoryRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT batch_id, facts FROM subject_part WHERE subject_id = ? ORDER BY batch_id, id")) {
                ps.setString(1, subjectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FactsCodec.decode(rs.getInt(1), rs.getBytes(2), rows);
                    }
                }
            }
            return rows;
        });
    }

    /** The identifiers kept out of screens until asked for: SSN, driver licence, FBI number. */
    public record Identifiers(String ssn, String cdl, String fbi) {
        @Override
        public String toString() {
            return "Identifiers[hidden]";
        }
    }

    public Optional<Identifiers> identifiers(String subjectId) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ssn, cdl, fbi FROM subject WHERE subject_id = ?")) {
                ps.setString(1, subjectId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Identifiers(rs.getString(1), rs.getString(2), rs.getString(3)))
                            : Optional.<Identifiers>empty();
                }
            }
        });
    }

    /** Every person's identifiers by subject id, for a workbook the user asked to carry them. */
    public java.util.Map<String, Identifiers> allIdentifiers() {
        return workspace.read(c -> {
            java.util.Map<String, Identifiers> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, ssn, cdl, fbi FROM subject");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Identifiers(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** The stored identity of a person. */
    public Optional<SubjectInfo> subject(String subjectId) {
        return Optional.ofNullable(new HistoryRepository(workspace).subject(subjectId));
    }

    /**
     * People matching a look-up: name (case-insensitive, any part, e.g. {@code SMITH}), optionally with the DOB
     * exactly as filed; or an exact CII; or a case number (spaces and case ignored). At most {@code limit}.
     */
    public List<SubjectInfo> findPeople(String name, String dob, String cii, String caseNumber, int limit) {
        return findPeople(name, dob, cii, caseNumber, limit, null);
    }

    /** As above; with a run, a case number also finds the court-only convictions that run decided. */
    public List<SubjectInfo> findPeople(String name, String dob, String cii, String caseNumber, int limit,
                                        Integer runId) {
        return workspace.read(c -> {
            List<SubjectInfo> out = new ArrayList<>();
            if (!cii.isBlank()) {
                query(c, "SELECT subject_id, name, dob, cii, gender FROM subject WHERE cii = ? LIMIT ?", out, limit,
                        cii.strip());
            } else if (!caseNumber.isBlank()) {
                String wanted = caseNumber.replace(" ", "").toUpperCase(Locale.ROOT);
                query(c, "SELECT DISTINCT s.subject_id, s.name, s.dob, s.cii, s.gender FROM conviction v "
                        + "JOIN subject s ON s.subject_id = v.subject_id WHERE replace(upper(v.case_number), ' ', '') "
                        + "= ? LIMIT ?", out, limit, wanted);
                if (runId != null) {
                    // convictions of the court's records alone are in no DOJ file: found among the run's decisions
                    List<SubjectInfo> court = new ArrayList<>();
                    query(c, "SELECT DISTINCT s.subject_id, s.name, s.dob, s.cii, s.gender FROM decision d "
                            + "JOIN subject s ON s.subject_id = d.subject_id WHERE d.run_id = " + runId
                            + " AND d.record_source = 'COURT' AND replace(upper(d.case_number), ' ', '') = ? LIMIT ?",
                            court, limit, wanted);
                    for (SubjectInfo p : court) {
                        if (out.stream().noneMatch(x -> x.subjectId().equals(p.subjectId())) && out.size() < limit) {
                            out.add(p);
                        }
                    }
                }
            } else if (!name.isBlank()) {
                String pattern = "%" + name.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "")
                        .replaceAll("[\\s,]+", "%") + "%";
                if (dob.isBlank()) {
                    query(c, "SELECT subject_id, name, dob, cii, gender FROM subject WHERE upper(name) LIKE ? "
                            + "ORDER BY name, dob LIMIT ?", out, limit, pattern);
                } else {
                    query(c, "SELECT subject_id, name, dob, cii, gender FROM subject WHERE upper(name) LIKE ? AND "
                            + "dob = ? ORDER BY name, dob LIMIT ?", out, limit, pattern, dob.strip());
                }
            }
            return out;
        });
    }

    private static void query(Connection c, String sql, List<SubjectInfo> out, int limit, String... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.setInt(params.length + 1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SubjectInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
    }

    /** One person's decisions in a run (for look-up), in file order. */
    public List<CaseLine> casesOf(int runId, String subjectId) {
        List<CaseLine> out = new ArrayList<>();
        cases("WHERE d.run_id = ? AND d.subject_id = ?", out::add, runId, subjectId);
        return out;
    }

    /** A conviction whose outcome differs between two runs; an outcome is empty when that run did not decide it. */
    public record Change(String subjectId, String countOrder, String name, String section, String caseNumber,
                         String before, String after, String reasonBefore, String reasonAfter) {
    }

    /** Convictions (same file row) whose outcome differs between run {@code a} and run {@code b}. */
    public List<Change> changes(int a, int b) {
        return workspace.read(c -> {
            List<Change> out = new ArrayList<>();
            String both = "SELECT x.subject_id, x.count_order, s.name, x.section, x.case_number, "
                    + "coalesce(p.outcome, ''), coalesce(q.outcome, ''), coalesce(p.reason_text, ''), "
                    + "coalesce(q.reason_text, '') FROM (SELECT batch_id, row_index, subject_id, count_order, section, "
                    + "case_number FROM decision WHERE run_id IN (?, ?) GROUP BY batch_id, row_index) x "
                    + "JOIN subject s ON s.subject_id = x.subject_id "
                    + "LEFT JOIN decision p ON p.run_id = ? AND p.batch_id = x.batch_id AND p.row_index = x.row_index "
                    + "LEFT JOIN decision q ON q.run_id = ? AND q.batch_id = x.batch_id AND q.row_index = x.row_index "
                    + "WHERE coalesce(p.outcome, '') <> coalesce(q.outcome, '') ORDER BY x.batch_id, x.row_index";
            try (PreparedStatement ps = c.prepareStatement(both)) {
                ps.setInt(1, a);
                ps.setInt(2, b);
                ps.setInt(3, a);
                ps.setInt(4, b);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }
}
