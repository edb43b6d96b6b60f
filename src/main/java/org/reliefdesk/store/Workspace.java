package org.reliefdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

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

    static {
        NativeSqlite.prepare();
    }

    private final Path path;
    private final Connection connection;
    /** Held while open for changes; null for a read-only view. */
    private final WorkspaceLock lock;
    /** How many automatic backups are kept, by count and total size. */
    private final BackupLimits limits;
    /** What opening had to do first, one line each: an interrupted change undone, an empty file set up. */
    private final List<String> notes;

    Workspace(Path path, Connection connection, WorkspaceLock lock, BackupLimits limits, List<String> notes) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.limits = limits;
        this.notes = List.copyOf(notes);
    }

    /** Opens an existing workspace or creates a new one at {@code path}, with the default backup limits. */
    public static Workspace openOrCreate(Path path) {
        return openOrCreate(path, BackupLimits.DEFAULT);
    }

    /**
     * Opens an existing workspace or creates a new one at {@code path}. An empty file (a workspace whose creation was
     * interrupted before anything was saved in it, or a file made empty on purpose, e.g. by mktemp) is set up as a
     * new workspace, and {@link #notes} says so.
     */
    public static Workspace openOrCreate(Path path, BackupLimits limits) {
        return Files.exists(path) ? WorkspaceOpening.existing(path, limits, true) : create(path, limits);
    }

    /** True for an existing file of zero bytes (no journal beside it to undo first). */
    public static boolean isEmptyFile(Path path) {
        return WorkspaceOpening.isEmptyFile(path);
    }

    /** Creates a new, empty workspace with the default backup limits; refuses to touch an existing file. */
    public static Workspace create(Path path) {
        return create(path, BackupLimits.DEFAULT);
    }

    /** Creates a new, empty workspace; refuses to touch an existing file. */
    public static Workspace create(Path path, BackupLimits limits) {
        return WorkspaceOpening.create(path, limits);
    }

    /** As {@link #open(Path, BackupLimits)} with the default backup limits. */
    public static Workspace open(Path path) {
        return open(path, BackupLimits.DEFAULT);
    }

    /**
     * Opens an existing workspace for changes, after checking it is one that this version can read and that it is
     * intact; refuses one that another program or window has open for changes (see {@link WorkspaceLock}). A change
     * left unfinished by a crash is undone first ({@link #notes} says so).
     */
    public static Workspace open(Path path, BackupLimits limits) {
        return WorkspaceOpening.existing(path, limits, false);
    }

    /**
     * Opens an existing workspace only to read it (no migration, nothing of it written), even while another program
     * has it open for changes. A change left unfinished by a crash is first undone under the workspace's lock, the
     * one write this makes ({@link #notes} says so); if it cannot be (read-only or full disk), nothing is touched and
     * the message says what to do.
     */
    public static Workspace openReadOnly(Path path) {
        return WorkspaceOpening.readOnly(path);
    }

    /**
     * Undoes a change left unfinished by a crash, a kill or a full disk, unless a program has the workspace open for
     * changes; returns the line that says so, or empty when there was nothing to undo.
     *
     * @throws StoreException when it cannot be undone here (read-only or full disk): nothing is touched
     */
    public static Optional<String> undoInterruptedChange(Path path) {
        return Files.isRegularFile(path) ? InterruptedChange.undoUnlessHeld(path) : Optional.empty();
    }

    /** What opening had to do first, one line each (an interrupted change undone, an empty file set up). */
    public List<String> notes() {
        return notes;
    }

    /**
     * A second, read-only connection to this workspace, for reading on another thread while this one is idle or
     * only reading too (never while this connection writes: the journal mode lets one side wait for the other).
     */
    public Workspace readOnlyView() {
        return WorkspaceOpening.readOnlyConnection(path, List.of());
    }

    /**
     * Runs {@code here} on this connection while {@code beside} reads through a second, read-only one on a thread of
     * its own (two reads at once, on two cores); returns what {@code beside} read. Either failing fails the whole,
     * and the second connection is always closed before this returns.
     */
    public <T> T readBeside(java.util.function.Function<Workspace, T> beside, Runnable here) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(() -> {
            try (Workspace reader = readOnlyView()) {
                return beside.apply(reader);
            }
        });
        Thread t = new Thread(task, "reliefdesk-read-beside");
        t.setDaemon(true);
        t.start();
        try {
            here.run();
        } catch (RuntimeException e) {
            try {
                task.get();
            } catch (Exception ignored) {
                // only waited for, so its connection is closed; the failure here is the one reported
            }
            throw e;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    Connection connection() {
        return connection;
    }

    /** Sets the pragmas; only once the file is known to be ours, since journal_mode rewrites a foreign WAL file. */
    void configure() {
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

    /** Applies pending migrations in one transaction; an existing workspace is backed up first. */
    void migrate(boolean existing) {
        int version = WorkspaceFormat.userVersion(connection, path);
        if (version >= MIGRATIONS.size()) {
            return;
        }
        if (existing && version > 0) {
            backup("upgrade", java.time.Instant.now());
        }
        inTransaction(c -> {
            WorkspaceFormat.migrate(c, version);
            return null;
        });
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

    /**
     * Stores a value in the workspace_info table (replacing the previous one), in the transaction under way or in one
     * of its own.
     */
    public void setInfo(String key, String value) {
        if (WorkspaceFormat.FORMAT_KEY.equals(key)) {
            throw new IllegalArgumentException("the workspace format marker cannot be changed");
        }
        inCurrentTransaction(c -> {
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
        return WorkspaceBackups.take(connection, path, before, at, limits);
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

    /**
     * Runs {@code work} in one transaction: all of it is committed, or (on any failure) none of it.
     *
     * <p>After some failures (a full disk, an I/O error) SQLite has already rolled the transaction back itself; the
     * driver's own "rollback" and "commit" then fail with "no transaction is active". Those are added to the real
     * failure, never put in its place (a full disk used to be reported as "cannot commit - no transaction is active").
     */
    <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("save the change", e);
        }
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(e);
            endTransactionQuietly(e);
            settle();
            if (e instanceof SQLException sql) {
                throw failure("save the change", sql);
            }
            if (e instanceof SqlFailure f) {
                throw failure("save the change", f.sql());
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("save the change", e);
        }
        return result;
    }

    /** Back to auto-commit after a failure; the driver's "commit" of an already ended transaction is expected to fail. */
    private void endTransactionQuietly(Throwable cause) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * After a failed write (a full disk above all), SQLite may leave its journal beside the file until the next read;
     * reading once now plays it back, so the file is as it was before the change and no journal is left behind.
     */
    private void settle() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
            rs.next();
        } catch (SQLException e) {
            // the next open undoes it (InterruptedChange)
        }
    }

    /**
     * Runs a use case's repository calls in one transaction (repositories join it): all of their changes are
     * committed, or, when {@code work} fails, none.
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return inCurrentTransaction(c -> work.get());
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
        if (DiskSpace.isFull(e)) {
            Path folder = path.toAbsolutePath().getParent();
            return new StoreException("Could not " + what + ": the disk holding " + (folder == null ? path : folder)
                    + " is full. Nothing was changed: the workspace " + path.getFileName() + " is as it was before. "
                    + "Free some space on that disk and try again.", e);
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
