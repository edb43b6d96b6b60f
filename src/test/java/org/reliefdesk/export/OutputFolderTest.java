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
