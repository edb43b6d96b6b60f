package org.reliefdesk.doj;

/**
 * A row that could not be read and was set aside: the file, the 1-based line where it starts, a reason a
 * paralegal can read, and the row's text as found (decoded leniently, so nothing is lost).
 */
public record RowProblem(String file, long line, String reason, String raw) {
}
