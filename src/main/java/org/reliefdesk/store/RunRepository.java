package org.reliefdesk.store;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.RecordSource;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.ReasonCode;
import org.reliefdesk.rules.RuleResult;
import org.reliefdesk.rules.SubjectReport;
import org.reliefdesk.rules.TrailEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Evaluation runs and their decisions. */
public final class RunRepository {
    private static final int BATCH = 1000;
    private final Workspace workspace;

    public RunRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A stored run: everything needed to reproduce it, and its impact summary as JSON. */
    public record Run(int id, String mode, String policyJson, String county, String computeAt, String appVersion,
                      String inputsJson, String startedAt, String finishedAt, long decisions, String summaryJson) {
        public ImpactSummary summary() {
            return SummaryCodec.read(summaryJson);
        }
    }

    /** What is known when a run starts. */
    public record RunStart(String mode, String policyJson, String county, String computeAt, String appVersion,
                           String inputsJson, String startedAt) {
    }

    /** Receives a run's decisions while it evaluates, and the convictions of files not listed yet. */
    public interface DecisionWriter {
        default void add(DecisionRecord decision) {
            add(decision, trailText(decision.trail()));
        }

        /** Adds a decision whose trail was already turned into text with {@link #trailText} (on another thread). */
        void add(DecisionRecord decision, String trailText);

        /** Lists a conviction in the conviction table (for files whose convictions are not listed yet). */
        void conviction(Conviction conviction);

        /** The id of the run being written. */
        int runId();
    }

    /** The run's work: writes decisions and returns the run's impact summary. */
    @FunctionalInterface
    public interface RunWork {
        ImpactSummary run(DecisionWriter writer) throws SQLException;
    }

    /**
     * Stores a run and all its decisions in one transaction: a failed or cancelled run leaves nothing. The
     * convictions the run lists for {@code listingBatches} are stored with it, and those files marked as listed.
     */
    public Run write(RunStart start, java.util.function.Supplier<String> finishedAt, Set<Integer> listingBatches,
                     RunWork work) {
        return workspace.inTransaction(c -> {
            int id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_run (mode, policy_json, county,"
                    + " compute_at, app_version, inputs_json, started_at, finished_at, decisions, summary_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, '{}')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, start.mode());
                ps.setString(2, start.policyJson());
                ps.setString(3, start.county());
                ps.setString(4, start.computeAt());
                ps.setString(5, start.appVersion());
                ps.setString(6, start.inputsJson());
                ps.setString(7, start.startedAt());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getInt(1);
                }
            }
            long count;
            String summary;
            try (Inserter inserter = new Inserter(c, id)) {
                summary = SummaryCodec.write(work.run(inserter));
                inserter.flush();
                count = inserter.count;
            }
            ConvictionRefRepository.assign(c, id);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE import_batch SET convictions_indexed = 1 WHERE id = ?")) {
                for (int batch : listingBatches) {
                    ps.setInt(1, batch);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE evaluation_run SET finished_at = ?, decisions = ?, summary_json = ? WHERE id = ?")) {
                ps.setString(1, finishedAt.get());
                ps.setLong(2, count);
                ps.setString(3, summary);
                ps.setInt(4, id);
                ps.executeUpdate();
            }
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Run> find(int id) {
        return workspace.read(c -> find(c, id));
    }

    public Optional<Run> latest() {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM evaluation_run");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                int id = rs.getInt(1);
                return rs.wasNull() ? Optional.<Run>empty() : find(c, id);
            }
        });
    }

    public List<Run> runs() {
        return workspace.read(c -> {
            List<Run> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM evaluation_run ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    find(c, rs.getInt(1)).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    private static Optional<Run> find(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, mode, policy_json, county, compute_at, app_version,"
                + " inputs_json, started_at, finished_at, decisions, summary_json FROM evaluation_run WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Run(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), rs.getString(11)));
            }
        }
    }

    private static final String COLUMNS = "batch_id, row_index, line, subject_id, count_order, conviction_date,"
            + " offense_date, section, level, county, court, case_number, outcome, reason_code, reason_text, flags,"
            + " explanation, trail, convictions, superstrikes, pc290_sections, pc290_registration, deceased,"
            + " latest_conviction, p64_by_section, record_source";

    /** How much of each decision to read back. */
    public enum Detail {
        /** Everything, trail included. */
        FULL,
        /** Everything but the trail. */
        NO_TRAIL,
        /** What a list shows: no explanation, no trail, no person-level numbers (they come back empty). */
        LIST
    }

    /**
     * Streams the decisions of a run for one file (or all files when {@code batchId} is negative), in row
     * order, each with its person's stored identity.
     */
    public void forEachDecision(int runId, int batchId, Detail detail, BiConsumer<DecisionRecord, SubjectInfo> each) {
        if (batchId >= 0) {
            withPerson(detail, "WHERE d.run_id = ? AND d.batch_id = ? ORDER BY d.batch_id, d.row_index", each, runId,
                    batchId);
        } else {
            withPerson(detail, "WHERE d.run_id = ? ORDER BY d.batch_id, d.row_index", each, runId);
        }
    }

    /**
     * Streams the decisions of a run (without trails) person by person, for court papers: ordered by the person's
     * name, then subject, conviction date and file position, so one person's convictions arrive together.
     */
    public void forEachDecisionByPerson(int runId, BiConsumer<DecisionRecord, SubjectInfo> each) {
        withPerson(Detail.NO_TRAIL, "WHERE d.run_id = ? ORDER BY s.name, d.subject_id, d.conviction_date, d.batch_id, "
                + "d.row_index", each, runId);
    }

    /** The one decision of a run with this row id (trail included), if any. */
    public void forDecisionId(int runId, long decisionId, BiConsumer<DecisionRecord, SubjectInfo> each) {
        withPerson(Detail.FULL, "WHERE d.run_id = ? AND d.id = ?", each, runId, decisionId);
    }

    /** Decisions with their person's stored identity: {@code tail} is the WHERE/ORDER BY, {@code params} its values. */
    private void withPerson(Detail detail, String tail, BiConsumer<DecisionRecord, SubjectInfo> each,
                            Object... params) {
        workspace.read(c -> {
            String sql = "SELECT " + columns(detail) + ", s.name, s.dob, s.cii, s.gender FROM decision d"
                    + " JOIN subject s ON s.subject_id = d.subject_id " + tail;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DecisionRecord d = read(rs);
                        each.accept(d, new SubjectInfo(d.subjectId(), rs.getString(27), rs.getString(28),
                                rs.getString(29), rs.getString(30)));
                    }
                }
            }
            return null;
        });
    }

    private static final java.util.Set<String> LIST_SKIPS = java.util.Set.of("explanation", "trail", "superstrikes",
            "pc290_sections", "latest_conviction");

    private static String columns(Detail detail) {
        return Arrays.stream(COLUMNS.split(", ")).map(col -> {
            if (detail == Detail.FULL) {
                return "d." + col;
            }
            if (col.equals("trail") || detail == Detail.LIST && LIST_SKIPS.contains(col)) {
                return "'' AS " + col;
            }
            if (detail == Detail.LIST && col.equals("p64_by_section")) {
                return "'0;0;0;0' AS " + col;
            }
            return "d." + col;
        }).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    /** An open, row-ordered cursor over a run's decisions for one file; close it when done. */
    public final class DecisionCursor implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;

        private DecisionCursor(PreparedStatement ps, ResultSet rs) {
            this.ps = ps;
            this.rs = rs;
        }

        /** The next decision, or null at the end. */
        public DecisionRecord next() {
            return workspace.read(c -> rs.next() ? read(rs) : null);
        }

        @Override
        public void close() {
            workspace.read(c -> {
                rs.close();
                ps.close();
                return null;
            });
        }
    }

    /** A cursor over one file's decisions of a run, in row order, without trails. */
    public DecisionCursor cursor(int runId, int batchId) {
        return workspace.read(c -> {
            PreparedStatement ps = c.prepareStatement("SELECT " + columns(Detail.NO_TRAIL)
                    + " FROM decision d WHERE d.run_id = ? AND d.batch_id = ? ORDER BY d.row_index");
            ps.setInt(1, runId);
            ps.setInt(2, batchId);
            return new DecisionCursor(ps, ps.executeQuery());
        });
    }

    private static DecisionRecord read(ResultSet rs) throws SQLException {
        String[] counts = rs.getString(25).split(";");
        List<Integer> p64 = new ArrayList<>(counts.length);
        for (String n : counts) {
            p64.add(Integer.valueOf(n));
        }
        SubjectReport report = new SubjectReport(rs.getInt(19), split(rs.getString(20)), split(rs.getString(21)),
                rs.getInt(22) != 0, rs.getInt(23) != 0, date(rs.getString(24)), p64);
        return new DecisionRecord(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                date(rs.getString(6)), date(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), Outcome.valueOf(rs.getString(13)),
                ReasonCode.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16), rs.getString(17),
                trail(rs.getString(18)), report, RecordSource.valueOf(rs.getString(26)));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001F", -1));
    }

    /** Reads the {@code yyyy-MM-dd} this class writes, without a formatter (it runs for every stored decision). */
    private static LocalDate date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return LocalDate.parse(iso);
        }
        return LocalDate.of(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Trail entries as stored: lines of {@code CODE<US>RESULT<US>facts}. Thread-safe. */
    public static String trailText(List<TrailEntry> trail) {
        StringBuilder b = new StringBuilder();
        for (TrailEntry t : trail) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(t.rule().name()).append('\u001F').append(t.result().name()).append('\u001F')
                    .append(t.facts().replace('\n', ' '));
        }
        return b.toString();
    }

    static List<TrailEntry> trail(String text) {
        List<TrailEntry> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] p = line.split("\u001F", 3);
            out.add(new TrailEntry(ReasonCode.valueOf(p[0]), RuleResult.valueOf(p[1]), p.length > 2 ? p[2] : ""));
        }
        return out;
    }

    /** Files whose convictions no evaluation has listed yet. */
    public Set<Integer> unlistedBatches() {
        return workspace.read(c -> {
            Set<Integer> out = new java.util.TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM import_batch WHERE convictions_indexed = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    private static final class Inserter implements DecisionWriter, AutoCloseable {
        private final int runId;
        private final PreparedStatement ps;
        private final PreparedStatement conviction;
        private int pending;
        private int pendingConvictions;
        private long count;

        Inserter(Connection c, int runId) throws SQLException {
            this.runId = runId;
            ps = c.prepareStatement("INSERT INTO decision (run_id, " + COLUMNS + ") VALUES (" + runId
                    + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            conviction = c.prepareStatement("INSERT INTO conviction (batch_id, row_index, line, subject_id,"
                    + " count_order, conviction_date, section, charge, level, county, case_number)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public int runId() {
            return runId;
        }

        @Override
        public void conviction(Conviction c) {
            try {
                conviction.setInt(1, c.batch());
                conviction.setLong(2, c.rowIndex());
                conviction.setLong(3, c.line());
                conviction.setString(4, c.subjectId());
                conviction.setString(5, c.countOrder());
                conviction.setString(6, c.date() == null ? "" : c.date().toString());
                conviction.setString(7, c.hasSection() ? c.section().display() : "");
                conviction.setString(8, c.charge());
                conviction.setString(9, c.level().name());
                conviction.setString(10, c.county());
                conviction.setString(11, c.caseNumber());
                conviction.addBatch();
                if (++pendingConvictions >= BATCH) {
                    conviction.executeBatch();
                    pendingConvictions = 0;
                }
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        @Override
        public void add(DecisionRecord d, String trailText) {
            try {
                SubjectReport r = d.report();
                ps.setInt(1, d.batch());
                ps.setLong(2, d.rowIndex());
                ps.setLong(3, d.line());
                ps.setString(4, d.subjectId());
                ps.setString(5, d.countOrder());
                ps.setString(6, d.convictionDate() == null ? "" : d.convictionDate().toString());
                ps.setString(7, d.offenseDate() == null ? "" : d.offenseDate().toString());
                ps.setString(8, d.section());
                ps.setString(9, d.level());
                ps.setString(10, d.county());
                ps.setString(11, d.court());
                ps.setString(12, d.caseNumber());
                ps.setString(13, d.outcome().name());
                ps.setString(14, d.reason().name());
                ps.setString(15, d.reasonText());
                ps.setString(16, d.flags());
                ps.setString(17, d.explanation());
                ps.setString(18, trailText);
                ps.setInt(19, r.convictions());
                ps.setString(20, String.join("\u001F", r.superstrikeSections()));
                ps.setString(21, String.join("\u001F", r.pc290Sections()));
                ps.setInt(22, r.pc290Registration() ? 1 : 0);
                ps.setInt(23, r.deceased() ? 1 : 0);
                ps.setString(24, r.latestConviction() == null ? "" : r.latestConviction().toString());
                List<Integer> p64 = r.prop64BySection();
                ps.setString(25, p64.get(0) + ";" + p64.get(1) + ";" + p64.get(2) + ";" + p64.get(3));
                ps.setString(26, d.recordSource().name());
                ps.addBatch();
                count++;
                if (++pending >= BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        void flush() throws SQLException {
            ps.executeBatch();
            conviction.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            ps.close();
            conviction.close();
        }
    }
}
