package org.reliefdesk.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Where SQLite's native library is loaded from. Left alone, the driver copies its 1 MB library to a new file in
 * the temporary folder on every start and compares it byte by byte (about a tenth of a second, and a file left
 * behind by every run that is killed). Instead the library is kept once per user, in a folder named after its
 * SHA-256, checked against the copy inside the jar before use. When anything about that fails (no home folder,
 * read-only disk, a file in use), the driver's own way is used: slower, never wrong.
 */
public final class NativeSqlite {
    private static boolean prepared;
    /** The per-user cache folder, given by the app ({@code app/UserFolders}); null: the driver's own way. */
    private static Path cache;

    private NativeSqlite() {
    }

    /**
     * Keeps the library in {@code folder} (call before the first workspace is opened: the driver loads its library
     * once per process, so this is process-wide by nature). Without it the driver's own way is used.
     */
    public static synchronized void cacheIn(Path folder) {
        cache = folder;
    }

    /** Points the driver at the per-user copy of its library; safe to call many times and from many threads. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null || cache == null) {
            return; // chosen by whoever started the program, or no cache folder given: the driver's own way
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            byte[] library;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                    LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
                if (in == null) {
                    return; // no library for this system in the jar: the driver explains
                }
                library = in.readAllBytes();
            }
            Path file = install(cache, name, library);
            System.setProperty("org.sqlite.lib.path", file.getParent().toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            // The driver's own extraction still works; nothing to tell the user.
        }
    }

    /**
     * Makes sure {@code cache/sqlite-<sha>/<name>} holds exactly {@code library} and returns it; a missing,
     * partial or altered copy is replaced.
     */
    static Path install(Path cache, String name, byte[] library) throws IOException, NoSuchAlgorithmException {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(library));
        Path dir = cache.resolve("sqlite-" + sha.substring(0, 16));
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), library)) {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try {
                Files.write(part, library);
                move(part, file);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return file;
    }

    private static void move(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
