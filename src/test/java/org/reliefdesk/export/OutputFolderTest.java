package org.reliefdesk.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void noFinalFileAppearsWithoutCommit() throws IOException {
        Path out = dir.resolve("results");
        try (OutputFolder folder = new OutputFolder(out)) {
            try (OutputStream s = folder.open("All_Results.csv")) {
                s.write("half".getBytes(StandardCharsets.US_ASCII));
            }
            folder.open("gogen.json").write('{');
            assertThat(out.resolve("All_Results.csv")).doesNotExist();
            assertThat(out.resolve("gogen.json")).doesNotExist();
        }
        assertThat(names(out)).isEmpty();
    }

    @Test
    void streamsWrittenAndClosedOnOtherThreadsAreCommittedInOpeningOrder() throws Exception {
        Path out = dir.resolve("orders");
        try (OutputFolder folder = new OutputFolder(out)) {
            List<OutputStream> streams = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                streams.add(folder.open("order-" + i + ".pdf"));
            }
            List<Thread> threads = new java.util.ArrayList<>();
            for (int i = 0; i < streams.size(); i++) {
                OutputStream s = streams.get(i);
                byte[] data = ("file " + i).getBytes(StandardCharsets.US_ASCII);
                Thread t = new Thread(() -> {
                    try (s) {
                        s.write(data, 0, data.length);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            streams.get(0).close();
            folder.commit();
            assertThat(folder.files()).hasSize(20).first().isEqualTo(out.resolve("order-0.pdf"));
        }
        assertThat(names(out)).hasSize(20).noneMatch(n -> n.endsWith(".part"));
        assertThat(out.resolve("order-7.pdf")).hasContent("file 7");
    }

    @Test
    void aFailureLeavesAnEarlierResultUntouched() throws IOException {
        Path out = Files.createDirectories(dir.resolve("results"));
        Files.writeString(out.resolve("All_Results.csv"), "from the last run");
        assertThatThrownBy(() -> {
            try (OutputFolder folder = new OutputFolder(out)) {
                folder.open("All_Results.csv").write("new but incomplete".getBytes(StandardCharsets.US_ASCII));
                throw new IOException("disk full");
            }
        }).hasMessage("disk full");
        assertThat(out.resolve("All_Results.csv")).hasContent("from the last run");
        assertThat(names(out)).containsExactly("All_Results.csv");
    }

    @Test
    void commitMovesEveryFileInPlaceReplacingOldOnes() throws IOException {
        Path out = Files.createDirectories(dir.resolve("results"));
        Files.writeString(out.resolve("summary.json"), "old");
        try (OutputFolder folder = new OutputFolder(out)) {
            folder.open("summary.json").write("new".getBytes(StandardCharsets.US_ASCII));
            OutputStream csv = folder.open("convictions.csv");
            csv.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(folder.files()).containsExactly(out.resolve("summary.json"), out.resolve("convictions.csv"));
            folder.commit();
        }
        assertThat(out.resolve("summary.json")).hasContent("new");
        assertThat(out.resolve("convictions.csv")).hasContent("a,b");
        assertThat(names(out)).containsExactly("convictions.csv", "summary.json");
    }

    @Test
    void createsTheFolderAndRefusesTheSameNameTwice() throws IOException {
        Path out = dir.resolve("a/b/c");
        try (OutputFolder folder = new OutputFolder(out)) {
            assertThat(out).isDirectory();
            folder.open("x.csv");
            assertThatThrownBy(() -> folder.open("x.csv")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("x.csv");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
