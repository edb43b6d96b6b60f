package org.reliefdesk.app;

import org.reliefdesk.export.OutputFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.reliefdesk.app.CourtExportService.ExportException.Kind.DESTINATION;

/**
 * The destination files of one export: each written as a temporary part beside its final place and moved there
 * only when all are complete; closing without commit removes every part.
 */
final class ExportDestinations implements AutoCloseable {
    private final Map<Path, OutputFolder> folders = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private Path current;
    private OutputFolder perPerson;
    /** The SHA-256 and size of each file once its stream is closed, by final path (papers are recorded by hash). */
    private final Map<Path, String[]> digests = new java.util.concurrent.ConcurrentHashMap<>();

    OutputStream open(Path file) throws CourtExportService.ExportException, IOException {
        Path abs = file.toAbsolutePath().normalize();
        current = abs;
        if (Files.isDirectory(abs)) {
            throw new CourtExportService.ExportException(DESTINATION, abs + " is a folder; give a file name "
                    + "for the export.");
        }
        checkNotLocked(abs);
        checkFolder(abs.getParent());
        OutputFolder folder = folderFor(abs.getParent());
        OutputStream stream = hashed(abs, folder.open(abs.getFileName().toString()));
        files.add(abs);
        return stream;
    }

    OutputFolder folder(Path dir) throws CourtExportService.ExportException, IOException {
        Path abs = dir.toAbsolutePath().normalize();
        current = abs;
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new CourtExportService.ExportException(DESTINATION, abs + " is a file, not a folder; "
                    + "give a folder for the per-person orders.");
        }
        checkFolder(abs);
        perPerson = new OutputFolder(abs);
        return perPerson;
    }

    /** Opens a file in the per-person folder, hashed like the others (any thread). */
    OutputStream openInFolder(String name) throws IOException {
        return hashed(perPerson.folder().resolve(name), perPerson.open(name));
    }

    /** The SHA-256 (hex) and size of a file written through this export, or null when it is not closed yet. */
    String[] digest(Path finalPath) {
        return digests.get(finalPath);
    }

    private OutputStream hashed(Path finalPath, OutputStream raw) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return new java.io.FilterOutputStream(raw) {
            private long size;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                md.update((byte) b);
                size++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                md.update(b, off, len);
                size += len;
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                super.close();
                digests.put(finalPath, new String[] {java.util.HexFormat.of().formatHex(md.digest()),
                        Long.toString(size)});
            }
        };
    }

    /** A folder that exists or can be made: no file may stand where it or one of its parents should be. */
    private void checkFolder(Path dir) throws CourtExportService.ExportException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new CourtExportService.ExportException(DESTINATION, "The folder " + dir
                            + " cannot be used: " + p + " is a file, not a folder.");
                }
                if (!Files.isWritable(p)) {
                    throw new CourtExportService.ExportException(DESTINATION, "The folder " + p
                            + " cannot be written to; choose another place for the export.");
                }
                return;
            }
        }
    }

    private OutputFolder folderFor(Path dir) throws IOException {
        OutputFolder f = folders.get(dir);
        if (f == null) {
            f = new OutputFolder(dir);
            folders.put(dir, f);
        }
        return f;
    }

    /** Fails early when an existing destination cannot be opened for writing (e.g. open in Excel on Windows). */
    private void checkNotLocked(Path file) throws CourtExportService.ExportException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.size();
        } catch (IOException e) {
            throw new CourtExportService.ExportException(DESTINATION, file + " cannot be replaced: it is "
                    + "read-only or open in another program; close it and try again.", e);
        }
    }

    void commit() throws IOException {
        for (OutputFolder f : folders.values()) {
            current = f.folder();
            f.commit();
        }
        if (perPerson != null) {
            current = perPerson.folder();
            perPerson.commit();
        }
    }

    List<Path> files() {
        List<Path> all = new ArrayList<>(files);
        if (perPerson != null) {
            all.addAll(perPerson.files());
        }
        return all;
    }

    CourtExportService.ExportException explain(IOException e) {
        String where = current == null ? "the destination" : current.toString();
        if (org.reliefdesk.store.DiskSpace.isFull(e)) {
            return new CourtExportService.ExportException(DESTINATION, "The disk holding " + where
                    + " is full; nothing was written (no paper was left half-written). Free some space on that "
                    + "disk, or choose another place, and export again.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new CourtExportService.ExportException(DESTINATION, where + " cannot be written: access "
                    + "is denied (read-only, or open in another program).", e);
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? "" : fs.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("used by another process")) {
                return new CourtExportService.ExportException(DESTINATION, where + " is open in another "
                        + "program; close it and export again.", e);
            }
            return new CourtExportService.ExportException(DESTINATION, where + " cannot be written"
                    + (reason.isEmpty() ? "" : " (" + reason + ")") + "; nothing was written.", e);
        }
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new CourtExportService.ExportException(DESTINATION, "Could not write " + where + msg
                + "; nothing was written.", e);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        List<OutputFolder> all = new ArrayList<>(folders.values());
        if (perPerson != null) {
            all.add(perPerson);
        }
        for (OutputFolder f : all) {
            try {
                f.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
