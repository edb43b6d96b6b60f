package org.reliefdesk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * A change left unfinished by a kill, a power cut or a full disk: SQLite's hot journal ({@code NAME-journal})
 * beside the workspace, holding the pages as they were before the change. SQLite undoes it on the next read, but
 * only through a connection that may write; a read-only connection fails with SQLITE_READONLY_ROLLBACK. So every
 * open undoes it first, under the one-writer lock, and says so (docs/decisions/0013-interrupted-changes-and-disk-space.md).
 */
final class InterruptedChange {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedChange.class);
    /** The one line said when an interrupted change was undone. */
    static final String UNDONE = "The last change was interrupted and has been undone; the workspace is as it was "
            + "before it.";

    private InterruptedChange() {
    }

    static Path journal(Path workspace) {
        Path abs = workspace.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + "-journal");
    }

    /** A journal with content lies beside the workspace (hot, unless a program is writing right now). */
    static boolean present(Path workspace) {
        try {
            return Files.size(journal(workspace)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * For a read-only open: undoes an interrupted change under the workspace's lock, when nobody has it open for
     * changes (a program that has it open is alive, and its journal is no leftover: SQLite lets readers wait).
     */
    static Optional<String> undoUnlessHeld(Path workspace) {
        if (!present(workspace)) {
            return Optional.empty();
        }
        checkWritable(workspace);
        Optional<WorkspaceLock> lock;
        try {
            lock = WorkspaceLock.tryAcquire(workspace);
        } catch (StoreException e) {
            throw cannotUndo(workspace, DiskSpace.isFull(e) ? "the disk holding it is full" : "its lock file cannot "
                    + "be written", DiskSpace.isFull(e));
        }
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return undo(workspace);
        } finally {
            lock.get().close();
        }
    }

    /**
     * Lets SQLite roll back the interrupted change; the caller holds the workspace's lock. Empty when there was
     * nothing to undo.
     *
     * @throws StoreException when it cannot be undone here (read-only folder or disk, full disk); nothing is touched
     */
    static Optional<String> undo(Path workspace) {
        if (!present(workspace)) {
            return Optional.empty();
        }
        checkWritable(workspace);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
                rs.next(); // the first read of the file: SQLite plays the journal back here
            }
        } catch (SQLException e) {
            throw explain(workspace, e);
        }
        if (present(workspace)) {
            // a program that does not know our lock file is writing it: its journal is not a leftover
            return Optional.empty();
        }
        LOG.info("interrupted change undone in {} ms", (System.nanoTime() - started) / 1_000_000);
        return Optional.of(UNDONE);
    }

    /** Refuses, touching nothing, where the undo could not be written: a read-only file, folder or disk. */
    private static void checkWritable(Path workspace) {
        Path abs = workspace.toAbsolutePath();
        Path folder = abs.getParent();
        boolean readOnlyDisk;
        try {
            readOnlyDisk = Files.getFileStore(abs).isReadOnly();
        } catch (IOException e) {
            readOnlyDisk = false;
        }
        if (readOnlyDisk) {
            throw cannotUndo(workspace, "the disk (or card) holding it is read-only", false);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw cannotUndo(workspace, "its folder " + folder + " is read-only", false);
        }
        if (!Files.isWritable(abs) || !Files.isReadable(journal(abs))) {
            throw cannotUndo(workspace, "the file is read-only", false);
        }
    }

    private static StoreException explain(Path workspace, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(Locale.ROOT);
        if (DiskSpace.isFull(e)) {
            return cannotUndo(workspace, "the disk holding it is full", true);
        }
        if (lower.contains("readonly") || lower.contains("read-only")) {
            return cannotUndo(workspace, "it cannot be written (read-only)", false);
        }
        if (lower.contains("ioerr") || lower.contains("disk i/o")) {
            return cannotUndo(workspace, "the disk reported an error while writing (" + msg.strip() + ")", false);
        }
        return WorkspaceFormat.damaged(workspace, msg);
    }

    private static StoreException cannotUndo(Path workspace, String why, boolean full) {
        String name = String.valueOf(workspace.getFileName());
        String journal = String.valueOf(journal(workspace).getFileName());
        return new StoreException(name + " has a change that was interrupted (" + journal + " beside it holds what "
                + "it was before), and it cannot be undone here: " + why + ". Both files were left as they are. "
                + (full ? "Free some space on that disk and try again, or copy both files, " + name + " and "
                + journal + ", together to a disk with free space and open the copy there."
                : "Copy both files, " + name + " and " + journal + ", together to a disk you can write to and open "
                + "the copy there."));
    }
}
