package org.reliefdesk.doj;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates malformed DOJ inputs, each with what the import must make of it: which files are refused and with what
 * words, how many rows go in, and which rows are set aside at which line and why. Used by
 * {@code app.BadInputCorpusTest}, which drives the real import.
 */
public final class BadInputCorpus {
    private BadInputCorpus() {
    }

    /** What the import must make of one of a case's files. */
    public sealed interface Expect permits Imported, Refused, Duplicate {
    }

    /** Imported: this many rows accepted, and exactly these set aside (line, words of the reason). */
    public record Imported(int accepted, List<SetAside> setAside) implements Expect {
    }

    /** One row set aside: its line in the file and words its reason must contain. */
    public record SetAside(long line, String reason) {
    }

    /** Refused as a whole with a message containing these words; nothing from it is imported. */
    public record Refused(String message) implements Expect {
    }

    /** Refused because the same file (same bytes) is already in the workspace. */
    public record Duplicate() implements Expect {
    }

    /** Makes a case's files in a folder of its own. */
    @FunctionalInterface
    public interface Maker {
        List<Path> make(Path dir) throws IOException;
    }

    /**
     * One case: its files and what each must give. {@code appendWhileReading}: a line is added to the first file
     * while it is being read (by the test's progress callback).
     */
    public record Case(String name, Maker files, List<Expect> expect, boolean appendWhileReading,
                       boolean needsNonRoot) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, Maker files, Expect... expect) {
        return new Case(name, files, List.of(expect), false, false);
    }

    /** A valid row of a subject (95 fields, the others empty), with a name. */
    public static String good(int subject) {
        return DojLines.subject(Integer.toString(subject)).with(DojColumn.PRI_NAME, "\"DOE,JANE " + subject + "\"")
                .with(DojColumn.CII_NUMBER, "A" + (10_000_000 + subject)).text();
    }

    private static String fields(int n) {
        return "1," + ",".repeat(n - 2) + "x";
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path lines(Path dir, String name, String... lines) throws IOException {
        return write(dir, name, DojLines.lf(lines));
    }

    /** Every case. */
    public static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String header = DojLines.header();
        c.add(of("too few and too many fields", d -> List.of(lines(d, "fields.csv", header, good(1), fields(12),
                        fields(96), fields(140), good(2))),
                new Imported(2, List.of(new SetAside(3, "it has 12 fields instead of 95"),
                        new SetAside(4, "it has 96 fields instead of 95 (a stray comma shifts its columns)"),
                        new SetAside(5, "it has 140 fields instead of 95")))));
        c.add(of("a single field per line (not a DOJ file)", d -> List.of(lines(d, "notes.txt",
                        "Dear colleague", "please find the file attached.")),
                new Imported(0, List.of(new SetAside(1, "it has 1 field instead of 95"),
                        new SetAside(2, "it has 1 field instead of 95")))));
        c.add(of("text after a closing quote", d -> List.of(lines(d, "quote.csv", good(1),
                        DojLines.subject("2").with(DojColumn.PRI_NAME, "\"DOE\"JANE").text(), good(3))),
                new Imported(2, List.of(new SetAside(2, "its quoting is broken")))));
        c.add(of("an unterminated quote in the middle", d -> List.of(lines(d, "open.csv", good(1),
                        DojLines.subject("2").with(DojColumn.PRI_NAME, "\"DOE,JANE").text(), good(3), good(4))),
                new Imported(3, List.of(new SetAside(2, "it opens a quote that is never closed on that line")))));
        c.add(of("an unterminated quote on the last line, no final line break", d -> List.of(write(d, "last.csv",
                        DojLines.utf8(good(1) + "\n" + DojLines.subject("2").with(DojColumn.PRI_NAME, "\"DOE")
                                .text()))),
                new Imported(1, List.of(new SetAside(2, "it opens a quote that is never closed on that line")))));
        c.add(of("NUL bytes in a row", d -> List.of(write(d, "nul.csv", DojLines.concat(DojLines.lf(good(1)),
                        DojLines.utf8(DojLines.subject("2").with(DojColumn.PRI_NAME, "DOE\0JANE").text() + "\n"),
                        DojLines.lf(good(3))))),
                new Imported(2, List.of(new SetAside(2, "it contains unreadable binary data (byte 0x00")))));
        c.add(of("other control bytes in a row", d -> List.of(write(d, "bell.csv", DojLines.concat(
                        DojLines.utf8(DojLines.subject("1").with(DojColumn.PRI_NAME, "DOE\u0007JANE").text() + "\n"),
                        DojLines.lf(good(2))))),
                new Imported(1, List.of(new SetAside(1, "it contains unreadable binary data (byte 0x07")))));
        c.add(of("NUL padding after the last row", d -> List.of(write(d, "padded.csv", DojLines.concat(
                        DojLines.lf(good(1), good(2)), new byte[512]))),
                new Imported(2, List.of(new SetAside(3, "it contains unreadable binary data (byte 0x00 at character 1)")))));
        c.add(of("a picture given as a DOJ file", d -> {
                    byte[] png = new byte[4096];
                    for (int i = 0; i < png.length; i++) {
                        png[i] = (byte) (i % 10); // no line breaks: one long line of binary data
                    }
                    System.arraycopy(new byte[] {'P', 'N', 'G', ','}, 0, png, 0, 4);
                    return List.of(write(d, "photo.csv", png));
                }, new Imported(0, List.of(new SetAside(1, "it contains unreadable binary data (byte 0x04 at character 5)")))));
        c.add(of("Latin-1 names", d -> List.of(write(d, "latin1.csv", DojLines.concat(DojLines.lf(header),
                        DojLines.latin1(DojLines.subject("1").with(DojColumn.PRI_NAME, "\"NUÑEZ,JOSÉ\"").text()
                                + "\n"), DojLines.lf(good(2))))),
                new Imported(2, List.of())));
        c.add(of("UTF-8 with a byte order mark before the header", d -> List.of(write(d, "bom.csv", DojLines.concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, DojLines.lf(header, good(1), good(2))))),
                new Imported(2, List.of())));
        c.add(of("CRLF line endings", d -> List.of(write(d, "crlf.csv", DojLines.utf8(header + "\r\n" + good(1)
                        + "\r\n" + good(2) + "\r\n" + fields(3) + "\r\n"))),
                new Imported(2, List.of(new SetAside(4, "it has 3 fields instead of 95")))));
        c.add(of("an empty file", d -> List.of(write(d, "empty.csv", new byte[0])),
                new Refused("is empty")));
        c.add(of("the header only", d -> List.of(lines(d, "header.csv", header)),
                new Imported(0, List.of())));
        c.add(of("a row without SUBJECT_ID", d -> List.of(lines(d, "nosubject.csv", good(1),
                        DojLines.subject("").with(DojColumn.PRI_NAME, "\"DOE,JANE\"").text())),
                new Imported(1, List.of(new SetAside(2, "it has no SUBJECT_ID, so it cannot be tied to a person")))));
        c.add(of("the header repeated in the middle (two files joined)", d -> List.of(lines(d, "joined.csv",
                        header, good(1), header, good(2))),
                new Imported(2, List.of(new SetAside(3, "it repeats the header row")))));
        c.add(of("blank lines between rows keep line numbers right", d -> List.of(lines(d, "blank.csv", good(1),
                        "", "   ", good(2), fields(5))),
                new Imported(2, List.of(new SetAside(5, "it has 5 fields instead of 95")))));
        c.add(of("a 1 MB field in an otherwise good row", d -> List.of(lines(d, "big.csv", good(1),
                        DojLines.subject("2").with(DojColumn.COMMENT_TEXT, "\"" + "X".repeat(1 << 20) + "\"").text(),
                        good(3))),
                new Imported(3, List.of())));
        c.add(of("the same file given twice under two names", d -> {
                    Path a = lines(d, "a.csv", good(1), good(2));
                    return List.of(a, Files.copy(a, d.resolve("copy-of-a.csv")));
                }, new Imported(2, List.of()), new Duplicate()));
        c.add(of("a folder instead of a file", d -> List.of(Files.createDirectories(d.resolve("exports"))),
                new Refused("is a folder, not a DOJ file")));
        c.add(of("a file that does not exist, and a good one after it", d -> List.of(d.resolve("missing.csv"),
                        lines(d, "good.csv", good(1))),
                new Refused("does not exist"), new Imported(1, List.of())));
        c.add(new Case("a file without read permission", d -> {
            Path f = lines(d, "locked.csv", good(1));
            Files.setPosixFilePermissions(f, java.util.Set.of());
            return List.of(f);
        }, List.of(new Refused("cannot be read (permission denied)")), false, true));
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            many.add(good(i));
        }
        c.add(new Case("a file that grows while it is read", d -> List.of(lines(d, "growing.csv",
                many.toArray(String[]::new))), List.of(new Refused("changed while it was being read")), true, false));
        return c;
    }

    /** Adds a row to a file, as another program still writing it would. */
    public static void append(Path file) {
        try {
            Files.writeString(file, good(999_999) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
