package org.reliefdesk.app;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.DojText;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a fabricated court case-system export that matches a generated DOJ file (court-records.md), as a county's
 * system would give it: one row per charge with SF-style columns, names as {@code LAST/FIRST/MIDDLE}, dates as
 * {@code MMddyy}, disposition codes. Most of the county's DOJ court counts are there (same case number, section and
 * date), some with another level or a level the DOJ lacks, a few missing; some DOJ people have convictions the DOJ file lacks;
 * people absent from the DOJ file fill the rest, a few of them co-defendants on a DOJ person's case. Names, CII
 * numbers and case numbers carry the noise of real exports. Its own random stream: the DOJ file is unchanged.
 */
final class CourtTestData implements AutoCloseable {
    static final List<String> HEADER = List.of("Court Number", "Defendant Seq", "Truename", "DOB", "Sex", "CII", "SSN",
            "DL Number", "FBI", "Booking Number", "Arrest Agency", "Booked Charge", "Booked Charge Date", "Filing Date",
            "Current Charge", "Charge Description", "Current Level", "Chg Disp", "Chg Disp Desc", "Dispo Date",
            "Sentence", "Court Location");
    private static final String[] CONVICTED = {"110", "190", "200"};
    private static final String[] CONVICTED_DESC = {"CONVICTED BY PLEA", "CONVICTED BY COURT", "CONVICTED BY JURY"};
    private static final String[] NOT_CONVICTED = {"300", "410", "420"};
    private static final String[] NOT_CONVICTED_DESC = {"DISMISSED", "ACQUITTED", "DISMISSED - PC 1385"};
    /** Charges of people and cases the DOJ file does not have: one in four a Prop 64 section. */
    private static final String[] CHARGES = {"11357(B) HS", "11357(A) HS", "11358 HS", "11359 HS", "11360(A) HS",
            "23152(A) VC", "459 PC", "11350(A) HS", "148(A)(1) PC", "484(A) PC", "602 PC", "245(A)(1) PC",
            "11377(A) HS", "23152(B) VC", "12500(A) VC", "647(F) PC", "466 PC", "11364 HS", "4060 BP", "10851(A) VC"};
    private static final String[] LAST = {"VADER", "FETT", "ANDOR", "MOTHMA", "ERSO", "BINKS", "GREEDO", "SNOKE",
            "HUX", "PRYDE", "KRENNIC", "TARKIN"};
    private static final String[] FIRST = {"CASSIAN", "JYN", "BODHI", "ORSON", "ENFYS", "QI'RA", "TOBIAS", "SABINE",
            "HERA", "EZRA"};

    private final CsvWriter csv;
    private final SplittableRandom r;
    private final String county;
    private final long limit;
    private long rows;
    private long people;
    private long nextPerson = 800_000_000L;

    /** {@code limit}: the rows to write at most. */
    CourtTestData(Path out, String county, long seed, long limit) throws IOException {
        this.county = county;
        this.limit = limit;
        this.r = new SplittableRandom(seed * 7919 + 17);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16);
        csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w);
        csv.writeRecord(HEADER);
    }

    long rows() {
        return rows;
    }

    long people() {
        return people;
    }

    /** The court rows of one DOJ person (the rows written for them), for their court actions in the county. */
    void dojPerson(List<String[]> dojRows) {
        String[] first = dojRows.get(0);
        Identity id = identity(DojText.clean(first[DojColumn.PRI_NAME.index()]),
                DojDates.parse(first[DojColumn.PRI_DOB.index()]).orElse(null), first[DojColumn.CII_NUMBER.index()],
                first[DojColumn.PRI_SSN.index()], first[DojColumn.PRI_CDL.index()],
                first[DojColumn.FBI_NUMBER.index()], first[DojColumn.GENDER.index()]);
        Set<String> counts = new HashSet<>();
        boolean any = false;
        for (String[] row : dojRows) {
            if (!row[DojColumn.STP_TYPE_DESCR.index()].strip().equals("COURT ACTION")
                    || !DojText.clean(row[DojColumn.STP_ORI_CNTY_NAME.index()]).equalsIgnoreCase(county)
                    || !counts.add(row[DojColumn.CNT_ORDER.index()])) {
                continue;
            }
            any = true;
            courtRowOfDojCount(id, row);
        }
        if (any && r.nextInt(25) == 0) {
            // convictions the court has and the DOJ file does not
            LocalDate d = LocalDate.of(1995 + r.nextInt(21), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String caseNumber = "SC" + (100_000 + r.nextInt(900_000));
            for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
                write(id, caseNumber, k + 1, CHARGES[r.nextInt(CHARGES.length)], level(), true, d.minusDays(40), d);
            }
        }
        if (any) {
            people++;
        }
    }

    private void courtRowOfDojCount(Identity id, String[] row) {
        if (r.nextInt(20) == 0) {
            return; // a count the court's export lacks (an older case system, a purged record)
        }
        String ofn = DojText.clean(row[DojColumn.OFN.index()]);
        String charge = DojText.clean(row[DojColumn.OFFENSE_DESCR.index()]);
        if (charge.startsWith("SEE COMMENT")) {
            charge = DojText.clean(row[DojColumn.COMMENT_TEXT.index()]);
        }
        int dash = charge.indexOf('-');
        String section = (dash >= 0 ? charge.substring(0, dash) : charge).strip();
        if (r.nextInt(5) == 0) {
            section = section.toLowerCase(Locale.ROOT);
        }
        String status = DojText.clean(row[DojColumn.CONV_STAT_DESCR.index()]);
        String toc = DojText.clean(row[DojColumn.OFFENSE_TOC.index()]);
        String level = !status.isEmpty() ? status.substring(0, 1) : toc;
        if (level.isEmpty() && r.nextInt(10) < 7) {
            level = r.nextBoolean() ? "M" : "F"; // the court knows a level the DOJ file lacks
        } else if (!level.isEmpty() && r.nextInt(100) == 0) {
            level = level.equals("F") ? "M" : "F"; // the records disagree
        }
        boolean convicted = DojText.clean(row[DojColumn.DISP_DESCR.index()]).startsWith("CONVICTED")
                || r.nextInt(200) == 0;
        LocalDate disposition = DojDates.parse(row[DojColumn.STP_EVENT_DATE.index()])
                .or(() -> DojDates.parse(row[DojColumn.DISP_DATE.index()])).orElse(LocalDate.of(2010, 1, 1));
        LocalDate offense = DojDates.parse(row[DojColumn.CYC_DATE.index()]).orElse(disposition);
        String caseNumber = switch (r.nextInt(10)) {
            case 0 -> "0" + ofn;
            case 1 -> ofn.length() > 3 ? ofn.substring(0, 3) + "-" + ofn.substring(3) : ofn;
            default -> ofn;
        };
        String count = DojText.clean(row[DojColumn.CNT_ORDER.index()]);
        write(id, caseNumber, count.length() >= 9 ? Integer.parseInt(count.substring(6, 9)) : 1, section,
                code(level), convicted, offense, disposition);
        if (r.nextInt(60) == 0) {
            // a co-defendant the DOJ file does not have, on the same case
            Identity other = newIdentity(disposition.minusYears(20 + r.nextInt(30)));
            write(other, caseNumber, 1, section, code(level), convicted, offense, disposition);
            people++;
        }
    }

    /** A person absent from the DOJ file with one to three cases of one to three charges. */
    void absentPerson() {
        LocalDate dob = LocalDate.of(1945 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Identity id = newIdentity(dob);
        LocalDate d = dob.plusYears(18 + r.nextInt(Math.max(1, Math.min(20, 2019 - dob.getYear() - 18))))
                .plusDays(r.nextInt(365));
        for (int c = 0, cases = 1 + r.nextInt(3); c < cases; c++) {
            String caseNumber = "SC" + (100_000 + r.nextInt(900_000));
            d = d.plusDays(100 + r.nextInt(900));
            if (d.getYear() > 2021) {
                d = LocalDate.of(2021, 1 + r.nextInt(12), 1 + r.nextInt(28));
            }
            for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                write(id, caseNumber, k + 1, CHARGES[r.nextInt(CHARGES.length)], level(), r.nextInt(10) < 7,
                        d.minusDays(30 + r.nextInt(200)), d);
            }
        }
        people++;
    }

    private Identity newIdentity(LocalDate dob) {
        long n = nextPerson++;
        String name = LAST[r.nextInt(LAST.length)] + "," + FIRST[r.nextInt(FIRST.length)]
                + (r.nextInt(3) == 0 ? " " + (char) ('A' + r.nextInt(26)) : "");
        return identity(name, dob, "B" + n, "8" + (n % 100_000_000L), "Y" + (n % 10_000_000L), n + "CT",
                r.nextBoolean() ? "MALE" : "FEMALE");
    }

    /** A person as the court writes them, with the noise of real exports. */
    private Identity identity(String dojName, LocalDate dob, String cii, String ssn, String cdl, String fbi,
                              String gender) {
        int comma = dojName.indexOf(',');
        String last = comma < 0 ? dojName : dojName.substring(0, comma);
        String rest = comma < 0 ? "" : dojName.substring(comma + 1).strip();
        String name = last + "/" + rest.replace(' ', '/');
        int noise = r.nextInt(40);
        if (noise == 0) {
            name = name.toLowerCase(Locale.ROOT);
        } else if (noise == 1) {
            name = name.replace("/", " / ");
        }
        String c = DojText.clean(cii);
        c = switch (r.nextInt(10)) {
            case 0 -> "";
            case 1 -> c.length() > 1 ? "CA-" + c.substring(1) : c;
            case 2 -> c.toLowerCase(Locale.ROOT);
            default -> c;
        };
        return new Identity(name, dob == null ? "" : mmddyy(dob), c, r.nextInt(10) < 6 ? DojText.clean(ssn) : "",
                r.nextBoolean() ? DojText.clean(cdl) + " CA" : "", r.nextInt(10) < 3 ? DojText.clean(fbi) : "",
                gender.isEmpty() ? "" : gender.substring(0, 1));
    }

    private record Identity(String name, String dob, String cii, String ssn, String cdl, String fbi, String sex) {
    }

    private String level() {
        return code(switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> "F";
            case 4, 5, 6, 7, 8 -> "M";
            default -> "I";
        });
    }

    /** The court's level code for F, M or I (long or short form); blank stays blank. */
    private String code(String level) {
        boolean longForm = r.nextInt(4) == 0;
        return switch (level) {
            case "F" -> longForm ? "FEL" : "F";
            case "M" -> longForm ? "MISD" : "M";
            case "I" -> "I";
            default -> "";
        };
    }

    private void write(Identity id, String caseNumber, int seq, String section, String level, boolean convicted,
                       LocalDate offense, LocalDate disposition) {
        if (rows >= limit) {
            return;
        }
        int k = r.nextInt(3);
        csv.writeRecord(caseNumber, Integer.toString(seq), id.name(), id.dob(), id.sex(), id.cii(), id.ssn(),
                id.cdl(), id.fbi(), "BK" + (1_000_000 + r.nextInt(9_000_000)), county + " SHERIFF", section,
                mmddyy(offense), mmddyy(offense.plusDays(2)), section, "CHARGE " + section + ", AS FILED",
                level, convicted ? CONVICTED[k] : NOT_CONVICTED[k],
                convicted ? CONVICTED_DESC[k] : NOT_CONVICTED_DESC[k],
                r.nextInt(400) == 0 ? mmddyy(disposition).substring(0, 2) + "/" + disposition.getYear() // unreadable
                        : mmddyy(disposition),
                convicted ? (1 + r.nextInt(36)) + " MO PROBATION" : "", county + " HALL OF JUSTICE");
        rows++;
    }

    private static String mmddyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getMonthValue(), d.getDayOfMonth(), d.getYear() % 100);
    }

    /** The mapping of this export (court-records.md), as JSON. */
    String mappingJson() {
        return """
                {"name": "DEMO court CMS (fabricated)", "county": "%s", "sheet": null, "delimiter": ",",
                 "columns": {"courtCaseNumber": "Court Number", "name": "Truename", "dob": "DOB", "cii": "CII",
                   "ssn": "SSN", "cdl": "DL Number", "fbi": "FBI", "section": "Current Charge",
                   "level": "Current Level", "disposition": "Chg Disp", "dispositionDate": "Dispo Date",
                   "offenseDate": "Booked Charge Date"},
                 "nameFormat": "LAST/FIRST/MIDDLE", "dateFormat": "MMddyy",
                 "levels": {"F": "felony", "FEL": "felony", "M": "misdemeanor", "MISD": "misdemeanor",
                   "I": "infraction"},
                 "convictionDispositions": ["110", "190", "200"]}
                """.formatted(county);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
