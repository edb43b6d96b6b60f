package org.reliefdesk.tabular;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.reliefdesk.doj.RowProblem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One sheet of an {@code .xlsx} workbook read as a table with POI's streaming (SAX) reader, so memory does not grow
 * with the sheet: the first non-empty row is the header, each later row keeps its spreadsheet row number as its line.
 * Cells typed as dates come as {@code yyyy-MM-dd}, marked as such; numbers as Excel shows them in General format.
 */
final class XlsxTable implements TableReader {
    /** Put before a typed date by the formatter, taken off again by the row collector. */
    private static final char DATE_MARK = '\u0001';
    private static final int CHECK_EVERY = 1024;

    private final Path file;
    private final OPCPackage pkg;
    private final String sheet;
    private final List<String> headers;
    private final long headerLine;
    private String sha256;

    XlsxTable(Path file, String sheetName) throws TableException {
        this.file = file;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new TableException(fileName() + " cannot be read as an Excel workbook: it is damaged or not an "
                    + ".xlsx file. Open it in Excel and save it again as .xlsx or as CSV.", e);
        }
        boolean ok = false;
        try {
            List<String> names = sheetNames();
            if (names.isEmpty()) {
                throw new TableException(fileName() + " holds no sheet.");
            }
            if (sheetName == null || sheetName.isBlank()) {
                this.sheet = names.get(0);
            } else {
                this.sheet = names.stream().filter(n -> n.equalsIgnoreCase(sheetName.strip())).findFirst()
                        .orElseThrow(() -> new TableException(fileName() + " has no sheet named \"" + sheetName.strip()
                                + "\"; its sheets are: " + String.join(", ", names) + "."));
            }
            HeaderCollector head = new HeaderCollector();
            try {
                parse(head);
            } catch (HeaderFound found) {
                // the header is all this pass needs
            }
            if (head.headers == null) {
                throw new TableException("The sheet \"" + sheet + "\" of " + fileName() + " is empty: it has no "
                        + "header row.");
            }
            this.headers = head.headers;
            this.headerLine = head.line;
            ok = true;
        } finally {
            if (!ok) {
                pkg.revert();
            }
        }
    }

    /** The sheet names of a workbook file, in order. */
    static List<String> sheetNames(Path file) throws TableException {
        OPCPackage p;
        try {
            p = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new TableException(file.getFileName() + " cannot be read as an Excel workbook: it is damaged or "
                    + "not an .xlsx file.", e);
        }
        try {
            XSSFReader.SheetIterator it = new XSSFReader(p).getSheetIterator();
            List<String> out = new ArrayList<>();
            while (it.hasNext()) {
                it.next().close();
                out.add(it.getSheetName());
            }
            return out;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw new TableException(file.getFileName() + " cannot be read as an Excel workbook: it may be damaged.",
                    e);
        } finally {
            p.revert();
        }
    }

    /** The names of the workbook's sheets, in order. */
    List<String> sheetNames() throws TableException {
        try {
            XSSFReader.SheetIterator it = new XSSFReader(pkg).getSheetIterator();
            List<String> out = new ArrayList<>();
            while (it.hasNext()) {
                it.next().close();
                out.add(it.getSheetName());
            }
            return out;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private TableException damaged(Exception e) {
        return new TableException(fileName() + " cannot be read as an Excel workbook (" + e.getClass().getSimpleName()
                + "): it may be damaged. Open it in Excel and save it again.", e);
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public String describe() {
        return "Excel workbook, sheet \"" + sheet + "\"";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public char delimiter() {
        return 0;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void forEachRow(Handler handler, BooleanSupplier cancelled) throws IOException, TableException {
        parse(new RowCollector(handler, cancelled));
        sha256 = Tables.sha256Of(file);
    }

    private void parse(XSSFSheetXMLHandler.SheetContentsHandler contents) throws TableException {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!it.getSheetName().equals(sheet)) {
                        continue;
                    }
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, contents, new DateMarkingFormatter(),
                            false));
                    xml.parse(new InputSource(in));
                    return;
                }
            }
        } catch (HeaderFound | CancellationException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw damaged(e);
        }
    }

    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the file has not been read yet");
        }
        return sha256;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Formats a number in a date format as {@code <mark>yyyy-MM-dd}; any other cell as Excel shows it. */
    private static final class DateMarkingFormatter extends DataFormatter {
        DateMarkingFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate d = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return DATE_MARK + d.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Thrown once the header row is read: stops the first pass. */
    private static final class HeaderFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderFound() {
            super(null, null, false, false);
        }
    }

    /** Cells of one row by column index. */
    private abstract static class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<String> values = new ArrayList<>();
        final BitSet dates = new BitSet();
        boolean any;

        @Override
        public void startRow(int rowNum) {
            values.clear();
            dates.clear();
            any = false;
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int col = ref == null ? values.size() : new CellReference(ref).getCol();
            while (values.size() <= col) {
                values.add("");
            }
            String v = formatted == null ? "" : formatted;
            if (!v.isEmpty() && v.charAt(0) == DATE_MARK) {
                v = v.substring(1);
                dates.set(col);
            }
            v = v.strip();
            values.set(col, v);
            any |= !v.isEmpty();
        }
    }

    private static final class HeaderCollector extends Cells {
        List<String> headers;
        long line;

        @Override
        public void endRow(int rowNum) {
            if (any) {
                headers = List.copyOf(values);
                line = rowNum + 1L;
                throw new HeaderFound();
            }
        }
    }

    private final class RowCollector extends Cells {
        private final Handler handler;
        private final BooleanSupplier cancelled;
        private long rows;

        RowCollector(Handler handler, BooleanSupplier cancelled) {
            this.handler = handler;
            this.cancelled = cancelled;
        }

        @Override
        public void endRow(int rowNum) {
            long line = rowNum + 1L;
            if (line <= headerLine || !any) {
                return;
            }
            if ((++rows % CHECK_EVERY) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("reading " + fileName() + " was cancelled");
                }
                handler.progress(rows);
            }
            int width = Math.max(headers.size(), values.size());
            String[] out = new String[headers.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = i < values.size() ? values.get(i) : "";
            }
            for (int i = headers.size(); i < width; i++) {
                if (!values.get(i).isEmpty()) {
                    handler.problem(new RowProblem(fileName(), line, "has a value in column " + (i + 1) + ", right of "
                            + "the last header (" + headers.size() + " columns)", String.join("\t", values)));
                    return;
                }
            }
            handler.row(new TableRow(line, out, dates.isEmpty() ? null : (BitSet) dates.clone()));
        }
    }
}
