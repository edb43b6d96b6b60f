package org.reliefdesk.app.followthrough;

import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The status of every conviction (follow-through.md, "Status of a conviction"), and the rows of status.csv. */
public final class StatusService {
    /** One line of status.csv: a conviction in scope of a run, its effective outcome and where relief stands. */
    public record StatusRow(String ref, String subjectId, String countOrder, Outcome outcome, StatusLine status,
                            Long daysWaiting) {
    }

    /** Every conviction with at least one event, by reference (others are DECIDED). */
    public Map<Integer, StatusLine> all(Workspace workspace) {
        Map<Integer, StatusLine> out = new HashMap<>();
        new ConvictionEventRepository(workspace).forEach(e -> out.put(e.ref(), StatusDeriver.apply(
                out.getOrDefault(e.ref(), StatusLine.decided(e.ref())), e)));
        return out;
    }

    /** The status of some convictions (each DECIDED when no event touched it). */
    public Map<Integer, StatusLine> of(Workspace workspace, Collection<Integer> refs) {
        Map<Integer, StatusLine> out = new HashMap<>();
        ConvictionEventRepository events = new ConvictionEventRepository(workspace);
        if (refs.size() > 2000) {
            Map<Integer, StatusLine> all = all(workspace);
            for (int ref : refs) {
                out.put(ref, all.getOrDefault(ref, StatusLine.decided(ref)));
            }
            return out;
        }
        for (int ref : refs) {
            out.put(ref, StatusDeriver.derive(ref, events.of(ref)));
        }
        return out;
    }

    /**
     * One row per conviction in scope of the run, in file order, with its effective outcome (latest override, else
     * the rules) and status. {@code daysWaiting}: days since the event the conviction waits on (its filing, for the
     * court's order; its order, for DOJ) up to {@code asOf}; null when it waits on nobody outside the office.
     */
    public List<StatusRow> rows(Workspace workspace, int runId, LocalDate asOf) {
        Map<Integer, StatusLine> statuses = all(workspace);
        Map<ConvictionKey, OverrideRepository.Override> overrides = new OverrideRepository(workspace).latestOverrides();
        ConvictionRefRepository.RunRefs refs = new ConvictionRefRepository(workspace).ofRun(runId);
        List<StatusRow> out = new ArrayList<>();
        new RunRepository(workspace).forEachDecision(runId, -1, RunRepository.Detail.LIST, (d, s) -> {
            int ref = refs.ref(d.batch(), d.rowIndex());
            OverrideRepository.Override o = overrides.get(new ConvictionKey(d.subjectId(), d.countOrder()));
            Outcome outcome = o == null ? d.outcome() : Outcome.valueOf(o.outcome());
            StatusLine line = statuses.getOrDefault(ref, StatusLine.decided(ref));
            out.add(new StatusRow(Refs.format(ref), d.subjectId(), d.countOrder(), outcome, line,
                    daysWaiting(line, asOf)));
        });
        return out;
    }

    /** Days the conviction has waited on the court (filed) or on DOJ (granted, not yet seen), or null. */
    static Long daysWaiting(StatusLine s, LocalDate asOf) {
        LocalDate since = switch (s.status()) {
            case FILED -> s.filedOn();
            case GRANTED, GRANTED_MODIFIED, NOT_YET_IN_DOJ -> s.orderDate();
            default -> null;
        };
        return since == null || asOf == null ? null : Math.max(0, ChronoUnit.DAYS.between(since, asOf));
    }
}
