package org.reliefdesk.export;

import org.reliefdesk.export.csv.GoCsvWriter;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.EncodedRow;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.ReasonCode;
import org.reliefdesk.rules.RuleResult;
import org.reliefdesk.rules.SubjectReport;
import org.reliefdesk.rules.TrailEntry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Rows, decisions and a CSV reader shared by the export tests (the writers live in two packages). */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    /** 95 empty fields with the given ones set. */
    public static String[] dojFields(Map<DojColumn, String> values) {
        String[] f = new String[DojColumn.COUNT];
        Arrays.fill(f, "");
        values.forEach((c, v) -> f[c.index()] = v);
        return f;
    }

    /** The row as the workspace hands it to exporters: each field already written as a Go CSV cell. */
    public static EncodedRow encoded(String[] fields, long rowIndex, long line) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int[] starts = new int[fields.length];
        int[] ends = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (GoCsvWriter w = new GoCsvWriter(one)) {
                w.field(fields[i]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] cell = one.toByteArray();
            starts[i] = all.size();
            all.write(cell, 0, cell.length);
            ends[i] = all.size();
        }
        byte[] data = all.toByteArray();
        EncodedRow row = new EncodedRow();
        for (int i = 0; i < fields.length; i++) {
            row.setCell(i, data, starts[i], ends[i], org.reliefdesk.doj.CsvCell.isRisky(fields[i]));
        }
        row.setPosition(rowIndex, line);
        return row;
    }

    /** A decided Prop 64 conviction starting at {@code rowIndex}. */
    public static DecisionRecord decision(long rowIndex, LocalDate date, Outcome outcome, ReasonCode reason,
                                          String reasonText, String caseNumber, SubjectReport report) {
        return new DecisionRecord(1, rowIndex, rowIndex + 2, "S1", "001002001000", date, date, "11357(B) HS",
                "MISDEMEANOR", "SACRAMENTO", "CASC SACRAMENTO", caseNumber, outcome, reason, reasonText, "",
                "Plain explanation for " + outcome.label() + ".",
                List.of(new TrailEntry(reason, RuleResult.APPLIED, "facts")), report);
    }

    public static SubjectReport report(int convictions) {
        return new SubjectReport(convictions, List.of(), List.of(), false, false, null, List.of(1, 0, 0, 0));
    }

    /** Every record of a CSV file, fields unquoted. */
    public static List<List<String>> readCsv(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }

    public static List<List<String>> readCsv(String text) {
        return CsvReader.builder().ofCsvRecord(text).stream().map(CsvRecord::getFields).toList();
    }
}
