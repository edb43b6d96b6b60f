package org.reliefdesk.export.pdf;

import org.reliefdesk.export.PaperDates;

import java.time.ZonedDateTime;

/**
 * What every paper of one export shares, given by the app: the office's letterhead, the date format the user chose,
 * when the papers were made and by which program (the document information of each PDF).
 *
 * @param creator the program and its version, e.g. {@code ReliefDesk 1.0.0}
 */
public record PaperSetup(Letterhead office, PaperDates dates, ZonedDateTime created, String creator) {
}
