package org.reliefdesk.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One writer per workspace: a second window (same program) or a second program opening a workspace already open
 * for changes is refused with a message naming who has it, and the workspace is left as it was; a lock left by a
 * crashed program is taken over.
 */
final class OneWriterTest {
    @TempDir
    Path dir;
    private Services services;
    private Path file;

    @BeforeEach
    void createWorkspace() throws Exception {
        services = new Services(Clock.systemUTC(), "tester");
        file = dir.resolve("county.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(file)) {
            s.setCounty("SACRAMENTO");
            Path doj = services.testData().generate(dir.resolve("doj.csv"), "SACRAMENTO", 300, 5, Progress.NONE)
                    .file();
            s.importFiles(List.of(doj), Progress.NONE, new Cancellation());
        }
    }

    @Test
    void aSecondWindowIsRefusedWithTheHolderNamedAndTheWorkspaceIsUntouched() throws Exception {
        String user = System.getProperty("user.name");
        try (WorkspaceSession first = services.workspaces().open(file)) {
            byte[] bytes = Files.readAllBytes(file);
            assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("county.reliefdesk").hasMessageContaining("already open for changes by "
                            + user + " on ").hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining(" since ");
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            assertThat(first.county()).contains("SACRAMENTO");
            first.setCounty("SAN JOAQUIN"); // the first window still writes
        }
        assertThat(Files.exists(dir.resolve("county.reliefdesk.lock"))).as("lock file removed on close").isFalse();
        try (WorkspaceSession again = services.workspaces().open(file)) {
            assertThat(again.county()).contains("SAN JOAQUIN");
        }
    }

    @Test
    void aSecondProgramIsRefusedWithTheHolderNamedAndTheCommandLineToo() throws Exception {
        try (WorkspaceSession s = services.workspaces().open(file)) {
            for (int i = 0; i < 2; i++) { // the second evaluation is preceded by a backup
                s.evaluate(settings(), Progress.NONE, new Cancellation());
            }
        }
        String backup = services.backups().list(file).get(0).id();
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open county");
            byte[] bytes = Files.readAllBytes(file);
            assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already open for changes by " + System.getProperty("user.name"))
                    .hasMessageContaining("(ReliefDesk test holder, process " + holder.pid() + ")");
            // the command line's run and export go through the same lock
            var run = new RunService(services.imports(), services.courtImports(), services.evaluations(), services.exports(),
                    System::nanoTime);
            assertThatThrownBy(() -> run.run(new RunService.Request(List.of(dir.resolve("doj.csv")), settings(),
                    dir.resolve("out"), file), Progress.NONE, new Cancellation()))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("process " + holder.pid());
            assertThatThrownBy(() -> services.backups().restore(file, backup))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("process " + holder.pid());
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            // reading is still allowed: the audit check opens read-only
            assertThat(services.audit().verify(file).intact()).isTrue();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.county()).contains("SACRAMENTO");
        }
    }

    @Test
    void aLockLeftByAKilledProgramIsTakenOver() throws Exception {
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open county");
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.readString(dir.resolve("county.reliefdesk.lock")))
                .as("the killed program's lock file is still there").contains("pid=" + holder.pid());
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.county()).contains("SACRAMENTO");
            assertThat(Files.readString(dir.resolve("county.reliefdesk.lock")))
                    .contains("pid=" + ProcessHandle.current().pid());
        }
    }

    private static org.reliefdesk.rules.RunSettings settings() {
        return new org.reliefdesk.rules.RunSettings(org.reliefdesk.rules.EvaluationMode.DEFAULT,
                org.reliefdesk.rules.Preset.BEAR_DEFAULT.policy(), "SACRAMENTO",
                org.reliefdesk.rules.RunSettings.DEFAULT_COMPUTE_AT);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
