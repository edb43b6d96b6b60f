package org.reliefdesk.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.reliefdesk.doj.DojColumn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Hand-made DOJ research files for the command-line tests, and a CSV reader for what the run writes. */
final class DojFile {
    static final String HEADER = Arrays.stream(DojColumn.values()).map(Enum::name).collect(Collectors.joining(","));

    private DojFile() {
    }

    /** 95 empty fields with the given ones set. */
    static String[] row(Map<DojColumn, String> values) {
        String[] f = new String[DojColumn.COUNT];
        Arrays.fill(f, "");
        values.forEach((c, v) -> f[c.index()] = v);
        f[DojColumn.END_OF_REC.index()] = "#";
        return f;
    }

    /** A court-action conviction row of a Prop 64 or other charge. */
    static String[] conviction(String subject, String name, String cntOrder, String date, String county,
                               String offense, String level) {
        return row(Map.ofEntries(Map.entry(DojColumn.RECORD_ID, "R" + subject + cntOrder),
                Map.entry(DojColumn.SUBJECT_ID, subject), Map.entry(DojColumn.CII_NUMBER, "A" + subject),
                Map.entry(DojColumn.PRI_NAME, name), Map.entry(DojColumn.PRI_DOB, "19700101"),
                Map.entry(DojColumn.CYC_DATE, date), Map.entry(DojColumn.STP_EVENT_DATE, date),
                Map.entry(DojColumn.STP_TYPE_DESCR, "COURT ACTION"), Map.entry(DojColumn.STP_ORI_CNTY_NAME, county),
                Map.entry(DojColumn.CNT_ORDER, cntOrder), Map.entry(DojColumn.OFN, "12345"),
                Map.entry(DojColumn.OFFENSE_DESCR, offense), Map.entry(DojColumn.DISP_DESCR, "CONVICTED-JAIL"),
                Map.entry(DojColumn.CONV_STAT_DESCR, level)));
    }

    /** One CSV line, quoted where a field needs it. */
    static String line(String... fields) {
        return Arrays.stream(fields).map(DojFile::quote).collect(Collectors.joining(","));
    }

    private static String quote(String f) {
        return f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                ? "\"" + f.replace("\"", "\"\"") + "\"" : f;
    }

    /** Writes a file: the header when asked, then each row, LF line ends. */
    static Path write(Path file, boolean header, List<String[]> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        if (header) {
            b.append(HEADER).append('\n');
        }
        for (String[] r : rows) {
            b.append(line(r)).append('\n');
        }
        return Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** Every record of a CSV file, fields unquoted (FastCSV refuses records of differing length). */
    static List<List<String>> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }
}
