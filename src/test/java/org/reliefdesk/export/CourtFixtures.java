package org.reliefdesk.export;

import org.reliefdesk.app.DateStyle;
import org.reliefdesk.export.pdf.Letterhead;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.rules.Outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Court rows for the workbook and PDF tests, hostile names included. */
public final class CourtFixtures {
    /** Names that must come back as plain text everywhere. */
    public static final List<String> HOSTILE = List.of("=CMD()", "+1", "@SUM(A1)", "-2+3", "Zoë Ñúñez",
            "O'BRIEN,SEAN", "D'ANGELO-MÜLLER,JOSÉ", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF,HUBERT BLAINE "
                    + "XAVIER YANCY ZEUS ALEXANDER BARTHOLOMEW CHRISTOPHER");

    private CourtFixtures() {
    }

    public static CourtConviction row(String subject, String name, Outcome outcome, String caseNumber) {
        return row(subject, name, outcome, outcome, caseNumber);
    }

    public static CourtConviction row(String subject, String name, Outcome engine, Outcome effective,
                                      String caseNumber) {
        boolean overridden = engine != effective;
        return new CourtConviction(subject, "001002001000", name, LocalDate.of(1970, 1, 2), "19700102",
                "0012345", caseNumber, "CASC SACRAMENTO", LocalDate.of(2010, 5, 6), "11357(B) HS",
                effective == Outcome.REDUCE ? "felony" : "misdemeanor", engine, effective,
                "Misdemeanor or infraction (H&S 11361.8(e))", "Plain explanation: a prior superstrike (PC 187).",
                "", overridden ? "atty" : null, overridden ? "2024-05-06T07:08:09Z" : null,
                overridden ? "Prior serious felony found in the court file." : null, "DOJ", ref(subject));
    }

    /** A made-up reference per subject: RD- and seven digits from the subject's letters and number. */
    public static String ref(String subject) {
        int n = Math.abs(subject.hashCode()) % 9_000_000 + 1_000_000;
        return "RD-" + n;
    }

    /** When the fixtures' papers are made. */
    public static final ZonedDateTime CREATED = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("America/Los_Angeles"));

    /** The office, US dates, a fixed time: what an export hands the writers. */
    public static PaperSetup paper() {
        return paper(DateStyle.US);
    }

    public static PaperSetup paper(PaperDates dates) {
        return new PaperSetup(office(), dates, CREATED, "ReliefDesk test");
    }

    public static Letterhead office() {
        return new Letterhead("San Joaquin", "Superior Court of California, County of San Joaquin",
                "180 East Weber Avenue, Stockton, CA 95202", "Alex Example", "Jordan Sample", "123456",
                "222 East Weber Avenue\nStockton, CA 95202", "(209) 555-0100", "da@example.invalid");
    }

    /** Text with all white space removed, to find words a table wrapped over lines. */
    public static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
