package org.reliefdesk.export;

import java.time.LocalDate;

/**
 * How the papers and the workbook write a date a person reads. The exporters are given one with each export (the
 * app's {@code DateStyle}, the user's choice); they never read settings themselves. Machine outputs (CSV, JSON)
 * keep their own fixed formats and do not use this.
 */
public interface PaperDates {
    /** The date as a person reads it, e.g. {@code 01/31/1980}. */
    String format(LocalDate date);

    /** The same format as a spreadsheet number format, e.g. {@code mm/dd/yyyy}. */
    String spreadsheetFormat();
}
