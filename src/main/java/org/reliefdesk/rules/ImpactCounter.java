package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Level;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Adds up a run's {@link PersonEvaluation}s into its {@link ImpactSummary}, one person at a time. */
public final class ImpactCounter {
    private final RunSettings settings;
    private LocalDate earliest;
    private int subjects;
    private int subjectsWithProp64;
    private int subjectsWithRelief;
    private final int[] now = new int[3];
    private final int[] ifAll = new int[3];
    private final Map<String, Integer> bySection = new TreeMap<>();
    private final Map<String, Integer> byLevel = new TreeMap<>();
    private int felonies;
    private int nonFelonies;
    private int infractions;
    private int unknownLevel;
    private final Map<String, Integer> byOutcome = new TreeMap<>();
    private final Map<String, Integer> byReason = new TreeMap<>();
    private final Map<String, Integer> dismissedBySection = new TreeMap<>();
    private final Map<String, Integer> reducedBySection = new TreeMap<>();
    private final Map<String, Integer> dismissByPolicy = new TreeMap<>();
    private final Map<String, Integer> reduceByPolicy = new TreeMap<>();
    private final Map<String, Integer> byRelief = new TreeMap<>();
    private final Map<String, Integer> flags = new TreeMap<>();
    private int related;
    private int otherProp64;

    public ImpactCounter(RunSettings settings) {
        this.settings = settings;
        settings.policy().dismiss().forEach(s -> dismissByPolicy.put(s, 0));
        settings.policy().reduce().forEach(s -> reduceByPolicy.put(s, 0));
    }

    public void add(PersonEvaluation e) {
        subjects++;
        count(now, e.relief());
        count(ifAll, e.reliefIfAllDismissed());
        boolean anyProp64 = false;
        boolean anyRelief = false;
        boolean gogen = settings.mode() == EvaluationMode.GOGEN;
        for (Decision d : e.decisions()) {
            Conviction c = d.conviction();
            add(byOutcome, d.outcome().name());
            add(byReason, d.reason().name());
            d.flags().forEach(f -> add(flags, f.name()));
            if (d.flags().contains(Flag.POSSIBLE_OTHER_PROP64_IN_COMMENT)) {
                otherProp64++;
            }
            if (d.outcome() == Outcome.DISMISS || d.outcome() == Outcome.REDUCE) {
                anyRelief = true;
            }
            if (d.reason() == ReasonCode.RELATED_CHARGE || d.reason() == ReasonCode.RELATED_CHARGE_REVIEW) {
                related++;
                continue;
            }
            anyProp64 = true;
            String section = gogen ? GogenMatchers.extractProp64(GogenEvaluator.codeSectionOf(c)) : sectionKey(c);
            add(bySection, section);
            add(byLevel, c.level().word());
            if (c.level() == Level.FELONY) {
                felonies++;
            } else {
                nonFelonies++;
            }
            if (c.level() == Level.INFRACTION) {
                infractions++;
            }
            if (c.level() == Level.UNKNOWN) {
                unknownLevel++;
            }
            if (c.date() != null && (earliest == null || c.date().isBefore(earliest))) {
                earliest = c.date();
            }
            if (d.outcome() == Outcome.DISMISS) {
                add(dismissedBySection, section);
            } else if (d.outcome() == Outcome.REDUCE) {
                add(reducedBySection, section);
            }
            policyCounts(d, section);
        }
        if (anyProp64) {
            subjectsWithProp64++;
        }
        if (anyRelief) {
            subjectsWithRelief++;
        }
    }

    private void policyCounts(Decision d, String section) {
        switch (d.reason()) {
            case POLICY_DISMISS_SECTION -> {
                String entry = settings.mode() == EvaluationMode.GOGEN ? listEntryOf(d.reasonText()) : section;
                dismissByPolicy.merge(entry, 1, Integer::sum);
            }
            case POLICY_REDUCE_SECTION -> {
                String entry = settings.mode() == EvaluationMode.GOGEN ? listEntryOf(d.reasonText()) : section;
                reduceByPolicy.merge(entry, 1, Integer::sum);
            }
            case UNDER_21_AT_CONVICTION, AGE_THRESHOLD, YEARS_SINCE_CONVICTION, YEARS_CRIME_FREE, ONLY_PROP64,
                 DECEASED -> add(byRelief, GogenTexts.reason(d.reason(), settings.policy()));
            default -> {
            }
        }
    }

    /** "Dismiss all HS 11357 convictions" -> "11357". */
    private static String listEntryOf(String reasonText) {
        String[] words = reasonText.split(" ");
        return words.length > 3 ? words[3] : reasonText;
    }

    private static String sectionKey(Conviction c) {
        return c.hasSection() ? c.base() : "unreadable";
    }

    private static void count(int[] counts, Relief r) {
        counts[0] += r.noFelony() ? 1 : 0;
        counts[1] += r.noConviction() ? 1 : 0;
        counts[2] += r.noConvictionLast7Years() ? 1 : 0;
    }

    private static void add(Map<String, Integer> map, String key) {
        map.merge(key, 1, Integer::sum);
    }

    public ImpactSummary result() {
        return new ImpactSummary(settings.county(), settings.computeAt(), settings.mode().id(), earliest, subjects,
                subjectsWithProp64, subjectsWithRelief,
                new ImpactSummary.ReliefCounts(now[0], now[1], now[2]),
                new ImpactSummary.ReliefCounts(ifAll[0], ifAll[1], ifAll[2]),
                Map.copyOf(bySection), Map.copyOf(byLevel), felonies, nonFelonies, infractions, unknownLevel,
                Map.copyOf(byOutcome), Map.copyOf(byReason), Map.copyOf(dismissedBySection),
                Map.copyOf(reducedBySection), Map.copyOf(dismissByPolicy), Map.copyOf(reduceByPolicy),
                Map.copyOf(byRelief), Map.copyOf(flags), related, otherProp64);
    }
}
