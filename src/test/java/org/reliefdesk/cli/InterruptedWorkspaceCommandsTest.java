package org.reliefdesk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.InterruptedImport;
import org.reliefdesk.SmallDisk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14: a workspace whose import was killed mid-write (a hot journal beside it) is taken by {@code verify-audit},
 * {@code backups} and {@code export}: each undoes the interrupted change and says so in one line, then does its work
 * on the workspace as it was before the import. The same on a disk filled to the last byte (the undo needs no new
 * space, and frees what the import took). In a read-only folder or on a read-only disk the undo cannot be written:
 * the command says exactly that and what to do, and both files are left byte for byte as they were.
 */
final class InterruptedWorkspaceCommandsTest {
    private static final String NOTE = "Note: The last change was interrupted and has been undone; the workspace is "
            + "as it was before it.";
    private static InterruptedImport interrupted;

    @TempDir
    Path dir;

    @BeforeAll
    static void interruptAnImport() throws Exception {
        interrupted = InterruptedImport.shared();
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-audit", "backups", "export"})
    void eachCommandUndoesTheInterruptedImportSaysSoAndWorks(String command) throws Exception {
        Path ws = interrupted.copyTo(dir.resolve("ws"));
        CliRun r = run(command, ws);
        assertDoneWithTheNote(command, ws, r);
        assertThat(CliRun.of(command.equals("export") ? "verify-audit" : command, "--workspace", ws.toString()).err())
                .as("said once: the next command finds nothing to undo").doesNotContain("Note:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-audit", "backups", "export"})
    void onAFullDiskEachCommandStillUndoesItAndWorks(String command) throws Exception {
        Path ws0 = interrupted.copyTo(dir.resolve("sizing"));
        long pair = Files.size(ws0) + Files.size(InterruptedImport.journalOf(ws0));
        Optional<SmallDisk> disk = SmallDisk.mount(dir.resolve("small"), pair + (8 << 20));
        assumeTrue(disk.isPresent(), "a full disk needs a small file system of its own (root, Linux)");
        try (SmallDisk small = disk.get()) {
            Path ws = interrupted.copyTo(small.folder());
            small.fill();
            assertThat(small.free()).as("not one block free").isLessThan(4096);
            CliRun r = run(command, ws);
            assertDoneWithTheNote(command, ws, r);
            assertThat(small.free()).as("the undo gave back what the interrupted import took").isGreaterThan(1 << 20);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-audit", "backups", "export"})
    void inAReadOnlyPlaceNothingIsTouchedAndTheMessageSaysWhatToDo(String command) throws Exception {
        Path folder = dir.resolve("read-only");
        Path ws = interrupted.copyTo(folder);
        try (ReadOnly place = ReadOnly.make(folder)) {
            byte[] workspace = Files.readAllBytes(ws);
            byte[] journal = Files.readAllBytes(InterruptedImport.journalOf(ws));
            List<String> files = list(folder);
            CliRun r = run(command, ws);
            assertThat(r.code()).as(r.err()).isEqualTo(ReliefDeskCli.FAILED);
            assertThat(r.err()).contains("Error: w.reliefdesk has a change that was interrupted (w.reliefdesk-journal "
                            + "beside it holds what it was before), and it cannot be undone here: ")
                    .contains(place.why)
                    .contains("Both files were left as they are. Copy both files, w.reliefdesk and "
                            + "w.reliefdesk-journal, together to a disk you can write to and open the copy there.")
                    .doesNotContain("SQLITE_").doesNotContain("not a readable");
            assertThat(Files.readAllBytes(ws)).isEqualTo(workspace);
            assertThat(Files.readAllBytes(InterruptedImport.journalOf(ws))).isEqualTo(journal);
            assertThat(list(folder)).as("no lock file, no copy").isEqualTo(files);
        }
        // copied to a place that can be written, as the message says, it opens as it was before the import
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(ws, copy.resolve(ws.getFileName()));
        Files.copy(InterruptedImport.journalOf(ws), InterruptedImport.journalOf(copy.resolve(ws.getFileName())));
        assertDoneWithTheNote(command, copy.resolve(ws.getFileName()), run(command, copy.resolve(ws.getFileName())));
    }

    private CliRun run(String command, Path ws) {
        return switch (command) {
            case "export" -> CliRun.of("export", "--workspace", ws.toString(), "--xlsx",
                    dir.resolve("papers/court.xlsx").toString(), "--motion", dir.resolve("papers/motion.pdf")
                            .toString(), "--quiet");
            default -> CliRun.of(command, "--workspace", ws.toString());
        };
    }

    private void assertDoneWithTheNote(String command, Path ws, CliRun r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines()).as("the one line that says so").containsOnlyOnce(NOTE);
        assertThat(InterruptedImport.journalOf(ws)).doesNotExist();
        assertThat(InterruptedImport.stateOf(ws)).as("as it was before the import").isEqualTo(InterruptedImport.BEFORE);
        switch (command) {
            case "verify-audit" -> assertThat(r.out()).startsWith("OK: Audit trail verified: ");
            case "backups" -> assertThat(r.out()).startsWith("No backups of w.reliefdesk yet");
            default -> {
                assertThat(r.out()).contains("Wrote 2 files");
                assertThat(dir.resolve("papers/court.xlsx")).isNotEmptyFile();
                assertThat(dir.resolve("papers/motion.pdf")).isNotEmptyFile();
            }
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A folder made read-only: by its permissions, or (for root, whom permissions do not stop) by moving it onto a
     * small disk mounted read-only. Skips the test where neither works.
     */
    static final class ReadOnly implements AutoCloseable {
        final String why;
        private final Path folder;
        private final SmallDisk disk;

        private ReadOnly(Path folder, SmallDisk disk, String why) {
            this.folder = folder;
            this.disk = disk;
            this.why = why;
        }

        static ReadOnly make(Path folder) throws Exception {
            assertThat(folder.toFile().setWritable(false, false)).isTrue();
            if (!Files.isWritable(folder)) {
                return new ReadOnly(folder, null, "its folder " + folder.toAbsolutePath() + " is read-only");
            }
            folder.toFile().setWritable(true, false);
            Path aside = Files.move(folder, folder.resolveSibling(folder.getFileName() + "-aside"));
            Optional<SmallDisk> disk = SmallDisk.mount(folder, 256L << 20);
            if (disk.isEmpty()) {
                Files.move(aside, folder);
                assumeTrue(false, "cannot make a read-only folder here (root ignores permissions, and cannot mount)");
            }
            try (Stream<Path> files = Files.list(aside)) {
                for (Path f : files.toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            disk.get().readOnly();
            return new ReadOnly(folder, disk.get(), "the disk (or card) holding it is read-only");
        }

        @Override
        public void close() throws IOException {
            if (disk == null) {
                folder.toFile().setWritable(true, false);
                return;
            }
            Path aside = folder.resolveSibling(folder.getFileName() + "-aside");
            try (Stream<Path> files = Files.list(aside)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            // the files as they are on the read-only disk are the ones the test checked; keep those
            Path keep = Files.createDirectories(aside);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, keep.resolve(f.getFileName()));
                }
            }
            disk.close();
            Files.delete(folder);
            Files.move(keep, folder);
        }
    }
}
