package org.reliefdesk.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening safely and backups: a truncated or corrupted workspace is refused with a clear message and never written
 * to; a backup is taken before each import into a workspace with data, each re-evaluation, and kept five deep; a
 * restore puts a backup back (keeping the current file as a backup), also over a damaged workspace, and refuses a
 * damaged backup without touching the workspace.
 */
final class OpeningSafelyTest {
    private static final String COUNTY = "SACRAMENTO";
    @TempDir
    Path dir;
    private Services services;
    private Path file;

    @BeforeEach
    void createWorkspaceWithOneImportAndOneRun() throws IOException {
        services = new Services(Clock.systemUTC(), "tester");
        file = dir.resolve("county.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(file)) {
            s.setCounty(COUNTY);
            s.importFiles(List.of(doj("a.csv", 1)), Progress.NONE, new Cancellation());
            s.evaluate(settings(), Progress.NONE, new Cancellation());
        }
        assertThat(services.backups().list(file)).as("nothing to lose before the first import and run").isEmpty();
    }

    @Test
    void aTruncatedWorkspaceIsRefusedAndLeftAsItWas() throws IOException {
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size * 6 / 10);
        }
        assertRefusedAsDamaged();
    }

    @Test
    void aWorkspaceWithCorruptedPagesIsRefusedAndLeftAsItWas() throws IOException {
        int pageSize = 65536;
        long pages = Files.size(file) / pageSize;
        assertThat(pages).isGreaterThan(4);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page < pages; page += 2) { // the header of every other page, flipped
                raf.seek((page - 1) * pageSize);
                byte[] head = new byte[12];
                raf.readFully(head);
                for (int i = 0; i < head.length; i++) {
                    head[i] ^= (byte) 0xA5;
                }
                raf.seek((page - 1) * pageSize);
                raf.write(head);
            }
        }
        assertRefusedAsDamaged();
    }

    private void assertRefusedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> beside = beside();
        assertThatThrownBy(() -> services.workspaces().open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("county.reliefdesk is damaged and was not opened")
                .hasMessageContaining("Restore it from a backup");
        assertThat(Files.readAllBytes(file)).as("never written to").isEqualTo(bytes);
        assertThat(beside()).as("nothing left beside it").isEqualTo(beside);
    }

    @Test
    void backupsComeBeforeAnImportIntoAWorkspaceWithDataAndBeforeEachReEvaluationAndFiveAreKept() throws Exception {
        try (WorkspaceSession s = services.workspaces().open(file)) {
            s.importFiles(List.of(doj("b.csv", 2)), Progress.NONE, new Cancellation());
            assertThat(services.backups().list(file)).extracting(BackupService.Backup::before)
                    .containsExactly("import");
            s.evaluate(settings(), Progress.NONE, new Cancellation());
            assertThat(services.backups().list(file)).extracting(BackupService.Backup::before)
                    .containsExactly("evaluation", "import");
            for (int i = 0; i < 5; i++) {
                s.evaluate(settings(), Progress.NONE, new Cancellation());
            }
            List<BackupService.Backup> list = services.backups().list(file);
            assertThat(list).hasSize(5).extracting(BackupService.Backup::before).containsOnly("evaluation");
            assertThat(list.get(0).takenAt()).isAfterOrEqualTo(list.get(4).takenAt());
            assertThat(list).allSatisfy(b -> assertThat(b.bytes()).isGreaterThan(65536));
            assertThat(s.runs()).hasSize(7);
        }
    }

    @Test
    void aRestorePutsTheBackupBackKeepsTheCurrentFileAndIsAudited() throws Exception {
        try (WorkspaceSession s = services.workspaces().open(file)) {
            s.evaluate(settings(), Progress.NONE, new Cancellation()); // backup (1 run), then run 2
            s.evaluate(settings(), Progress.NONE, new Cancellation()); // backup (2 runs), then run 3
        }
        List<BackupService.Backup> list = services.backups().list(file);
        BackupService.Backup oneRun = list.get(1);
        BackupService.Restored r = services.backups().restore(file, oneRun.id());
        assertThat(r.keptAs()).get().extracting(BackupService.Backup::before).isEqualTo("restore");
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.runs()).hasSize(1);
            assertThat(s.verifyAudit().intact()).isTrue();
        }
        assertThat(Files.exists(dir.resolve("county.reliefdesk.restoring"))).isFalse();
        // and back again: the file kept before the restore has all three runs
        services.backups().restore(file, r.keptAs().orElseThrow().id());
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.runs()).hasSize(3);
        }
        try (var w = org.reliefdesk.store.Workspace.openReadOnly(file)) {
            assertThat(new org.reliefdesk.store.AuditRepository(w).entries())
                    .extracting(org.reliefdesk.store.AuditRepository.Entry::action).contains("restore");
        }
    }

    @Test
    void aDamagedWorkspaceCanBeRestoredAndADamagedBackupIsRefused() throws Exception {
        try (WorkspaceSession s = services.workspaces().open(file)) {
            s.evaluate(settings(), Progress.NONE, new Cancellation());
        }
        BackupService.Backup backup = services.backups().list(file).get(0);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        // a damaged backup is refused, and the workspace is left exactly as it is
        Path other = dir.resolve("copy.reliefdesk");
        Files.copy(dir.resolve("county.reliefdesk.backups").resolve(backup.id() + ".reliefdesk"), other);
        Files.createDirectories(dir.resolve("copy.reliefdesk.backups"));
        Path brokenBackup = dir.resolve("copy.reliefdesk.backups").resolve(backup.id() + ".reliefdesk");
        Files.write(brokenBackup, java.util.Arrays.copyOf(Files.readAllBytes(other), 70000));
        byte[] otherBytes = Files.readAllBytes(other);
        assertThatThrownBy(() -> services.backups().restore(other, backup.id()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is damaged")
                .hasMessageContaining("not restored");
        assertThat(Files.readAllBytes(other)).isEqualTo(otherBytes);
        // the damaged workspace itself is restored from its good backup
        services.backups().restore(file, backup.id());
        try (WorkspaceSession s = services.workspaces().open(file)) {
            assertThat(s.runs()).hasSize(1);
        }
    }

    private List<String> beside() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path doj(String name, long seed) throws IOException {
        return services.testData().generate(dir.resolve(name), COUNTY, 2000, seed, Progress.NONE).file();
    }

    private static RunSettings settings() {
        return new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                RunSettings.DEFAULT_COMPUTE_AT);
    }
}
