package org.reliefdesk.export.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Parity with Go's encoding/csv Writer (gogen-spec.md §6.3), which gogen 0.2.13 used for its CSVs. */
final class GoCsvWriterTest {

    @Test
    void writesPlainFieldsUnquotedWithLfLineEnds() throws IOException {
        assertThat(rows(List.of("a", "b c", "x       ", "11357(B) HS"), List.of("2"))).isEqualTo(
                "a,b c,x       ,11357(B) HS\n2\n");
    }

    @Test
    void quotesFieldsHoldingACommaAQuoteOrALineBreak() throws IOException {
        assertThat(row("SKYWALKER,LUKE S")).isEqualTo("\"SKYWALKER,LUKE S\"\n");
        assertThat(row("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"\n");
        assertThat(row("\"")).isEqualTo("\"\"\"\"\n");
        assertThat(row("two\nlines")).isEqualTo("\"two\nlines\"\n");
        assertThat(row("cr\rhere")).isEqualTo("\"cr\rhere\"\n");
        assertThat(row("crlf\r\nhere")).isEqualTo("\"crlf\r\nhere\"\n");
    }

    @Test
    void quotesAFieldThatIsExactlyBackslashDot() throws IOException {
        assertThat(row("\\.")).isEqualTo("\"\\.\"\n");
        assertThat(row("\\.x")).isEqualTo("\\.x\n");
        assertThat(row("a\\.")).isEqualTo("a\\.\n");
    }

    @Test
    void writesEmptyFieldsAsNothing() throws IOException {
        assertThat(row("", "a", "")).isEqualTo(",a,\n");
        assertThat(row("")).isEqualTo("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {" lead", "              ", "\u000Bvt", "\u000Cff", "\u0085nel", "\u00A0nbsp",
            "\u1680ogham", "\u2000enquad", "\u200Ahair", "\u2028ls", "\u2029ps", "\u202Fnnbsp", "\u205Fmmsp",
            "\u3000ideographic"})
    void quotesAFieldBeginningWithAWhitespaceRune(String field) throws IOException {
        assertThat(row(field)).isEqualTo("\"" + field + "\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200Bzwsp", "\uFEFFbom", "\u180Emvs", "é", "東京", "trailing ", "mid dle"})
    void leavesOtherFirstRunesUnquoted(String field) throws IOException {
        assertThat(row(field)).isEqualTo(field + "\n");
    }

    @Test
    void aProtectingApostropheComesInsideTheQuotes() throws IOException {
        assertThat(row("=SUM(A1,B1)")).isEqualTo("\"'=SUM(A1,B1)\"\n");
        assertThat(row("@x\"y")).isEqualTo("\"'@x\"\"y\"\n");
        assertThat(row("\tTAB")).as("after the apostrophe the field no longer begins with whitespace")
                .isEqualTo("'\tTAB\n");
        assertThat(row("\rCR")).isEqualTo("\"'\rCR\"\n");
    }

    @Test
    void writesTheTrailingSpaceFormLikeTheWholeString() throws IOException {
        assertThat(padded("x", 7, false)).isEqualTo("x       \n");
        assertThat(padded("", 14, false)).isEqualTo("\"              \"\n");
        assertThat(padded(" a", 2, false)).isEqualTo("\" a  \"\n");
        assertThat(padded("a,b", 2, true)).isEqualTo("\"a,b  \"\n");
        assertThat(padded("a\"b", 1, true)).isEqualTo("\"a\"\"b \"\n");
        assertThat(padded("\\.", 3, false)).as("\\. followed by spaces is not exactly \\.").isEqualTo("\\.   \n");
        assertThat(padded("\\.", 3, true)).isEqualTo("\\.   \n");
        assertThat(padded("\\.", 0, false)).isEqualTo("\"\\.\"\n");
    }

    @Test
    void bothFormsAgreeOnEveryKindOfField() throws IOException {
        List<String> samples = List.of("", " ", "   ", "x", "x   ", " x ", "a,b   ", "\"q\"  ", "\\.", "\\.  ",
                "=1+2", "=1+2   ", "-", "-   ", "-1.5", "-1.5  ", "+3 ", "@a ", "\tx  ", "\u00A0x ", "\u3000 ",
                "MÜLLER,ZOË   ", "line\nbreak ", "  lead and trail  ");
        for (String s : samples) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            String content = s.substring(0, end);
            boolean special = content.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
            String whole = row(s);
            assertThat(padded(content, s.length() - end, special)).as("padded form of [%s]", s).isEqualTo(whole);
            assertThat(padded(content, s.length() - end, true)).as("padded form of [%s], flag unset", s)
                    .isEqualTo(whole);
        }
    }

    @Test
    void writesFieldsLongerThanItsBuffer() throws IOException {
        String big = "A".repeat(70_000) + ",";
        assertThat(row(big)).isEqualTo("\"" + big + "\"\n");
        assertThat(padded("x", 200_000, false)).isEqualTo("x" + " ".repeat(200_000) + "\n");
        assertThat(padded("", 150_000, false)).isEqualTo("\"" + " ".repeat(150_000) + "\"\n");
    }

    @Test
    void writesRunsOfEmptyFields() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GoCsvWriter w = new GoCsvWriter(bytes)) {
            w.field("a");
            w.emptyFields(3);
            w.endRow();
            w.emptyFields(3);
            w.endRow();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a,,,\n,,\n");
    }

    @Test
    void writesNoByteOrderMarkAndNoCarriageReturns() throws IOException {
        byte[] out = rows(List.of("RECORD_ID", "PRI_NAME"), List.of("1", "DOE,JANE")).getBytes(StandardCharsets.UTF_8);
        assertThat(out[0]).isEqualTo((byte) 'R');
        assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    private static String row(String... fields) throws IOException {
        return rows(List.of(fields));
    }

    @SafeVarargs
    private static String rows(List<String>... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GoCsvWriter w = new GoCsvWriter(bytes)) {
            for (List<String> r : rows) {
                w.row(r.toArray(String[]::new));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String padded(String content, int spaces, boolean mayHaveSpecials) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] b = ("~~" + content + " ".repeat(spaces) + "~").getBytes(StandardCharsets.UTF_8);
        try (GoCsvWriter w = new GoCsvWriter(bytes)) {
            w.field(b, 2, b.length - 1);
            w.endRow();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
