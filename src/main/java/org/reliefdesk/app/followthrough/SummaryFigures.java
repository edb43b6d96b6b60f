package org.reliefdesk.app.followthrough;

import org.reliefdesk.export.json.ProgressFigures;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The follow-through figures of a run as summary.json writes them (its "followThrough" object). */
public final class SummaryFigures {
    private SummaryFigures() {
    }

    /** The figures of a run of an open workspace, counted now. */
    public static ProgressFigures of(Workspace workspace, RunRepository.Run run) {
        ProgressReport r = new ProgressService(new StatusService()).report(workspace, run);
        Map<String, Integer> byStatus = new TreeMap<>();
        r.byStatus().forEach((s, n) -> byStatus.put(s.name(), n));
        return of(r, byStatus);
    }

    static ProgressFigures of(ProgressReport r, Map<String, Integer> byStatus) {
        return new ProgressFigures(array(r.total()), arrays(r.byCourt()), arrays(r.byFiling()), arrays(r.bySection()),
                r.medianDaysFilingToOrder(), r.medianDaysOrderToConfirmation(),
                new int[] {r.projected().noFelony(), r.projected().noConviction(),
                    r.projected().noConvictionLast7Years()},
                new int[] {r.confirmed().noFelony(), r.confirmed().noConviction(),
                    r.confirmed().noConvictionLast7Years()}, byStatus);
    }

    private static int[] array(ProgressReport.Funnel f) {
        return new int[] {f.decided(), f.filed(), f.ordered(), f.granted(), f.confirmed()};
    }

    private static Map<String, int[]> arrays(Map<String, ProgressReport.Funnel> m) {
        Map<String, int[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, array(v)));
        return out;
    }
}
