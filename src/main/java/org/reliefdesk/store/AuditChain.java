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
                List.of("subject_id", "count_order", "reviewed", "user_name", "created_at"));

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

        /** How a person calls it ("audit log", "overrides", "review marks"). */
        public String label() {
            return label;
        }
    }

    /** The first entry at which a chain no longer holds. */
    public record Break(Table table, long entryId, String at, String problem) {
    }

    /** The outcome of a check: entries checked per table, and the first break, if any. */
    public record Result(long auditEntries, long overrides, long reviewMarks, Optional<Break> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }

        public long total() {
            return auditEntries + overrides + reviewMarks;
        }
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
        long lastId = 0;
        String lastHash = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash FROM " + t.sql + " ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                lastId = rs.getLong(1);
                lastHash = rs.getString(2) == null ? GENESIS : rs.getString(2);
            }
        }
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

    /** Computes the chain of the entries already there (the migration that introduces it). */
    static void sealExisting(Connection c) throws SQLException {
        for (Table t : Table.values()) {
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
                Optional<Break> b = verify(c, t, counts);
                if (b.isPresent()) {
                    return new Result(counts[0], counts[1], counts[2], b);
                }
            }
            return new Result(counts[0], counts[1], counts[2], Optional.empty());
        });
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
