package org.reliefdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmark commands share: ReliefDesk commands run in child JVMs, and their work folders removed. */
final class BenchSupport {
    private BenchSupport() {
    }

    /**
     * Runs a ReliefDesk command in a child JVM with this one's class path and the given maximum heap (e.g. "1g"), so
     * the measuring JVM stays cold; returns what it printed, or fails with it.
     */
    static String child(String maxHeap, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-cp",
                System.getProperty("java.class.path"), "org.reliefdesk.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(args[0] + " failed: " + output.strip());
        }
        return output;
    }

    /** Deletes a folder and everything in it (nothing when {@code root} is null or not there). */
    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
