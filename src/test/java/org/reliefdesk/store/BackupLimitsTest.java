package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups are kept by count and by total size: the oldest go first until both limits hold, and the newest is kept
 * whatever its size (a backup removed at once would protect nothing).
 */
final class BackupLimitsTest {
    private static final long MB = 1 << 20;
    @TempDir
    Path dir;

    @Test
    void theOldestGoFirstUntilTheCountHolds() throws IOException {
        Path ws = backups(1, 1, 1, 1, 1, 1, 1);
        WorkspaceBackups.prune(ws, new BackupLimits(3, 100 * MB));
        assertThat(ages(ws)).containsExactly(0, 1, 2);
    }

    @Test
    void theOldestGoFirstUntilTheTotalSizeHolds() throws IOException {
        Path ws = backups(3, 3, 3, 3, 3);
        WorkspaceBackups.prune(ws, new BackupLimits(10, 10 * MB));
        assertThat(ages(ws)).as("three of 3 MB fit in 10 MB, a fourth does not").containsExactly(0, 1, 2);
    }

    @Test
    void bothLimitsHoldAtOnce() throws IOException {
        Path ws = backups(1, 1, 8, 1, 1);
        WorkspaceBackups.prune(ws, new BackupLimits(4, 9 * MB));
        assertThat(ages(ws)).as("1 + 1 fit, the 8 MB one would pass 9 MB: it and all older go").containsExactly(0, 1);
    }

    @Test
    void theNewestIsKeptEvenWhenItAloneIsOverTheSizeLimit() throws IOException {
        Path ws = backups(12, 1, 1);
        WorkspaceBackups.prune(ws, new BackupLimits(5, 10 * MB));
        assertThat(ages(ws)).containsExactly(0);
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertThatThrownBy(() -> new BackupLimits(0, MB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackupLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void courtImportBackupsAreListedAndPrunedThoseOfEarlierVersionsToo() throws IOException {
        Path ws = dir.resolve("w.reliefdesk");
        Path folder = Files.createDirectories(WorkspaceBackups.folder(ws));
        // version 1.0 named them with a space, which the listing did not take, so they were never pruned
        Files.writeString(folder.resolve("20260102-030405-000Z-court import.reliefdesk"), "x");
        Files.writeString(folder.resolve("20260102-030505-000Z-court-import.reliefdesk"), "y");
        assertThat(WorkspaceBackups.list(ws)).extracting(WorkspaceBackups.Backup::before)
                .containsExactly("court-import", "court import");
        WorkspaceBackups.prune(ws, new BackupLimits(1, MB));
        assertThat(WorkspaceBackups.list(ws)).extracting(WorkspaceBackups.Backup::before)
                .containsExactly("court-import");
        // and no new backup can be given a name the listing would not read
        assertThatThrownBy(() -> WorkspaceBackups.take(null, ws, "court import", Instant.now(), BackupLimits.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("court import");
    }

    /** Backups of the given sizes in MB, newest first (age 0 is the newest), one minute apart. */
    private Path backups(int... megabytes) throws IOException {
        Path ws = dir.resolve("w.reliefdesk");
        Path folder = Files.createDirectories(WorkspaceBackups.folder(ws));
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        for (int age = 0; age < megabytes.length; age++) {
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                    .format(now.minusSeconds(60L * age).atOffset(java.time.ZoneOffset.UTC));
            Path f = folder.resolve(stamp + "Z-age" + (char) ('a' + age) + ".reliefdesk");
            try (var raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(megabytes[age] * MB);
            }
        }
        return ws;
    }

    private static List<Integer> ages(Path ws) {
        return WorkspaceBackups.list(ws).stream().map(b -> b.before().charAt(3) - 'a').toList();
    }
}
