package org.reliefdesk.app.followthrough;

import java.time.LocalDate;

/** A recorded filing as screens list it: its number, date, docket and who recorded it. */
public record FilingInfo(long id, LocalDate filedOn, String docket, String user) {
}
