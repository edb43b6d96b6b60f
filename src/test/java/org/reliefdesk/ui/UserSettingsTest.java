package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The settings file: kept across starts, an earlier version's file adopted, an unreadable one set aside. */
final class UserSettingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("conf").resolve("settings.properties");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(file().getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsWhatWasSetForTheNextStart() {
        UserSettings s = new UserSettings(file(), null, CLOCK);
        s.setUserName("  Maria Lopez ");
        s.setText("dates.format", "iso");
        UserSettings again = new UserSettings(file(), null, CLOCK);
        assertThat(again.userName()).isEqualTo("Maria Lopez");
        assertThat(again.text("dates.format", "us")).isEqualTo("iso");
        assertThat(again.notice()).isEmpty();
    }

    @Test
    void aFileOfZerosIsSetAsideAndTheAppStartsWithDefaultsSayingSo() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] zeros = new byte[4096];
        Files.write(file(), zeros);

        UserSettings s = new UserSettings(file(), null, CLOCK);

        Path aside = file().resolveSibling("settings.properties.unreadable-20240506-070809");
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n)
                .contains("could not be read (it holds bytes that are not text)", aside.toString(),
                        "default settings"));
        assertThat(file()).doesNotExist();
        assertThat(aside).hasBinaryContent(zeros);
        assertThat(s.userName()).isEqualTo(System.getProperty("user.name"));
        assertThat(s.recent()).isEmpty();

        s.setUserName("Maria Lopez");
        assertThat(new UserSettings(file(), null, CLOCK).userName()).isEqualTo("Maria Lopez");
        assertThat(aside).as("the set-aside file is never written to").hasBinaryContent(zeros);
    }

    @Test
    void aDamagedEscapeIsSetAsideAndASecondOneInTheSameSecondGetsItsOwnName() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "user.name=Ana\\u00zz\n", StandardCharsets.ISO_8859_1);
        assertThat(new UserSettings(file(), null, CLOCK).notice()).hasValueSatisfying(n -> assertThat(n)
                .contains("malformed"));
        Files.writeString(file(), "recent.0=\\uXYZW\n", StandardCharsets.ISO_8859_1);
        assertThat(new UserSettings(file(), null, CLOCK).notice()).isPresent();
        assertThat(names()).containsExactly("settings.properties.unreadable-20240506-070809",
                "settings.properties.unreadable-20240506-070809-2");
    }

    @Test
    void aFolderWhereTheFileShouldBeIsSetAside() throws IOException {
        Files.createDirectories(file());
        UserSettings s = new UserSettings(file(), null, CLOCK);
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("not a file"));
        s.setUserName("Bo");
        assertThat(file()).isRegularFile();
        assertThat(file().resolveSibling("settings.properties.unreadable-20240506-070809")).isDirectory();
    }

    @Test
    void aFileThatCannotBeSetAsideIsLeftAloneAndNothingIsSaved() throws Exception {
        Path folder = Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {0, 1, 2});
        // a read-only folder stops anyone but root from renaming; the immutable attribute stops root too
        folder.toFile().setWritable(false);
        boolean immutable = "root".equals(System.getProperty("user.name")) && chattr("+i");
        try {
            assumeFalse("root".equals(System.getProperty("user.name")) && !immutable,
                    "root without chattr may rename anything");
            UserSettings s = new UserSettings(file(), null, CLOCK);
            assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("nor set aside",
                    "will not save"));
            s.setUserName("Bo");
            assertThat(file()).hasBinaryContent(new byte[] {0, 1, 2});
            assertThat(names()).containsExactly("settings.properties");
        } finally {
            if (immutable) {
                chattr("-i");
            }
            folder.toFile().setWritable(true);
        }
    }

    private boolean chattr(String flag) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, file().toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void anEarlierVersionsFileIsReadUntilTheNewOneIsWrittenAndIsNeverChanged() throws IOException {
        Path legacy = dir.resolve("old").resolve("settings.properties");
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "user.name=paralegal\nrecent.0=/cases/a.reliefdesk\n");
        UserSettings s = new UserSettings(file(), legacy, CLOCK);
        assertThat(s.userName()).isEqualTo("paralegal");
        assertThat(s.recent()).containsExactly(Path.of("/cases/a.reliefdesk"));
        assertThat(file()).doesNotExist();

        s.setText("window.maximized", "1");
        UserSettings again = new UserSettings(file(), legacy, CLOCK);
        assertThat(again.userName()).isEqualTo("paralegal");
        assertThat(again.text("window.maximized", "0")).isEqualTo("1");
        assertThat(legacy).hasContent("user.name=paralegal\nrecent.0=/cases/a.reliefdesk\n");
    }

    @Test
    void anUnreadableEarlierVersionsFileIsIgnoredNotMoved() throws IOException {
        Path legacy = dir.resolve("old").resolve("settings.properties");
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, new byte[] {0, 0, 0});
        UserSettings s = new UserSettings(file(), legacy, CLOCK);
        assertThat(s.notice()).isEmpty();
        assertThat(legacy).exists();
        assertThat(s.recent()).isEmpty();
    }
}
