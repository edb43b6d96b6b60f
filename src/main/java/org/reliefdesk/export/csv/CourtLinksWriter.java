package org.reliefdesk.export.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code court_links.csv} (court-records.md, "What the user sees and gets"): one row per court file row, in file and
 * line order: the row's person and how it linked ({@code LINKED}, {@code AMBIGUOUS}, {@code NO_DOJ_PERSON}, or
 * {@code SET_ASIDE}), the DOJ subject when linked, the strength and keys, and how its conviction paired.
 */
public final class CourtLinksWriter implements Closeable {
    public static final List<String> COLUMNS = List.of("file", "line", "court_case_number", "section",
            "disposition_date", "status", "subject_id", "strength", "keys", "pairing");

    private final GoCsvWriter out;

    public CourtLinksWriter(OutputStream stream) throws IOException {
        out = new GoCsvWriter(stream);
        out.row(COLUMNS.toArray(String[]::new));
    }

    /** One court row; {@code subjectId} empty unless linked, {@code pairing} empty for a row set aside. */
    public void row(String file, long line, String caseNumber, String section, String dispositionDate, String status,
                    String subjectId, String strength, String keys, String pairing) throws IOException {
        out.row(file, Long.toString(line), caseNumber, section, dispositionDate, status, subjectId, strength, keys,
                pairing);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
