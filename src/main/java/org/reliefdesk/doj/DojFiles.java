package org.reliefdesk.doj;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks that a path given as a DOJ file can be read at all, before any row is looked at. */
public final class DojFiles {
    private DojFiles() {
    }

    /** A one-sentence reason why the path is not a usable DOJ file, or empty when it can be read. */
    public static Optional<String> unusable(Path path) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            return Optional.of("The file " + shown + " does not exist.");
        }
        if (Files.isDirectory(path)) {
            return Optional.of(shown + " is a folder, not a DOJ file: give the path of the file itself.");
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of(shown + " is not a regular file.");
        }
        if (!Files.isReadable(path)) {
            return Optional.of("The file " + shown + " cannot be read (permission denied).");
        }
        try {
            if (Files.size(path) == 0) {
                return Optional.of("The file " + shown + " is empty.");
            }
        } catch (java.io.IOException e) {
            return Optional.of("The file " + shown + " cannot be read: " + e.getMessage() + ".");
        }
        return Optional.empty();
    }
}
