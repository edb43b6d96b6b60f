package org.reliefdesk.tabular;

import org.reliefdesk.doj.RowProblem;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** An open table file (CSV or Excel workbook): its header and its rows in order, with bounded memory. */
public interface TableReader extends AutoCloseable {

    /** Receives the rows in file order; a row the reader cannot take (too few fields) comes as a problem. */
    interface Handler {
        void row(TableRow row);

        void problem(RowProblem problem);

        /** Called now and then with how far the reading is, from 0 to {@link #size()}. */
        default void progress(long done) {
        }
    }

    /** The file's name without its folder, as reports show it. */
    String fileName();

    /** What was read, for reports: "CSV, fields separated by ';'" or "Excel workbook, sheet \"Charges\"". */
    String describe();

    /** The header row's values, trimmed, in column order. */
    List<String> headers();

    /** The sheet read, for a workbook; null for a CSV file. */
    default String sheet() {
        return null;
    }

    /** The field separator of a CSV file, or 0 for a workbook. */
    char delimiter();

    /** The unit of {@link Handler#progress}: bytes of a CSV file, rows of a workbook (or -1 when unknown). */
    long size();

    /**
     * Reads every data row once, in order. {@code cancelled} is asked now and then; when it says yes, reading stops
     * with a {@link java.util.concurrent.CancellationException}.
     */
    void forEachRow(Handler handler, BooleanSupplier cancelled) throws IOException, TableException;

    /** The SHA-256 of the file's bytes, known once {@link #forEachRow} has finished. */
    String sha256();

    /** Warnings about the file as a whole (e.g. read as Windows-1252 because it is not UTF-8). */
    List<String> warnings();

    @Override
    void close() throws IOException;
}
