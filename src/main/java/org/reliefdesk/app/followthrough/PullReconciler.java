package org.reliefdesk.app.followthrough;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.IdentityKeys;
import org.reliefdesk.history.HistoryBuilder;
import org.reliefdesk.history.Level;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.PullRepository.NewConviction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares a later DOJ pull with the granted convictions, row by row as the file streams past (follow-through.md,
 * "A later DOJ pull"). A granted count is found by SUBJECT_ID + CNT_ORDER, else by CII (last 8) + case number + base
 * section + conviction date. Dismissed relief is confirmed when the count is found with no CONVICTED row left, or a
 * row of it carries a relief text, or the person is in the pull but the count is gone; reduced relief when the
 * count's level is now misdemeanor or infraction, or a row carries a relief text. Otherwise the person absent from
 * the pull gives ABSENT_FROM_PULL, present NOT_YET_IN_DOJ. Prop 64 convictions of the county the workspace did not
 * have are listed as new.
 *
 * <p>{@link #prepare} runs on the reader's worker threads (it only reads what the constructor built); {@link #row}
 * on the reading thread, in file order.
 */
public final class PullReconciler {
    /** A granted conviction to look for: its keys and the relief granted (DISMISS or REDUCE). */
    public record Candidate(int ref, String subjectId, String countOrder, String cii, List<String> caseNumbers,
                            String base, LocalDate date, Outcome relief) {
    }

    /** What the pull shows for one granted conviction, with how it was decided in words. */
    public record Finding(int ref, ConvictionStatus status, String detail) {
    }

    /**
     * The facts of one row that matter here, taken out on a worker thread: its keys with their hashes already
     * computed there (the candidate look-ups are made on the worker too), so the reading thread only gathers.
     *
     * @param primary the candidate whose SUBJECT_ID and CNT_ORDER the row has, or -1
     * @param alts    the candidates whose other key the row has, or null
     */
    private record PullRow(String county, String subjectId, boolean subjectCandidate, String cii,
                           boolean ciiCandidate, String countKey, int primary, List<Integer> alts, String alt,
                           boolean convicted, Level level, String reliefText, boolean newCandidate, String section,
                           String date, String caseNumber) {
    }

    /** The last subject a worker saw and what it found for it (rows of one person come together). */
    private static final class LastSubject {
        String subject = "";
        String cii = "";
        boolean subjectCandidate;
        boolean ciiCandidate;
    }

    /** What the rows of one count showed. */
    private static final class Evidence {
        boolean found;
        boolean convicted;
        String reliefText;
        Level convictionLevel;
        Level anyLevel;

        void add(PullRow r) {
            found = true;
            convicted |= r.convicted();
            if (reliefText == null && r.reliefText() != null) {
                reliefText = r.reliefText();
            }
            if (r.convicted() && convictionLevel == null && r.level() != Level.UNKNOWN) {
                convictionLevel = r.level();
            }
            if (anyLevel == null && r.level() != Level.UNKNOWN) {
                anyLevel = r.level();
            }
        }

        Level level() {
            return convictionLevel != null ? convictionLevel : anyLevel == null ? Level.UNKNOWN : anyLevel;
        }
    }

    private final List<Candidate> candidates;
    private final Map<String, Integer> byCount = new HashMap<>();
    private final Map<String, List<Integer>> byAlt = new HashMap<>();
    private final Set<String> subjects = new HashSet<>();
    private final Set<String> ciis = new HashSet<>();
    private final Set<String> knownCounts;
    private final Set<String> knownAlts;
    private final List<String> texts;
    private final String county;
    private final Evidence[] primary;
    private final Evidence[] alternative;
    private final Set<String> subjectsSeen = new HashSet<>();
    private final Set<String> ciisSeen = new HashSet<>();
    private final Map<String, NewConviction> found = new LinkedHashMap<>();
    private final Map<String, long[]> counties = new HashMap<>();
    private final Map<String, String> countyNames = new java.util.concurrent.ConcurrentHashMap<>();
    private String lastSeen = "";

    /**
     * @param knownCounts the workspace's convictions in scope as {@link #countKey} texts
     * @param knownAlts   the same as {@link #altKey} texts
     * @param texts       the relief texts (non-empty)
     * @param county      the workspace's county, as the DOJ file writes it
     */
    public PullReconciler(List<Candidate> candidates, Set<String> knownCounts, Set<String> knownAlts,
                          List<String> texts, String county) {
        this.candidates = List.copyOf(candidates);
        this.knownCounts = knownCounts;
        this.knownAlts = knownAlts;
        this.texts = ReliefTexts.forMatching(texts);
        this.county = county.strip().toUpperCase(Locale.ROOT);
        this.primary = new Evidence[candidates.size()];
        this.alternative = new Evidence[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            byCount.put(countKey(c.subjectId(), c.countOrder()), i);
            subjects.add(c.subjectId());
            if (!c.cii().isEmpty()) {
                ciis.add(c.cii());
                for (String caseNumber : c.caseNumbers()) {
                    byAlt.computeIfAbsent(altKey(c.cii(), caseNumber, c.base(), c.date()), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
    }

    /** The key of a count: subject and CNT_ORDER. */
    public static String countKey(String subjectId, String countOrder) {
        return subjectId + '\u001F' + countOrder;
    }

    /** The other key of a count: CII (last 8), case number, base section and conviction date, normalised. */
    public static String altKey(String cii, String caseNumber, String base, LocalDate date) {
        return IdentityKeys.cii(cii) + '\u001F' + IdentityKeys.caseNumber(caseNumber) + '\u001F' + base + '\u001F'
                + (date == null ? "" : date.toString());
    }

    /**
     * A row's facts when it can matter (a candidate's person, or a Prop 64 conviction of the county), else only its
     * county (one String per county, so the reading thread only counts it). Runs on the reader's worker threads.
     */
    public Object prepare(DojRecord r) {
        String rowCounty = countyOf(r.value(DojColumn.STP_ORI_CNTY_NAME));
        String subject = r.value(DojColumn.SUBJECT_ID);
        LastSubject last = lastSubject.get();
        if (!subject.equals(last.subject)) {
            last.subject = subject;
            last.cii = IdentityKeys.cii(r.value(DojColumn.CII_NUMBER));
            last.subjectCandidate = subjects.contains(subject);
            last.ciiCandidate = !last.cii.isEmpty() && ciis.contains(last.cii);
        }
        subject = last.subject;
        String cii = last.cii;
        boolean convicted = startsWith(r, DojColumn.DISP_DESCR, "CONVICTED");
        CodeSection section = null;
        boolean newCandidate = false;
        if (convicted && county.equals(rowCounty)) {
            section = CodeSection.fromCharge(charge(r)).orElse(null);
            newCandidate = section != null && section.isProp64();
        }
        if (!last.subjectCandidate && !last.ciiCandidate && !newCandidate) {
            return rowCounty;
        }
        String countKey = countKey(subject, r.value(DojColumn.CNT_ORDER));
        Integer primary = byCount.get(countKey);
        String caseNumber = r.value(DojColumn.OFN);
        LocalDate date = null;
        String alt = null;
        List<Integer> alts = null;
        if (!cii.isEmpty() && (last.ciiCandidate || newCandidate)) {
            if (section == null) {
                section = CodeSection.fromCharge(charge(r)).orElse(null);
            }
            date = DojDates.parse(r.value(DojColumn.STP_EVENT_DATE))
                    .or(() -> DojDates.parse(r.value(DojColumn.DISP_DATE))).orElse(null);
            alt = altKey(cii, caseNumber, section == null ? "" : section.base(), date);
            alts = byAlt.get(alt);
        }
        boolean counts = primary != null || alts != null;
        if (newCandidate && date == null) {
            date = DojDates.parse(r.value(DojColumn.STP_EVENT_DATE))
                    .or(() -> DojDates.parse(r.value(DojColumn.DISP_DATE))).orElse(null);
        }
        return new PullRow(rowCounty, subject, last.subjectCandidate, cii, last.ciiCandidate, countKey,
                primary == null ? -1 : primary, alts, alt, convicted,
                counts || newCandidate ? Level.of(r.value(DojColumn.CONV_STAT_DESCR), r.value(DojColumn.OFFENSE_TOC))
                        : Level.UNKNOWN, counts ? reliefText(r) : null, newCandidate,
                section == null ? "" : section.display(), date == null ? "" : date.toString(), caseNumber);
    }

    private final ThreadLocal<LastSubject> lastSubject = ThreadLocal.withInitial(LastSubject::new);

    /** True when the field, past its leading spaces, starts with {@code prefix} (upper case), whatever its case. */
    private static boolean startsWith(DojRecord r, DojColumn column, String prefix) {
        char[] chars = r.chars();
        int i = r.start(column.index());
        int end = r.end(column.index());
        while (i < end && Character.isWhitespace(chars[i])) {
            i++;
        }
        if (end - i < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toUpperCase(chars[i + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The county as compared (trimmed, upper case), the same String for every row of a county. */
    private String countyOf(String value) {
        String known = countyNames.get(value);
        if (known != null) {
            return known;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return countyNames.size() < 500 ? countyNames.computeIfAbsent(value, k -> upper) : upper;
    }

    private static String charge(DojRecord r) {
        String offense = r.value(DojColumn.OFFENSE_DESCR);
        return offense.isEmpty() || offense.toUpperCase(Locale.ROOT).startsWith(HistoryBuilder.SEE_COMMENT)
                ? r.value(DojColumn.COMMENT_TEXT) : offense;
    }

    private String reliefText(DojRecord r) {
        String all = (r.value(DojColumn.DISP_DESCR) + '\n' + r.value(DojColumn.OFFENSE_DESCR) + '\n'
                + r.value(DojColumn.COMMENT_TEXT)).toUpperCase(Locale.ROOT);
        for (String t : texts) {
            if (all.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** Takes one accepted row of the pull, in file order, with what {@link #prepare} made of it. */
    public void row(DojRecord r, Object prepared) {
        if (prepared instanceof String c) {
            count(c);
            return;
        }
        PullRow p = (PullRow) prepared;
        count(p.county());
        if (p.subjectCandidate() && !p.subjectId().equals(lastSeen)) {
            subjectsSeen.add(p.subjectId());
            lastSeen = p.subjectId();
        }
        if (p.ciiCandidate()) {
            ciisSeen.add(p.cii());
        }
        if (p.primary() >= 0) {
            evidence(primary, p.primary()).add(p);
        }
        if (p.alts() != null) {
            for (int k : p.alts()) {
                evidence(alternative, k).add(p);
            }
        }
        if (p.newCandidate() && !knownCounts.contains(p.countKey()) && (p.alt() == null
                || !knownAlts.contains(p.alt())) && !found.containsKey(p.countKey())) {
            found.put(p.countKey(), new NewConviction(r.line(), p.subjectId(), r.value(DojColumn.CNT_ORDER),
                    p.section(), p.level().name(), p.date(), p.caseNumber()));
        }
    }

    private void count(String c) {
        long[] n = counties.get(c);
        if (n == null && counties.size() < 500) {
            counties.put(c, n = new long[1]);
        }
        if (n != null) {
            n[0]++;
        }
    }

    private static Evidence evidence(Evidence[] all, int i) {
        if (all[i] == null) {
            all[i] = new Evidence();
        }
        return all[i];
    }

    /** What the pull shows for each candidate, in the candidates' order (call once the file is read). */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Evidence e = primary[i] != null ? primary[i] : alternative[i];
            String how = primary[i] != null ? "count found" : alternative[i] != null ? "count found by CII, case, "
                    + "section and date" : null;
            boolean present = subjectsSeen.contains(c.subjectId()) || !c.cii().isEmpty() && ciisSeen.contains(c.cii());
            out.add(finding(c, e, how, present));
        }
        return out;
    }

    private static Finding finding(Candidate c, Evidence e, String how, boolean present) {
        if (c.relief() == Outcome.DISMISS) {
            if (e != null && !e.convicted) {
                return new Finding(c.ref(), ConvictionStatus.CONFIRMED, how + ": no CONVICTED row left");
            }
            if (e != null && e.reliefText != null) {
                return new Finding(c.ref(), ConvictionStatus.CONFIRMED, how + ": relief text \"" + e.reliefText + "\"");
            }
            if (e == null && present) {
                return new Finding(c.ref(), ConvictionStatus.CONFIRMED, "count gone, person still in the pull");
            }
        } else {
            if (e != null && (e.level() == Level.MISDEMEANOR || e.level() == Level.INFRACTION)) {
                return new Finding(c.ref(), ConvictionStatus.CONFIRMED, how + ": level now " + e.level().word());
            }
            if (e != null && e.reliefText != null) {
                return new Finding(c.ref(), ConvictionStatus.CONFIRMED, how + ": relief text \"" + e.reliefText + "\"");
            }
        }
        if (!present) {
            return new Finding(c.ref(), ConvictionStatus.ABSENT_FROM_PULL, "person in no row of the pull");
        }
        return new Finding(c.ref(), ConvictionStatus.NOT_YET_IN_DOJ, e == null ? "count gone, relief not shown"
                : how + ": unchanged");
    }

    /** Prop 64 convictions of the county the workspace did not have, one per count, in file order. */
    public List<NewConviction> newConvictions() {
        return List.copyOf(found.values());
    }

    /** The county most rows of the pull name (as written, trimmed and upper-cased), or empty. */
    public String mostCommonCounty() {
        return counties.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Long.compare(a[0], b[0])))
                .map(Map.Entry::getKey).orElse("");
    }
}
