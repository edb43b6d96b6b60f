package org.reliefdesk.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.doj.RowProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening and reading county table exports: CSV of any separator, .xlsx sheets, and every file that is refused. */
class TablesTest {
    @TempDir
    Path dir;

    /** Everything a read produced. */
    static final class Collected implements TableReader.Handler {
        final List<TableRow> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();

        @Override
        public void row(TableRow row) {
            rows.add(row);
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }
    }

    static Collected read(Path file, char delimiter, String sheet) throws Exception {
        Collected c = new Collected();
        try (TableReader t = Tables.open(file, delimiter, sheet)) {
            t.forEachRow(c, () -> false);
        }
        return c;
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "separator \"{0}\" is detected")
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheSeparator(String sep) throws Exception {
        Path f = csv("court.csv", String.join(sep, "Court Number", "Name", "DOB") + "\n"
                + String.join(sep, "CR1", "SMITH/JOHN", "010180") + "\n");
        try (TableReader t = Tables.open(f, (char) 0, null)) {
            assertThat(t.delimiter()).isEqualTo(sep.charAt(0));
            assertThat(t.headers()).containsExactly("Court Number", "Name", "DOB");
        }
        assertThat(read(f, (char) 0, null).rows).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("CR1", "SMITH/JOHN", "010180"));
    }

    @Test
    void keepsLineNumbersAcrossQuotedLineBreaksAndBlankLines() throws Exception {
        Path f = csv("court.csv", "A,B,C\n1,\"two\nlines\",3\n\n4,5,6\n");
        Collected c = read(f, ',', null);
        assertThat(c.rows).extracting(TableRow::line).containsExactly(2L, 5L);
        assertThat(c.rows.get(0).value(1)).isEqualTo("two\nlines");
    }

    @Test
    void aRowWithFewerFieldsIsSetAsideWithItsLine() throws Exception {
        Path f = csv("court.csv", "A,B,C\n1,2,3\n4,5\n7,8,9,\n");
        Collected c = read(f, ',', null);
        assertThat(c.rows).extracting(TableRow::line).containsExactly(2L, 4L);
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("court.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("has 2 fields where the header has 3");
            assertThat(p.raw()).isEqualTo("4,5");
        });
    }

    @Test
    void aRowWithAnExtraValueIsSetAside() throws Exception {
        Collected c = read(csv("court.csv", "A,B\n1,2,3\n"), ',', null);
        assertThat(c.rows).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("3 fields"));
    }

    @Test
    void theHashCoversTheWholeFileByteOrderMarkIncluded() throws Exception {
        byte[] body = "A,B\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = Files.write(dir.resolve("bom.csv"), bytes);
        try (TableReader t = Tables.open(f, (char) 0, null)) {
            assertThat(t.headers()).containsExactly("A", "B");
            t.forEachRow(new Collected(), () -> false);
            assertThat(t.sha256()).isEqualTo(Tables.sha256Of(f));
        }
    }

    @Test
    void windows1252TextIsReadAsSuchWithAWarning() throws Exception {
        Path f = Files.write(dir.resolve("latin.csv"), "Name,DOB\nNU\u00d1EZ/ZO\u00cb,010180\n"
                .getBytes(TextSniffer.WINDOWS_1252));
        try (TableReader t = Tables.open(f, (char) 0, null)) {
            Collected c = new Collected();
            t.forEachRow(c, () -> false);
            assertThat(c.rows.get(0).value(0)).isEqualTo("NU\u00d1EZ/ZO\u00cb");
            assertThat(t.warnings()).singleElement().asString().contains("Windows-1252");
        }
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path f = csv("empty.csv", "");
        assertThatThrownBy(() -> Tables.open(f, ',', null)).isInstanceOf(TableException.class)
                .hasMessageContaining("empty.csv is empty");
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() throws Exception {
        Path f = csv("blank.csv", "\n\n\n");
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("single column");
    }

    @Test
    void theWrongDelimiterIsNamedWithTheOneTheFileUses() throws Exception {
        Path f = csv("semi.csv", "Court Number;Name;DOB\nCR1;SMITH/JOHN;010180\n");
        assertThatThrownBy(() -> Tables.open(f, ',', null)).isInstanceOf(TableException.class)
                .hasMessageContaining("single column when its fields are split at commas")
                .hasMessageContaining("semicolon").hasMessageContaining("\";\"");
    }

    @Test
    void aOneColumnFileIsRefused() throws Exception {
        Path f = csv("one.csv", "Court Number\nCR1\n");
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("single column");
    }

    @Test
    void binaryDataCannotBeDecoded() throws Exception {
        Path f = Files.write(dir.resolve("blob.csv"), new byte[] {'A', ',', 'B', '\n', 0, 1, 2, 3, 0, 0});
        assertThatThrownBy(() -> Tables.open(f, ',', null)).isInstanceOf(TableException.class)
                .hasMessageContaining("not a text file");
    }

    @Test
    void aMissingFileAndAFolderAreRefused() {
        assertThatThrownBy(() -> Tables.open(dir.resolve("nope.csv"), ',', null)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Tables.open(dir, ',', null)).hasMessageContaining("is a folder");
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        StringBuilder b = new StringBuilder("A,B\n");
        for (int i = 0; i < 5000; i++) {
            b.append(i).append(",x\n");
        }
        Path f = csv("big.csv", b.toString());
        try (TableReader t = Tables.open(f, ',', null)) {
            assertThatThrownBy(() -> t.forEachRow(new Collected(), () -> true))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithTypedDatesAndNumbers() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("court.xlsx"), List.of("Charges", "Other"), List.of(
                List.of("Court Number", "DOB", "SSN", "Level"),
                List.of("CR1", LocalDate.of(1980, 1, 4), 555123456, "F"),
                List.of(),
                List.of("CR2", "01/05/81", 555123457, "M")));
        try (TableReader t = Tables.open(f, (char) 0, null)) {
            assertThat(t.describe()).contains("Charges");
            assertThat(t.headers()).containsExactly("Court Number", "DOB", "SSN", "Level");
            Collected c = new Collected();
            t.forEachRow(c, () -> false);
            assertThat(c.rows).extracting(TableRow::line).containsExactly(2L, 4L);
            TableRow first = c.rows.get(0);
            assertThat(first.value(1)).isEqualTo("1980-01-04");
            assertThat(first.isTypedDate(1)).isTrue();
            assertThat(first.value(2)).isEqualTo("555123456");
            assertThat(c.rows.get(1).isTypedDate(1)).isFalse();
            assertThat(t.sha256()).isEqualTo(Tables.sha256Of(f));
        }
    }

    @Test
    void readsANamedSheetAndRefusesOneThatIsNotThere() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("court.xlsx"), List.of("Charges", "Cases"), List.of(
                List.of("A", "B"), List.of("1", "2")));
        try (TableReader t = Tables.open(f, (char) 0, "cases")) {
            assertThat(t.describe()).contains("Cases");
        }
        assertThatThrownBy(() -> Tables.open(f, (char) 0, "Dispositions")).isInstanceOf(TableException.class)
                .hasMessageContaining("no sheet named \"Dispositions\"").hasMessageContaining("Charges, Cases");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path f = Workbooks.encryptedXlsx(dir.resolve("locked.xlsx"), List.of(List.of("A", "B"), List.of("1", "2")));
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("password-protected").hasMessageContaining("remove the password");
    }

    @Test
    void aDamagedWorkbookIsRefused() throws Exception {
        Path good = Workbooks.xlsx(dir.resolve("good.xlsx"), List.of("S"), List.of(List.of("A", "B")));
        byte[] bytes = Files.readAllBytes(good);
        Path f = Files.write(dir.resolve("damaged.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("damaged.xlsx").hasMessageContaining("damaged");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path f = Workbooks.xls(dir.resolve("old.xls"), List.of(List.of("A", "B")));
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("save it as .xlsx");
    }

    @Test
    void aTextFileNamedXlsxIsRefused() throws Exception {
        Path f = csv("fake.xlsx", "A,B\n1,2\n");
        assertThatThrownBy(() -> Tables.open(f, (char) 0, null)).isInstanceOf(TableException.class)
                .hasMessageContaining("named like an Excel workbook");
    }
}
