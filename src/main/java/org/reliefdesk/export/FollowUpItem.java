package org.reliefdesk.export;

import java.time.LocalDate;

/**
 * One conviction in follow-up papers (follow-through.md, "Follow-up papers"): who and what (DOJ's keys: CII, name,
 * DOB, case number, code section), the relief asked or granted, and the filing or order it waits on.
 *
 * @param dob       null when the DOJ file gives no valid date ({@code dobText} then holds what it gave)
 * @param relief    the relief in words ("Dismiss and seal", "Redesignate as misdemeanor")
 * @param date      the order's date (to DOJ) or the conviction date (to the court); null when unknown
 */
public record FollowUpItem(String ref, String name, LocalDate dob, String dobText, String cii, String caseNumber,
                           String section, LocalDate convictionDate, String relief, LocalDate date) {
}
