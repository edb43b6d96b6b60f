package org.reliefdesk.export.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.FollowUpItem;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The list for DOJ of granted orders its record does not show yet (follow-through.md, "Follow-up papers: to DOJ"):
 * a sheet with the cover letter's text and a sheet with DOJ's keys (CII, name, DOB, case number, code section), the
 * order date and the relief. Every text cell is quote-prefixed text (no formula can run), dates are real dates.
 */
public final class DojFollowUpWorkbookWriter implements Closeable {
    public static final String LETTER = "Cover letter";
    public static final String ORDERS = "Orders not yet in DOJ";
    public static final List<String> COLUMNS = List.of("CII", "Name", "DOB", "Court case number", "Code section",
            "Order date", "Relief granted", "ReliefDesk reference");
    private static final int[] WIDTHS = {14, 30, 12, 18, 16, 12, 28, 16};
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle text;
    private final CellStyle header;
    private final CellStyle date;
    private final SXSSFSheet letter;
    private final SXSSFSheet orders;
    private int next = 1;

    public DojFollowUpWorkbookWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        short textFormat = workbook.createDataFormat().getFormat("@");
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        text.setQuotePrefixed(true);
        text.setWrapText(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setDataFormat(textFormat);
        header.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        letter = workbook.createSheet(LETTER);
        letter.setColumnWidth(0, 100 * 256);
        orders = workbook.createSheet(ORDERS);
        Row r = orders.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(COLUMNS.get(c));
            cell.setCellStyle(header);
            orders.setColumnWidth(c, WIDTHS[c] * 256);
        }
        orders.createFreezePane(0, 1);
    }

    /** The cover letter's paragraphs, one per row of the first sheet. */
    public void letter(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            Row r = letter.createRow(n++);
            text(r, 0, p);
        }
    }

    /** Keeps the audit reference in the workbook's custom properties. */
    public void stamp(AuditStamp stamp) {
        if (stamp == null) {
            return;
        }
        var custom = workbook.getXSSFWorkbook().getProperties().getCustomProperties();
        custom.addProperty(AuditStamp.ENTRY_KEY, Long.toString(stamp.entry()));
        custom.addProperty(AuditStamp.HASH_KEY, stamp.hash());
    }

    public void order(FollowUpItem i) {
        Row r = orders.createRow(next++);
        text(r, 0, i.cii());
        text(r, 1, i.name());
        if (i.dob() != null) {
            date(r, 2, i.dob());
        } else {
            text(r, 2, i.dobText());
        }
        text(r, 3, i.caseNumber());
        text(r, 4, i.section());
        if (i.date() != null) {
            date(r, 5, i.date());
        }
        text(r, 6, i.relief());
        text(r, 7, i.ref());
    }

    /** Adds the filter and writes the workbook to the stream (which it then closes). */
    public void finish(OutputStream out) throws IOException {
        orders.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, COLUMNS.size() - 1));
        try (OutputStream o = out) {
            workbook.write(o);
        }
    }

    private void text(Row r, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = r.createCell(column);
        c.setCellValue(value.length() > CourtWorkbookWriter.MAX_CELL ? value.substring(0, CourtWorkbookWriter.MAX_CELL)
                : value);
        c.setCellStyle(text);
    }

    private void date(Row r, int column, LocalDate value) {
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(date);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // the temporary files are gone either way
        }
    }
}
