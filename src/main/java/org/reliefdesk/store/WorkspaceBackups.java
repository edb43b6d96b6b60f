package org.reliefdesk.store;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic backups of a workspace, in the folder {@code NAME.reliefdesk.backups} beside it: one complete copy
 * (SQLite's online backup, so consistent even mid-session) before each bulk change, kept within {@link BackupLimits}
 * (by count and total size, the oldest removed first; the user's settings give them). A backup is named
 * {@code 20261205-140233-123Z-import.reliefdesk}: when it was taken (UTC) and which change followed it; it is written
 * under a temporary name and renamed once complete, so a listed backup is always whole.
 */
public final class WorkspaceBackups {
    private static final String SUFFIX = ".reliefdesk";
    private static final String PARTIAL = ".part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS",
            Locale.ROOT);
    /** {@code 20240506-070809-000Z-import}; a space is for the court imports' backups of version 1.0 and before. */
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6}-\\d{3})Z-([a-z -]+)(-\\d+)?");
    /** How a new backup names the change it precedes: what {@link #NAME} reads back. */
    private static final Pattern BEFORE = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceBackups() {
    }

    /** One backup: its id (the file name without extension), when it was taken, the change it preceded, size. */
    public record Backup(String id, Instant takenAt, String before, long bytes, Path file) {
    }

    /** The backup folder of a workspace. */
    public static Path folder(Path workspace) {
        Path abs = workspace.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".backups");
    }

    /** The workspace's backups, newest first (an empty list when there are none). */
    public static List<Backup> list(Path workspace) {
        Path dir = folder(workspace);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String id = f.getFileName().toString();
                id = id.substring(0, id.length() - SUFFIX.length());
                Matcher m = NAME.matcher(id);
                if (m.matches()) {
                    try {
                        Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                        out.add(new Backup(id, at, m.group(2), Files.size(f), f));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours, or gone meanwhile: not listed
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("The backups of " + workspace.getFileName() + " cannot be listed: "
                    + e.getMessage() + ".", e);
        }
        // same time (a clock set back, or a fixed one in tests): the file written last first
        out.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> modified(b.file())).reversed());
        return out;
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** One backup by id. */
    public static Optional<Backup> find(Path workspace, String id) {
        return list(workspace).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    static Backup take(Connection connection, Path workspace, String before, Instant at, BackupLimits limits) {
        if (!BEFORE.matcher(before).matches()) {
            // a name the listing could not read would be a backup never shown, restored or pruned
            throw new IllegalArgumentException("a backup names its change in lower-case words joined by hyphens: "
                    + before);
        }
        Path dir = folder(workspace);
        Path target = null;
        Path partial = null;
        try {
            DiskSpace.ofFileSystem().estimate("the backup before the " + before).add(dir, bytesOf(workspace)).check();
            Files.createDirectories(dir);
            deletePartials(dir);
            target = newName(dir, before, at);
            partial = target.resolveSibling(target.getFileName() + PARTIAL);
            ((SQLiteConnection) connection).getDatabase().backup("main", partial.toString(), null);
            forceToDisk(partial);
            move(partial, target);
            forceFolder(dir);
            prune(workspace, limits);
            return new Backup(stem(target), at, before, Files.size(target), target);
        } catch (IOException | SQLException e) {
            deleteQuietly(partial);
            String why = DiskSpace.isFull(e) ? "the disk is full" : String.valueOf(e.getMessage());
            throw new StoreException("The workspace was not changed: its backup before the " + before
                    + " could not be written to " + dir + " (" + why + ").", e);
        }
    }

    /** The size of a workspace file, which its backup (a page-by-page copy) will have. */
    public static long bytesOf(Path workspace) {
        try {
            return Files.size(workspace);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Puts a backup in place of the workspace. The caller holds the workspace's lock. Safe at every step: the backup
     * is checked in full, copied beside the workspace and checked again, the current file is kept as a backup
     * ("restore") first, and only then is the copy renamed over it; a failure anywhere leaves the workspace as it was.
     *
     * @return the backup the current file was kept as, or empty when there was no current file
     * @throws StoreException when the workspace is open for changes elsewhere, or the backup is unusable
     */
    public static Optional<Backup> restore(Path workspace, String id, Instant at, BackupLimits limits) {
        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        try {
            return restore(workspace, id, Workspace.SCHEMA_VERSION, at, limits);
        } finally {
            lock.close();
        }
    }

    private static Optional<Backup> restore(Path workspace, String id, int schemaVersion, Instant at,
                                            BackupLimits limits) {
        Backup backup = find(workspace, id).orElseThrow(() -> new StoreException("There is no backup \"" + id
                + "\" of " + workspace.getFileName() + ". The backups are listed by the backups command."));
        // the copy beside the workspace, and the current file kept as a backup
        DiskSpace.ofFileSystem().estimate("the restore").add(workspace, backup.bytes())
                .add(folder(workspace), bytesOf(workspace)).check();
        check(backup.file(), schemaVersion, backup.id());
        Path abs = workspace.toAbsolutePath();
        Path journal = abs.resolveSibling(abs.getFileName() + "-journal");
        Path copy = abs.resolveSibling(abs.getFileName() + ".restoring");
        try {
            if (Files.exists(journal)) {
                rollBackUnfinished(abs);
            }
            if (Files.exists(journal)) {
                throw new StoreException(workspace.getFileName() + " has an unfinished change that SQLite cannot roll "
                        + "back, so it was not replaced. Copy " + workspace.getFileName() + " and "
                        + journal.getFileName() + " aside together, then remove both and restore again.");
            }
            Files.copy(backup.file(), copy, StandardCopyOption.REPLACE_EXISTING);
            check(copy, schemaVersion, backup.id());
            Optional<Backup> kept = Optional.empty();
            if (Files.exists(abs)) {
                Path dir = folder(abs);
                Path target = newName(dir, "restore", at);
                Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
                Files.copy(abs, partial, StandardCopyOption.REPLACE_EXISTING);
                forceToDisk(partial);
                move(partial, target);
                kept = Optional.of(new Backup(stem(target), at, "restore", Files.size(target), target));
            }
            forceToDisk(copy);
            move(copy, abs);
            forceFolder(abs.getParent());
            prune(abs, limits, backup.id());
            return kept;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StoreException("The backup was not restored; " + workspace.getFileName() + " is as it was ("
                    + e.getMessage() + ").", e);
        }
    }

    /**
     * Checks that a file is a whole, undamaged workspace this version can read (SQLite's full integrity check).
     */
    static void check(Path file, int schemaVersion, String id) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new StoreException("The backup " + id + " is not a workspace file; it was not restored.");
            }
        } catch (IOException e) {
            throw new StoreException("The backup " + id + " cannot be read: " + e.getMessage() + ".", e);
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(5)")) {
                rs.next();
                String result = rs.getString(1);
                if (!"ok".equals(result)) {
                    throw new StoreException("The backup " + id + " is damaged (" + result + "); it was not restored.");
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                int v = rs.getInt(1);
                if (v < 1 || v > schemaVersion) {
                    throw new StoreException("The backup " + id + " is not a workspace this version can read "
                            + "(format " + v + "); it was not restored.");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("The backup " + id + " is damaged (" + e.getMessage() + "); it was not "
                    + "restored.", e);
        }
    }

    /** Lets SQLite roll back a change left unfinished by a crash (its journal beside the file). */
    private static void rollBackUnfinished(Path workspace) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
            rs.next();
        } catch (SQLException e) {
            // damaged: the caller refuses while the journal is still there
        }
    }

    private static Path newName(Path dir, String before, Instant at) {
        String base = STAMP.format(at.atOffset(ZoneOffset.UTC)) + "Z-" + before;
        Path p = dir.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(base + "-" + n + SUFFIX);
        }
        return p;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - SUFFIX.length());
    }

    /**
     * Removes the oldest backups until at most {@code limits.keep()} remain and together they take at most
     * {@code limits.maxTotalBytes()}; the newest is always kept, and so is {@code spare} (the one just restored from).
     */
    static void prune(Path workspace, BackupLimits limits, String... spare) throws IOException {
        List<Backup> all = list(workspace);
        long total = 0;
        int kept = 0;
        boolean full = false;
        for (Backup b : all) {
            boolean spared = Arrays.asList(spare).contains(b.id());
            full = full || kept > 0 && (kept >= limits.keep() || total + b.bytes() > limits.maxTotalBytes());
            if (!full || spared) {
                kept++;
                total += b.bytes();
            } else {
                Files.deleteIfExists(b.file());
            }
        }
    }

    /** Deletes every backup of a workspace and their folder (for a workspace made afresh in place of another). */
    public static void removeAll(Path workspace) throws IOException {
        Path dir = folder(workspace);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Removes copies left half-written by a crash. */
    private static void deletePartials(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + PARTIAL)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename in {@code dir} durable (Linux and macOS; Windows cannot open a folder, and needs no such step). */
    static void forceFolder(Path dir) {
        try (var ch = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not possible on this system: the rename is as durable as the file system makes it
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover .part file is removed by the next backup
            }
        }
    }
}
