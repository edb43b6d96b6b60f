package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock file: who holds it, in words; a leftover file is taken over; a second lock in this process refused. */
final class WorkspaceLockTest {
    @TempDir
    Path dir;

    @Test
    void describesTheHolderOrSaysAnotherProgramWhenTheTextIsUnreadable() {
        String text = "user=maria\nhost=LAPTOP-3\nprogram=ReliefDesk desktop app\npid=1234\n"
                + "since=2026-12-05T14:02:00Z\n";
        assertThat(WorkspaceLock.describe(text)).startsWith(" by maria on LAPTOP-3 (ReliefDesk desktop app, process "
                + "1234) since 2026-12-0");
        assertThat(WorkspaceLock.describe("")).isEqualTo(" by another program or window");
        assertThat(WorkspaceLock.describe("\u0000\u0001garbage")).isEqualTo(" by another program or window");
        assertThat(WorkspaceLock.describe("user=li\n")).isEqualTo(" by li (ReliefDesk)");
    }

    @Test
    void aLeftoverLockFileIsTakenOverAndRemovedOnRelease() throws Exception {
        Path ws = dir.resolve("w.reliefdesk");
        Path lockFile = Files.writeString(dir.resolve("w.reliefdesk.lock"), "user=ghost\npid=1\n");
        Files.createDirectories(dir.resolve("sub"));
        WorkspaceLock lock = WorkspaceLock.acquire(ws);
        try {
            assertThat(Files.readString(lockFile)).contains("pid=" + ProcessHandle.current().pid())
                    .doesNotContain("ghost");
            assertThatThrownBy(() -> WorkspaceLock.acquire(dir.resolve("sub/../w.reliefdesk")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already open for changes by "
                            + System.getProperty("user.name"));
        } finally {
            lock.close();
        }
        assertThat(lockFile).doesNotExist();
        WorkspaceLock.acquire(ws).close();
    }
}
