package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.HistoryBuilder;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.PersonHistory;
import org.reliefdesk.history.SubjectInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one fabricated person's DOJ rows, with realistic raw values, from the compact step notation of
 * {@code src/test/resources/rules/scenarios.csv}. Steps are separated by {@code ;}; each step is
 *
 * <pre>
 *   [*]LEVEL CHARGE @ DATE [| key=value]...      a conviction (LEVEL F, M, I, or ? for a blank level)
 *   ARREST CHARGE @ DATE                          an arrest step only
 *   DISMISSED CHARGE @ DATE                       an arrest and a court action that did not convict
 *   REGISTRATION 290 PC @ DATE                    a PC 290 registration step
 *   DECEASED @ DATE                               a DECEASED step
 * </pre>
 *
 * {@code *} marks the conviction whose decision a test looks at. DATE is {@code YYYY-MM-DD}, {@code blank}, or a
 * raw DOJ value such as {@code 20190230}. CHARGE is the code section ({@code 11359 HS}; a description is added
 * after a {@code -} as DOJ writes it), {@code SEE COMMENT} (OFFENSE_DESCR {@code SEE COMMENT FOR CHARGE}), or a raw
 * OFFENSE_DESCR in single quotes. Keys: {@code offense} (CYC_DATE; default the conviction date), {@code disp}
 * (DISP_DATE; default the conviction date), {@code county} (default the run county), {@code cycle} (first 3 digits
 * of CNT_ORDER; default a new cycle per step), {@code comment} (COMMENT_TEXT), {@code sentence} (e.g.
 * {@code 1Y+6M+1D}: one row per part, as DOJ continues a sentence on the next row of the count), {@code stat}
 * (CONV_STAT_DESCR), {@code toc} (OFFENSE_TOC), {@code dispo} (DISP_DESCR), {@code comment2} (COMMENT_TEXT of the
 * count's second row, with a sentence of two parts or more). A value in single quotes is taken raw,
 * spaces included.
 *
 * <p>Court records (court-records.md): {@code court=LEVEL} on a conviction step says the court's export has the same
 * count (same case number, section and date) at that level; {@code COURT LEVEL CHARGE @ DATE} is a conviction in the
 * court's export only (key {@code offense} as above); a first step {@code IDENTITY=AMBIGUOUS} or
 * {@code IDENTITY=NO_DOJ_PERSON} makes the person a court person the DOJ file does not have (court steps only).
 */
final class HistoryFixture {
    static final String NAME = "QUIXOTE,ALONZO MARIA";
    static final String SUBJECT_ID = "4711002";
    static final String CII = "A09876543";
    static final String DEFAULT_COUNTY = "SACRAMENTO";
    static final LocalDate COMPUTE_AT = RunSettings.DEFAULT_COMPUTE_AT;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SENTENCE_PART = Pattern.compile("(\\d+)([DMY])");
    private static final Pattern CYCLE_ATTR = Pattern.compile("cycle\\s*=\\s*(\\d{3})");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("11357", "POSSESS MARIJUANA"), Map.entry("11358", "CULTIVATE MARIJUANA"),
            Map.entry("11359", "POSS FOR SALE"), Map.entry("11360", "TRANSPORT/SELL MARIJUANA"),
            Map.entry("187", "MURDER"), Map.entry("148", "RESIST/OBSTRUCT OFFICER"),
            Map.entry("4060", "POSS CONTROLLED SUBSTANCE"), Map.entry("23152", "DUI ALCOHOL/DRUGS"),
            Map.entry("459", "BURGLARY"), Map.entry("664", "ATTEMPT"), Map.entry("647", "DISORDERLY CONDUCT"), Map.entry("496", "RECEIVE STOLEN PROP"));

    private final String dobRaw;
    private final String runCounty;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> usedCycles = new TreeSet<>();
    private final Map<String, Integer> countsInCycle = new HashMap<>();
    private final List<String> stepKeys = new ArrayList<>();
    private final List<org.reliefdesk.link.CourtCharge> courtCharges = new ArrayList<>();
    private org.reliefdesk.history.CourtIdentity identity = org.reliefdesk.history.CourtIdentity.DOJ_SUBJECT;
    private String target;
    private int nextCycle = 1;
    private int nextOfn = 14021;

    /** A row before it gets its place in the file. */
    private record Row(String cntOrder, String cycleDate, String stepDate, String stepType, String county,
                       String court, String dispositionDate, String ofn, String offense, String toc,
                       String disposition, String status, String sentenceLocation, String sentenceLength,
                       String sentenceCode, String comment) {
    }

    private HistoryFixture(String dobRaw, String runCounty) {
        this.dobRaw = dobRaw;
        this.runCounty = runCounty;
    }

    /** A person born on {@code dob} ({@code YYYY-MM-DD}, {@code none}, or a raw value) in the default county. */
    static HistoryFixture person(String dob) {
        return person(dob, DEFAULT_COUNTY);
    }

    static HistoryFixture person(String dob, String runCounty) {
        String d = dob.strip();
        return new HistoryFixture(d.equalsIgnoreCase("none") ? "" : raw(d), runCounty);
    }

    /** Adds the steps of a {@code ;}-separated notation. */
    HistoryFixture steps(String notation) {
        Matcher m = CYCLE_ATTR.matcher(notation);
        while (m.find()) {
            usedCycles.add(m.group(1));
        }
        for (String step : notation.split(";")) {
            if (!step.isBlank()) {
                step(step);
            }
        }
        return this;
    }

    /** The CNT_ORDER of the conviction marked {@code *}. */
    String target() {
        if (target == null) {
            throw new IllegalStateException("no step is marked * as the conviction to look at");
        }
        return target;
    }

    /** The CNT_ORDER of the court row of the n-th step (0-based); empty for steps without one. */
    String countOrderOfStep(int n) {
        return stepKeys.get(n);
    }

    List<HistoryRow> rows() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::cntOrder)); // DOJ orders a subject's rows by CNT_ORDER (stable)
        List<HistoryRow> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            out.add(new HistoryRow(1, i, i + 2L, r.cntOrder, r.cycleDate, r.stepDate, r.stepType, r.county, r.court,
                    r.dispositionDate, r.ofn, r.offense, r.toc, r.disposition, r.status, r.sentenceLocation,
                    r.sentenceLength, r.sentenceCode, r.comment));
        }
        return out;
    }

    SubjectInfo subject() {
        return new SubjectInfo(SUBJECT_ID, NAME, dobRaw, CII, "M");
    }

    PersonHistory build() {
        if (identity != org.reliefdesk.history.CourtIdentity.DOJ_SUBJECT) {
            SubjectInfo court = new SubjectInfo("COURT:court.csv:2", NAME, dobRaw, "", "M");
            return org.reliefdesk.link.CourtHistories.courtPerson(court,
                    org.reliefdesk.doj.DojDates.parse(dobRaw).orElse(null), identity, identity
                            == org.reliefdesk.history.CourtIdentity.AMBIGUOUS ? "subjects 101 and 102 (strength 2, "
                            + "name+DOB)" : "no subject shares two keys", courtCharges);
        }
        PersonHistory doj = HistoryBuilder.build(subject(), rows());
        if (courtCharges.isEmpty()) {
            return doj;
        }
        return org.reliefdesk.link.CourtHistories.merge(doj, courtCharges, c -> c.caseNumbers().stream()
                .map(org.reliefdesk.doj.IdentityKeys::caseNumber).toList()).history();
    }

    /** A row of the court's export for this person. */
    private String courtCharge(String level, String charge, String date, String caseNumber, String offense,
                               String county) {
        LocalDate d = org.reliefdesk.doj.DojDates.parse(date).orElse(null);
        LocalDate o = offense == null ? null : org.reliefdesk.doj.DojDates.parse(raw(offense)).orElse(null);
        org.reliefdesk.history.Level lv = switch (level) {
            case "F" -> org.reliefdesk.history.Level.FELONY;
            case "M" -> org.reliefdesk.history.Level.MISDEMEANOR;
            case "I" -> org.reliefdesk.history.Level.INFRACTION;
            default -> org.reliefdesk.history.Level.UNKNOWN;
        };
        long line = courtCharges.size() + 2L;
        org.reliefdesk.court.CourtRow row = new org.reliefdesk.court.CourtRow(courtCharges.size(), line, caseNumber,
                NAME, org.reliefdesk.doj.DojDates.parse(dobRaw).orElse(null), CII, "", "", "", charge,
                level.equals("?") ? "" : level, lv, "CONVICTED", true, d, o);
        courtCharges.add(new org.reliefdesk.link.CourtCharge(9, "court.csv", county, row));
        return "COURT:court.csv:" + line;
    }

    /** The marked conviction in a freshly built history, with the history, as a rule sees it. */
    RuleContext context(Policy policy, LocalDate computeAt) {
        PersonHistory h = build();
        Conviction c = h.convictions().stream().filter(x -> x.countOrder().equals(target())).findFirst()
                .orElseThrow();
        return new RuleContext(c, h, new RunSettings(EvaluationMode.DEFAULT, policy, runCounty, computeAt));
    }

    RuleContext context(Policy policy) {
        return context(policy, COMPUTE_AT);
    }

    private HistoryFixture step(String text) {
        if (text.strip().toUpperCase(Locale.ROOT).startsWith("IDENTITY=")) {
            identity = org.reliefdesk.history.CourtIdentity.valueOf(text.strip().substring(9).strip()
                    .toUpperCase(Locale.ROOT));
            stepKeys.add("");
            return this;
        }
        String[] parts = text.split("\\|");
        String head = parts[0].strip();
        boolean marked = head.startsWith("*");
        if (marked) {
            head = head.substring(1).strip();
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("attribute without '=': " + p + " in step " + text);
            }
            attrs.put(p.substring(0, eq).strip(), value(p.substring(eq + 1)));
        }
        int at = head.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("step without '@ date': " + text);
        }
        String date = raw(head.substring(at + 1).strip());
        String left = head.substring(0, at).strip();
        int space = left.indexOf(' ');
        String kind = space < 0 ? left : left.substring(0, space);
        String charge = space < 0 ? "" : left.substring(space + 1).strip();
        String key = switch (kind.toUpperCase(Locale.ROOT)) {
            case "F", "M", "I", "?" -> court(kind.toUpperCase(Locale.ROOT), charge, date, attrs, true);
            case "DISMISSED" -> court("?", charge, date, attrs, false);
            case "ARREST" -> arrest(charge, date, attrs);
            case "REGISTRATION" -> single("REGISTRATION", "290 PC-REGISTRATION OF SEX OFFENDER", date, attrs);
            case "DECEASED" -> single("DECEASED", "", date, attrs);
            case "COURT" -> {
                int sp = charge.indexOf(' ');
                yield courtCharge(charge.substring(0, sp).toUpperCase(Locale.ROOT), charge.substring(sp + 1).strip(),
                        date, "CT" + nextOfn++, attrs.get("offense"), attrs.getOrDefault("county", runCounty));
            }
            default -> throw new IllegalArgumentException("unknown step kind " + kind + " in " + text);
        };
        stepKeys.add(key);
        if (marked) {
            target = key;
        }
        return this;
    }

    private String court(String level, String charge, String date, Map<String, String> attrs, boolean convicted) {
        String cycle = cycle(attrs);
        int count = countsInCycle.merge(cycle, 1, Integer::sum);
        String offense = offenseDescr(charge);
        String county = attrs.getOrDefault("county", runCounty);
        String cycleDate = attrs.containsKey("offense") ? raw(attrs.get("offense")) : date;
        String status = attrs.getOrDefault("stat", switch (level) {
            case "F" -> "FELONY";
            case "M" -> "MISDEMEANOR";
            case "I" -> "INFRACTION";
            default -> "";
        });
        String toc = attrs.getOrDefault("toc", level.equals("?") ? "" : level);
        String dispo = attrs.getOrDefault("dispo", convicted ? "CONVICTED-JAIL" : "DISMISSED");
        String disp = attrs.containsKey("disp") ? raw(attrs.get("disp")) : date;
        String ofn = "CR" + nextOfn++;
        if (attrs.containsKey("court")) {
            courtCharge(attrs.get("court").toUpperCase(Locale.ROOT), charge, date, ofn,
                    attrs.get("offense"), county);
        }
        String arrestKey = cycle + "001" + "%06d".formatted(count);
        rows.add(new Row(arrestKey, cycleDate, cycleDate, "ARREST/DETAINED/CITED", county, county + " SO", "", "",
                offense, toc, "", "", "", "", "", ""));
        String key = cycle + "002" + "%06d".formatted(count);
        String comment = attrs.getOrDefault("comment", "");
        List<String[]> parts = sentenceParts(attrs.getOrDefault("sentence", ""));
        for (int i = 0; i < parts.size(); i++) {
            String[] part = parts.get(i);
            rows.add(new Row(key, cycleDate, date, "COURT ACTION", county, "CASC " + county, disp, ofn, offense, toc,
                    dispo, status, part[0].isEmpty() ? "" : "JAIL", part[0], part[1],
                    i == 0 ? comment : i == 1 ? attrs.getOrDefault("comment2", "") : ""));
        }
        return key;
    }

    private String arrest(String charge, String date, Map<String, String> attrs) {
        String cycle = cycle(attrs);
        int count = countsInCycle.merge(cycle, 1, Integer::sum);
        String county = attrs.getOrDefault("county", runCounty);
        rows.add(new Row(cycle + "001" + "%06d".formatted(count), date, date, "ARREST/DETAINED/CITED", county,
                county + " SO", "", "", offenseDescr(charge), "", "", "", "", "", "", ""));
        return "";
    }

    private String single(String stepType, String offense, String date, Map<String, String> attrs) {
        String cycle = cycle(attrs);
        int count = countsInCycle.merge(cycle, 1, Integer::sum);
        String county = attrs.getOrDefault("county", runCounty);
        rows.add(new Row(cycle + "001" + "%06d".formatted(count), date, date, stepType, county, "DOJ", "", "",
                offense, "", "", "", "", "", "", ""));
        return "";
    }

    private String cycle(Map<String, String> attrs) {
        if (attrs.containsKey("cycle")) {
            return attrs.get("cycle");
        }
        String c;
        do {
            c = "%03d".formatted(nextCycle++);
        } while (usedCycles.contains(c));
        usedCycles.add(c);
        return c;
    }

    /** {@code 1Y+6M} -> [[1, Y], [6, M]]; blank -> one row without a sentence. */
    private static List<String[]> sentenceParts(String sentence) {
        List<String[]> out = new ArrayList<>();
        if (sentence.isBlank()) {
            out.add(new String[] {"", ""});
            return out;
        }
        for (String p : sentence.split("\\+")) {
            Matcher m = SENTENCE_PART.matcher(p.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad sentence part " + p);
            }
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    /** OFFENSE_DESCR as DOJ writes it: {@code 11359 HS-POSS FOR SALE}. */
    private static String offenseDescr(String charge) {
        if (charge.length() >= 2 && charge.startsWith("'") && charge.endsWith("'")) {
            return charge.substring(1, charge.length() - 1);
        }
        if (charge.equalsIgnoreCase("SEE COMMENT")) {
            return HistoryBuilder.SEE_COMMENT;
        }
        if (charge.equalsIgnoreCase("blank")) {
            return "";
        }
        if (charge.contains("-")) {
            return charge;
        }
        int end = 0;
        while (end < charge.length() && Character.isDigit(charge.charAt(end))) {
            end++;
        }
        return charge + "-" + DESCRIPTIONS.getOrDefault(charge.substring(0, end), "CHARGE");
    }

    private static String value(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return text.substring(text.indexOf('\'') + 1, text.lastIndexOf('\''));
        }
        return t;
    }

    /** {@code 2012-03-04} -> {@code 20120304}; {@code blank} -> empty; a quoted or other value stays raw. */
    static String raw(String date) {
        String d = value(date);
        if (d.equalsIgnoreCase("blank")) {
            return "";
        }
        Matcher m = ISO_DATE.matcher(d);
        return m.matches() ? m.group(1) + m.group(2) + m.group(3) : d;
    }
}
