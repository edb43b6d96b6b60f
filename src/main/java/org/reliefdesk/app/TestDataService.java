package org.reliefdesk.app;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.reliefdesk.doj.DojColumn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes fabricated DOJ research files for demos, training and benchmarks: no real person, clearly fake names,
 * but the real shape (several cycles per person, arrests and court actions, Prop 64 and other charges,
 * felony/misdemeanor/infraction and missing levels, sentences over several rows, SEE COMMENT charges,
 * superstrike and PC 290 priors, registrations, deceased people, other counties, dates before and after
 * 2016-11-09, the padding and {@code NULL}s of real files). The same seed gives the same file.
 */
public final class TestDataService {
    /** Average row length in bytes, close to a real DOJ file's. */
    static final int PAD_COMMENT = 180;

    private static final String[] LAST = {"SKYWALKER", "ORGANA", "SOLO", "KENOBI", "ANTILLES", "CALRISSIAN",
            "DAMERON", "TANO", "JINN", "AMIDALA", "NUNEZ", "GARCIA", "NGUYEN", "OKAFOR", "JOHANSSON", "MÜLLER",
            "O'BRIEN", "DE LA CRUZ", "PÉREZ", "WASHINGTON", "TANAKA", "KOWALSKI", "HERNÁNDEZ", "SMITH-JONES"};
    private static final String[] FIRST = {"LUKE", "LEIA", "HAN", "BEN", "WEDGE", "LANDO", "POE", "AHSOKA", "QUI",
            "PADME", "ZOË", "MARIA", "MINH", "CHIDI", "ANNA", "JOSÉ", "SEAN", "ROSA", "DARNELL", "YUKI"};
    private static final String[] COUNTIES = {"LOS ANGELES", "SACRAMENTO", "SAN JOAQUIN", "CONTRA COSTA",
            "ALAMEDA", "SAN FRANCISCO", "FRESNO", "YOLO", "KERN", "RIVERSIDE"};
    private static final String[] PROP64 = {"11357(A) HS-POSS CONCENTRATED CANNABIS", "11357(B) HS-POSS MARIJUANA",
            "11357(B)HS-POSSESS MARIJUANA", "11357(C) HS-POSS MARIJUANA SCHOOL", "11357(D) HS-POSS MARIJUANA MINOR",
            "11358 HS-CULTIVATE MARIJUANA", "11358 HS-CULTIVATE CANNABIS", "11359 HS-POSSESS MARIJUANA FOR SALE",
            "11359(B) HS-POSS FOR SALE", "11360(A) HS-TRANSPORT/SELL MARIJUANA", "11360 (A) HS-SELL/ETC MARIJUANA",
            "11357(b) hs-possess marijuana", "11360(A)(3)(A) HS-SELL MARIJUANA"};
    private static final String[] OTHER = {"23152(A) VC-DUI ALCOHOL", "459 PC-BURGLARY", "11350(A) HS-POSS NARC CNTL",
            "148(A)(1) PC-OBSTRUCT/RESIST OFFICER", "647(F) PC-DISORDERLY CONDUCT:INTOX", "484(A) PC-THEFT",
            "10851(A) VC-TAKE VEHICLE W/O OWN CONSENT", "4060 BP-POSSESS CTRL SUBSTNCE", "11364 HS-POSS NARC PARAPH",
            "602 PC-TRESPASSING", "243(E)(1) PC-BATTERY ON SPOUSE", "12500(A) VC-DRIVE W/O LICENSE",
            "40508(A) VC-FAIL TO APPEAR", "245(A)(1) PC-ADW NOT FIREARM", "4149 BP-UNLICENSED SALE OF NEEDLES"};
    private static final String[] SUPERSTRIKE = {"187 PC-MURDER", "220 PC-ASSAULT TO COMMIT MAYHEM/ETC",
            "261(A)(2) PC-RAPE BY FORCE", "288(A) PC-LEWD ACTS W/CHILD", "664/187 PC-ATTEMPTED MURDER"};
    private static final String[] PC290 = {"314(1) PC-INDECENT EXPOSURE", "288.2(A) PC-HARMFUL MATTER TO MINOR",
            "647.6 PC-ANNOY/MOLEST CHILD", "243.4(A) PC-SEXUAL BATTERY"};
    private static final String[] CONVICTED = {"CONVICTED-JAIL", "CONVICTED-PROBATION", "CONVICTED-PROBATION/JAIL",
            "CONVICTED-FINE", "CONVICTED-PRISON"};
    private static final String[] NOT_CONVICTED = {"DISMISSED/FURTHERANCE OF JUSTICE", "ACQUITTED",
            "REL/DET ONLY-INSUFFICIENT EVIDENCE", "PROS REJ-OTHER"};

    /** What was written. */
    public record Generated(Path file, long rows, long people, long bytes, CourtGenerated court) {
        public Generated(Path file, long rows, long people, long bytes) {
            this(file, rows, people, bytes, null);
        }
    }

    /**
     * Writes about {@code targetRows} rows (exactly that many; the last person may be cut short) for
     * {@code county}.
     */
    public Generated generate(Path out, String county, long targetRows, long seed, Progress progress)
            throws IOException {
        return generate(out, county, targetRows, seed, null, progress);
    }

    /** Where to write a matching court export and its mapping; {@code rows} 0: about half again the DOJ-derived rows. */
    public record CourtOutput(Path file, Path mapping, long rows) {
    }

    /** What was written of the court export. */
    public record CourtGenerated(Path file, Path mapping, long rows, long people) {
    }

    /**
     * As {@link #generate(Path, String, long, long, Progress)}, and, when {@code court} is given, a court export
     * matching the DOJ file (court-records.md) with its mapping; the DOJ file is the same as without it.
     */
    public Generated generate(Path out, String county, long targetRows, long seed, CourtOutput court,
                              Progress progress) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        progress.begin("Generating fabricated DOJ data", targetRows);
        long rows = 0;
        long people = 0;
        CourtGenerated courtWritten = null;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
             CourtTestData courtFile = court == null ? null : new CourtTestData(court.file(), county, seed,
                     court.rows() > 0 ? court.rows() : Long.MAX_VALUE)) {
            csv.writeRecord(Arrays.stream(DojColumn.values()).map(Enum::name).toList());
            long subjectId = 10_000_000 + random.nextInt(1_000_000);
            while (rows < targetRows) {
                subjectId += 1 + random.nextInt(50);
                List<String[]> person = person(random, subjectId, county);
                int written = 0;
                for (String[] row : person) {
                    if (rows >= targetRows) {
                        break;
                    }
                    csv.writeRecord(row);
                    rows++;
                    written++;
                }
                if (courtFile != null && written > 0) {
                    courtFile.dojPerson(person.subList(0, written));
                }
                people++;
                if ((people & 0x3FF) == 0) {
                    progress.advance(rows);
                }
            }
            if (courtFile != null) {
                long target = court.rows() > 0 ? court.rows() : courtFile.rows() * 3 / 2;
                while (courtFile.rows() < target) {
                    courtFile.absentPerson();
                }
                Files.writeString(court.mapping(), courtFile.mappingJson(), StandardCharsets.UTF_8);
                courtWritten = new CourtGenerated(court.file(), court.mapping(), courtFile.rows(), courtFile.people());
            }
        }
        progress.advance(rows);
        return new Generated(out, rows, people, Files.size(out), courtWritten);
    }

    private static List<String[]> person(SplittableRandom r, long subjectId, String county) {
        List<String[]> rows = new ArrayList<>();
        String cii = "A" + zeros(subjectId % 1_000_000_000L, 9);
        String name = pick(r, LAST) + "," + pick(r, FIRST) + (r.nextInt(3) == 0 ? " " + (char) ('A' + r.nextInt(26)) : "");
        LocalDate dob = LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String dobText = r.nextInt(500) == 0 ? "00000000" : ymd(dob);
        String gender = r.nextBoolean() ? "MALE" : "FEMALE";
        boolean hasSuperstrike = r.nextInt(40) == 0;
        boolean hasPc290 = r.nextInt(50) == 0;
        int cycles = 1 + r.nextInt(5);
        LocalDate date = dob.plusYears(18 + r.nextInt(10)).plusDays(r.nextInt(365));
        int cycleNo = 0;
        for (int c = 0; c < cycles; c++) {
            cycleNo++;
            date = date.plusDays(30 + r.nextInt(2500));
            if (date.getYear() > 2021) {
                break;
            }
            String personCounty = r.nextInt(6) == 0 ? pick(r, COUNTIES) : county;
            int stepNo = 1;
            // the arrest step
            int counts = 1 + r.nextInt(3);
            List<String> charges = new ArrayList<>();
            for (int k = 0; k < counts; k++) {
                charges.add(charge(r, c == 0 && hasSuperstrike, c == 0 && hasPc290));
            }
            for (int k = 0; k < counts; k++) {
                rows.add(row(r, subjectId, cii, name, dobText, gender, cycleNo, stepNo, k + 1, date, personCounty,
                        "ARREST/DETAINED/CITED", charges.get(k), "", "", level(r, charges.get(k)), "", ""));
            }
            stepNo++;
            // the court step
            LocalDate courtDate = date.plusDays(10 + r.nextInt(200));
            String ofn = Integer.toString(100_000 + r.nextInt(900_000));
            for (int k = 0; k < counts; k++) {
                boolean convicted = r.nextInt(10) < 7;
                String charge = charges.get(k);
                String[] level = level(r, charge);
                String disposition = convicted ? pick(r, CONVICTED) : pick(r, NOT_CONVICTED);
                String[] sentence = convicted ? sentence(r, level) : new String[] {"", "", ""};
                String stepDate = r.nextInt(400) == 0 ? "20190230" : ymd(courtDate);
                String[] row = row(r, subjectId, cii, name, dobText, gender, cycleNo, stepNo, k + 1, courtDate,
                        personCounty, "COURT ACTION", charge, disposition, ofn, level, sentence[0], sentence[1]);
                row[DojColumn.STP_EVENT_DATE.index()] = stepDate;
                row[DojColumn.SENT_LOC_DESCR.index()] = sentence[2];
                if (r.nextInt(25) == 0) {
                    // the charge is only in the comment
                    row[DojColumn.COMMENT_TEXT.index()] = charge;
                    row[DojColumn.OFFENSE_DESCR.index()] = "SEE COMMENT FOR CHARGE";
                } else if (charge.startsWith("1135") && r.nextInt(30) == 0) {
                    row[DojColumn.COMMENT_TEXT.index()] = "ORIG CHRG " + pick(r, PROP64).split("-")[0];
                }
                rows.add(row);
                if (convicted && r.nextInt(5) == 0) {
                    // the sentence continues on another row of the same count
                    String[] more = row.clone();
                    more[DojColumn.SENT_LOC_DESCR.index()] = "FINE";
                    more[DojColumn.SENT_LENGTH.index()] = "";
                    more[DojColumn.SENT_TIME_CODE.index()] = "";
                    rows.add(more);
                }
            }
            if (c == 0 && hasPc290) {
                rows.add(row(r, subjectId, cii, name, dobText, gender, cycleNo, ++stepNo, 1, courtDate.plusDays(30),
                        personCounty, "REGISTRATION", "290 PC-REGISTRATION OF SEX OFFENDER", "", "",
                        new String[] {"", ""}, "", ""));
            }
            date = courtDate;
        }
        if (r.nextInt(60) == 0) {
            rows.add(row(r, subjectId, cii, name, dobText, gender, cycleNo + 1, 1, 1, date.plusYears(1), county,
                    "DECEASED", "", "", "", new String[] {"", ""}, "", ""));
        }
        return rows;
    }

    private static String charge(SplittableRandom r, boolean superstrike, boolean pc290) {
        if (superstrike) {
            return pick(r, SUPERSTRIKE);
        }
        if (pc290) {
            return pick(r, PC290);
        }
        int k = r.nextInt(100);
        if (k < 45) {
            return pick(r, PROP64);
        }
        if (k < 47) {
            return "664/" + pick(r, PROP64);
        }
        return pick(r, OTHER);
    }

    /** {CONV_STAT_DESCR, OFFENSE_TOC}: sometimes only the TOC, rarely neither. */
    private static String[] level(SplittableRandom r, String charge) {
        int k = r.nextInt(100);
        String toc = k < 45 ? "F" : k < 92 ? "M" : "I";
        String descr = toc.equals("F") ? "FELONY" : toc.equals("M") ? "MISDEMEANOR" : "INFRACTION";
        int shape = r.nextInt(100);
        if (shape < 80) {
            return new String[] {descr, toc};
        }
        if (shape < 97) {
            return new String[] {"", toc};
        }
        return new String[] {"", ""};
    }

    /** {SENT_LENGTH, SENT_TIME_CODE, SENT_LOC_DESCR}. */
    private static String[] sentence(SplittableRandom r, String[] level) {
        int k = r.nextInt(4);
        return switch (k) {
            case 0 -> new String[] {Integer.toString(10 + r.nextInt(355)), "D", "JAIL"};
            case 1 -> new String[] {Integer.toString(1 + r.nextInt(5)), "Y", "PROBATION"};
            case 2 -> new String[] {Integer.toString(1 + r.nextInt(36)), "M", level[1].equals("F") ? "PRISON" : "JAIL"};
            default -> new String[] {"", "", "FINE"};
        };
    }

    private static String[] row(SplittableRandom r, long subjectId, String cii, String name, String dob,
                                String gender, int cycle, int step, int count, LocalDate date, String county,
                                String stepType, String charge, String disposition, String ofn, String[] level,
                                String sentLength, String sentCode) {
        String[] f = new String[DojColumn.COUNT];
        Arrays.fill(f, "");
        String id = Long.toString(subjectId);
        f[DojColumn.RECORD_ID.index()] = "DOJ" + id + zeros(cycle, 3) + zeros(step, 3) + zeros(count, 3);
        f[DojColumn.SUBJECT_STATUS.index()] = "ACTIVE    ";
        f[DojColumn.SUBJECT_ID.index()] = id;
        f[DojColumn.REQ_SEG_SEP.index()] = "#";
        f[DojColumn.REQ_CII_NUMBER.index()] = cii;
        f[DojColumn.REQ_NAME.index()] = pad(name, 30);
        f[DojColumn.REQ_GENDER.index()] = gender.substring(0, 1);
        f[DojColumn.REQ_DOB.index()] = dob;
        f[DojColumn.REQ_CDL.index()] = "NULL";
        f[DojColumn.REQ_SSN.index()] = "NULL";
        f[DojColumn.PII_SEG_SEP.index()] = "#";
        f[DojColumn.CII_NUMBER.index()] = cii;
        f[DojColumn.PRI_NAME.index()] = name;
        f[DojColumn.GENDER.index()] = gender;
        f[DojColumn.PRI_DOB.index()] = dob;
        f[DojColumn.PRI_SSN.index()] = "9" + zeros(subjectId % 100, 2) + "-" + zeros(subjectId % 89, 2) + "-" + zeros(subjectId % 9973, 4);
        f[DojColumn.PRI_CDL.index()] = "X" + zeros(subjectId % 10_000_000, 7);
        f[DojColumn.PRI_IDN.index()] = "NULL";
        f[DojColumn.PRI_INN.index()] = "NULL";
        f[DojColumn.FBI_NUMBER.index()] = zeros(subjectId, 9) + "FAKE";
        f[DojColumn.PDR_SEG_SEP.index()] = "#";
        f[DojColumn.RACE_CODE.index()] = "X";
        f[DojColumn.RACE_DESCR.index()] = pad("NOT RECORDED", 20);
        f[DojColumn.EYE_COLOR_CODE.index()] = "BRO";
        f[DojColumn.EYE_COLOR_DESCR.index()] = pad("BROWN", 12);
        f[DojColumn.HAIR_COLOR_CODE.index()] = "BLK";
        f[DojColumn.HAIR_COLOR_DESCR.index()] = pad("BLACK", 12);
        f[DojColumn.HEIGHT.index()] = Integer.toString(500 + r.nextInt(110));
        f[DojColumn.WEIGHT.index()] = Integer.toString(110 + r.nextInt(150));
        f[DojColumn.SINGLE_SOURCE.index()] = "N";
        f[DojColumn.MULTI_SOURCE.index()] = "Y";
        f[DojColumn.POB_CODE.index()] = "CA";
        f[DojColumn.POB_NAME.index()] = pad("CALIFORNIA", 20);
        f[DojColumn.POB_TYPE.index()] = "S";
        f[DojColumn.CITIZENSHIP_LIST.index()] = pad("US", 10);
        f[DojColumn.CYC_SEG_SEP.index()] = "#";
        f[DojColumn.CYC_ORDER.index()] = zeros(cycle, 3);
        f[DojColumn.CYC_DATE.index()] = ymd(date.minusDays(step == 1 ? 0 : 15));
        f[DojColumn.STP_SEG_SEP.index()] = "#";
        f[DojColumn.STP_ORDER.index()] = zeros(step, 3);
        f[DojColumn.STP_EVENT_DATE.index()] = ymd(date);
        f[DojColumn.STP_TYPE_CODE.index()] = stepType.substring(0, 1);
        f[DojColumn.STP_TYPE_DESCR.index()] = stepType;
        f[DojColumn.STP_ORI_TYPE.index()] = stepType.startsWith("COURT") ? "C" : "P";
        f[DojColumn.STP_ORI_TYPE_DESCR.index()] = stepType.startsWith("COURT") ? "COURT" : "POLICE";
        f[DojColumn.STP_ORI_CODE.index()] = "CA0" + (34 + r.nextInt(20)) + "0000";
        f[DojColumn.STP_ORI_DESCR.index()] = stepType.startsWith("COURT") ? "CASC " + county : "CAPD " + county;
        f[DojColumn.STP_ORI_CNTY_CODE.index()] = Integer.toString(Math.abs(county.hashCode() % 58) + 1);
        f[DojColumn.STP_ORI_CNTY_NAME.index()] = county;
        f[DojColumn.CNT_SEG_SEP.index()] = "#";
        f[DojColumn.CNT_ORDER.index()] = zeros(cycle, 3) + zeros(step, 3) + zeros(count, 3) + "000";
        f[DojColumn.DISP_DATE.index()] = disposition.isEmpty() ? "" : ymd(date);
        f[DojColumn.OFN.index()] = ofn.isEmpty() ? "" : ofn;
        f[DojColumn.OFFENSE_CODE.index()] = Integer.toString(10_000 + r.nextInt(90_000));
        f[DojColumn.OFFENSE_DESCR.index()] = charge;
        f[DojColumn.OFFENSE_TOC.index()] = level[1];
        f[DojColumn.OFFENSE_QUAL_LST.index()] = pad("", 14);
        f[DojColumn.DISP_ORDER.index()] = disposition.isEmpty() ? "" : "001";
        f[DojColumn.DISP_CODE.index()] = disposition.isEmpty() ? "" : "C";
        f[DojColumn.DISP_DESCR.index()] = disposition;
        f[DojColumn.CONV_STAT_CODE.index()] = pad("", 10);
        f[DojColumn.CONV_STAT_DESCR.index()] = level[0];
        f[DojColumn.SENT_SEG_SEP.index()] = "#";
        f[DojColumn.SENT_ORDER.index()] = sentLength.isEmpty() ? "" : "001";
        f[DojColumn.SENT_LENGTH.index()] = sentLength;
        f[DojColumn.SENT_TIME_CODE.index()] = sentCode;
        f[DojColumn.SENT_TIME_DESCR.index()] = switch (sentCode) {
            case "D" -> "DAYS      ";
            case "M" -> "MONTHS    ";
            case "Y" -> "YEARS     ";
            default -> "";
        };
        f[DojColumn.CYC_AGE.index()] = dob.equals("00000000") ? "" : Integer.toString(
                Math.max(0, date.getYear() - Integer.parseInt(dob.substring(0, 4))));
        f[DojColumn.CII_TYPE.index()] = "A";
        f[DojColumn.CII_TYPE_ALPHA.index()] = "ADULT";
        f[DojColumn.COMMENT_TEXT.index()] = pad("", PAD_COMMENT + r.nextInt(120));
        f[DojColumn.END_OF_REC.index()] = "#";
        return f;
    }

    /** {@code n} in decimal, zero-padded to {@code width} digits. */
    private static String zeros(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String ymd(LocalDate d) {
        return zeros(d.getYear(), 4) + zeros(d.getMonthValue(), 2) + zeros(d.getDayOfMonth(), 2);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
