package org.reliefdesk.doj;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.reliefdesk.doj.DojLines.concat;
import static org.reliefdesk.doj.DojLines.header;
import static org.reliefdesk.doj.DojLines.latin1;
import static org.reliefdesk.doj.DojLines.lf;
import static org.reliefdesk.doj.DojLines.subject;
import static org.reliefdesk.doj.DojLines.utf8;

/** One fabricated file per DOJ quirk (doj-format.md, "Real-world mess to expect"). */
final class DojReaderTest {
    private static final BooleanSupplier NEVER = () -> false;

    @TempDir
    Path dir;

    /** Everything the reader reports, in order. */
    private static final class Collected implements DojReader.Listener {
        final List<DojRecord> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        final List<Long> progressBytes = new ArrayList<>();
        final List<Integer> rowsAtProgress = new ArrayList<>();

        @Override
        public void row(DojRecord record) {
            rows.add(record);
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }

        @Override
        public void progress(long bytesRead) {
            progressBytes.add(bytesRead);
            rowsAtProgress.add(rows.size());
        }

        List<Long> rowLines() {
            return rows.stream().map(DojRecord::line).toList();
        }

        List<String> subjects() {
            return rows.stream().map(r -> r.value(DojColumn.SUBJECT_ID)).toList();
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static ReadSummary read(Path file, Collected into) throws IOException {
        return new DojReader().read(file, into, NEVER);
    }

    // --- header -------------------------------------------------------------------------------------------

    @Test
    void readsRowsWhenThereIsNoHeader() throws IOException {
        Path f = file("plain.csv", lf(subject("1001").text(), subject("1002").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isFalse();
        assertThat(s.headerFields()).isZero();
        assertThat(c.subjects()).containsExactly("1001", "1002");
        assertThat(c.rowLines()).containsExactly(1L, 2L);
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(s.rejected()).isZero();
        assertThat(s.fileName()).isEqualTo("plain.csv");
    }

    @Test
    void detectsHeaderRowAndDoesNotTreatItAsData() throws IOException {
        Path f = file("header.csv", lf(header(), subject("1001").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(s.headerFields()).isEqualTo(95);
        assertThat(c.subjects()).containsExactly("1001");
        assertThat(c.rowLines()).containsExactly(2L);
        assertThat(c.problems).isEmpty();
        assertThat(s.rowsRead()).isEqualTo(1);
    }

    @Test
    void detectsHeaderWithOneStrayExtraField() throws IOException {
        Path f = file("extra.csv", lf(header(""), subject("1001").text(), subject("1002").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(s.headerFields()).isEqualTo(96);
        assertThat(c.problems).isEmpty();
        assertThat(c.rowLines()).containsExactly(2L, 3L);
    }

    // --- encodings ---------------------------------------------------------------------------------------

    @Test
    void skipsUtf8ByteOrderMarkSoHeaderIsStillDetected() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = file("bom.csv", concat(bom, lf(header(), subject("1001").text())));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(c.rowLines()).containsExactly(2L);
        assertThat(s.nonUtf8Lines()).isZero();
    }

    @Test
    void keepsByteOrderMarkOutOfTheFirstFieldOfAHeaderlessFile() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = file("bom-rows.csv", concat(bom, lf(subject("1001").with(DojColumn.RECORD_ID, "R1").text())));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.rows).singleElement()
                .satisfies(r -> assertThat(r.raw(DojColumn.RECORD_ID)).isEqualTo("R1"));
    }

    @Test
    void readsUtf8Names() throws IOException {
        Path f = file("utf8.csv", lf(
                subject("1001").with(DojColumn.PRI_NAME, "\"ZOË,ANNA\"").text(),
                subject("1002").with(DojColumn.PRI_NAME, "NÚÑEZ").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rows).extracting(r -> r.value(DojColumn.PRI_NAME)).containsExactly("ZOË,ANNA", "NÚÑEZ");
        assertThat(s.nonUtf8Lines()).isZero();
    }

    @Test
    void readsLatin1BytesAsLatin1AndCountsTheLine() throws IOException {
        byte[] row = latin1(subject("1001").with(DojColumn.PRI_NAME, "\"NÚÑEZ,JOSÉ\"").text() + "\n");
        assertThat(row).as("fixture really holds Latin-1 bytes").contains((byte) 0xD1);
        Path f = file("latin1.csv", row);
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rows).singleElement()
                .satisfies(r -> assertThat(r.value(DojColumn.PRI_NAME)).isEqualTo("NÚÑEZ,JOSÉ"));
        assertThat(s.nonUtf8Lines()).isEqualTo(1);
        assertThat(c.problems).isEmpty();
    }

    @Test
    void readsFileMixingUtf8AndLatin1LinesWithoutLosingEither() throws IOException {
        Path f = file("mixed.csv", concat(
                utf8(subject("1001").with(DojColumn.PRI_NAME, "ZOË").text() + "\n"),
                latin1(subject("1002").with(DojColumn.PRI_NAME, "NÚÑEZ").text() + "\n"),
                utf8(subject("1003").with(DojColumn.PRI_NAME, "NÚÑEZ").text() + "\n"),
                utf8(subject("1004").with(DojColumn.PRI_NAME, "PLAIN").text() + "\n")));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rows).extracting(r -> r.value(DojColumn.PRI_NAME))
                .containsExactly("ZOË", "NÚÑEZ", "NÚÑEZ", "PLAIN");
        assertThat(s.nonUtf8Lines()).isEqualTo(1);
        assertThat(s.accepted()).isEqualTo(4);
    }

    @Test
    void countsALatin1LineOnceEvenWhenTheQuoteLookAheadReadsItAgain() throws IOException {
        // two rows that each open a quote: the reader looks ahead, gives up and reads the second row again
        Path f = file("latin1-quotes.csv", concat(
                latin1(subject("1001").with(DojColumn.PRI_NAME, "\"NÚÑEZ,JOSÉ").text() + "\n"),
                latin1(subject("1002").with(DojColumn.PRI_NAME, "\"PEÑA,ANA").text() + "\n"),
                utf8(subject("1003").text() + "\n")));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.problems).extracting(RowProblem::line).containsExactly(1L, 2L);
        assertThat(c.problems).extracting(RowProblem::raw).allSatisfy(raw -> assertThat(raw).contains("Ñ"));
        assertThat(c.rowLines()).containsExactly(3L);
        assertThat(s.nonUtf8Lines()).isEqualTo(2);
    }

    // --- line endings, padding, NULL ---------------------------------------------------------------------

    @Test
    void readsCrlfAndLfLineEndingsAlike() throws IOException {
        String a = subject("1001").with(DojColumn.END_OF_REC, "E").text();
        String b = subject("1002").text();
        String c3 = subject("1003").with(DojColumn.END_OF_REC, "E").text();
        Path f = file("endings.csv", utf8(a + "\r\n" + b + "\n" + c3 + "\r\n"));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rows).extracting(DojRecord::line, r -> r.raw(DojColumn.END_OF_REC))
                .containsExactly(tuple(1L, "E"), tuple(2L, ""), tuple(3L, "E"));
        assertThat(s.rejected()).isZero();
    }

    @Test
    void readsLastRowWithoutFinalLineBreak() throws IOException {
        Path f = file("no-final-eol.csv", utf8(subject("1001").text() + "\r\n" + subject("1002").text()));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.subjects()).containsExactly("1001", "1002");
        assertThat(c.rowLines()).containsExactly(1L, 2L);
    }

    @Test
    void keepsSpacePaddingInRawAndTrimsItInValue() throws IOException {
        Path f = file("padded.csv", lf(subject("  1001 ")
                .with(DojColumn.OFFENSE_DESCR, "11357(B) HS-POSSESS MARIJUANA      ")
                .with(DojColumn.DISP_DESCR, "   CONVICTED-JAIL").text()));
        Collected c = new Collected();

        read(f, c);

        DojRecord r = c.rows.get(0);
        assertThat(r.raw(DojColumn.SUBJECT_ID)).isEqualTo("  1001 ");
        assertThat(r.value(DojColumn.SUBJECT_ID)).isEqualTo("1001");
        assertThat(r.raw(DojColumn.OFFENSE_DESCR)).isEqualTo("11357(B) HS-POSSESS MARIJUANA      ");
        assertThat(r.value(DojColumn.OFFENSE_DESCR)).isEqualTo("11357(B) HS-POSSESS MARIJUANA");
        assertThat(r.raw(DojColumn.DISP_DESCR)).isEqualTo("   CONVICTED-JAIL");
        assertThat(r.value(DojColumn.DISP_DESCR)).isEqualTo("CONVICTED-JAIL");
    }

    @Test
    void readsNullPlaceholderAsEmptyValueButKeepsItRaw() throws IOException {
        Path f = file("null.csv", lf(subject("1001")
                .with(DojColumn.CYC_DATE, "NULL")
                .with(DojColumn.OFN, " null ").text()));
        Collected c = new Collected();

        read(f, c);

        DojRecord r = c.rows.get(0);
        assertThat(r.raw(DojColumn.CYC_DATE)).isEqualTo("NULL");
        assertThat(r.value(DojColumn.CYC_DATE)).isEmpty();
        assertThat(r.raw(DojColumn.OFN)).isEqualTo(" null ");
        assertThat(r.value(DojColumn.OFN)).isEmpty();
    }

    // --- rows set aside -----------------------------------------------------------------------------------

    @Test
    void setsAsideAHeaderRepeatedInTheMiddleOfTheFile() throws IOException {
        Path f = file("joined.csv", lf(DojLines.header(), subject("1001").text(), DojLines.header(),
                subject("1002").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(c.subjects()).containsExactly("1001", "1002");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("repeats the header row");
        });
    }

    @Test
    void setsAsideRowWithStrayComma() throws IOException {
        String stray = subject("1002").with(DojColumn.PRI_NAME, "GROUCH,OSCAR").text();
        Path f = file("stray.csv", lf(subject("1001").text(), stray, subject("1003").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.subjects()).containsExactly("1001", "1003");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("stray.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("96 fields instead of 95").contains("stray comma");
            assertThat(p.raw()).isEqualTo(stray);
        });
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.rowsRead()).isEqualTo(3);
    }

    @Test
    void setsAsideRowCutShort() throws IOException {
        String full = subject("1002").text();
        String cut = full.substring(0, full.length() - 1);
        Path f = file("short.csv", lf(subject("1001").text(), cut));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.subjects()).containsExactly("1001");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).isEqualTo("it has 94 fields instead of 95");
            assertThat(p.raw()).isEqualTo(cut);
        });
    }

    @Test
    void setsAsideRowWithTextAfterClosingQuote() throws IOException {
        String broken = subject("1002").with(DojColumn.PRI_NAME, "\"GROUCH,OSCAR\" THE").text();
        Path f = file("quote-text.csv", lf(broken, subject("1003").text()));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("quoting is broken");
            assertThat(p.raw()).isEqualTo(broken);
        });
        assertThat(c.rowLines()).containsExactly(2L);
    }

    @Test
    void setsAsideUnterminatedQuoteAndStillReadsTheFollowingRows() throws IOException {
        String open = subject("1002").with(DojColumn.PRI_NAME, "\"GROUCH,OSCAR THE").text();
        Path f = file("open-quote.csv", lf(
                subject("1001").text(),
                open,
                subject("1003").with(DojColumn.PRI_NAME, "\"BIRD,BIG\"").text(),
                subject("1004").text(),
                subject("1005").text(),
                subject("1006").with(DojColumn.PRI_NAME, "\"MONSTER,ELMO\"").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("quote").contains("never closed");
            assertThat(p.raw()).isEqualTo(open);
        });
        assertThat(c.subjects()).containsExactly("1001", "1003", "1004", "1005", "1006");
        assertThat(c.rowLines()).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(s.rowsRead()).isEqualTo(6);
    }

    @Test
    void setsAsideUnterminatedQuoteOnTheLastLine() throws IOException {
        String open = subject("1002").with(DojColumn.COMMENT_TEXT, "\"NO END").text();
        Path f = file("open-last.csv", lf(subject("1001").text(), open));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.rowLines()).containsExactly(1L);
        assertThat(c.problems).extracting(RowProblem::line).containsExactly(2L);
    }

    @Test
    void setsAsideRowWithLiteralQuoteWithoutSwallowingTheNextRow() throws IOException {
        // An inch mark in an unquoted comment (6" BLADE) is an odd quote that opens nothing; two such rows in a
        // row must not be read as one multi-line record that silently drops the second.
        String first = subject("1001").with(DojColumn.COMMENT_TEXT, "POSS 6\" BLADE").text();
        String second = subject("1002").with(DojColumn.COMMENT_TEXT, "POSS 4\" BLADE").text();
        Path f = file("inch.csv", lf(first, second, subject("1003").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.rowsRead()).as("every data line is either accepted or set aside").isEqualTo(3);
        assertThat(c.rowLines()).contains(3L);
        List<Long> seen = new ArrayList<>(c.rowLines());
        c.problems.forEach(p -> seen.add(p.line()));
        assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L);
        for (DojRecord r : c.rows) {
            assertThat(r.value(DojColumn.SUBJECT_ID)).isEqualTo("100" + r.line());
            assertThat(r.field(DojColumn.COMMENT_TEXT.index())).doesNotContain("\n");
        }
        List<String> lines = List.of(first, second);
        assertThat(c.problems).allSatisfy(p -> assertThat(p.raw()).isEqualTo(lines.get((int) p.line() - 1)));
    }

    @Test
    void acceptsQuotedFieldHoldingALineBreakAtItsFirstLine() throws IOException {
        String multi = subject("1002").with(DojColumn.COMMENT_TEXT, "\"FIRST PART\nSECOND PART\"").text();
        Path f = file("multiline.csv", lf(subject("1001").text(), multi, subject("1003").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.problems).isEmpty();
        assertThat(c.rowLines()).containsExactly(1L, 2L, 4L);
        assertThat(c.rows.get(1).value(DojColumn.COMMENT_TEXT)).isEqualTo("FIRST PART\nSECOND PART");
        assertThat(s.accepted()).isEqualTo(3);
    }

    @Test
    void acceptsQuotedLineBreakInCrlfFile() throws IOException {
        String multi = subject("1001").with(DojColumn.COMMENT_TEXT, "\"FIRST PART\r\nSECOND PART\"").text();
        Path f = file("multiline-crlf.csv", utf8(multi + "\r\n" + subject("1002").text() + "\r\n"));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.problems).isEmpty();
        assertThat(c.rowLines()).containsExactly(1L, 3L);
        assertThat(c.rows.get(0).value(DojColumn.COMMENT_TEXT)).startsWith("FIRST PART").endsWith("SECOND PART");
    }

    @Test
    void setsAsideRowWithNulAndBinaryBytes() throws IOException {
        byte[] junk = concat(utf8(",,1002,"), new byte[] {0, 0, 1, (byte) 0xFF, 0}, utf8(",,,\n"));
        Path f = file("binary.csv", concat(lf(subject("1001").text()), junk, lf(subject("1003").text())));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("binary data").contains("0x00");
            assertThat(p.raw()).startsWith(",,1002,");
        });
        assertThat(c.rowLines()).containsExactly(1L, 3L);
    }

    @Test
    void setsAsideTrailingNulPadding() throws IOException {
        Path f = file("nul-tail.csv", concat(lf(subject("1001").text()), new byte[64]));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rowLines()).containsExactly(1L);
        assertThat(c.problems).extracting(RowProblem::line).containsExactly(2L);
        assertThat(s.accepted()).isEqualTo(1);
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() throws IOException {
        Path f = file("blanks.csv", utf8("\n" + subject("1001").text() + "\n   \n\t\r\n" + subject("1002").text()
                + "\n\n"));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rowLines()).containsExactly(2L, 5L);
        assertThat(c.problems).isEmpty();
        assertThat(s.blankLines()).isEqualTo(4);
        assertThat(s.rowsRead()).isEqualTo(2);
    }

    @Test
    void detectsHeaderAfterLeadingBlankLines() throws IOException {
        Path f = file("blank-header.csv", lf("", header(), subject("1001").text()));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(c.rowLines()).containsExactly(3L);
    }

    @Test
    void setsAsideRowWithoutSubjectId() throws IOException {
        Path f = file("no-subject.csv", lf(
                subject("").text(),
                subject("   ").text(),
                subject("NULL").text(),
                subject("1004").text()));
        Collected c = new Collected();

        read(f, c);

        assertThat(c.rowLines()).containsExactly(4L);
        assertThat(c.problems).extracting(RowProblem::line).containsExactly(1L, 2L, 3L);
        assertThat(c.problems).allSatisfy(p -> assertThat(p.reason()).contains("no SUBJECT_ID"));
    }

    @Test
    void setsAsideOverlongLineAndReadsOn() throws IOException {
        Path f = dir.resolve("overlong.csv");
        byte[] filler = new byte[1 << 20];
        Arrays.fill(filler, (byte) 'x');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            out.write(lf(subject("1001").text()));
            out.write(utf8(",,1002,"));
            for (long written = 0; written <= LineFramer.MAX_LINE_BYTES; written += filler.length) {
                out.write(filler);
            }
            out.write(lf("", "", subject("1003").text())); // ends line 2, blank line 3, row on line 4
        }
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rowLines()).containsExactly(1L, 4L);
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("too long");
            assertThat(p.raw()).startsWith(",,1002,xxx").hasSizeLessThanOrEqualTo(1024);
        });
        assertThat(s.blankLines()).isEqualTo(1);
        assertThat(s.bytes()).isEqualTo(Files.size(f));
        assertThat(s.sha256()).isEqualTo(sha256(f));
    }

    // --- whole-file facts ---------------------------------------------------------------------------------

    @Test
    void readsEmptyFile() throws IOException {
        Path f = file("empty.csv", new byte[0]);
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(c.rows).isEmpty();
        assertThat(c.problems).isEmpty();
        assertThat(s.header()).isFalse();
        assertThat(s.bytes()).isZero();
        assertThat(s.rowsRead()).isZero();
        assertThat(s.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void readsHeaderOnlyFile() throws IOException {
        Path f = file("header-only.csv", utf8(header() + "\r\n"));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.header()).isTrue();
        assertThat(s.rowsRead()).isZero();
        assertThat(c.rows).isEmpty();
        assertThat(c.problems).isEmpty();
    }

    @Test
    void reportsExactPhysicalLineNumbersWithHeaderCounted() throws IOException {
        Path f = file("lines.csv", lf(
                header(),                                                                   // 1
                subject("1001").text(),                                                     // 2
                "",                                                                         // 3
                subject("1002").with(DojColumn.COMMENT_TEXT, "\"A\nB\nC\"").text(),         // 4-6
                subject("1003").with(DojColumn.PRI_NAME, "A,B").text(),                     // 7 (96 fields)
                subject("1004").text()));                                                   // 8
        Collected c = new Collected();

        read(f, c);

        assertThat(c.rowLines()).containsExactly(2L, 4L, 8L);
        assertThat(c.problems).extracting(RowProblem::line).containsExactly(7L);
        assertThat(c.rows).allSatisfy(r -> assertThat(r.file()).isEqualTo("lines.csv"));
    }

    @Test
    void summaryShaMatchesAnIndependentDigestOfTheFile() throws IOException {
        Path f = file("sha.csv", concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                lf(header(), subject("1001").text()),
                latin1(subject("1002").with(DojColumn.PRI_NAME, "NÚÑEZ").text() + "\r\n"),
                lf("short,row")));
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.sha256()).isEqualTo(sha256(f));
        assertThat(s.bytes()).isEqualTo(Files.size(f));
    }

    @Test
    void deliversRowsWhileTheFileIsStillBeingRead() throws IOException {
        int rowCount = 200_000;
        Path f = generated("big.csv", rowCount);
        assertThat(Files.size(f) % rowCount).as("fixed-length rows").isZero();
        long rowBytes = Files.size(f) / rowCount;
        Collected c = new Collected();

        ReadSummary s = read(f, c);

        assertThat(s.accepted()).isEqualTo(rowCount);
        assertThat(c.progressBytes).as("progress about every megabyte").hasSizeGreaterThan(5);
        assertThat(c.progressBytes).isSorted().last().isEqualTo(Files.size(f));
        for (int i = 0; i < c.progressBytes.size() - 1; i++) {
            long bytes = c.progressBytes.get(i);
            long delivered = c.rowsAtProgress.get(i) * rowBytes;
            // the reader never runs more than two megabytes ahead of the rows it has handed over
            assertThat(bytes - delivered).as("read-ahead at progress %d", i).isLessThan(2L << 20);
        }
        assertThat(c.rowsAtProgress.subList(0, c.rowsAtProgress.size() - 1))
                .anySatisfy(n -> assertThat(n).isBetween(1, rowCount - 1));
    }

    @Test
    void stopsWithCancellationExceptionWhenCancelled() throws IOException {
        int rowCount = 20_000;
        Path f = generated("cancel.csv", rowCount);
        Collected c = new Collected();
        BooleanSupplier cancelled = () -> c.rows.size() >= 100;

        assertThatThrownBy(() -> new DojReader().read(f, c, cancelled))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("cancel.csv");
        assertThat(c.rows.size()).isBetween(100, rowCount - 1);
    }

    @Test
    void cancellationIsNoticedEvenOnATinyFile() throws IOException {
        Path f = file("tiny.csv", lf(subject("1001").text()));

        assertThatThrownBy(() -> new DojReader().read(f, new Collected(), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    // --- cross-check against the shared gogen samples (skipped when ../shared/samples is absent) -------------

    private static Path sample(String name) {
        Optional<Path> p = SampleFiles.find(name);
        assumeTrue(p.isPresent(), "../shared/samples/" + name + " is not available");
        return p.get();
    }

    @Test
    void readsAllRowsOfTheHeaderlessSample() throws IOException {
        Collected c = new Collected();

        ReadSummary s = read(sample("no_headers.csv"), c);

        assertThat(s.header()).isFalse();
        assertThat(s.accepted()).isEqualTo(38);
        assertThat(c.problems).isEmpty();
        assertThat(c.rows.get(0).value(DojColumn.PRI_NAME)).isEqualTo("SKYWALKER,LUKE S");
        assertThat(c.rowLines()).first().isEqualTo(1L);
        assertThat(c.rowLines()).last().isEqualTo(38L);
    }

    @Test
    void detectsTheExtraCommaHeaderOfTheSampleAndReadsTheSameRows() throws IOException {
        Collected plain = new Collected();
        read(sample("no_headers.csv"), plain);
        Collected c = new Collected();

        ReadSummary s = read(sample("extra_comma.csv"), c);

        assertThat(s.header()).isTrue();
        assertThat(s.headerFields()).isEqualTo(96);
        assertThat(c.problems).isEmpty();
        assertThat(s.accepted()).isEqualTo(38);
        assertThat(c.rows).extracting(DojRecord::fields)
                .containsExactlyElementsOf(plain.rows.stream().map(DojRecord::fields).toList());
        assertThat(c.rowLines()).first().isEqualTo(2L);
    }

    @Test
    void setsAsideEveryRowOfTheBadSample() throws IOException {
        Collected c = new Collected();

        ReadSummary s = read(sample("bad.csv"), c);

        // its header line is short too (94 names) but still a header; each of the 37 rows below it is set aside
        assertThat(s.header()).isTrue();
        assertThat(s.accepted()).isZero();
        assertThat(c.rows).isEmpty();
        assertThat(c.problems).hasSize(37)
                .allSatisfy(p -> assertThat(p.reason()).isEqualTo("it has 94 fields instead of 95"));
        assertThat(c.problems).extracting(RowProblem::line)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 38).boxed().toList());
    }

    /** A file of {@code rows} well-formed rows (a block of 1,000 distinct subjects, repeated). */
    private Path generated(String name, int rows) throws IOException {
        StringBuilder block = new StringBuilder();
        String tail = ",".repeat(DojColumn.COUNT - 3) + "\n";
        for (int i = 0; i < 1000; i++) {
            block.append(",,").append(1_000_000 + i).append(tail);
        }
        byte[] bytes = utf8(block.toString());
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int written = 0; written < rows; written += 1000) {
                out.write(bytes);
            }
        }
        return f;
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
