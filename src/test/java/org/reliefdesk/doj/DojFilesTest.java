package org.reliefdesk.doj;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A path is checked before any row is read, with a one-sentence reason when it cannot be used. */
final class DojFilesTest {
    @TempDir
    Path dir;

    @Test
    void explainsMissingFile() {
        Path missing = dir.resolve("missing.dat");

        assertThat(DojFiles.unusable(missing)).hasValueSatisfying(reason -> assertThat(reason)
                .contains(missing.toString()).contains("does not exist"));
    }

    @Test
    void explainsFolderGivenInsteadOfFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("county"));

        assertThat(DojFiles.unusable(folder)).hasValueSatisfying(reason -> assertThat(reason)
                .contains(folder.toString()).contains("folder"));
    }

    @Test
    void explainsEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.dat"));

        assertThat(DojFiles.unusable(empty)).hasValueSatisfying(reason -> assertThat(reason)
                .contains(empty.toString()).contains("empty"));
    }

    @Test
    void acceptsReadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("doj.dat"), DojLines.subject("1001").text() + "\n");

        assertThat(DojFiles.unusable(file)).isEmpty();
    }

    @Test
    void acceptsFileHoldingOnlyALineBreak() throws IOException {
        // not empty on disk: the reader, not this check, finds that it holds no rows
        Path file = Files.writeString(dir.resolve("blank.dat"), "\n");

        assertThat(DojFiles.unusable(file)).isEmpty();
    }

    @Test
    void explainsFileThatCannotBeRead() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path locked = Files.writeString(dir.resolve("locked.dat"), "x\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running with rights that read any file (root)");

        assertThat(DojFiles.unusable(locked)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("cannot be read"));
    }
}
