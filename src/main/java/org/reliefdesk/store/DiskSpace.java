package org.reliefdesk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Room on the disks a large write goes to (import, backup, evaluation, export): the write estimates what it needs
 * where, and is refused before it starts, with "needs about X MB, Y MB free on VOLUME", when a disk lacks it.
 * A disk that fills anyway is still safe (the change is rolled back, part files removed); this only says so early.
 */
public final class DiskSpace {
    private static final Logger LOG = LoggerFactory.getLogger(DiskSpace.class);
    private static final long MB = 1L << 20;
    /**
     * Kept free on top of every estimate, for what it does not see (file-system overhead, SQLite's journal): an eighth
     * of it, and 1 MB.
     */
    public static long margin(long bytes) {
        return bytes / 8 + MB;
    }

    /** A disk as people know it ("/home (/dev/sda2)", "Local Disk (C:)") and the bytes one may still write to it. */
    public record Volume(Object key, String name, long usableBytes) {
    }

    /** Finds the disk an existing file or folder is on. */
    @FunctionalInterface
    public interface Probe {
        Volume volume(Path existing) throws IOException;
    }

    private final Probe probe;

    public DiskSpace(Probe probe) {
        this.probe = probe;
    }

    /** The real disks, as the operating system reports them. */
    public static DiskSpace ofFileSystem() {
        return new DiskSpace(DiskSpace::fileStore);
    }

    private static Volume fileStore(Path existing) throws IOException {
        FileStore store = Files.getFileStore(existing);
        return new Volume(store, store.toString(), store.getUsableSpace());
    }

    /** Starts an estimate of what {@code what} ("the import") needs; it is timed from here to {@link Estimate#check}. */
    public Estimate estimate(String what) {
        return new Estimate(what);
    }

    /** True when a failure says a disk is full (Linux, macOS and Windows wordings, and SQLite's). */
    public static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("sqlite_full") || m.contains("disk is full")
                    || m.contains("not enough space on the disk") || m.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** Megabytes for a message: at least 1, with thousands separated. */
    public static String megabytes(long bytes) {
        return String.format(Locale.US, "%,d", Math.max(1, (bytes + MB - 1) / MB));
    }

    /** What one large write needs, by place; {@link #check} refuses it when a disk lacks the room. */
    public final class Estimate {
        private final String what;
        private final long started = System.nanoTime();
        private final Map<Path, Long> needs = new LinkedHashMap<>();

        private Estimate(String what) {
            this.what = what;
        }

        /** {@code bytes} will be written at or under {@code where} (which need not exist yet). */
        public Estimate add(Path where, long bytes) {
            if (bytes > 0) {
                needs.merge(where.toAbsolutePath().normalize(), bytes, Long::sum);
            }
            return this;
        }

        /**
         * Refuses when a disk has less room than is needed on it (with a margin).
         *
         * @throws StoreException "Not enough disk space for the import: it needs about X MB, Y MB free on VOLUME. ..."
         */
        public void check() {
            Map<Object, Long> byVolume = new LinkedHashMap<>();
            Map<Object, Volume> volumes = new LinkedHashMap<>();
            for (Map.Entry<Path, Long> e : needs.entrySet()) {
                Volume v;
                try {
                    v = probe.volume(existing(e.getKey()));
                } catch (IOException | RuntimeException ex) {
                    LOG.warn("free space of a disk unknown ({}): not checked", ex.getClass().getSimpleName());
                    continue;
                }
                byVolume.merge(v.key(), e.getValue(), Long::sum);
                volumes.putIfAbsent(v.key(), v);
            }
            long total = 0;
            for (Map.Entry<Object, Long> e : byVolume.entrySet()) {
                Volume v = volumes.get(e.getKey());
                long needed = e.getValue() + margin(e.getValue());
                total += needed;
                if (v.usableBytes() < needed) {
                    LOG.info("space estimate for {}: refused, {} MB needed, {} MB free", what, megabytes(needed),
                            megabytes(v.usableBytes()));
                    throw new StoreException("Not enough disk space for " + what + ": it needs about "
                            + megabytes(needed) + " MB, " + String.format(Locale.US, "%,d", v.usableBytes() / MB)
                            + " MB free on " + v.name() + ". Nothing was changed. Free some space on that disk (or "
                            + "choose a place on a larger one) and try again.");
                }
            }
            LOG.debug("space estimate for {}: about {} MB on {} disk(s), checked in {} ms", what, megabytes(total),
                    byVolume.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The path itself or its nearest existing parent: a file about to be written is on its folder's disk. */
    private static Path existing(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) {
            q = q.getParent();
        }
        return q == null ? p : q;
    }
}
