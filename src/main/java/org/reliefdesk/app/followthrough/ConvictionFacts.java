package org.reliefdesk.app.followthrough;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.export.FollowUpItem;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What follow-up papers say of a conviction, by reference, from the latest run: name, DOB, CII, case number, code
 * section, conviction date and court.
 */
final class ConvictionFacts {
    /** One conviction's facts. */
    record Facts(int ref, String subjectId, String name, String dob, String cii, String caseNumber, String section,
                 LocalDate convictionDate, String court) {
        FollowUpItem item(String relief, LocalDate date) {
            return new FollowUpItem(Refs.format(ref), name, DojDates.parse(dob).orElse(null), dob, cii, caseNumber,
                    section, convictionDate, relief, date);
        }
    }

    private ConvictionFacts() {
    }

    /** The facts of the given references (all of the latest run's when {@code refs} is null). */
    static Map<Integer, Facts> of(Workspace workspace, Set<Integer> refs) {
        Map<Integer, Facts> out = new HashMap<>();
        RunRepository runs = new RunRepository(workspace);
        var run = runs.latest();
        if (run.isEmpty()) {
            return out;
        }
        ConvictionRefRepository.RunRefs byRow = new ConvictionRefRepository(workspace).ofRun(run.get().id());
        runs.forEachDecision(run.get().id(), -1, RunRepository.Detail.LIST, (d, s) -> {
            int ref = byRow.ref(d.batch(), d.rowIndex());
            if (ref != 0 && (refs == null || refs.contains(ref))) {
                out.put(ref, new Facts(ref, d.subjectId(), s.name(), s.dob(), s.cii(), d.caseNumber(), d.section(),
                        d.hasZeroDate() ? null : d.convictionDate(), d.court()));
            }
        });
        return out;
    }

    /** The relief in the words of papers. */
    static String words(Outcome o) {
        if (o == null) {
            return "";
        }
        return switch (o) {
            case DISMISS -> "Dismiss and seal";
            case REDUCE -> "Redesignate as misdemeanor";
            case NOT_ELIGIBLE -> "Not eligible";
            case NEEDS_REVIEW -> "Under review";
        };
    }
}
