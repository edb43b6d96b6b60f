package org.reliefdesk.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One column read straight from the bytes gives what the full reading gives, quotes and line breaks included. */
class ScanColumnTest {
    @TempDir
    Path dir;

    @Test
    void aScannedColumnIsTheColumnTheFullReadingGives() throws Exception {
        String text = "\uFEFFA,\"B, b\",C\r\n1,\"two, \"\"quoted\"\"\",x\r\n\r\n2,\"line\nbreak\",y\n3,,z\n4,last,\"w\"";
        Path f = Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.UTF_8);
        for (int column = 0; column < 3; column++) {
            List<String> scanned = new ArrayList<>();
            Tables.scanColumn(f, (char) 0, null, column, scanned::add);
            List<String> read = new ArrayList<>();
            int c = column;
            TablesTest.read(f, (char) 0, null).rows.forEach(r -> read.add(r.value(c)));
            assertThat(scanned).as("column %d", column).isEqualTo(read);
        }
    }

    @Test
    void aWorkbookColumnIsReadWhole() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("w.xlsx"), List.of("S"), List.of(List.of("A", "Date"),
                List.of("1", LocalDate.of(2019, 6, 15)), List.of("2", "06/16/19")));
        List<String> scanned = new ArrayList<>();
        Tables.scanColumn(f, (char) 0, null, 1, scanned::add);
        assertThat(scanned).containsExactly("2019-06-15", "06/16/19");
    }
}
