package org.reliefdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How a workspace file is opened: for changes under the one-writer lock (an interrupted change undone first, the
 * file checked, pending migrations applied), or only to read it; {@link Workspace}'s static methods call these.
 */
final class WorkspaceOpening {
    private WorkspaceOpening() {
    }

    static boolean isEmptyFile(Path path) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == 0 && !InterruptedChange.present(path);
        } catch (IOException e) {
            return false;
        }
    }

    static Workspace create(Path path, BackupLimits limits) {
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
        return initialise(connect(path, WorkspaceLock.acquire(path), limits, List.of()), false);
    }

    /** An existing file, for changes; {@code setUpEmpty}: an empty file becomes a new workspace (else refused). */
    static Workspace existing(Path path, BackupLimits limits, boolean setUpEmpty) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("There is no workspace file at " + path + ".");
        }
        if (!InterruptedChange.present(path) && !(setUpEmpty && isEmptyFile(path))) {
            WorkspaceFormat.checkLooksLikeSqlite(path); // refused before a lock file is made beside it
        }
        WorkspaceLock lock = WorkspaceLock.acquire(path);
        List<String> notes = new ArrayList<>();
        boolean empty;
        try {
            InterruptedChange.undo(path).ifPresent(notes::add);
            empty = setUpEmpty && isEmptyFile(path);
            if (empty) {
                notes.add(path.getFileName() + " was an empty file (a workspace whose creation was interrupted "
                        + "before anything was saved in it, or a new empty file); it has been set up as a new, empty "
                        + "workspace.");
            } else {
                WorkspaceFormat.checkLooksLikeSqlite(path);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return initialise(connect(path, lock, limits, notes), !empty);
    }

    static Workspace readOnly(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("There is no workspace file at " + path + ".");
        }
        List<String> notes = InterruptedChange.undoUnlessHeld(path).map(List::of).orElse(List.of());
        WorkspaceFormat.checkLooksLikeSqlite(path);
        Workspace w = readOnlyConnection(path, notes);
        try {
            WorkspaceFormat.checkIsWorkspace(w.connection(), path);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    static Workspace readOnlyConnection(Path path, List<String> notes) {
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
            return new Workspace(path, c, null, BackupLimits.DEFAULT, notes);
        } catch (SQLException e) {
            throw new StoreException("The workspace " + path + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static Workspace connect(Path path, WorkspaceLock lock, BackupLimits limits, List<String> notes) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            return new Workspace(path, c, lock, limits, notes);
        } catch (SQLException e) {
            lock.close();
            throw new StoreException("The workspace " + path + " cannot be opened: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Sets the pragmas and applies pending migrations; when {@code existing}, first checks that it is a workspace
     * this version can read and that SQLite finds it intact (nothing is written to a file that fails).
     */
    private static Workspace initialise(Workspace w, boolean existing) {
        try {
            if (existing) {
                WorkspaceFormat.checkIntact(w.connection(), w.path());
                WorkspaceFormat.checkIsWorkspace(w.connection(), w.path());
            }
            w.configure();
            w.migrate(existing);
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }
}
