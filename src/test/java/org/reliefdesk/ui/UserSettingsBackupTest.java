package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.BackupSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup limits in the user's settings: read, kept, and a bad value falls back to the default. */
final class UserSettingsBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupLimitsAreReadAndKept() throws IOException {
        Path file = dir.resolve("settings.properties");
        assertThat(new UserSettings(file).backupSettings()).isEqualTo(BackupSettings.DEFAULT);
        new UserSettings(file).setBackupSettings(new BackupSettings(12, 2_048));
        assertThat(Files.readString(file)).contains("backups.keep=12").contains("backups.maxTotalMB=2048");
        assertThat(new UserSettings(file).backupSettings()).isEqualTo(new BackupSettings(12, 2_048));
    }

    @Test
    void aBadValueFallsBackToTheDefaultAndTheOtherStays() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "backups.keep=0\nbackups.maxTotalMB=500\n");
        assertThat(new UserSettings(file).backupSettings()).isEqualTo(new BackupSettings(5, 500));
        Files.writeString(file, "backups.keep=7\nbackups.maxTotalMB=a lot\n");
        assertThat(new UserSettings(file).backupSettings()).isEqualTo(new BackupSettings(7, 10_240));
        Files.writeString(file, "backups.keep=1000\n");
        assertThat(new UserSettings(file).backupSettings().keep()).isEqualTo(5);
    }
}
