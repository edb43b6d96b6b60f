package org.reliefdesk.app.followthrough;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.history.Level;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.Relief;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.ListedConvictionRepository;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts progress for a run (follow-through.md, "Progress"): each in-scope conviction's stage from its status, the
 * funnel by court, filing and section, the medians, and the headline figures computed twice over each person's whole
 * record: with the relief projected (the effective outcomes) and with the relief DOJ's record confirms.
 */
public final class ProgressService {
    private final StatusService statuses;

    ProgressService(StatusService statuses) {
        this.statuses = statuses;
    }

    /** One in-scope conviction: its effective outcome and its status. */
    private record Item(String countOrder, boolean felony, LocalDate date, Outcome outcome, StatusLine status) {
    }

    ProgressReport report(Workspace workspace, RunRepository.Run run) {
        return report(workspace, run, statuses.all(workspace));
    }

    /** The same with every conviction's status already read ({@code all}, by reference). */
    ProgressReport report(Workspace workspace, RunRepository.Run run, Map<Integer, StatusLine> all) {
        Map<String, ProgressReport.Funnel> byCourt = new TreeMap<>();
        Map<String, ProgressReport.Funnel> byFiling = new TreeMap<>();
        Map<String, ProgressReport.Funnel> bySection = new TreeMap<>();
        ProgressReport.Funnel[] total = {new ProgressReport.Funnel(0, 0, 0, 0, 0)};
        List<Long> toOrder = new ArrayList<>();
        List<Long> toConfirm = new ArrayList<>();
        Map<String, List<Item>> people = new HashMap<>();
        Map<ConvictionStatus, Integer> byStatus = new java.util.EnumMap<>(ConvictionStatus.class);
        // every person's whole record, for the headline figures, is read on a second connection meanwhile
        List<ListedConvictionRepository.Listed> records = workspace.readBeside(reader -> {
            List<ListedConvictionRepository.Listed> out = new ArrayList<>();
            new ListedConvictionRepository(reader).forEachBySubject(out::add);
            return out;
        }, () -> {
            Map<ConvictionKey, OverrideRepository.Override> overrides =
                    new OverrideRepository(workspace).latestOverrides();
            ConvictionRefRepository.RunRefs refs = new ConvictionRefRepository(workspace).ofRun(run.id());
            Map<Long, String> filingNames = new HashMap<>();
            for (FilingRepository.Filing f : new FilingRepository(workspace).filings()) {
                filingNames.put(f.id(), "Filing " + f.id() + " of " + f.filedOn() + (f.docket().isBlank() ? ""
                        : ", docket " + f.docket()));
            }
            new RunRepository(workspace).forEachDecision(run.id(), -1, RunRepository.Detail.LIST, (d, s) -> {
                int ref = refs.ref(d.batch(), d.rowIndex());
                OverrideRepository.Override o = overrides.get(new ConvictionKey(d.subjectId(), d.countOrder()));
                Outcome outcome = o == null ? d.outcome() : Outcome.valueOf(o.outcome());
                StatusLine st = all.getOrDefault(ref, StatusLine.decided(ref));
                people.computeIfAbsent(d.subjectId(), k -> new ArrayList<>()).add(new Item(d.countOrder(),
                        Level.FELONY.name().equals(d.level()), d.convictionDate(), outcome, st));
                byStatus.merge(st.status(), 1, Integer::sum);
                ProgressReport.Funnel one = stage(outcome, st);
                if (one.decided() == 0) {
                    return;
                }
                total[0] = total[0].plus(one);
                byCourt.merge(d.court().isBlank() ? "(court not named)" : d.court(), one,
                        ProgressReport.Funnel::plus);
                bySection.merge(CodeSection.parse(d.section()).map(CodeSection::base).orElse("(unreadable)"), one,
                        ProgressReport.Funnel::plus);
                if (st.filingId() != null) {
                    byFiling.merge(filingNames.getOrDefault(st.filingId(), "Filing " + st.filingId()), one,
                            ProgressReport.Funnel::plus);
                }
                if (one.ordered() == 1 && st.filedOn() != null && st.orderDate() != null) {
                    toOrder.add(ChronoUnit.DAYS.between(st.filedOn(), st.orderDate()));
                }
                if (st.status() == ConvictionStatus.CONFIRMED && st.orderDate() != null && st.pulledOn() != null) {
                    toConfirm.add(ChronoUnit.DAYS.between(st.orderDate(), st.pulledOn()));
                }
            });
        });
        int[][] headlines = headlines(records, people, LocalDate.parse(run.computeAt()));
        return new ProgressReport(run.id(), LocalDate.parse(run.computeAt()), total[0], byCourt, byFiling, bySection,
                median(toOrder), median(toConfirm),
                new ProgressReport.Headlines(headlines[0][0], headlines[0][1], headlines[0][2]),
                new ProgressReport.Headlines(headlines[1][0], headlines[1][1], headlines[1][2]), byStatus);
    }

    /** A conviction's place in the funnel (each stage 0 or 1). */
    static ProgressReport.Funnel stage(Outcome outcome, StatusLine s) {
        boolean filed = s.filingId() != null;
        boolean decided = outcome == Outcome.DISMISS || outcome == Outcome.REDUCE || filed;
        if (!decided) {
            return new ProgressReport.Funnel(0, 0, 0, 0, 0);
        }
        ConvictionStatus st = s.status();
        boolean ordered = st == ConvictionStatus.DENIED || st.granted();
        return new ProgressReport.Funnel(1, filed ? 1 : 0, ordered ? 1 : 0, st.granted() ? 1 : 0,
                st == ConvictionStatus.CONFIRMED ? 1 : 0);
    }

    static Double median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * {projected, confirmed} x {no felony, no conviction, none in 7 years} over the people with a conviction in scope:
     * their whole record as listed, with the effective outcome, or only the relief a pull confirmed.
     */
    private static int[][] headlines(List<ListedConvictionRepository.Listed> records, Map<String, List<Item>> people,
                                     LocalDate computeAt) {
        int[][] counts = new int[2][3];
        String[] current = {null};
        List<ListedConvictionRepository.Listed> record = new ArrayList<>();
        Set<String> done = new HashSet<>();
        records.forEach(l -> {
            if (!l.subjectId().equals(current[0])) {
                person(current[0], record, people, computeAt, counts, done);
                record.clear();
                current[0] = l.subjectId();
            }
            if (people.containsKey(l.subjectId())) {
                record.add(l);
            }
        });
        person(current[0], record, people, computeAt, counts, done);
        for (String subject : people.keySet()) {
            if (!done.contains(subject)) {
                person(subject, List.of(), people, computeAt, counts, done);
            }
        }
        return counts;
    }

    private static void person(String subject, List<ListedConvictionRepository.Listed> record,
                               Map<String, List<Item>> people, LocalDate computeAt, int[][] counts, Set<String> done) {
        List<Item> inScope = subject == null ? null : people.get(subject);
        if (inScope == null) {
            return;
        }
        done.add(subject);
        Map<String, Item> byCount = new HashMap<>();
        inScope.forEach(i -> byCount.put(i.countOrder(), i));
        List<Relief.Item> projected = new ArrayList<>();
        List<Relief.Item> confirmed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ListedConvictionRepository.Listed l : record) {
            if (!seen.add(l.countOrder())) {
                continue;
            }
            boolean felony = Level.FELONY.name().equals(l.level());
            LocalDate date = l.date() == null || l.date().isEmpty() ? null : LocalDate.parse(l.date());
            Item i = byCount.get(l.countOrder());
            projected.add(new Relief.Item(felony, date, i == null ? null : projectedRelief(i)));
            confirmed.add(new Relief.Item(felony, date, i == null ? null : confirmedRelief(i.status())));
        }
        // in-scope convictions the conviction list lacks (e.g. from another source) still count
        for (Item i : inScope) {
            if (!seen.contains(i.countOrder())) {
                projected.add(new Relief.Item(i.felony(), i.date(), projectedRelief(i)));
                confirmed.add(new Relief.Item(i.felony(), i.date(), confirmedRelief(i.status())));
            }
        }
        count(counts[0], Relief.of(projected, computeAt));
        count(counts[1], Relief.of(confirmed, computeAt));
    }

    /**
     * The relief a conviction is expected to get: what the court granted once it ordered, none when it denied, else
     * the effective outcome (the latest override, else the rules).
     */
    private static Outcome projectedRelief(Item i) {
        StatusLine s = i.status();
        if (s.status() == ConvictionStatus.DENIED) {
            return null;
        }
        return s.granted() != null ? s.granted() : i.outcome();
    }

    private static Outcome confirmedRelief(StatusLine s) {
        return s.status() == ConvictionStatus.CONFIRMED ? s.granted() : null;
    }

    private static void count(int[] c, Relief r) {
        c[0] += r.noFelony() ? 1 : 0;
        c[1] += r.noConviction() ? 1 : 0;
        c[2] += r.noConvictionLast7Years() ? 1 : 0;
    }
}
