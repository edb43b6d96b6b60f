package org.reliefdesk.export.csv;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** ReliefDesk's own CSV outputs: one row per in-scope conviction, and the rows set aside at import. */
public final class NativeCsvWriters {
    public static final List<String> CONVICTION_COLUMNS = List.of("subject_id", "count_order", "cii", "name", "dob",
            "case_number", "conviction_date", "offense_date", "code_section", "level", "county", "outcome",
            "reason_code", "flags", "source_file", "source_line", "record_source", "ref");
    public static final List<String> REJECTED_COLUMNS = List.of("file", "line", "reason", "raw");

    private NativeCsvWriters() {
    }

    /**
     * {@code convictions.csv}: dates ISO, flags {@code ;}-separated; {@code record_source} DOJ, COURT (a court-only
     * conviction: its subject is the linked SUBJECT_ID or {@code COURT:file:line}, its count {@code COURT:file:line})
     * or BOTH.
     */
    public static final class Convictions implements Closeable {
        private final GoCsvWriter out;

        public Convictions(OutputStream stream) throws IOException {
            out = new GoCsvWriter(stream);
            out.row(CONVICTION_COLUMNS.toArray(String[]::new));
        }

        public void row(DecisionRecord d, SubjectInfo subject, String sourceFile) throws IOException {
            row(d, subject, sourceFile, "");
        }

        /** {@code ref}: the conviction's stable reference ({@code RD-0000123}). */
        public void row(DecisionRecord d, SubjectInfo subject, String sourceFile, String ref) throws IOException {
            String dob = DojDates.parse(subject.dob()).map(DojDates::iso).orElse(subject.dob());
            out.row(d.subjectId(), d.countOrder(), subject.cii(), subject.name(), dob, d.caseNumber(),
                    d.convictionDate() == null ? "" : DojDates.iso(d.convictionDate()),
                    d.offenseDate() == null ? "" : DojDates.iso(d.offenseDate()), d.section(),
                    Level.valueOf(d.level()).name().toLowerCase(Locale.ROOT), d.county(), d.outcome().name(),
                    d.reason().name(), d.flags(), sourceFile, Long.toString(d.line()), d.recordSource().name(),
                    ref);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** {@code rejected_rows.csv}: file, line, reason, raw text. */
    public static final class Rejected implements Closeable {
        private final GoCsvWriter out;

        public Rejected(OutputStream stream) throws IOException {
            out = new GoCsvWriter(stream);
            out.row(REJECTED_COLUMNS.toArray(String[]::new));
        }

        public void row(RowProblem p) throws IOException {
            out.row(p.file(), Long.toString(p.line()), p.reason(), p.raw());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
