package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NativeSqliteTest {

    @Test
    void installsTheLibraryOnceInAFolderNamedAfterItsContent(@TempDir Path cache) throws Exception {
        byte[] lib = "pretend library".getBytes(StandardCharsets.US_ASCII);
        Path file = NativeSqlite.install(cache, "libsqlitejdbc.so", lib);
        assertThat(file).hasBinaryContent(lib);
        assertThat(file.getParent().getFileName().toString()).startsWith("sqlite-").hasSize(7 + 16);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 60_000));

        assertThat(NativeSqlite.install(cache, "libsqlitejdbc.so", lib)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("an intact copy is not rewritten")
                .isEqualTo(modified - 60_000);
    }

    @Test
    void replacesAnAlteredOrPartialCopyAndLeavesNoTemporaryFile(@TempDir Path cache) throws Exception {
        byte[] lib = "pretend library".getBytes(StandardCharsets.US_ASCII);
        Path file = NativeSqlite.install(cache, "libsqlitejdbc.so", lib);
        Files.write(file, "pretend lib".getBytes(StandardCharsets.US_ASCII));

        assertThat(NativeSqlite.install(cache, "libsqlitejdbc.so", lib)).hasBinaryContent(lib);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aDifferentLibraryGoesToADifferentFolder(@TempDir Path cache) throws Exception {
        Path a = NativeSqlite.install(cache, "libsqlitejdbc.so", new byte[] {1, 2, 3});
        Path b = NativeSqlite.install(cache, "libsqlitejdbc.so", new byte[] {1, 2, 4});
        assertThat(a.getParent()).isNotEqualTo(b.getParent());
        assertThat(a).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void theDriverLoadsTheInstalledCopy(@TempDir Path dir) throws Exception {
        try (Workspace w = Workspace.openOrCreate(dir.resolve("w.reliefdesk"))) {
            assertThat(w.integrityCheck()).isEqualTo("ok");
        }
        String libPath = System.getProperty("org.sqlite.lib.path");
        assertThat(libPath).as("the per-user copy is used (home folder writable here)").isNotNull();
        Path lib = Path.of(libPath, System.getProperty("org.sqlite.lib.name"));
        byte[] inJar;
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                        + org.sqlite.util.LibraryLoaderUtil.getNativeLibName())) {
            inJar = in.readAllBytes();
        }
        assertThat(lib).hasBinaryContent(inJar);
    }
}
