package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.PersonHistory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * gogen mode (rules.md, "gogen-compatible mode"): reproduces Code for America's gogen 0.2.13 on one input file,
 * quirks included: raw field values compared exactly, in scope when the county matches exactly and the section
 * merely contains 11357-11360, conviction date from STP_EVENT_DATE only (an invalid date is 0001-01-01, as Go's
 * zero time), Go's calendar arithmetic. Its one deliberate difference: everything is computed as of the
 * compute-at date, never today.
 */
final class GogenEvaluator implements Evaluator {
    /** Go's zero time, which gogen uses for every missing or invalid date. */
    static final LocalDate ZERO = LocalDate.of(1, 1, 1);

    private final RunSettings settings;

    GogenEvaluator(RunSettings settings) {
        this.settings = settings;
    }

    /** A conviction as gogen sees it: the first convicted row of a CNT_ORDER. */
    private record GogenConviction(HistoryRow row, String codeSection, LocalDate date, boolean felony) {
    }

    @Override
    public PersonEvaluation evaluate(PersonHistory history) {
        List<GogenConviction> convictions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> caseNumbers = new HashMap<>();
        boolean deceased = false;
        boolean registration = false;
        for (HistoryRow r : history.rows()) {
            boolean convicted = r.disposition().startsWith("CONVICTED");
            if (r.stepType().equals("DECEASED")) {
                deceased = true;
            }
            if (r.stepType().equals("COURT ACTION") && !r.ofn().isEmpty() && r.cntOrder().length() >= 6) {
                List<String> list = caseNumbers.computeIfAbsent(r.cntOrder().substring(0, 6), k -> new ArrayList<>());
                if (!list.contains(r.ofn())) {
                    list.add(r.ofn());
                }
            }
            if (r.stepType().equals("REGISTRATION") && r.offense().startsWith("290")) {
                registration = true;
            }
            if (convicted && seen.add(r.cntOrder())) {
                boolean felony = r.convictionStatus().equals("FELONY")
                        || (r.convictionStatus().isEmpty() && r.offenseToc().equals("F"));
                convictions.add(new GogenConviction(r, codeSection(r), parseDate(r.stepDate()), felony));
            }
        }
        LocalDate dob = history.rows().isEmpty() ? ZERO : parseDate(dobRaw(history));
        SubjectReport report = report(convictions, registration, deceased);
        Map<RowKey, Conviction> byRow = new LinkedHashMap<>();
        for (Conviction c : history.convictions()) {
            byRow.put(new RowKey(c.batch(), c.rowIndex()), c);
        }
        List<Decision> decisions = new ArrayList<>();
        for (GogenConviction g : convictions) {
            if (!g.row().county().equals(settings.county()) || !GogenMatchers.isProp64(g.codeSection())) {
                continue;
            }
            Conviction base = byRow.get(new RowKey(g.row().batch(), g.row().rowIndex()));
            if (base == null) {
                continue; // a padded duplicate CNT_ORDER only gogen tells apart; nothing to attach a decision to
            }
            List<String> cases = g.row().cntOrder().length() >= 6
                    ? caseNumbers.getOrDefault(g.row().cntOrder().substring(0, 6), List.of()) : List.of();
            Conviction view = new Conviction(base.subjectId(), base.countOrder(), base.batch(), base.rowIndex(),
                    base.line(), base.rowCount(), g.date(), g.row().stepDate(), "STP_EVENT_DATE", g.date(),
                    "STP_EVENT_DATE", chargeSource(g.row()), base.chargeFromComment(), base.section(),
                    g.felony() ? Level.FELONY : base.level() == Level.FELONY ? Level.UNKNOWN : base.level(),
                    base.levelSource(), g.row().county(), base.court(), List.copyOf(cases), base.sentence(),
                    base.comments(), base.disposition());
            decisions.add(decide(view, g, dob, convictions, report));
        }
        return new PersonEvaluation(history, report, decisions, relief(convictions, decisions, false),
                relief(convictions, decisions, true));
    }

    private Relief relief(List<GogenConviction> convictions, List<Decision> decisions, boolean dismissAll) {
        Map<RowKey, Outcome> outcomes = new HashMap<>();
        for (Decision d : decisions) {
            outcomes.put(new RowKey(d.conviction().batch(), d.conviction().rowIndex()), dismissAll ? Outcome.DISMISS
                    : d.reason() == ReasonCode.NO_DETERMINATION ? null : d.outcome());
        }
        List<Relief.Item> items = new ArrayList<>();
        for (GogenConviction g : convictions) {
            RowKey key = new RowKey(g.row().batch(), g.row().rowIndex());
            items.add(new Relief.Item(g.felony(), g.date(), outcomes.get(key)));
        }
        return Relief.of(items, settings.computeAt());
    }

    private Decision decide(Conviction c, GogenConviction g, LocalDate dob, List<GogenConviction> all,
                            SubjectReport report) {
        Policy p = settings.policy();
        LocalDate t = settings.computeAt();
        List<TrailEntry> trail = new ArrayList<>();
        String cs = g.codeSection();
        if (!g.felony()) {
            return decided(c, trail, ReasonCode.MISDEMEANOR_OR_INFRACTION, "Misdemeanor or Infraction",
                    "not a felony (CONV_STAT_DESCR \"" + g.row().convictionStatus() + "\", OFFENSE_TOC \""
                            + g.row().offenseToc() + "\")");
        }
        trail.add(new TrailEntry(ReasonCode.MISDEMEANOR_OR_INFRACTION, RuleResult.PASSED, "felony"));
        String dismissHit = listHit(p.dismiss(), cs);
        if (dismissHit != null) {
            return decided(c, trail, ReasonCode.POLICY_DISMISS_SECTION, "Dismiss all HS " + dismissHit + " convictions",
                    "section \"" + cs.strip() + "\" contains " + dismissHit + ", on the dismiss list");
        }
        trail.add(listEntry(ReasonCode.POLICY_DISMISS_SECTION, p.dismiss(), cs));
        if (p.under21AtConviction()) {
            LocalDate turns21 = addYears(dob, 21);
            String facts = "turned 21 on " + turns21 + "; convicted " + g.date();
            if (turns21.isAfter(g.date())) {
                return decided(c, trail, ReasonCode.UNDER_21_AT_CONVICTION, "21 years or younger", facts);
            }
            trail.add(new TrailEntry(ReasonCode.UNDER_21_AT_CONVICTION, RuleResult.PASSED, facts));
        } else {
            trail.add(off(ReasonCode.UNDER_21_AT_CONVICTION));
        }
        if (p.ageThreshold() != 0) {
            LocalDate reaches = addYears(dob, p.ageThreshold());
            String facts = "turns " + p.ageThreshold() + " on " + reaches + "; compute-at " + t;
            if (!reaches.isAfter(t)) {
                return decided(c, trail, ReasonCode.AGE_THRESHOLD, p.ageThreshold() + " years or older", facts);
            }
            trail.add(new TrailEntry(ReasonCode.AGE_THRESHOLD, RuleResult.PASSED, facts));
        } else {
            trail.add(off(ReasonCode.AGE_THRESHOLD));
        }
        if (p.yearsSinceConviction() != 0) {
            LocalDate cutoff = addYears(t, -p.yearsSinceConviction());
            String facts = "convicted " + g.date() + "; cutoff " + cutoff;
            if (!g.date().isAfter(cutoff)) {
                return decided(c, trail, ReasonCode.YEARS_SINCE_CONVICTION,
                        "Conviction occurred " + p.yearsSinceConviction() + " or more years ago", facts);
            }
            trail.add(new TrailEntry(ReasonCode.YEARS_SINCE_CONVICTION, RuleResult.PASSED, facts));
        } else {
            trail.add(off(ReasonCode.YEARS_SINCE_CONVICTION));
        }
        if (p.yearsCrimeFree() != 0) {
            LocalDate latest = report.latestConviction() == null ? ZERO : report.latestConviction();
            LocalDate cutoff = addYears(t, -p.yearsCrimeFree());
            String facts = "latest conviction " + latest + "; cutoff " + cutoff;
            if (latest.isBefore(cutoff)) {
                return decided(c, trail, ReasonCode.YEARS_CRIME_FREE,
                        "No convictions in the past " + p.yearsCrimeFree() + " years", facts);
            }
            trail.add(new TrailEntry(ReasonCode.YEARS_CRIME_FREE, RuleResult.PASSED, facts));
        } else {
            trail.add(off(ReasonCode.YEARS_CRIME_FREE));
        }
        if (p.onlyProp64()) {
            String facts = report.prop64Total() + " of " + all.size() + " conviction(s) are Prop 64";
            if (all.size() == report.prop64Total()) {
                return decided(c, trail, ReasonCode.ONLY_PROP64, "Only has 11357-60 charges", facts);
            }
            trail.add(new TrailEntry(ReasonCode.ONLY_PROP64, RuleResult.PASSED, facts));
        } else {
            trail.add(off(ReasonCode.ONLY_PROP64));
        }
        if (p.deceased()) {
            if (report.deceased()) {
                return decided(c, trail, ReasonCode.DECEASED, "Individual is deceased", "a DECEASED step exists");
            }
            trail.add(new TrailEntry(ReasonCode.DECEASED, RuleResult.PASSED, "no DECEASED step"));
        } else {
            trail.add(off(ReasonCode.DECEASED));
        }
        String reduceHit = listHit(p.reduce(), cs);
        if (reduceHit != null) {
            return decided(c, trail, ReasonCode.POLICY_REDUCE_SECTION, "Reduce all HS " + reduceHit + " convictions",
                    "section \"" + cs.strip() + "\" contains " + reduceHit + ", on the reduce list");
        }
        trail.add(listEntry(ReasonCode.POLICY_REDUCE_SECTION, p.reduce(), cs));
        return decided(c, trail, ReasonCode.NO_DETERMINATION, "", "no gogen rule applied");
    }

    private Decision decided(Conviction c, List<TrailEntry> trail, ReasonCode reason, String gogenText,
                             String facts) {
        TrailEntry entry = new TrailEntry(reason, RuleResult.APPLIED, facts);
        trail.add(entry);
        String explanation = reason == ReasonCode.MISDEMEANOR_OR_INFRACTION ? Explanations.gogenNotFelony(c)
                : Explanations.of(c, reason, entry, settings.policy(), settings.computeAt(), Set.of());
        return new Decision(c, reason.outcome(), reason, gogenText, Set.of(), trail, explanation);
    }

    /** A row of the person's history: row positions count from 0 in each imported file. */
    private record RowKey(int batch, long rowIndex) {
    }

    private static TrailEntry off(ReasonCode code) {
        return new TrailEntry(code, RuleResult.NOT_APPLICABLE, "option off");
    }

    private static TrailEntry listEntry(ReasonCode code, List<String> list, String cs) {
        return list.isEmpty() ? new TrailEntry(code, RuleResult.NOT_APPLICABLE, "list empty")
                : new TrailEntry(code, RuleResult.PASSED, "section \"" + cs.strip() + "\" contains none of " + list);
    }

    /** The first list entry whose pattern occurs in the section, scanning the list in its order. */
    private static String listHit(List<String> list, String codeSection) {
        for (String entry : list) {
            var pattern = GogenMatchers.BY_SECTION.get(entry);
            if (pattern != null && pattern.matcher(codeSection).find()) {
                return entry;
            }
        }
        return null;
    }

    private static SubjectReport report(List<GogenConviction> convictions, boolean registration, boolean deceased) {
        List<String> superstrikes = new ArrayList<>();
        List<String> pc290 = new ArrayList<>();
        int[] bySection = new int[4];
        LocalDate latest = ZERO;
        for (GogenConviction g : convictions) {
            if (GogenMatchers.any(GogenMatchers.SUPERSTRIKE, g.codeSection())) {
                superstrikes.add(g.codeSection());
            }
            if (GogenMatchers.any(GogenMatchers.PC290, g.codeSection())) {
                pc290.add(g.codeSection());
            }
            String s = GogenMatchers.extractProp64(g.codeSection());
            if (!s.isEmpty()) {
                bySection[Integer.parseInt(s) - 11357]++;
            }
            if (g.date().isAfter(latest)) {
                latest = g.date();
            }
        }
        return new SubjectReport(convictions.size(), superstrikes, pc290, registration, deceased, latest,
                List.of(bySection[0], bySection[1], bySection[2], bySection[3]));
    }

    /** gogen's charge source: raw OFFENSE_DESCR, or COMMENT_TEXT when it is blank or says to see it. */
    static String chargeSource(HistoryRow r) {
        String od = r.offense();
        String trimmed = od.strip();
        return trimmed.isEmpty() || trimmed.equals("SEE COMMENT FOR CHARGE") ? r.comment() : od;
    }

    /** gogen's code section: the charge source up to the first '-'. */
    static String codeSection(HistoryRow r) {
        return upToDash(chargeSource(r));
    }

    /** The code section of a conviction decided in gogen mode (its charge is gogen's raw source). */
    static String codeSectionOf(Conviction c) {
        return upToDash(c.charge());
    }

    private static String upToDash(String source) {
        int dash = source.indexOf('-');
        return dash >= 0 ? source.substring(0, dash) : source;
    }

    private static String dobRaw(PersonHistory history) {
        return history.subject().dob();
    }

    /** Go's {@code time.Parse("20060102", s)}: exactly eight digits of a real date, else the zero time. */
    static LocalDate parseDate(String s) {
        if (s.length() != 8) {
            return ZERO;
        }
        for (int i = 0; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return ZERO;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            return ZERO;
        }
    }

    /** Go's {@code AddDate(n, 0, 0)}: a 29 February that does not exist rolls over to 1 March. */
    static LocalDate addYears(LocalDate d, int years) {
        return LocalDate.of(d.getYear() + years, d.getMonth(), 1).plusDays(d.getDayOfMonth() - 1L);
    }
}
