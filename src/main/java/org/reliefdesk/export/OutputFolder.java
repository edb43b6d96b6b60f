package org.reliefdesk.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a set of output files so that none is ever seen half-written: each is written as {@code name.part}
 * beside its final place, forced to the disk when its writer closes it, and renamed over it only when all of them
 * are complete ({@link #commit}, which then forces the folder, so that the renames too survive a power cut); on
 * failure {@link #close} without commit removes the parts.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path folder;
    private final List<String> names = new ArrayList<>();
    /** Streams handed out and not closed yet (a closed one is dropped: it may hold its last buffer). */
    private final Set<OutputStream> open = new LinkedHashSet<>();
    private boolean committed;
    /** Set when the parts are about to be removed: forcing them to the disk would be wasted. */
    private volatile boolean discarding;

    public OutputFolder(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException("the folder " + folder + " cannot be written to");
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Opens {@code name} for writing (as a part file until commit). The stream may be written and closed on another
     * thread than the one that opened it.
     */
    public synchronized OutputStream open(String name) throws IOException {
        if (names.contains(name)) {
            throw new IllegalArgumentException("written twice: " + name);
        }
        OutputStream out = new Part(FileChannel.open(part(name), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
        names.add(name);
        open.add(out);
        return out;
    }

    private synchronized void closed(OutputStream out) {
        open.remove(out);
    }

    /** A part file's stream, forced to the disk when closed; forgotten by the folder once closed. */
    private final class Part extends FilterOutputStream {
        private final FileChannel channel;
        private boolean closed;

        Part(FileChannel channel) {
            super(Channels.newOutputStream(channel));
            this.channel = channel;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.flush();
                if (!discarding) {
                    channel.force(true);
                }
            } finally {
                try {
                    out.close();
                } finally {
                    closed(this);
                }
            }
        }
    }

    private Path part(String name) {
        return folder.resolve(name + ".part");
    }

    /** Where a file opened here is written until {@link #commit} (to hash or check it before it takes its name). */
    public Path partFile(String name) {
        return part(name);
    }

    /** The final paths of every file opened so far. */
    public synchronized List<Path> files() {
        return names.stream().map(folder::resolve).toList();
    }

    /** Moves every completed part to its final name. Streams must be closed by their writers first. */
    public synchronized void commit() throws IOException {
        for (OutputStream o : List.copyOf(open)) {
            o.close();
        }
        for (String name : names) {
            try {
                Files.move(part(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
        forceFolder();
    }

    /** Makes the renames durable where the system allows it (Linux, macOS); Windows cannot open a folder. */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // not possible here: the renames are as durable as the file system makes them
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (committed) {
            return;
        }
        discarding = true;
        IOException first = null;
        for (OutputStream o : List.copyOf(open)) {
            try {
                o.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (String name : names) {
            Files.deleteIfExists(part(name));
        }
        if (first != null) {
            throw first;
        }
    }
}
