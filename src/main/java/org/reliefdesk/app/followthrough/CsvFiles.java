package org.reliefdesk.app.followthrough;

import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.csv.GoCsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the follow-through CSVs (status.csv, new-in-pull lists): comma, LF, every cell a spreadsheet could run made
 * safe, the file appearing only once complete.
 */
final class CsvFiles {
    /** The columns of status.csv (follow-through.md, "Command line"). */
    static final List<String> STATUS = List.of("ref", "subject_id", "count_order", "outcome", "status", "filing_id",
            "filed_on", "order_result", "order_date", "pulled_on", "days_waiting");
    /** The columns of a pull's list of new convictions. */
    static final List<String> NEW_IN_PULL = List.of("line", "subject_id", "count_order", "code_section", "level",
            "conviction_date", "case_number");

    private CsvFiles() {
    }

    static void write(Path file, List<String> header, Iterable<String[]> rows) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a folder; give a file name");
        }
        try (OutputFolder folder = new OutputFolder(abs.getParent())) {
            try (OutputStream o = folder.open(abs.getFileName().toString()); GoCsvWriter csv = new GoCsvWriter(o)) {
                csv.row(header.toArray(String[]::new));
                for (String[] r : rows) {
                    csv.row(r);
                }
            }
            folder.commit();
        }
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
