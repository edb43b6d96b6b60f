package org.reliefdesk.doj;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the fabricated gogen samples in {@code ../shared/samples} (samples/README.md) for cross-check tests,
 * looking upward from the working directory so a clone at any depth finds them; tests skip when absent.
 */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** The sample file, when the shared samples folder exists. */
    public static Optional<Path> find(String name) {
        String override = System.getProperty("reliefdesk.samples");
        if (override != null) {
            return existing(Path.of(override).resolve(name));
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Optional<Path> found = existing(d.resolve("shared").resolve("samples").resolve(name));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> existing(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
