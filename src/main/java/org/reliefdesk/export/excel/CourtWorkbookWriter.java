package org.reliefdesk.export.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.PaperDates;
import org.reliefdesk.export.PaperText;
import org.reliefdesk.rules.Outcome;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The court and office workbook (issue 4): sheets {@code Summary}, one per outcome, {@code All convictions} and
 * {@code Rejected rows}, written with POI's streaming SXSSF so only a window of rows per sheet is in memory.
 *
 * <p>Every text cell is a string cell with the text format and Excel's "quote prefix" (what typing a leading
 * apostrophe does): no spreadsheet evaluates it, not even after the cell is edited, and the value reads exactly
 * as in the workspace (docs/decisions/0005 and 0007). Identifiers (CII, case numbers) are therefore text, never
 * numbers; dates are real dates shown in the export's date format; what the record does not give reads "not on
 * record".
 */
public final class CourtWorkbookWriter implements Closeable {
    /** The longest text a cell may hold (Excel's limit). */
    static final int MAX_CELL = 32_767;
    private static final int WINDOW = 200;

    /** Keeps the papers' audit reference in the workbook's custom properties (the Summary sheet shows it too). */
    public void stamp(org.reliefdesk.export.AuditStamp stamp) {
        if (stamp == null) {
            return;
        }
        var custom = workbook.getXSSFWorkbook().getProperties().getCustomProperties();
        custom.addProperty(org.reliefdesk.export.AuditStamp.ENTRY_KEY, Long.toString(stamp.entry()));
        custom.addProperty(org.reliefdesk.export.AuditStamp.HASH_KEY, stamp.hash());
    }

    /**
     * The audit reference a workbook carries in its custom properties; empty when it has none.
     *
     * @throws IOException when the file is not a readable workbook
     */
    public static java.util.Optional<org.reliefdesk.export.AuditStamp> readStamp(java.nio.file.Path xlsx)
            throws IOException {
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                xlsx.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var custom = new org.apache.poi.ooxml.POIXMLProperties(pkg).getCustomProperties();
            var entry = custom.getProperty(org.reliefdesk.export.AuditStamp.ENTRY_KEY);
            var hash = custom.getProperty(org.reliefdesk.export.AuditStamp.HASH_KEY);
            return org.reliefdesk.export.AuditStamp.of(entry == null ? null : entry.getLpwstr(),
                    hash == null ? null : hash.getLpwstr());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException
                 | RuntimeException e) {
            throw new IOException(xlsx.getFileName() + " is not a readable workbook", e);
        }
    }

    /** Columns of the conviction sheets, with their widths in characters. */
    public static final List<String> CONVICTION_COLUMNS = List.of("Name", "DOB", "CII", "Case number", "Court",
            "Conviction date", "Code section", "Level", "Outcome", "Engine outcome", "Reason", "Explanation",
            "Flags", "Override by", "Override when (UTC)", "Override why", "Record", "Reference");
    private static final int[] CONVICTION_WIDTHS = {28, 12, 13, 16, 22, 15, 14, 12, 22, 22, 36, 60, 24, 14, 18, 40,
        8, 13};
    /** Added at the end of the conviction sheets only when the user asks for them. */
    public static final List<String> IDENTIFIER_COLUMNS = List.of("SSN", "Driver licence", "FBI number");
    private static final int[] IDENTIFIER_WIDTHS = {13, 15, 15};
    public static final List<String> REJECTED_COLUMNS = List.of("File", "Line", "Reason", "Raw text");
    private static final int[] REJECTED_WIDTHS = {30, 10, 50, 100};

    /** Sheet names, in workbook order. */
    public static final String SUMMARY = "Summary";
    public static final String ALL = "All convictions";
    public static final String REJECTED = "Rejected rows";

    /**
     * One line of the Summary sheet: a label and values (String, Number, LocalDate or LocalDateTime, the dates shown
     * in the export's date format); a heading has none.
     */
    public record SummaryRow(String label, List<Object> values) {
        public static SummaryRow heading(String label) {
            return new SummaryRow(label, List.of());
        }

        public static SummaryRow of(String label, Object... values) {
            return new SummaryRow(label, List.of(values));
        }
    }

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle number;
    private final CellStyle heading;
    private final SXSSFSheet summary;
    private final Map<Outcome, Sheet> byOutcome = new EnumMap<>(Outcome.class);
    private final Sheet all;
    private final Sheet rejected;
    /** A person's SSN, licence and FBI number by subject id, or null: left out (the default). */
    private final java.util.function.Function<String, List<String>> identifiers;
    private final PaperDates dates;

    /** A sheet being written and its next row. */
    private static final class Sheet {
        final SXSSFSheet sheet;
        final int columns;
        int next = 1;

        Sheet(SXSSFSheet sheet, int columns) {
            this.sheet = sheet;
            this.columns = columns;
        }
    }

    public CourtWorkbookWriter(OutputStream out, PaperDates dates) {
        this(out, null, dates);
    }

    /**
     * @param identifiers a person's SSN, driver licence and FBI number by subject id, written in three more columns
     *                    of the conviction sheets; null leaves them out (the default: only when the user asks)
     * @param dates       the display format of the date cells (they stay real dates)
     */
    public CourtWorkbookWriter(OutputStream out, java.util.function.Function<String, List<String>> identifiers,
                               PaperDates dates) {
        this.out = out;
        this.identifiers = identifiers;
        this.dates = dates;
        Font bold = workbook.createFont();
        bold.setBold(true);
        short textFormat = workbook.createDataFormat().getFormat("@");
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setDataFormat(textFormat);
        header.setQuotePrefixed(true);
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        text.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(dates.spreadsheetFormat()));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(dates.spreadsheetFormat() + " hh:mm"));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setDataFormat(textFormat);
        heading.setQuotePrefixed(true);

        summary = workbook.createSheet(SUMMARY);
        summary.setColumnWidth(0, 48 * 256);
        for (int c = 1; c <= 6; c++) {
            summary.setColumnWidth(c, 20 * 256);
        }
        List<String> columns = CONVICTION_COLUMNS;
        int[] widths = CONVICTION_WIDTHS;
        if (identifiers != null) {
            columns = new java.util.ArrayList<>(CONVICTION_COLUMNS);
            columns.addAll(IDENTIFIER_COLUMNS);
            widths = java.util.Arrays.copyOf(CONVICTION_WIDTHS, columns.size());
            System.arraycopy(IDENTIFIER_WIDTHS, 0, widths, CONVICTION_WIDTHS.length, IDENTIFIER_WIDTHS.length);
        }
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, table(sheetName(o), columns, widths));
        }
        all = table(ALL, columns, widths);
        rejected = table(REJECTED, REJECTED_COLUMNS, REJECTED_WIDTHS);
    }

    /** The sheet of an outcome: Dismiss, Reduce, Not eligible, Needs review. */
    public static String sheetName(Outcome o) {
        return switch (o) {
            case DISMISS -> "Dismiss";
            case REDUCE -> "Reduce";
            case NOT_ELIGIBLE -> "Not eligible";
            case NEEDS_REVIEW -> "Needs review";
        };
    }

    private Sheet table(String name, List<String> columns, int[] widths) {
        SXSSFSheet s = workbook.createSheet(name);
        Row r = s.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
            s.setColumnWidth(c, widths[c] * 256);
        }
        s.createFreezePane(0, 1);
        return new Sheet(s, columns.size());
    }

    /** Adds a conviction to All convictions and to its effective outcome's sheet. */
    public void conviction(CourtConviction c) throws IOException {
        write(byOutcome.get(c.outcome()), c);
        write(all, c);
    }

    private void write(Sheet s, CourtConviction c) {
        Row r = s.sheet.createRow(s.next++);
        text(r, 0, PaperText.orMissing(c.name()));
        if (c.dob() != null) {
            date(r, 1, c.dob());
        } else {
            text(r, 1, PaperText.dob(c, dates));
        }
        text(r, 2, PaperText.orMissing(c.cii()));
        text(r, 3, PaperText.orMissing(c.caseNumber()));
        text(r, 4, PaperText.orMissing(c.court()));
        if (c.convictionDate() != null) {
            date(r, 5, c.convictionDate());
        } else {
            text(r, 5, PaperText.NOT_ON_RECORD);
        }
        text(r, 6, c.section());
        text(r, 7, c.level() == null || c.level().isBlank() || c.level().equals("unknown") ? PaperText.NOT_ON_RECORD
                : c.level());
        text(r, 8, c.outcome().label());
        text(r, 9, c.engineOutcome().label());
        text(r, 10, c.reason());
        text(r, 11, c.explanation());
        text(r, 12, c.flags());
        if (c.overridden()) {
            text(r, 13, c.overrideBy());
            LocalDateTime when = instant(c.overrideAt());
            if (when != null) {
                Cell cell = r.createCell(14);
                cell.setCellValue(when);
                cell.setCellStyle(dateTime);
            } else {
                text(r, 14, c.overrideAt());
            }
            text(r, 15, c.overrideWhy());
        }
        text(r, 16, c.source());
        text(r, 17, c.ref());
        if (identifiers != null) {
            List<String> ids = identifiers.apply(c.subjectId());
            for (int i = 0; i < ids.size(); i++) {
                text(r, CONVICTION_COLUMNS.size() + i, ids.get(i));
            }
        }
    }

    /** Adds a row set aside at import. */
    public void rejected(RowProblem p) {
        Row r = rejected.sheet.createRow(rejected.next++);
        text(r, 0, p.file());
        Cell line = r.createCell(1);
        line.setCellValue(p.line());
        line.setCellStyle(number);
        text(r, 2, p.reason());
        text(r, 3, p.raw());
    }

    /** Writes the Summary sheet (call once, with every line). */
    public void summary(List<SummaryRow> rows) {
        int n = 0;
        for (SummaryRow line : rows) {
            Row r = summary.createRow(n++);
            Cell label = r.createCell(0);
            label.setCellValue(cap(line.label()));
            label.setCellStyle(line.values().isEmpty() ? heading : text);
            for (int i = 0; i < line.values().size(); i++) {
                Object v = line.values().get(i);
                if (v instanceof Number num) {
                    Cell cell = r.createCell(i + 1);
                    cell.setCellValue(num.doubleValue());
                    cell.setCellStyle(number);
                } else if (v instanceof LocalDate d) {
                    date(r, i + 1, d);
                } else if (v instanceof LocalDateTime t) {
                    Cell cell = r.createCell(i + 1);
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (v != null) {
                    text(r, i + 1, v.toString());
                }
            }
        }
    }

    /** Rows written to a sheet so far, header excluded. */
    public int rows(String sheet) {
        if (sheet.equals(ALL)) {
            return all.next - 1;
        }
        if (sheet.equals(REJECTED)) {
            return rejected.next - 1;
        }
        for (Outcome o : Outcome.values()) {
            if (sheetName(o).equals(sheet)) {
                return byOutcome.get(o).next - 1;
            }
        }
        throw new IllegalArgumentException(sheet);
    }

    /** Adds the autofilters and writes the workbook to the stream (which it then closes). */
    public void finish() throws IOException {
        for (Sheet s : byOutcome.values()) {
            filter(s);
        }
        filter(all);
        filter(rejected);
        try (OutputStream o = out) {
            workbook.write(o);
        }
    }

    private static void filter(Sheet s) {
        s.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, s.next - 1), 0, s.columns - 1));
    }

    private void text(Row r, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = r.createCell(column);
        cell.setCellValue(cap(value));
        cell.setCellStyle(text);
    }

    private void date(Row r, int column, LocalDate value) {
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    private static String cap(String value) {
        return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 1) + "…";
    }

    private static LocalDateTime instant(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Removes the streaming temporary files (POI 5's close does that). */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing was written to a stream by close; the temporary files are already gone
        }
    }
}
