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

    /**
     * In a fresh JVM (the driver loads its library once per process): the app's wiring with a Linux user whose
     * {@code XDG_CACHE_HOME} is {@code dir/cache} opens a workspace with the library kept there.
     */
    @Test
    void theDriverLoadsTheCopyInTheUsersCacheFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("child.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isZero();
        String libPath = printed.lines().filter(l -> l.startsWith("LIB ")).findFirst().orElseThrow().substring(4);
        Path lib = Path.of(libPath);
        assertThat(lib).as("the per-user copy is used").startsWith(dir.resolve("cache").resolve("reliefdesk"));
        byte[] inJar;
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                        + org.sqlite.util.LibraryLoaderUtil.getNativeLibName())) {
            inJar = in.readAllBytes();
        }
        assertThat(lib).hasBinaryContent(inJar);
    }

    /** The child JVM: the app's production wiring for a user folder under {@code args[0]}, then one workspace. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            java.util.Map<String, String> env = java.util.Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
            java.util.Map<String, String> props = java.util.Map.of("os.name", "Linux", "user.home", dir.toString());
            org.reliefdesk.app.Services.standard(org.reliefdesk.app.UserFolders.of(env::get, props::get));
            try (Workspace w = Workspace.openOrCreate(dir.resolve("w.reliefdesk"))) {
                if (!w.integrityCheck().equals("ok")) {
                    System.exit(2);
                }
            }
            System.out.println("LIB " + Path.of(System.getProperty("org.sqlite.lib.path"),
                    System.getProperty("org.sqlite.lib.name")));
        }
    }
}
