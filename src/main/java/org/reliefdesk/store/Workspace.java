package org.reliefdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One workspace file: a SQLite database holding a county's imports, runs, decisions, overrides and audit log.
 * Opening checks that the file really is a workspace this version can read, then applies pending migrations
 * in one transaction (tracked by {@code PRAGMA user_version}).
 *
 * <p>Journal mode is a rollback journal, not WAL: see docs/decisions/0002-rollback-journal.md. A write that
 * is interrupted (cancel, crash, kill) leaves a journal that SQLite rolls back on the next open.
 */
public final class Workspace implements AutoCloseable {
    /** The schema version this build reads and writes. */
    public static final int SCHEMA_VERSION = 5;
    static final List<String> MIGRATIONS = List.of("V001__workspace.sql", "V002__review_marks.sql",
            "V003__audit_chain.sql", "V004__court_records.sql", "V005__follow_through.sql");
    /** In a migration file: where ReliefDesk computes the audit chain of the entries already there. */
    private static final String SEAL_MARKER = "-- @seal-existing-entries";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String FORMAT_KEY = "format";
    private static final String FORMAT_VALUE = "reliefdesk-workspace";

    static {
        NativeSqlite.prepare();
    }

    private final Path path;
    private final Connection connection;
    /** Held while open for changes; null for a read-only view. */
    private final WorkspaceLock lock;

    private Workspace(Path path, Connection connection, WorkspaceLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
    }

    /** Opens an existing workspace or creates a new one at {@code path}. */
    public static Workspace openOrCreate(Path path) {
        if (isEmptyFile(path)) {
            // a file made empty on purpose for the new workspace (e.g. by mktemp): the command line may fill it
            return initialise(connect(path, WorkspaceLock.acquire(path)), false);
        }
        return Files.exists(path) ? open(path) : create(path);
    }

    private static boolean isEmptyFile(Path path) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sets the pragmas and applies pending migrations; when {@code existing}, first checks that it is a workspace
     * this version can read and that SQLite finds it intact (nothing is written to a file that fails).
     */
    private static Workspace initialise(Workspace w, boolean existing) {
        try {
            if (existing) {
                w.checkIntact();
                w.checkIsWorkspace();
            }
            w.configure();
            w.migrate(existing);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** Creates a new, empty workspace; refuses to touch an existing file. */
    public static Workspace create(Path path) {
        if (Files.exists(path)) {
            throw new StoreException("A file already exists at " + path + "; choose another name for the new "
                    + "workspace.");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("The folder for the workspace " + path + " cannot be created: "
                    + e.getMessage() + ".", e);
        }
        return initialise(connect(path, WorkspaceLock.acquire(path)), false);
    }

    /**
     * Opens an existing workspace for changes, after checking it is one that this version can read and that it is
     * intact; refuses one that another program or window has open for changes (see {@link WorkspaceLock}).
     */
    public static Workspace open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("There is no workspace file at " + path + ".");
        }
        checkLooksLikeSqlite(path);
        return initialise(connect(path, WorkspaceLock.acquire(path)), true);
    }

    /**
     * Opens an existing workspace only to read it (no lock taken, no migration, nothing written), even while
     * another program has it open for changes.
     */
    public static Workspace openReadOnly(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("There is no workspace file at " + path + ".");
        }
        checkLooksLikeSqlite(path);
        Workspace w = readOnly(path);
        try {
            w.checkIsWorkspace();
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * A second, read-only connection to this workspace, for reading on another thread while this one is idle or
     * only reading too (never while this connection writes: the journal mode lets one side wait for the other).
     */
    public Workspace readOnlyView() {
        return readOnly(path);
    }

    private static Workspace readOnly(Path path) {
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
            return new Workspace(path, c, null);
        } catch (SQLException e) {
            throw new StoreException("The workspace " + path + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static void checkLooksLikeSqlite(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                throw new StoreException(path.getFileName() + " is an empty file, not a ReliefDesk workspace.");
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(path.getFileName() + " is not a ReliefDesk workspace (it is not a "
                        + "database file).");
            }
        } catch (IOException e) {
            throw new StoreException("The workspace " + path + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static Workspace connect(Path path, WorkspaceLock lock) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            return new Workspace(path, c, lock);
        } catch (SQLException e) {
            lock.close();
            throw new StoreException("The workspace " + path + " cannot be opened: " + e.getMessage() + ".", e);
        }
    }

    /**
     * SQLite's quick check of the whole file (page and b-tree structure, without cross-checking every index: about
     * 0.3 s for a 670 MB workspace, against 1.1 s for the full check). Refuses a damaged file before anything
     * is written to it.
     */
    private void checkIntact() {
        String result;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(b.length() > 0 ? "; " : "").append(rs.getString(1));
            }
            result = b.toString();
        } catch (SQLException e) {
            result = e.getMessage();
        }
        if (!"ok".equals(result)) {
            throw damaged(path, result);
        }
    }

    /** The message for a workspace file that SQLite finds damaged. */
    static StoreException damaged(Path path, String detail) {
        return new StoreException(path.getFileName() + " is damaged and was not opened (SQLite's check found: "
                + shorten(detail) + "). The file was left as it is. Restore it from a backup (File > Restore from "
                + "backup, or the restore command), or open a copy made before the damage.");
    }

    private static String shorten(String s) {
        String t = s == null ? "unreadable" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    /** Sets the pragmas; only once the file is known to be ours, since journal_mode rewrites a foreign WAL file. */
    private void configure() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA page_size = " + 65536);
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA synchronous = " + System.getProperty("rd.sync", "FULL"));
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA cache_size = -" + 32768);
            s.execute("PRAGMA temp_store = FILE");
        } catch (SQLException e) {
            throw new StoreException("The workspace " + path + " cannot be opened: " + e.getMessage() + ".", e);
        }
    }

    private void checkIsWorkspace() {
        int version = userVersion();
        if (version > SCHEMA_VERSION) {
            throw new StoreException(path.getFileName() + " was written by a newer version of ReliefDesk (workspace "
                    + "format " + version + "; this version reads up to " + SCHEMA_VERSION + "). Open it with that "
                    + "version or newer.");
        }
        boolean hasTables;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            hasTables = rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw damaged(path, e.getMessage());
        }
        if (version == 0 && hasTables || version > 0 && !FORMAT_VALUE.equals(info(FORMAT_KEY))) {
            throw new StoreException(path.getFileName() + " is a database, but not a ReliefDesk workspace.");
        }
    }

    private int userVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException(path.getFileName() + " is not a readable ReliefDesk workspace: "
                    + e.getMessage() + ".", e);
        }
    }

    /** Applies pending migrations in one transaction; an existing workspace is backed up first. */
    private void migrate(boolean existing) {
        int version = userVersion();
        if (version >= MIGRATIONS.size()) {
            return;
        }
        if (existing && version > 0) {
            backup("upgrade", java.time.Instant.now());
        }
        inTransaction(c -> {
            for (int v = version; v < MIGRATIONS.size(); v++) {
                String sql = resource("/db/migrations/" + MIGRATIONS.get(v));
                int seal = sql.indexOf(SEAL_MARKER);
                try (Statement s = c.createStatement()) {
                    if (seal < 0) {
                        s.executeUpdate(sql);
                    } else {
                        s.executeUpdate(sql.substring(0, seal));
                        AuditChain.sealExisting(c);
                        s.executeUpdate(sql.substring(seal));
                    }
                    s.execute("PRAGMA user_version = " + (v + 1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO workspace_info (key, value) VALUES (?, ?)")) {
                ps.setString(1, FORMAT_KEY);
                ps.setString(2, FORMAT_VALUE);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String resource(String name) {
        try (InputStream in = Workspace.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("The application is damaged: " + name + " cannot be read.", e);
        }
    }

    /** A value of the workspace_info table, or null. */
    public String info(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM workspace_info WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read the workspace settings", e);
        }
    }

    /** Stores a value in the workspace_info table (replacing the previous one), in one transaction. */
    public void setInfo(String key, String value) {
        if (FORMAT_KEY.equals(key)) {
            throw new IllegalArgumentException("the workspace format marker cannot be changed");
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO workspace_info (key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Refuses a workspace that another program or window is writing: takes and gives back the write lock, waiting
     * at most a moment.
     */
    public void checkNotLocked() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 250");
            try {
                s.execute("BEGIN IMMEDIATE");
                s.execute("ROLLBACK");
            } finally {
                s.execute("PRAGMA busy_timeout = 5000");
            }
        } catch (SQLException e) {
            throw failure("open the workspace for changes", e);
        }
    }

    public Path path() {
        return path;
    }

    /**
     * Copies the whole workspace with SQLite's online backup into its backup folder, before a change named by
     * {@code before} (import, evaluation, upgrade), keeping the latest few; see {@link WorkspaceBackups}.
     */
    public WorkspaceBackups.Backup backup(String before, java.time.Instant at) {
        return WorkspaceBackups.take(connection, path, before, at);
    }

    /** SQLite's own consistency check of the whole file: {@code ok}, or the first problems it found. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder b = new StringBuilder();
                while (rs.next()) {
                    b.append(b.length() > 0 ? "; " : "").append(rs.getString(1));
                }
                return b.toString();
            }
        });
    }

    /** Number of rows in a workspace table (for checks and tests). */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Work on the connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or (on any failure) none of it. */
    <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                if (e instanceof SQLException sql) {
                    throw failure("save the change", sql);
                }
                if (e instanceof SqlFailure f) {
                    throw failure("save the change", f.sql());
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("save the change", e);
        }
    }

    /** Runs {@code work} inside the transaction under way, or in a transaction of its own when there is none. */
    <T> T inCurrentTransaction(SqlWork<T> work) {
        boolean inOne;
        try {
            inOne = !connection.getAutoCommit();
        } catch (SQLException e) {
            throw failure("save the change", e);
        }
        return inOne ? read(work) : inTransaction(work);
    }

    /** Reads with the plain connection (auto-commit). */
    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure("read the workspace", e);
        } catch (SqlFailure e) {
            throw failure("read the workspace", e.sql());
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    StoreException failure(String what, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return new StoreException("Could not " + what + ": the disk holding " + path + " is full.", e);
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("locked")) {
            return new StoreException("Could not " + what + ": the workspace " + path.getFileName()
                    + " is in use by another program or window.", e);
        }
        if (msg.contains("SQLITE_READONLY") || msg.contains("readonly")) {
            return new StoreException("Could not " + what + ": the workspace " + path.getFileName()
                    + " is read-only.", e);
        }
        return new StoreException("Could not " + what + " in the workspace " + path.getFileName() + ": " + msg, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("The workspace " + path + " did not close cleanly: " + e.getMessage(), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
