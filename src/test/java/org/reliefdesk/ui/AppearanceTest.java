package org.reliefdesk.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** View › Text size and High contrast: their steps and bounds, what the settings file keeps, and bad values in it. */
final class AppearanceTest {
    @TempDir
    Path dir;
    private Path file;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void captureTheLog() {
        file = dir.resolve("reliefdesk").resolve("settings.properties");
        stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheLog() {
        System.setErr(stderr);
    }

    @Test
    void textSizeGoesUpAndDownInStepsOfTenBetween100And200() {
        Appearance a = new Appearance(UserSettings.inMemory());
        assertThat(a.textSizeProperty().get()).isEqualTo(100);
        a.smaller();
        assertThat(a.textSizeProperty().get()).as("not below 100").isEqualTo(100);
        for (int i = 0; i < 14; i++) {
            a.larger();
        }
        assertThat(a.textSizeProperty().get()).as("not above 200").isEqualTo(200);
        assertThat(a.scale().get()).isEqualTo(2.0);
        a.smaller();
        assertThat(a.textSizeProperty().get()).isEqualTo(190);
        a.reset();
        assertThat(a.textSizeProperty().get()).isEqualTo(100);
        assertThatThrownBy(() -> a.setTextSize(105)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.setTextSize(210)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextSizeAndThemeAreRememberedInTheSettingsFile() throws IOException {
        Appearance a = new Appearance(new UserSettings(file));
        a.larger();
        a.larger();
        a.larger();
        a.highContrastProperty().set(true);

        assertThat(Files.readString(file)).contains("view.textSize=130").contains("view.theme=high-contrast");
        Appearance reopened = new Appearance(new UserSettings(file));
        assertThat(reopened.textSizeProperty().get()).isEqualTo(130);
        assertThat(reopened.highContrastProperty().get()).isTrue();

        reopened.highContrastProperty().set(false);
        assertThat(new UserSettings(file).highContrast()).isFalse();
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aTextSizeOutOfRangeInTheFileFallsBackTo100WithOneWarning() throws IOException {
        for (String bad : new String[] {"250", "99", "-100", "huge", "", "1e3"}) {
            log.reset();
            write("view.textSize=" + bad + "\n");
            UserSettings s = new UserSettings(file);
            assertThat(s.textSize()).as(bad).isEqualTo(100);
            assertThat(s.textSize()).isEqualTo(100);
            String logged = log.toString(StandardCharsets.UTF_8);
            assertThat(logged).as(bad).contains("WARN").contains("text size in the settings file (" + bad + ")")
                    .contains("using 100 %");
            assertThat(logged.lines().count()).as("warned once, not on every read").isEqualTo(1);
        }
    }

    @Test
    void aTextSizeBetweenStepsGoesToTheNearestStepWithoutAWarning() throws IOException {
        write("view.textSize=134\n");
        assertThat(new UserSettings(file).textSize()).isEqualTo(130);
        write("view.textSize= 175 \n");
        assertThat(new UserSettings(file).textSize()).isEqualTo(180);
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownThemeInTheFileFallsBackToTheStandardOneWithAWarning() throws IOException {
        write("view.theme=dark-purple\n");
        UserSettings s = new UserSettings(file);
        assertThat(s.highContrast()).isFalse();
        assertThat(new Appearance(s).highContrastProperty().get()).isFalse();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WARN")
                .contains("theme in the settings file (dark-purple)").contains("using standard");

        log.reset();
        write("view.theme=high-contrast\n");
        assertThat(new UserSettings(file).highContrast()).isTrue();
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aLongOrStrangeValueIsShortenedInTheLog() throws IOException {
        write("view.textSize=" + "9".repeat(60) + "\n");
        assertThat(new UserSettings(file).textSize()).isEqualTo(100);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("(" + "9".repeat(20) + "…)")
                .doesNotContain("9".repeat(21));
    }

    private void write(String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
