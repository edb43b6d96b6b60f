package org.reliefdesk.history;

import org.reliefdesk.doj.CodeSection;

import java.time.LocalDate;
import java.util.List;

/**
 * One conviction: a count ({@code CNT_ORDER}) of a subject with a {@code CONVICTED...} disposition, built from
 * all the rows of that count.
 *
 * @param batch         import batch of the count's first conviction row
 * @param rowIndex      position of that row among the batch's accepted rows (with batch: the conviction's id)
 * @param line          file line of that row
 * @param date          {@code STP_EVENT_DATE}, else {@code DISP_DATE}; null when neither is a valid date
 * @param dateSource    which column gave {@code date} (or "none")
 * @param offenseDate   {@code CYC_DATE} when valid, else {@code date}; null when neither is valid
 * @param offenseDateSource {@code CYC_DATE}, or the column {@code date} came from
 * @param charge        the charge text: {@code OFFENSE_DESCR}, or {@code COMMENT_TEXT} when the offense is blank
 *                      or {@code SEE COMMENT FOR CHARGE}
 * @param section       the code section read from the charge; null when unreadable
 * @param levelSource   the column the level came from ({@code CONV_STAT_DESCR}, {@code OFFENSE_TOC} or none)
 * @param caseNumbers   distinct OFNs of the COURT ACTION rows of the same step, in file order
 * @param comments      the distinct {@code COMMENT_TEXT} values of the count's rows
 * @param source        where it is recorded: the DOJ file, a court export (court-only), or both (paired)
 * @param courtLevel    for a conviction in both records, the level the court file gives (else null)
 * @param courtRow      the court row behind it ({@code file:line}), for a court-only or paired conviction (else null)
 * @param levelFromCourt the DOJ gives no level and the court's was used (flag {@code LEVEL_FROM_COURT})
 */
public record Conviction(String subjectId, String countOrder, int batch, long rowIndex, long line, int rowCount,
                         LocalDate date, String dateRaw, String dateSource, LocalDate offenseDate,
                         String offenseDateSource,
                         String charge, boolean chargeFromComment, CodeSection section,
                         Level level, String levelSource, String county, String court,
                         List<String> caseNumbers, Sentence sentence, List<String> comments, String disposition,
                         RecordSource source, Level courtLevel, String courtRow, boolean levelFromCourt) {

    /** A conviction of the DOJ file alone. */
    public Conviction(String subjectId, String countOrder, int batch, long rowIndex, long line, int rowCount,
                      LocalDate date, String dateRaw, String dateSource, LocalDate offenseDate,
                      String offenseDateSource, String charge, boolean chargeFromComment, CodeSection section,
                      Level level, String levelSource, String county, String court, List<String> caseNumbers,
                      Sentence sentence, List<String> comments, String disposition) {
        this(subjectId, countOrder, batch, rowIndex, line, rowCount, date, dateRaw, dateSource, offenseDate,
                offenseDateSource, charge, chargeFromComment, section, level, levelSource, county, court, caseNumbers,
                sentence, comments, disposition, RecordSource.DOJ, null, null, false);
    }

    /**
     * This DOJ conviction as paired with a court row ({@code file:line}) giving {@code level}: recorded in both; when
     * the DOJ gives no level and the court does, the court's level is used (court-records.md).
     */
    public Conviction pairedWith(String courtRowRef, Level level) {
        boolean fromCourt = this.level == Level.UNKNOWN && level != Level.UNKNOWN;
        return new Conviction(subjectId, countOrder, batch, rowIndex, line, rowCount, date, dateRaw, dateSource,
                offenseDate, offenseDateSource, charge, chargeFromComment, section, fromCourt ? level : this.level,
                fromCourt ? "the court file (" + courtRowRef + "; the DOJ record gives none)" : levelSource, county,
                court, caseNumbers, sentence, comments, disposition, RecordSource.BOTH, level, courtRowRef,
                fromCourt);
    }

    public boolean hasDate() {
        return date != null;
    }

    public boolean hasSection() {
        return section != null;
    }

    /** True when the section is one of H&S 11357-11360 (attempts included). */
    public boolean isProp64() {
        return section != null && section.isProp64();
    }

    /** True when the charge is an attempt (PC 664) of its section. */
    public boolean isAttempt() {
        return section != null && section.attempt();
    }

    /** The base section when readable, else empty. */
    public String base() {
        return section == null ? "" : section.base();
    }

    /** First 3 digits of CNT_ORDER (the cycle), or empty. */
    public String cycle() {
        return countOrder.length() >= 3 ? countOrder.substring(0, 3) : "";
    }

    /** First 6 digits of CNT_ORDER (the step), or empty. */
    public String step() {
        return countOrder.length() >= 6 ? countOrder.substring(0, 6) : "";
    }

    /** The case numbers joined as the outputs show them ({@code a; b}). */
    public String caseNumber() {
        return String.join("; ", caseNumbers);
    }

    /** The section as shown to people, or the raw charge when no section could be read. */
    public String sectionDisplay() {
        return section != null ? section.display() : charge;
    }

    @Override
    public String toString() {
        return "Conviction[" + batch + ":" + rowIndex + " " + countOrder + "]";
    }
}
