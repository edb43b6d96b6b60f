package org.reliefdesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one-writer rule: a lock file beside the workspace ({@code NAME.reliefdesk.lock}) held with an OS file lock
 * for as long as the workspace is open for changes, and naming its holder (user, computer, program, process,
 * since when) so that a second program or window is refused with a message saying who has it. A lock file without
 * a live OS lock (left by a crash) is simply taken over. The holder deletes the file before it lets go; an opener
 * that locked a file deleted meanwhile sees that its text is not at the name and tries again.
 *
 * <p>The OS lock covers one byte far past the text, so on Windows, where locks are mandatory, the text stays
 * readable to the refused program. See docs/decisions/0009-one-writer-backups-audit-chain.md.
 */
public final class WorkspaceLock implements AutoCloseable {
    /** The system property naming the program in the lock file (the launcher sets it). */
    public static final String PROGRAM_PROPERTY = "reliefdesk.program";
    private static final long LOCK_POSITION = 1L << 30;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Lock files this process holds, with their text (see {@link #acquire}). */
    private static final Map<Path, String> HELD = new HashMap<>();
    /** Channels that must stay open so as not to drop this process's lock (see {@link #lock}). */
    private static final List<FileChannel> KEPT_OPEN = new ArrayList<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String text;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock, String text) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.text = text;
    }

    /** The lock file of a workspace. */
    public static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /**
     * Takes the workspace for writing, or refuses with a message naming who holds it.
     *
     * @throws StoreException when another program or window holds it, or the lock file cannot be written
     */
    public static WorkspaceLock acquire(Path workspace) {
        Attempt a = attempt(workspace);
        if (a.lock() == null) {
            throw refusal(workspace, a.holder());
        }
        return a.lock();
    }

    /**
     * Takes the workspace for writing when nobody else has it; empty when another program or window (or this one)
     * has it open for changes.
     *
     * @throws StoreException when the lock file cannot be written
     */
    static java.util.Optional<WorkspaceLock> tryAcquire(Path workspace) {
        return java.util.Optional.ofNullable(attempt(workspace).lock());
    }

    /** The lock, or (when someone holds it) who holds it. */
    private record Attempt(WorkspaceLock lock, String holder) {
    }

    private static Attempt attempt(Path workspace) {
        Path file = key(lockFile(workspace.toAbsolutePath()));
        synchronized (HELD) {
            String mine = HELD.get(file);
            if (mine != null) {
                // never open a second channel on a file this process locks: closing it would drop the OS lock
                return new Attempt(null, describe(mine));
            }
            Attempt a = lock(workspace, file);
            if (a.lock() != null) {
                HELD.put(file, a.lock().text);
            }
            return a;
        }
    }

    private static Attempt lock(Path workspace, Path file) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Object before = fileKey(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                pause(); // e.g. on Windows, the previous holder's file is still being deleted
                continue;
            }
            try {
                FileLock lock;
                try {
                    lock = channel.tryLock(LOCK_POSITION, 1, false);
                } catch (OverlappingFileLockException e) {
                    // this process holds it under another name (a link): closing this channel would drop that lock
                    KEPT_OPEN.add(channel);
                    return new Attempt(null, " in this program");
                }
                if (lock == null) {
                    String holder = describe(read(channel));
                    channel.close();
                    return new Attempt(null, holder);
                }
                Object after = fileKey(file);
                if (after == null || after.equals(before)) {
                    // the file we locked is the one at that name (no key to compare on Windows: deleting an open
                    // file there keeps its name taken until it is closed)
                    String me = holderText();
                    writeHolder(channel, me);
                    return new Attempt(new WorkspaceLock(file, channel, lock, me), null);
                }
                // created, or deleted by the previous holder, while we opened it: lock the one now there
                lock.release();
                channel.close();
            } catch (IOException e) {
                closeQuietly(channel, e);
                throw new StoreException("The workspace " + workspace.getFileName() + " cannot be opened for "
                        + "changes: its lock file " + file.getFileName() + " cannot be used (" + e.getMessage()
                        + ").", e);
            }
        }
        throw new StoreException("The workspace " + workspace.getFileName() + " cannot be opened for changes: its "
                + "lock file " + file.getFileName() + " cannot be created. Check that you may write to its folder.");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static StoreException refusal(Path workspace, String holder) {
        return new StoreException("The workspace " + workspace.getFileName() + " is already open for changes"
                + holder + ". Close it there first (only one program or window may change a workspace at a time), "
                + "or open a copy.");
    }

    /** The identity of the file at that name (inode on Unix; null on Windows or when there is none). */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** The same name for the same lock file however the workspace was named (relative, through a link). */
    private static Path key(Path file) {
        try {
            Path parent = file.getParent();
            return parent == null ? file : parent.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.normalize();
        }
    }

    /** Who this process is, as the lock file records it. */
    static String holderText() {
        Properties p = new Properties();
        p.setProperty("user", System.getProperty("user.name", "unknown"));
        p.setProperty("host", hostName());
        p.setProperty("program", System.getProperty(PROGRAM_PROPERTY, "ReliefDesk"));
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("since", Instant.now().toString());
        p.setProperty("key", java.util.UUID.randomUUID().toString());
        StringWriter w = new StringWriter();
        try {
            p.store(w, "ReliefDesk workspace lock: the program that has the workspace open for changes");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** " by maria on LAPTOP-3 (ReliefDesk desktop app, pid 1234) since 2026-12-05 14:02", or "" if unreadable. */
    static String describe(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return " by another program or window";
        }
        String user = p.getProperty("user");
        if (user == null) {
            return " by another program or window";
        }
        StringBuilder b = new StringBuilder(" by ").append(user);
        String host = p.getProperty("host");
        if (host != null) {
            b.append(" on ").append(host);
        }
        b.append(" (").append(p.getProperty("program", "ReliefDesk"));
        String pid = p.getProperty("pid");
        if (pid != null) {
            b.append(", process ").append(pid);
        }
        b.append(')');
        try {
            String since = SINCE.format(Instant.parse(p.getProperty("since", "")).atZone(ZoneId.systemDefault()));
            b.append(" since ").append(since);
        } catch (RuntimeException e) {
            // no usable time: leave it out
        }
        return b.toString();
    }

    /** The computer's name without asking the network (no DNS look-up). */
    private static String hostName() {
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isReadable(etc)) {
                String v = Files.readString(etc, StandardCharsets.UTF_8).strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "this computer";
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf, buf.position());
        }
        channel.force(true);
    }

    /**
     * Writes who holds the lock. On a full disk the text cannot be written, but the OS lock alone still keeps other
     * programs out (they then say "another program or window"), so that a full disk does not stop what frees space
     * (undoing an interrupted change).
     */
    private static void writeHolder(FileChannel channel, String text) throws IOException {
        try {
            write(channel, text);
        } catch (IOException e) {
            if (!DiskSpace.isFull(e)) {
                throw e;
            }
            channel.truncate(0);
            org.slf4j.LoggerFactory.getLogger(WorkspaceLock.class).warn("the disk is full: the lock file holds no "
                    + "text, the OS lock alone keeps other programs out");
        }
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Deletes the lock file (while still holding it) and lets the workspace go. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (HELD.get(file) == text) {
                HELD.remove(file);
            }
        }
        try {
            if (lock.isValid()) {
                Files.deleteIfExists(file);
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the OS lock goes with the channel or the process in any case
            closeQuietly(channel, e);
        }
    }
}
