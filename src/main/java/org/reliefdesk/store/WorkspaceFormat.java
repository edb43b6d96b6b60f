package org.reliefdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What makes a file a workspace this version can read: SQLite's header, an intact file, the format marker and a
 * schema version not newer than ours; and the versioned migrations that bring an older one up to date.
 */
final class WorkspaceFormat {
    private static final List<String> MIGRATIONS = Workspace.MIGRATIONS;
    static final String FORMAT_KEY = "format";
    private static final String FORMAT_VALUE = "reliefdesk-workspace";
    /** In a migration file: where ReliefDesk computes the audit chain of the entries already there. */
    private static final String SEAL_MARKER = "-- @seal-existing-entries";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFormat() {
    }

    /** Refuses an empty file and a file that is no SQLite database, before SQLite touches it. */
    static void checkLooksLikeSqlite(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                throw new StoreException(path.getFileName() + " is empty: it holds no workspace yet (its creation was "
                        + "interrupted before anything was saved in it, or it is a new empty file). Open it in "
                        + "ReliefDesk, which offers to set it up, or name it in the run command.");
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(path.getFileName() + " is not a ReliefDesk workspace (it is not a "
                        + "database file).");
            }
        } catch (IOException e) {
            throw new StoreException("The workspace " + path + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /**
     * SQLite's quick check of the whole file (page and b-tree structure, without cross-checking every index: about
     * 0.3 s for a 670 MB workspace, against 1.1 s for the full check). Refuses a damaged file before anything
     * is written to it.
     */
    static void checkIntact(Connection connection, Path path) {
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

    /** Refuses a database that is not a workspace, and a workspace of a newer version. */
    static void checkIsWorkspace(Connection connection, Path path) {
        int version = userVersion(connection, path);
        if (version > Workspace.SCHEMA_VERSION) {
            throw new StoreException(path.getFileName() + " was written by a newer version of ReliefDesk (workspace "
                    + "format " + version + "; this version reads up to " + Workspace.SCHEMA_VERSION + "). Open it with that "
                    + "version or newer.");
        }
        boolean hasTables;
        String format = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            hasTables = rs.getInt(1) > 0;
            if (version > 0) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT value FROM workspace_info WHERE key = ?")) {
                    ps.setString(1, FORMAT_KEY);
                    try (ResultSet f = ps.executeQuery()) {
                        format = f.next() ? f.getString(1) : null;
                    }
                }
            }
        } catch (SQLException e) {
            if (version > 0 && String.valueOf(e.getMessage()).contains("no such table")) {
                throw new StoreException(path.getFileName() + " is a database, but not a ReliefDesk workspace.", e);
            }
            throw damaged(path, e.getMessage());
        }
        if (version == 0 && hasTables || version > 0 && !FORMAT_VALUE.equals(format)) {
            throw new StoreException(path.getFileName() + " is a database, but not a ReliefDesk workspace.");
        }
    }

    /** The schema version ({@code PRAGMA user_version}). */
    static int userVersion(Connection connection, Path path) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("READONLY_ROLLBACK")) {
                throw new StoreException(path.getFileName() + " has a change under way in the program that has it "
                        + "open for changes; it cannot be read until that change is finished or undone there. Try "
                        + "again in a moment, or close it there first.", e);
            }
            throw new StoreException(path.getFileName() + " is not a readable ReliefDesk workspace: "
                    + e.getMessage() + ".", e);
        }
    }

    /** Applies the migrations after version {@code from}, inside the caller's transaction. */
    static void migrate(Connection c, int from) throws SQLException {
        for (int v = from; v < MIGRATIONS.size(); v++) {
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
    }

    private static String resource(String name) {
        try (InputStream in = WorkspaceFormat.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("The application is damaged: " + name + " cannot be read.", e);
        }
    }
}
