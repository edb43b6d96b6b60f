package org.reliefdesk.tabular;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes small workbooks for tests: plain, with typed dates and numbers, password-protected, old .xls. */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * One sheet per name, each with the given rows; a {@link LocalDate} becomes a typed date cell, a {@link Number} a
     * numeric cell, anything else text.
     */
    public static Path xlsx(Path file, List<String> sheets, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, sheets, rows);
            wb.write(out);
        }
        return file;
    }

    /** An .xlsx encrypted with a password (an OLE2 container, as Excel writes one). */
    public static Path encryptedXlsx(Path file, List<List<Object>> rows) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook()) {
                fill(wb, List.of("Sheet1"), rows);
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An old binary .xls workbook. */
    public static Path xls(Path file, List<List<Object>> rows) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, List.of("Sheet1"), rows);
            wb.write(out);
        }
        return file;
    }

    private static void fill(Workbook wb, List<String> sheets, List<List<Object>> rows) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
        for (String name : sheets) {
            Sheet s = wb.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
        }
    }
}
