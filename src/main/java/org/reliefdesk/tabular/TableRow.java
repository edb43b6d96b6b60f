package org.reliefdesk.tabular;

import java.util.BitSet;

/**
 * One data row of a table file: its 1-based line (CSV line where the row starts, or the spreadsheet's row number;
 * the header is line 1) and its values by column position, trimmed. A cell that a workbook typed as a date holds its
 * date as {@code yyyy-MM-dd} and is marked in {@code typedDates}, so a date pattern need not apply to it.
 */
public record TableRow(long line, String[] values, BitSet typedDates) {

    /** The value at a 0-based column, or the empty string when the row is shorter. */
    public String value(int column) {
        return column >= 0 && column < values.length ? values[column] : "";
    }

    /** True when the workbook typed this cell as a date (its value is then ISO {@code yyyy-MM-dd}). */
    public boolean isTypedDate(int column) {
        return typedDates != null && typedDates.get(column);
    }

    /** The row as text for a report of rows set aside: its values joined by {@code separator}. */
    public String text(char separator) {
        return String.join(String.valueOf(separator), values);
    }
}
