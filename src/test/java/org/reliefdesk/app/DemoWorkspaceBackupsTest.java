package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.store.WorkspaceBackups;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo workspace is made afresh each time: it carries no backup, neither the one its own court import takes while
 * it is built nor those of the older demo it replaces (a restore would bring back other fabricated data).
 */
class DemoWorkspaceBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aFreshDemoHasNoBackups() throws Exception {
        Services services = new Services(Clock.systemUTC(), "tester");
        Path demo = dir.resolve("DEMO.reliefdesk");
        services.workspaces().createDemo(dir, 2_000, Progress.NONE, new Cancellation()).close();
        assertThat(WorkspaceBackups.list(demo)).isEmpty();
        assertThat(WorkspaceBackups.folder(demo)).doesNotExist();

        Path older = Files.createDirectories(WorkspaceBackups.folder(demo))
                .resolve("20260102-030405-000Z-evaluation.reliefdesk");
        Files.copy(demo, older);
        assertThat(WorkspaceBackups.list(demo)).hasSize(1);
        services.workspaces().createDemo(dir, 2_000, Progress.NONE, new Cancellation()).close();
        assertThat(WorkspaceBackups.list(demo)).isEmpty();
        assertThat(older).doesNotExist();
    }
}
