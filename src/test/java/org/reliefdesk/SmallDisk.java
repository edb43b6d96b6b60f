package org.reliefdesk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small disk of its own for tests that need one truly full or truly read-only: a tmpfs mounted on a folder. Only
 * root may mount, so {@link #mount} is empty elsewhere (or where mounting is not allowed) and such tests skip.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private boolean mounted = true;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** A tmpfs of {@code bytes} on {@code folder} (made if need be), or empty where this process may not mount. */
    public static Optional<SmallDisk> mount(Path folder, long bytes) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name")) || !System.getProperty("os.name").startsWith("Linux")) {
            return Optional.empty();
        }
        Files.createDirectories(folder);
        boolean ok = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString());
        return ok ? Optional.of(new SmallDisk(folder)) : Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk to the last byte with a filler file; returns the filler's size. */
    public long fill() throws IOException {
        Path filler = folder.resolve("filler.bin");
        byte[] block = new byte[64 << 10];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler)) {
            int size = block.length;
            while (size > 0) {
                try {
                    out.write(block, 0, size);
                    out.flush();
                    written += size;
                } catch (IOException full) {
                    size /= 2; // the last blocks, smaller and smaller, until not one byte fits
                }
            }
        } catch (IOException closingOnAFullDisk) {
            // what was written stays
        }
        return written;
    }

    /** Bytes still free. */
    public long free() throws IOException {
        return Files.getFileStore(folder).getUsableSpace();
    }

    /** Makes the disk read-only, as a write-protected card or a read-only network share is. */
    public void readOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", folder.toString())) {
            throw new IOException("could not remount " + folder + " read-only");
        }
    }

    @Override
    public void close() throws IOException {
        if (mounted) {
            mounted = false;
            try {
                if (!run("umount", folder.toString())) {
                    run("umount", "-l", folder.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while unmounting " + folder, e);
            }
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
