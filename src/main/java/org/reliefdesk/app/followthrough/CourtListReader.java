package org.reliefdesk.app.followthrough;

import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.tabular.DatePattern;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableReader;
import org.reliefdesk.tabular.TableRow;
import org.reliefdesk.tabular.Tables;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the court's list of orders (CSV or workbook) through an {@link OrdersMapping} into plain rows with file and
 * line, for {@link CourtListMatcher}; rows the table reader cannot take are kept as problems with file and line. Two-
 * digit years are placed so the date is not after {@code today}.
 */
final class CourtListReader {
    /** What the file held: its rows and the rows set aside by the reader. */
    record Read(String fileName, String sha256, List<String> headers, List<CourtListRow> rows,
                List<CourtListOutcome.Problem> problems) {
    }

    private CourtListReader() {
    }

    static Read read(Path file, OrdersMapping mapping, LocalDate today) throws IOException, TableException {
        try (TableReader table = Tables.open(file, mapping.table().delimiter(), mapping.table().sheet())) {
            Map<String, Integer> c = mapping.table().resolve(table.headers(), table.fileName());
            String name = table.fileName();
            List<CourtListRow> rows = new ArrayList<>();
            List<CourtListOutcome.Problem> problems = new ArrayList<>();
            table.forEachRow(new TableReader.Handler() {
                @Override
                public void row(TableRow r) {
                    rows.add(new CourtListRow(name, r.line(), value(r, c, "ref"), value(r, c, "courtCaseNumber"),
                            value(r, c, "section"), value(r, c, "cii"),
                            mapping.nameFormat().toDoj(value(r, c, "name")),
                            date(r, c.getOrDefault("dob", -1), mapping.dateFormat(), today),
                            value(r, c, "result"), date(r, c.getOrDefault("orderDate", -1), mapping.dateFormat(),
                            today), value(r, c, "newOutcome")));
                }

                @Override
                public void problem(RowProblem p) {
                    problems.add(new CourtListOutcome.Problem(p.file(), p.line(),
                            CourtListOutcome.ProblemKind.UNREADABLE, p.reason()));
                }
            }, () -> false);
            if (rows.isEmpty() && problems.isEmpty()) {
                throw new TableException(name + " has a header but no row of data.");
            }
            return new Read(name, table.sha256(), table.headers(), rows, problems);
        }
    }

    private static String value(TableRow r, Map<String, Integer> columns, String field) {
        Integer i = columns.get(field);
        return i == null ? "" : r.value(i);
    }

    /** A date cell: a workbook's typed date, or the pattern's reading; null when blank or unreadable. */
    private static LocalDate date(TableRow row, int column, DatePattern pattern, LocalDate today) {
        if (column < 0) {
            return null;
        }
        String v = row.value(column);
        if (row.isTypedDate(column)) {
            return LocalDate.parse(v);
        }
        int read = pattern.read(v);
        if (read == DatePattern.BLANK || read == DatePattern.UNREADABLE) {
            return null;
        }
        LocalDate d = DatePattern.toDate(read, today.getYear());
        return d != null && d.isAfter(today) && DatePattern.isTwoDigitYear(read) ? d.minusYears(100) : d;
    }
}
