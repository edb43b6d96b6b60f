package org.reliefdesk.tabular;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Opens a county's table export, CSV (any separator, header row) or {@code .xlsx} workbook, after checking that it
 * can be used at all; every refusal names the file and says what to do.
 */
public final class Tables {
    private static final int SNIFF_BYTES = 64 * 1024;

    private Tables() {
    }

    /**
     * Opens {@code file}. {@code delimiter} 0 detects it from the first lines; {@code sheet} null means the first
     * sheet of a workbook (ignored for CSV).
     */
    public static TableReader open(Path file, char delimiter, String sheet) throws TableException, IOException {
        checkUsable(file);
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (isZip(head, n)) {
            return new XlsxTable(file, sheet);
        }
        if (isOle2(head, n)) {
            throw new TableException(ole2Message(file));
        }
        if (isWorkbookName(file)) {
            throw new TableException(file.getFileName() + " is named like an Excel workbook but is not one (it is "
                    + "neither .xlsx nor a protected workbook). Open it in Excel and save it again as .xlsx.");
        }
        TextSniffer.Encoding encoding = TextSniffer.encoding(head, n).orElseThrow(() -> new TableException(
                file.getFileName() + " is not a text file (it holds binary data, e.g. NUL bytes) and not an .xlsx "
                        + "workbook, so its text cannot be decoded. Export it again as CSV or .xlsx."));
        String text = new String(head, encoding.skip(), n - encoding.skip(), encoding.charset());
        char detected = TextSniffer.separator(text);
        char sep = delimiter != 0 ? delimiter : detected;
        String firstLine = text.split("\r?\n", 2)[0];
        if (sep == 0 || TextSniffer.count(firstLine, sep) == 0) {
            if (detected != 0 && detected != sep) {
                throw new TableException(file.getFileName() + " has a single column when its fields are split at "
                        + TextSniffer.name(sep) + "s, but its first line looks separated by "
                        + TextSniffer.name(detected) + "s: set the delimiter to \"" + printable(detected) + "\".");
            }
            throw new TableException(file.getFileName() + " has a single column: no comma, semicolon, tab or | "
                    + "separates its first line into fields. A court export has one column per field; check the file"
                    + " and its delimiter.");
        }
        return new CsvTable(file, sep, encoding);
    }

    /**
     * Hands over the values of one column (0-based) of every data row, in order, as fast as the file allows: a CSV
     * file in an ASCII-compatible text is scanned byte by byte without building the other fields; a workbook (or
     * UTF-16 text) is read whole. Rows the full reading would set aside may be included: this is a first look.
     */
    public static void scanColumn(Path file, char delimiter, String sheet, int column,
                                  java.util.function.Consumer<String> each) throws TableException, IOException {
        try (TableReader t = open(file, delimiter, sheet)) {
            if (t instanceof CsvTable csv && csv.asciiCompatible()) {
                ColumnScanner.scan(file, csv.bytesBeforeText(), csv.charset(), csv.delimiter(), column, each);
                return;
            }
            t.forEachRow(new TableReader.Handler() {
                @Override
                public void row(TableRow row) {
                    each.accept(row.value(column));
                }

                @Override
                public void problem(org.reliefdesk.doj.RowProblem problem) {
                }
            }, () -> false);
        }
    }

    /** The sheets of a workbook, in order; empty for a CSV file. */
    public static java.util.List<String> sheetNames(Path file) throws TableException, IOException {
        checkUsable(file);
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return isZip(head, n) ? XlsxTable.sheetNames(file) : java.util.List.of();
    }

    /** A delimiter as a mapping writes it ({@code \t} for a tab). */
    public static String printable(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }

    /** Missing, a folder, unreadable or empty: refused before any byte is interpreted. */
    static void checkUsable(Path file) throws TableException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new TableException("The file " + file + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new TableException(file + " is a folder: give the path of the exported file itself.");
        }
        if (!Files.isReadable(file)) {
            throw new TableException("The file " + shown + " cannot be read (permission denied).");
        }
        try {
            if (Files.size(file) == 0) {
                throw new TableException("The file " + shown + " is empty.");
            }
        } catch (IOException e) {
            throw new TableException("The file " + shown + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static boolean isZip(byte[] head, int n) {
        return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head, int n) {
        return n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }

    private static boolean isWorkbookName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /** An OLE2 file is either a password-protected .xlsx (its parts encrypted) or an old binary .xls workbook. */
    private static String ole2Message(Path file) {
        boolean encrypted = false;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            // unreadable as OLE2 as well: the generic message below serves
        }
        if (encrypted) {
            return file.getFileName() + " is password-protected. ReliefDesk cannot read an encrypted workbook: "
                    + "open it in Excel, remove the password (File > Info > Protect Workbook), save it and import it "
                    + "again.";
        }
        return file.getFileName() + " is an old-style Excel workbook (.xls) or another Office file, which ReliefDesk "
                + "does not read: open it in Excel and save it as .xlsx or as CSV.";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int k;
            while ((k = in.read(buf)) > 0) {
                md.update(buf, 0, k);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Text of a UTF-8 byte array (tests and previews). */
    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
