package org.reliefdesk.history;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.DojText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a subject's rows into a {@link PersonHistory} exactly as doj-format.md describes: one conviction per
 * count, sentence parts added, charges from {@code COMMENT_TEXT} when the offense says to see it, level
 * fallback, PC 290 registrations, deceased, case numbers per court step. Values are cleaned of padding and
 * {@code NULL}.
 *
 * <p>When the same subject arrives in several files, a count (CNT_ORDER) present in more than one file is
 * taken from the first file only, so a history delivered twice is not counted twice.
 */
public final class HistoryBuilder {
    /** The placeholder DOJ writes in OFFENSE_DESCR when the charge is in COMMENT_TEXT. */
    public static final String SEE_COMMENT = "SEE COMMENT FOR CHARGE";

    private HistoryBuilder() {
    }

    public static PersonHistory build(SubjectInfo subject, List<HistoryRow> rowsInFileOrder) {
        List<HistoryRow> rows = dropCountsRepeatedAcrossBatches(rowsInFileOrder);
        // Loop bodies are methods of their own: the JIT then compiles each once instead of compiling this method
        // again for every loop in it (docs/decisions/0006-performance.md).
        Collected k = new Collected();
        for (HistoryRow r : rows) {
            k.add(r);
        }
        List<Conviction> convictions = new ArrayList<>();
        for (List<HistoryRow> countRows : k.counts.values()) {
            HistoryRow first = firstConvictionRow(countRows);
            if (first != null) {
                convictions.add(conviction(subject.subjectId(), first, countRows, k.courtCaseNumbers));
            }
        }
        LocalDate dob = DojDates.parse(subject.dob()).orElse(null);
        return new PersonHistory(subject, dob, List.copyOf(rows), List.copyOf(convictions),
                List.copyOf(k.registrations), k.deceased);
    }

    /** What one pass over a person's rows gathers: rows per count, case numbers per court step, and the rest. */
    private static final class Collected {
        final Map<String, List<HistoryRow>> counts = new LinkedHashMap<>();
        final Map<String, Set<String>> courtCaseNumbers = new HashMap<>();
        final List<Registration> registrations = new ArrayList<>();
        boolean deceased;

        void add(HistoryRow r) {
            counts.computeIfAbsent(groupKey(r), key -> new ArrayList<>()).add(r);
            String kind = r.stepKind();
            String ofn = DojText.clean(r.ofn());
            if (kind.equals("COURT ACTION") && !ofn.isEmpty() && !r.step().isEmpty()) {
                courtCaseNumbers.computeIfAbsent(r.step(), key -> new LinkedHashSet<>()).add(ofn);
            }
            if (kind.equals("DECEASED")) {
                deceased = true;
            }
            if (kind.startsWith("REGISTRATION") && DojText.clean(r.offense()).startsWith("290")) {
                registrations.add(new Registration(DojDates.parse(r.stepDate()).orElse(null),
                        DojText.clean(r.stepDate()), r.line()));
            }
        }
    }

    /** The count's first row that records a conviction, or null when the count has none. */
    private static HistoryRow firstConvictionRow(List<HistoryRow> countRows) {
        for (HistoryRow r : countRows) {
            if (r.isConviction()) {
                return r;
            }
        }
        return null;
    }

    /** The charge text of a row: OFFENSE_DESCR, or COMMENT_TEXT when the offense is blank or says to see it. */
    public static String charge(HistoryRow r) {
        String offense = DojText.clean(r.offense());
        return chargeFromComment(r) ? DojText.clean(r.comment()) : offense;
    }

    /** True when the row's charge is in COMMENT_TEXT (doj-format.md, "Charge"). */
    public static boolean chargeFromComment(HistoryRow r) {
        String offense = DojText.clean(r.offense());
        return offense.isEmpty() || offense.toUpperCase(Locale.ROOT).startsWith(SEE_COMMENT);
    }

    private static Conviction conviction(String subjectId, HistoryRow primary, List<HistoryRow> countRows,
                                         Map<String, Set<String>> courtCaseNumbers) {
        LocalDate date = DojDates.parse(primary.stepDate()).orElse(null);
        String dateRaw = DojText.clean(primary.stepDate());
        String dateSource = "STP_EVENT_DATE";
        if (date == null) {
            LocalDate disp = DojDates.parse(primary.dispositionDate()).orElse(null);
            if (disp != null) {
                date = disp;
                dateRaw = DojText.clean(primary.dispositionDate());
                dateSource = "DISP_DATE";
            } else {
                dateSource = "none";
            }
        }
        LocalDate cycleDate = DojDates.parse(primary.cycleDate()).orElse(null);
        LocalDate offenseDate = cycleDate != null ? cycleDate : date;
        String offenseDateSource = cycleDate != null ? "CYC_DATE" : dateSource;

        boolean fromComment = chargeFromComment(primary);
        String charge = charge(primary);
        CodeSection section = CodeSection.fromCharge(charge).orElse(null);

        String status = DojText.clean(primary.convictionStatus());
        String toc = DojText.clean(primary.offenseToc());
        Level level = Level.of(status, toc);
        String levelSource = !status.isEmpty() ? "CONV_STAT_DESCR" : !toc.isEmpty() ? "OFFENSE_TOC" : "none";

        Sentence sentence = Sentence.NONE;
        List<String> comments = new ArrayList<>();
        for (HistoryRow r : countRows) {
            sentence = sentence.plus(DojText.clean(r.sentenceLength()), DojText.clean(r.sentenceTimeCode()),
                    DojText.clean(r.sentenceLocation()));
            String comment = DojText.clean(r.comment());
            if (!comment.isEmpty() && !comments.contains(comment)) {
                comments.add(comment);
            }
        }
        List<String> caseNumbers = List.copyOf(courtCaseNumbers.getOrDefault(primary.step(), Set.of()));
        return new Conviction(subjectId, primary.countKey(), primary.batch(), primary.rowIndex(), primary.line(),
                countRows.size(), date, dateRaw, dateSource, offenseDate, offenseDateSource, charge, fromComment, section, level,
                levelSource, DojText.clean(primary.county()), DojText.clean(primary.court()), caseNumbers, sentence,
                List.copyOf(comments), DojText.clean(primary.disposition()));
    }

    /** Rows with a blank CNT_ORDER cannot be grouped: each is its own count. */
    private static String groupKey(HistoryRow r) {
        String key = r.countKey();
        return key.isEmpty() ? "#" + r.batch() + ":" + r.rowIndex() : key;
    }

    private static List<HistoryRow> dropCountsRepeatedAcrossBatches(List<HistoryRow> rows) {
        boolean oneBatch = true;
        for (HistoryRow r : rows) {
            if (r.batch() != rows.get(0).batch()) {
                oneBatch = false;
                break;
            }
        }
        if (oneBatch) {
            return rows;
        }
        Map<String, Integer> batchOfCount = new HashMap<>();
        List<HistoryRow> kept = new ArrayList<>(rows.size());
        for (HistoryRow r : rows) {
            Integer owner = batchOfCount.putIfAbsent(groupKey(r), r.batch());
            if (owner == null || owner == r.batch()) {
                kept.add(r);
            }
        }
        return kept;
    }
}
