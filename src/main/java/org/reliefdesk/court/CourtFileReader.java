package org.reliefdesk.court;

import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.Level;
import org.reliefdesk.tabular.DatePattern;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableReader;
import org.reliefdesk.tabular.TableRow;
import org.reliefdesk.tabular.Tables;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads a court export through its mapping into {@link CourtRow}s, in file order, with bounded memory. A row whose
 * required value cannot be read is set aside with file, line and reason, and the other rows go on
 * (court-records.md, "The input"). A two-digit year is the latest year that is not after the year of the file's
 * newest disposition date; that date is found first, its own two-digit years read as not after the import's date.
 */
public final class CourtFileReader {
    private CourtFileReader() {
    }

    /** Receives the rows in file order. */
    public interface Listener {
        void row(CourtRow row);

        void problem(RowProblem problem);

        /** Now and then: how far the reading is, in the file's unit (bytes of a CSV, rows of a workbook). */
        default void progress(long done, long size) {
        }
    }

    /** How the reading went: counts, the dates that placed two-digit years, the file's hash and warnings. */
    public record Summary(String fileName, String describe, List<String> headers, char separator, long rowsRead,
                          long accepted, long rejected, LocalDate newestDisposition, String sha256,
                          List<String> warnings) {
    }

    /**
     * Reads {@code file} with {@code mapping}; {@code importDate} bounds two-digit disposition years and DOBs in the
     * future. Refused as a whole (nothing read) when the file or the mapping's columns do not fit.
     */
    public static Summary read(Path file, CourtMapping mapping, LocalDate importDate, Listener listener,
                               BooleanSupplier cancelled) throws IOException, TableException {
        LocalDate newest = null;
        if (mapping.dateFormat().hasTwoDigitYear()) {
            newest = newestDisposition(file, mapping, importDate, cancelled);
        }
        try (TableReader table = Tables.open(file, mapping.table().delimiter(), mapping.table().sheet())) {
            Map<String, Integer> columns = mapping.table().resolve(table.headers(), table.fileName());
            RowMapper mapper = new RowMapper(table, mapping, columns, newest == null ? importDate.getYear()
                    : newest.getYear(), importDate, listener);
            table.forEachRow(mapper, cancelled);
            if (mapper.accepted + mapper.rejected == 0) {
                throw new TableException(table.fileName() + " has a header but no row of data.");
            }
            LocalDate newestSeen = newest != null ? newest : mapper.newest;
            return new Summary(table.fileName(), table.describe(), table.headers(), mapper.separator,
                    mapper.accepted + mapper.rejected, mapper.accepted, mapper.rejected, newestSeen, table.sha256(),
                    table.warnings());
        }
    }

    /**
     * How the mapping reads some rows of a table already opened ({@code headers} its header): each becomes a
     * {@link CourtRow} or a {@link RowProblem}, two-digit years placed by the newest disposition date among these rows.
     * For the mapping dialog's "as read" preview; refused when the mapping does not fit the headers.
     */
    public static List<Object> preview(String fileName, List<String> headers, char separator, List<TableRow> rows,
                                       CourtMapping mapping, LocalDate importDate) throws TableException {
        Map<String, Integer> columns = mapping.table().resolve(headers, fileName);
        int column = columns.get("dispositionDate");
        LocalDate newest = null;
        for (TableRow r : rows) {
            LocalDate d = date(r, column, mapping.dateFormat(), importDate.getYear());
            if (d != null && d.isAfter(importDate)) {
                d = d.minusYears(100);
            }
            if (d != null && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        List<Object> out = new java.util.ArrayList<>();
        Listener into = new Listener() {
            @Override
            public void row(CourtRow row) {
                out.add(row);
            }

            @Override
            public void problem(RowProblem problem) {
                out.add(problem);
            }
        };
        TableReader table = new PreviewTable(fileName, headers, separator);
        RowMapper mapper = new RowMapper(table, mapping, columns, newest == null ? importDate.getYear()
                : newest.getYear(), importDate, into);
        rows.forEach(mapper::row);
        return out;
    }

    /** What the row mapper needs to know of a table whose rows are already in hand. */
    private record PreviewTable(String fileName, List<String> headers, char delimiter) implements TableReader {
        @Override
        public String describe() {
            return fileName;
        }

        @Override
        public long size() {
            return -1;
        }

        @Override
        public void forEachRow(Handler handler, BooleanSupplier cancelled) {
            throw new UnsupportedOperationException("a preview's rows are given");
        }

        @Override
        public String sha256() {
            return "";
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    /** The newest disposition date of the file, two-digit years read as not after {@code importDate}. */
    private static LocalDate newestDisposition(Path file, CourtMapping mapping, LocalDate importDate,
                                               BooleanSupplier cancelled) throws IOException, TableException {
        int column;
        try (TableReader table = Tables.open(file, mapping.table().delimiter(), mapping.table().sheet())) {
            column = mapping.table().resolve(table.headers(), table.fileName()).get("dispositionDate");
        }
        DatePattern pattern = mapping.dateFormat();
        LocalDate[] newest = {null};
        Tables.scanColumn(file, mapping.table().delimiter(), mapping.table().sheet(), column, v -> {
            int read = pattern.read(v);
            LocalDate d = read == DatePattern.BLANK || read == DatePattern.UNREADABLE ? null
                    : DatePattern.toDate(read, importDate.getYear());
            if (d == null && v.length() == 10 && v.charAt(4) == '-') {
                d = isoOrNull(v); // a workbook's typed date
            }
            if (d != null && d.isAfter(importDate)) {
                d = d.minusYears(100);
            }
            if (d != null && (newest[0] == null || d.isAfter(newest[0]))) {
                newest[0] = d;
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("reading " + file.getFileName() + " was cancelled");
        }
        return newest[0];
    }

    private static LocalDate isoOrNull(String v) {
        try {
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A date cell: a workbook's typed date, or the pattern's reading; null when blank or unreadable. */
    static LocalDate date(TableRow row, int column, DatePattern pattern, int latestYear) {
        if (column < 0) {
            return null;
        }
        String v = row.value(column);
        if (row.isTypedDate(column)) {
            return LocalDate.parse(v);
        }
        int read = pattern.read(v);
        return read == DatePattern.BLANK || read == DatePattern.UNREADABLE ? null
                : DatePattern.toDate(read, latestYear);
    }

    /** Turns table rows into court rows or problems. */
    private static final class RowMapper implements TableReader.Handler {
        private final TableReader table;
        private final CourtMapping mapping;
        private final Listener listener;
        private final int latestYear;
        private final LocalDate importDate;
        private final char separator;
        private final int caseNumber;
        private final int name;
        private final int dob;
        private final int cii;
        private final int ssn;
        private final int cdl;
        private final int fbi;
        private final int section;
        private final int level;
        private final int disposition;
        private final int dispositionDate;
        private final int offenseDate;
        long accepted;
        long rejected;
        LocalDate newest;

        RowMapper(TableReader table, CourtMapping mapping, Map<String, Integer> columns, int latestYear,
                  LocalDate importDate, Listener listener) {
            this.table = table;
            this.mapping = mapping;
            this.listener = listener;
            this.latestYear = latestYear;
            this.importDate = importDate;
            this.separator = table.delimiter() == 0 ? '\t' : table.delimiter();
            this.caseNumber = columns.getOrDefault("courtCaseNumber", -1);
            this.name = columns.getOrDefault("name", -1);
            this.dob = columns.getOrDefault("dob", -1);
            this.cii = columns.getOrDefault("cii", -1);
            this.ssn = columns.getOrDefault("ssn", -1);
            this.cdl = columns.getOrDefault("cdl", -1);
            this.fbi = columns.getOrDefault("fbi", -1);
            this.section = columns.getOrDefault("section", -1);
            this.level = columns.getOrDefault("level", -1);
            this.disposition = columns.getOrDefault("disposition", -1);
            this.dispositionDate = columns.getOrDefault("dispositionDate", -1);
            this.offenseDate = columns.getOrDefault("offenseDate", -1);
        }

        @Override
        public void row(TableRow r) {
            String problem = check(r);
            if (problem != null) {
                problem(new RowProblem(table.fileName(), r.line(), problem, r.text(separator)));
            }
        }

        /** Maps one row and hands it on; returns why it is set aside, or null. */
        private String check(TableRow r) {
            String caseNo = r.value(caseNumber);
            if (caseNo.isEmpty()) {
                return "no court case number";
            }
            String sectionText = r.value(section);
            if (sectionText.isEmpty()) {
                return "no code section (the charge is blank)";
            }
            String dispo = r.value(disposition);
            if (dispo.isEmpty()) {
                return "no disposition";
            }
            DateCell disp = new DateCell(r, dispositionDate, "disposition date");
            if (disp.problem != null) {
                return disp.problem;
            }
            if (disp.date == null) {
                return "no disposition date";
            }
            DateCell birth = new DateCell(r, dob, "date of birth");
            if (birth.problem != null) {
                return birth.problem;
            }
            if (birth.date != null && birth.date.isAfter(importDate)) {
                return "date of birth " + birth.date + " is in the future";
            }
            if (birth.date != null && birth.date.isAfter(disp.date.minusYears(10))) {
                return "date of birth " + birth.date + " is less than 10 years before the disposition date "
                        + disp.date + ": it cannot be right";
            }
            DateCell offense = new DateCell(r, offenseDate, "offense date");
            if (offense.problem != null) {
                return offense.problem;
            }
            String doj = name < 0 ? "" : mapping.nameFormat().toDoj(r.value(name));
            String ciiValue = r.value(cii);
            String ssnValue = r.value(ssn);
            String cdlValue = r.value(cdl);
            CourtRow row = new CourtRow(accepted, r.line(), caseNo, doj, birth.date, ciiValue, ssnValue, cdlValue,
                    r.value(fbi), sectionText, r.value(level), level < 0 ? Level.UNKNOWN
                    : mapping.level(r.value(level)), dispo, mapping.isConviction(dispo), disp.date, offense.date);
            if (row.ciiKey().isEmpty() && row.ssnKey().isEmpty() && row.cdlKey().isEmpty()
                    && (doj.isEmpty() || birth.date == null)) {
                return "no identity: no CII, SSN or driver licence, and no name with a date of birth";
            }
            accepted++;
            if (newest == null || disp.date.isAfter(newest)) {
                newest = disp.date;
            }
            listener.row(row);
            return null;
        }

        @Override
        public void problem(RowProblem problem) {
            rejected++;
            listener.problem(problem);
        }

        @Override
        public void progress(long done) {
            listener.progress(done, table.size());
        }

        /** One date column of a row, read: its date, or a problem, or neither when blank or unmapped. */
        private final class DateCell {
            LocalDate date;
            String problem;

            DateCell(TableRow r, int column, String what) {
                if (column < 0) {
                    return;
                }
                String v = r.value(column);
                if (r.isTypedDate(column)) {
                    date = LocalDate.parse(v);
                    return;
                }
                int read = mapping.dateFormat().read(v);
                if (read == DatePattern.BLANK) {
                    return;
                }
                date = read == DatePattern.UNREADABLE ? null : DatePattern.toDate(read, latestYear);
                if (date == null) {
                    problem = what + " \"" + v + "\" is not a date in the format " + mapping.dateFormat().pattern();
                }
            }
        }
    }
}
