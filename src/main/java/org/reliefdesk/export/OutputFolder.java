package org.reliefdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of output files so that none is ever seen half-written: each is written as {@code name.part}
 * beside its final place and renamed over it only when all of them are complete ({@link #commit}); on failure
 * {@link #close} without commit removes the parts.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path folder;
    private final List<String> names = new ArrayList<>();
    private final List<OutputStream> open = new ArrayList<>();
    private boolean committed;

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

    /** Opens {@code name} for writing (as a part file until commit). */
    public OutputStream open(String name) throws IOException {
        if (names.contains(name)) {
            throw new IllegalArgumentException("written twice: " + name);
        }
        names.add(name);
        OutputStream out = Files.newOutputStream(part(name));
        open.add(out);
        return out;
    }

    private Path part(String name) {
        return folder.resolve(name + ".part");
    }

    /** The final paths of every file opened so far. */
    public List<Path> files() {
        return names.stream().map(folder::resolve).toList();
    }

    /** Moves every completed part to its final name. Streams must be closed by their writers first. */
    public void commit() throws IOException {
        for (OutputStream o : open) {
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
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        IOException first = null;
        for (OutputStream o : open) {
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
