package org.reliefdesk.ui;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A settings file that cannot be read: the window opens with defaults and says once that it was set aside. */
@ExtendWith(ApplicationExtension.class)
final class SettingsNoticeUITest {
    @TempDir
    static Path dir;
    private Path file;

    @Start
    void start(Stage stage) {
        try {
            file = Files.createDirectories(dir.resolve("conf")).resolve("settings.properties");
            Files.write(file, new byte[] {0, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UserSettings settings = new UserSettings(file, null, Clock.systemDefaultZone());
        MainViewModel vm = new MainViewModel(UiFixtures.services(), new CurrentThreadTaskRunner(), settings,
                dir.resolve("demo"), UiApp.DEMO_ROWS);
        DesktopApp.show(stage, vm, settings);
    }

    @Test
    void theWindowSaysTheUnreadableSettingsWereSetAside(FxRobot robot) throws IOException {
        DialogPane notice = robot.lookup("#notice-dialog").queryAs(DialogPane.class);
        assertThat(notice.getHeaderText()).isEqualTo("Settings set aside");
        assertThat(notice.getContentText()).contains("could not be read", "settings.properties.unreadable-",
                "default settings");
        assertThat(robot.lookup("#welcome-demo").tryQuery()).as("the app started").isPresent();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.properties.unreadable-"));
        }
        robot.clickOn("OK");
        assertThat(robot.lookup("#notice-dialog").tryQuery()).as("shown once, then gone").isEmpty();
    }
}
