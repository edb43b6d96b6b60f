package org.reliefdesk.export.csv;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.EncodedRow;
import org.reliefdesk.export.GoFormat;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.GogenTexts;
import org.reliefdesk.rules.SubjectReport;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one input file's part of the gogen-compatible bundle (gogen-bundle.md): All_Results, its Condensed
 * twin and Prop64_Results, with gogen 0.2.13's names, columns, order and value formats. Only the first row of an
 * in-scope conviction carries the eligibility columns; "Possible Other P64 Charges" may appear on any row.
 */
public final class GogenBundleWriter implements Closeable {
    /** The 18 eligibility columns, in order. */
    public static final List<String> ELIGIBILITY_COLUMNS = List.of("Case Number", "# of convictions on record",
            "Possible Other P64 Charges", "Occurred after 11/9/2016", "Superstrike Code Section(s)",
            "PC290 Code Section(s)", "PC290 Registration", "Date of Conviction", "Years Since This Conviction",
            "Years Since Any Conviction", "# of Prop 64 convictions", "# of HS 11357 convictions",
            "# of HS 11358 convictions", "# of HS 11359 convictions", "# of HS 11360 convictions", "Deceased",
            "Eligibility Determination", "Eligibility Reason");
    /** The 20 DOJ columns of the condensed file. */
    public static final List<DojColumn> CONDENSED = List.of(DojColumn.CII_NUMBER, DojColumn.PRI_NAME,
            DojColumn.GENDER, DojColumn.PRI_DOB, DojColumn.RACE_DESCR, DojColumn.CYC_DATE, DojColumn.STP_EVENT_DATE,
            DojColumn.STP_ORI_DESCR, DojColumn.STP_ORI_CNTY_NAME, DojColumn.DISP_DATE, DojColumn.OFN,
            DojColumn.OFFENSE_DESCR, DojColumn.DISP_DESCR, DojColumn.CONV_STAT_DESCR, DojColumn.SENT_LOC_DESCR,
            DojColumn.SENT_LENGTH, DojColumn.SENT_TIME_CODE, DojColumn.CYC_AGE, DojColumn.COMMENT_TEXT,
            DojColumn.END_OF_REC);
    private static final LocalDate PROP64_EFFECTIVE = LocalDate.of(2016, 11, 9);

    /** Which files one writer produces: the full rows (All_Results and Prop64_Results) or the condensed rows. */
    public enum Part { FULL, CONDENSED }

    private final EvaluationMode mode;
    private final LocalDate computeAt;
    private final Part part;
    private final GoCsvWriter main;
    private final GoCsvWriter prop64;
    private final String[] cells = new String[ELIGIBILITY_COLUMNS.size()];
    private final byte[][] cellBytes = new byte[ELIGIBILITY_COLUMNS.size()][];

    /**
     * @param suffix {@code ""} for a single input file, {@code "_2"} for the second of several (gogen's naming)
     */
    public GogenBundleWriter(OutputFiles files, String suffix, EvaluationMode mode, LocalDate computeAt, Part part)
            throws IOException {
        this.mode = mode;
        this.computeAt = computeAt;
        this.part = part;
        if (part == Part.FULL) {
            main = new GoCsvWriter(files.open("All_Results" + suffix + ".csv"));
            prop64 = new GoCsvWriter(files.open("Prop64_Results" + suffix + ".csv"));
            for (DojColumn c : DojColumn.values()) {
                main.field(c.name());
                prop64.field(c.name());
            }
            for (String h : ELIGIBILITY_COLUMNS) {
                prop64.field(h);
            }
            prop64.endRow();
        } else {
            main = new GoCsvWriter(files.open("All_Results_Condensed" + suffix + ".csv"));
            prop64 = null;
            for (DojColumn c : CONDENSED) {
                main.field(c.name());
            }
        }
        for (String h : ELIGIBILITY_COLUMNS) {
            main.field(h);
        }
        main.endRow();
    }

    /** The files of the bundle, by name. */
    public static List<String> fileNames(String suffix) {
        return List.of("All_Results" + suffix + ".csv", "All_Results_Condensed" + suffix + ".csv",
                "Prop64_Results" + suffix + ".csv");
    }

    /*
     * row runs once per input row; the loops live in methods of their own so that the JIT compiles each piece once
     * instead of compiling row again for every loop it holds (see docs/decisions/0006-performance.md).
     */

    /** Writes one input row; {@code decision} is the conviction that starts on this row, or null. */
    public void row(EncodedRow row, DecisionRecord decision) throws IOException {
        String other = otherProp64(row);
        if (part == Part.FULL) {
            main.cells(row, 0, DojColumn.COUNT);
        } else {
            condensedCells(row);
        }
        if (decision == null && other.isEmpty()) {
            main.emptyFields(cells.length);
            main.endRow();
            return;
        }
        fill(decision, other);
        encodeCells();
        eligibilityCells(main);
        if (decision != null && prop64 != null) {
            prop64.cells(row, 0, DojColumn.COUNT);
            eligibilityCells(prop64);
        }
    }

    /** Only a comment that names 1135x or 11360 can hold another Prop 64 charge: the rest is not decoded. */
    private String otherProp64(EncodedRow row) {
        int comment = DojColumn.COMMENT_TEXT.index();
        return row.contains(comment, "1135") || row.contains(comment, "11360")
                ? GogenTexts.possibleOtherProp64(mode, row.field(DojColumn.OFFENSE_DESCR), row.field(comment)) : "";
    }

    private void condensedCells(EncodedRow row) throws IOException {
        for (DojColumn c : CONDENSED) {
            main.cell(row, c.index());
        }
    }

    private void encodeCells() {
        for (int i = 0; i < cells.length; i++) {
            cellBytes[i] = cells[i].getBytes(StandardCharsets.UTF_8);
        }
    }

    private void eligibilityCells(GoCsvWriter out) throws IOException {
        for (byte[] cell : cellBytes) {
            out.field(cell, 0, cell.length);
        }
        out.endRow();
    }

    private void fill(DecisionRecord d, String other) {
        if (d == null) {
            java.util.Arrays.fill(cells, "");
            cells[2] = other;
            return;
        }
        SubjectReport r = d.report();
        LocalDate date = d.convictionDate();
        boolean zero = d.hasZeroDate();
        cells[0] = d.caseNumber();
        cells[1] = Integer.toString(r.convictions());
        cells[2] = other;
        cells[3] = date == null ? "" : date.isAfter(PROP64_EFFECTIVE) ? "Y" : "N";
        cells[4] = r.superstrikeSections().isEmpty() ? "-" : String.join(";", r.superstrikeSections());
        cells[5] = r.pc290Sections().isEmpty() ? "-" : String.join(";", r.pc290Sections());
        cells[6] = r.pc290Registration() ? "Yes" : "-";
        cells[7] = date == null ? "" : GoFormat.usDate(date);
        cells[8] = date == null ? "" : zero ? "-1.0" : GoFormat.oneDecimal(GoFormat.yearsBetween(date, computeAt));
        LocalDate latest = r.latestConviction();
        cells[9] = latest == null ? "" : latest.getYear() == 1 && latest.getDayOfYear() == 1 ? "-1.0"
                : GoFormat.oneDecimal(GoFormat.yearsBetween(latest, computeAt));
        cells[10] = Integer.toString(r.prop64Total());
        for (int i = 0; i < 4; i++) {
            cells[11 + i] = Integer.toString(r.prop64BySection().get(i));
        }
        cells[15] = r.deceased() ? "Deceased" : "-";
        cells[16] = GogenTexts.determination(d.outcome(), d.reason());
        cells[17] = mode == EvaluationMode.GOGEN ? d.reasonText() : d.explanation();
    }

    @Override
    public void close() throws IOException {
        try (main) {
            if (prop64 != null) {
                prop64.close();
            }
        }
    }

    /** Where the bundle's files are created (lets the caller write to temporary files and move them at the end). */
    @FunctionalInterface
    public interface OutputFiles {
        java.io.OutputStream open(String fileName) throws IOException;
    }

    /** Convenience for tests: files directly in a folder. */
    public static OutputFiles in(Path folder) {
        return name -> java.nio.file.Files.newOutputStream(folder.resolve(name));
    }
}
