package org.reliefdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tamper evidence for the append-only tables (audit log, overrides, review marks): each entry's {@code hash} is the
 * SHA-256 of the previous entry's hash and the entry's own content (table, id and every column), so changing,
 * removing, inserting or reordering an entry with plain SQL breaks the chain from that entry on. The newest id and
 * hash of each table are also kept in {@code workspace_info}, so removing the newest entries shows too.
 *
 * <p>Anyone who knows this scheme can recompute a whole chain: it shows edits made outside ReliefDesk, it cannot
 * prevent them (docs/decisions/0009-one-writer-backups-audit-chain.md).
 */
public final class AuditChain {
    private static final String GENESIS = "0".repeat(64);
    private static final String HEAD_KEY = "audit-chain.";

    /** One chained table: its content columns (after id) and the column holding the entry's time. */
    public enum Table {
        AUDIT_LOG("audit_log", "audit log", "at", List.of("at", "user_name", "action", "detail")),
        OVERRIDE("override_entry", "overrides", "created_at",
                List.of("subject_id", "count_order", "outcome", "reason", "user_name", "created_at", "run_id")),
        REVIEW_MARK("review_mark", "review marks", "created_at",
                List.of("subject_id", "count_order", "reviewed", "user_name", "created_at")),
        /** Follow-through (V005__follow_through.sql): papers made and their files, filings, orders, pulls, per-conviction events. */
        EXPORT_RECORD("export_record", "papers made", "made_at",
                List.of("made_at", "user_name", "run_id", "audit_entry", "audit_hash")),
        EXPORT_FILE("export_file", "files of papers made", "''",
                List.of("export_id", "kind", "file_name", "sha256", "size_bytes", "refs")),
        FILING("filing", "filings", "created_at",
                List.of("filed_on", "docket", "export_files", "user_name", "created_at")),
        COURT_ORDER("court_order", "court orders", "created_at",
                List.of("filing_id", "kind", "order_date", "source", "user_name", "created_at")),
        DOJ_PULL("doj_pull", "DOJ pulls", "created_at",
                List.of("pulled_on", "file_name", "sha256", "size_bytes", "fingerprint", "county", "rows_read",
                        "rows_rejected", "relief_texts", "user_name", "created_at")),
        CONVICTION_EVENT("conviction_event", "conviction events", "event_date",
                List.of("ref", "kind", "source_id", "result", "relief", "event_date", "detail")),
        PULL_NEW("pull_new_conviction", "new convictions in pulls", "''",
                List.of("pull_id", "line", "subject_id", "count_order", "section", "level", "conviction_date",
                        "case_number"));

        private final String sql;
        private final String label;
        private final String timeColumn;
        private final List<String> columns;

        Table(String sql, String label, String timeColumn, List<String> columns) {
            this.sql = sql;
            this.label = label;
            this.timeColumn = timeColumn;
            this.columns = columns;
        }

        public String sqlName() {
            return sql;
        }

        /** The table stored under this SQL name, if it is one of the chained tables. */
        public static Optional<Table> bySqlName(String name) {
            for (Table t : values()) {
                if (t.sql.equals(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        /** How a person calls it ("audit log", "overrides", "review marks"). */
        public String label() {
            return label;
        }
    }

    /** The first entry at which a chain no longer holds. */
    public record Break(Table table, long entryId, String at, String problem) {
    }

    /**
     * The outcome of a check: entries checked per table, and the first break, if any. {@code followThrough}: the
     * entries of the follow-through tables together.
     */
    public record Result(long auditEntries, long overrides, long reviewMarks, long followThrough,
                         Optional<Break> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }

        public long total() {
            return auditEntries + overrides + reviewMarks + followThrough;
        }
    }

    /** The newest entry of one table's chain: its id and hash (id 0 and the genesis hash when it is empty). */
    public record Head(Table table, long id, String hash) {
    }

    private AuditChain() {
    }

    /**
     * Appends one entry with its hash (inside the caller's transaction). {@code values} follow the table's columns.
     *
     * @return the new entry's id
     */
    static long append(Connection c, Table t, Object... values) throws SQLException {
        if (values.length != t.columns.size()) {
            throw new IllegalArgumentException("expected " + t.columns.size() + " values for " + t.sql);
        }
        Head last = last(c, t);
        long lastId = last.id();
        String lastHash = last.hash();
        long id = lastId + 1;
        String hash = hash(lastHash, t, id, values);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(t.sql).append(" (id, ")
                .append(String.join(", ", t.columns)).append(", hash) VALUES (?");
        sql.append(", ?".repeat(t.columns.size() + 1)).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, id);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 2, values[i]);
            }
            ps.setString(values.length + 2, hash);
            ps.executeUpdate();
        }
        setHead(c, t, id, hash);
        return id;
    }

    /** The newest entry of a table as stored (inside the caller's transaction or a read). */
    static Head last(Connection c, Table t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash FROM " + t.sql + " ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Head(t, rs.getLong(1), rs.getString(2) == null ? GENESIS : rs.getString(2));
            }
        }
        return new Head(t, 0, GENESIS);
    }

    /** The SQL to insert one entry of a table with its id and hash. */
    static String insertSql(Table t) {
        return "INSERT INTO " + t.sql + " (id, " + String.join(", ", t.columns) + ", hash) VALUES (?"
                + ", ?".repeat(t.columns.size() + 1) + ")";
    }

    /** Records a table's newest entry in workspace_info (the chain's recorded end). */
    static void recordHead(Connection c, Table t, long id, String hash) throws SQLException {
        setHead(c, t, id, hash);
    }

    /** The values a table's entry holds, in column order (for an appender that checks them). */
    static int columnCount(Table t) {
        return t.columns.size();
    }

    /** Computes the chain of the entries already there (the migration that introduces it). */
    static void sealExisting(Connection c) throws SQLException {
        for (Table t : Table.values()) {
            if (!exists(c, t)) {
                continue; // a table of a later schema version: it starts its chain when it is made
            }
            String prev = GENESIS;
            long lastId = 0;
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", t.columns) + " FROM "
                    + t.sql + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, t));
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE " + t.sql + " SET hash = ? WHERE id = ?")) {
                for (Object[] r : rows) {
                    long id = (Long) r[0];
                    prev = hash(prev, t, id, java.util.Arrays.copyOfRange(r, 1, r.length));
                    up.setString(1, prev);
                    up.setLong(2, id);
                    up.executeUpdate();
                    lastId = id;
                }
            }
            if (lastId > 0) {
                setHead(c, t, lastId, prev);
            }
        }
    }

    /** Checks every chain of the workspace (reads only). */
    public static Result verify(Workspace workspace) {
        return workspace.read(c -> {
            if (!hasChain(c)) {
                throw new StoreException(workspace.path().getFileName() + " has no audit chain yet (it was written by "
                        + "an older version). Open it once with this version to start the chain.");
            }
            long[] counts = new long[Table.values().length];
            for (Table t : Table.values()) {
                if (!exists(c, t)) {
                    continue; // an older workspace opened read-only: that table comes with a later version
                }
                Optional<Break> b = verify(c, t, counts);
                if (b.isPresent()) {
                    return result(counts, b);
                }
            }
            return result(counts, Optional.empty());
        });
    }

    private static Result result(long[] counts, Optional<Break> broken) {
        long followThrough = 0;
        for (int i = 3; i < counts.length; i++) {
            followThrough += counts[i];
        }
        return new Result(counts[0], counts[1], counts[2], followThrough, broken);
    }

    /** The newest entry of every chain that exists in the workspace (reads only). */
    public static List<Head> heads(Workspace workspace) {
        return workspace.read(c -> {
            List<Head> out = new ArrayList<>();
            for (Table t : Table.values()) {
                if (exists(c, t)) {
                    out.add(last(c, t));
                }
            }
            return out;
        });
    }

    /**
     * Whether a table's chain, recomputed from its first entry up to entry {@code id}, ends in {@code hash}: the
     * entries up to that one are as they were when it was written. Empty when they are; else what is wrong.
     */
    public static Optional<String> checkUpTo(Workspace workspace, Table t, long id, String hash) {
        return workspace.read(c -> {
            if (id == 0) {
                return Optional.<String>empty();
            }
            if (!exists(c, t)) {
                return Optional.of("the workspace has no " + t.label + " at all");
            }
            String prev = GENESIS;
            long seen = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", t.columns) + ", hash FROM "
                    + t.sql + " WHERE id <= ? ORDER BY id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] r = row(rs, t);
                        long at = (Long) r[0];
                        String stored = rs.getString(t.columns.size() + 2);
                        String expected = hash(prev, t, at, java.util.Arrays.copyOfRange(r, 1, r.length));
                        if (!expected.equals(stored)) {
                            return Optional.of(t.label + " entry " + at + " no longer matches the chain: it, or an "
                                    + "entry before it, was changed, removed, inserted or moved");
                        }
                        prev = stored;
                        seen = at;
                    }
                }
            }
            if (seen != id) {
                return Optional.of(t.label + " entry " + id + " is no longer there");
            }
            if (!prev.equalsIgnoreCase(hash)) {
                return Optional.of(t.label + " entry " + id + " no longer has the hash it had");
            }
            return Optional.<String>empty();
        });
    }

    /** True when the table exists in this workspace (a read-only older workspace lacks later tables). */
    static boolean exists(Connection c, Table t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, t.sql);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static Optional<Break> verify(Connection c, Table t, long[] counts) throws SQLException {
        String prev = GENESIS;
        long lastId = 0;
        String lastAt = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", t.columns) + ", hash, "
                + t.timeColumn + " FROM " + t.sql + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] r = row(rs, t);
                long id = (Long) r[0];
                String stored = rs.getString(t.columns.size() + 2);
                String at = rs.getString(t.columns.size() + 3);
                String expected = hash(prev, t, id, java.util.Arrays.copyOfRange(r, 1, r.length));
                if (!expected.equals(stored)) {
                    return Optional.of(new Break(t, id, at, "entry " + id + " does not match the chain: it, or the "
                            + "entry before it, was changed, removed, inserted or moved outside ReliefDesk"));
                }
                counts[t.ordinal()]++;
                prev = stored;
                lastId = id;
                lastAt = at;
            }
        }
        String head = head(c, t);
        String actual = lastId == 0 ? null : lastId + " " + prev;
        if (head == null ? actual != null : !head.equals(actual)) {
            return Optional.of(new Break(t, lastId, lastAt, "the newest entries do not match the chain's recorded "
                    + "end (" + (head == null ? "none" : "entry " + head.substring(0, head.indexOf(' ')))
                    + "): entries were removed or added at the end outside ReliefDesk"));
        }
        return Optional.empty();
    }

    private static boolean hasChain(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pragma_table_info('audit_log') "
                + "WHERE name = 'hash'"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static Object[] row(ResultSet rs, Table t) throws SQLException {
        Object[] r = new Object[t.columns.size() + 1];
        r[0] = rs.getLong(1);
        for (int i = 0; i < t.columns.size(); i++) {
            r[i + 1] = rs.getObject(i + 2);
        }
        return r;
    }

    private static String head(Connection c, Table t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM workspace_info WHERE key = ?")) {
            ps.setString(1, HEAD_KEY + t.sql);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setHead(Connection c, Table t, long id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO workspace_info (key, value) VALUES (?, ?)")) {
            ps.setString(1, HEAD_KEY + t.sql);
            ps.setString(2, id + " " + hash);
            ps.executeUpdate();
        }
    }

    /**
     * SHA-256 (hex) of the previous hash, the table, the id and each value, every part written with its length so
     * that no two different entries give the same text; a null is written as {@code -}, a number as its digits.
     */
    static String hash(String previous, Table t, long id, Object[] values) {
        StringBuilder b = new StringBuilder(previous).append('\n').append(t.sql).append('\n').append(id).append('\n');
        for (Object v : values) {
            if (v == null) {
                b.append("-\n");
            } else {
                String s = v instanceof Number n ? Long.toString(n.longValue()) : v.toString();
                b.append(s.length()).append(':').append(s).append('\n');
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
