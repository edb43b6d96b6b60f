package org.reliefdesk.app;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.excel.CourtWorkbookWriter.SummaryRow;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.RunRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Summary sheet of the court workbook: the run, its inputs, outcomes with overrides applied, the impact. */
final class CourtSummarySheet {
    private CourtSummarySheet() {
    }

    static List<SummaryRow> rows(RunRepository.Run run, List<ImportBatch> batches, CourtTally tally,
                                 Instant exportedAt, AuditStamp stamp) {
        ImpactSummary s = run.summary();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.heading("ReliefDesk court export: Prop 64 convictions (H&S 11361.8, 11361.9)"));
        rows.add(SummaryRow.of("Run", run.id()));
        rows.add(SummaryRow.of("County", run.county()));
        rows.add(SummaryRow.of("Compute-at date", DojDates.parse(run.computeAt().replace("-", "")).orElse(null)));
        rows.add(SummaryRow.of("Rules mode", run.mode()));
        rows.add(SummaryRow.of("Policy", run.policyJson()));
        rows.add(SummaryRow.of("Run started (UTC)", run.startedAt()));
        rows.add(SummaryRow.of("Run finished (UTC)", run.finishedAt()));
        rows.add(SummaryRow.of("App version of the run", run.appVersion()));
        rows.add(SummaryRow.of("App version of this export", AppInfo.version()));
        rows.add(SummaryRow.of("Exported at (UTC)", exportedAt.toString()));
        if (stamp != null) {
            rows.add(SummaryRow.of("ReliefDesk audit reference", "entry " + stamp.entry(), stamp.hash()));
        }
        rows.add(SummaryRow.of(""));
        rows.add(SummaryRow.heading("Input files"));
        rows.add(SummaryRow.of("File", "SHA-256", "Rows read", "Accepted", "Set aside"));
        for (ImportBatch b : batches) {
            rows.add(SummaryRow.of(b.fileName(), b.sha256(), b.rowsRead(), b.rowsAccepted(), b.rowsRejected()));
        }
        rows.add(SummaryRow.of(""));
        rows.add(SummaryRow.heading("Outcomes with attorney overrides applied"));
        rows.add(SummaryRow.of("In-scope convictions", tally.convictions));
        rows.add(SummaryRow.of("People", tally.people));
        for (Outcome o : Outcome.values()) {
            rows.add(SummaryRow.of(o.label(), tally.byOutcome.get(o)));
        }
        rows.add(SummaryRow.of("Convictions with an override", tally.overridden));
        rows.add(SummaryRow.of(""));
        rows.add(SummaryRow.heading("Convictions by code section and outcome (overrides applied)"));
        List<Object> head = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            head.add(o.label());
        }
        head.add("Total");
        rows.add(new SummaryRow("Code section", head));
        for (Map.Entry<String, Map<Outcome, Long>> e : tally.bySection.entrySet()) {
            List<Object> values = new ArrayList<>();
            long total = 0;
            for (Outcome o : Outcome.values()) {
                long n = e.getValue().getOrDefault(o, 0L);
                values.add(n);
                total += n;
            }
            values.add(total);
            rows.add(new SummaryRow(e.getKey(), values));
        }
        rows.add(SummaryRow.of(""));
        rows.add(SummaryRow.heading("Impact as the engine decided (before overrides)"));
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("People with a Prop 64 conviction in the county", s.subjectsWithProp64InCounty());
        impact.put("People with some relief", s.subjectsWithSomeRelief());
        impact.put("People left with no felony", s.reliefNow().noFelony());
        impact.put("People left with no conviction", s.reliefNow().noConviction());
        impact.put("People with no conviction in the last 7 years", s.reliefNow().noConvictionLast7Years());
        impact.put("Prop 64 felonies", s.prop64Felonies());
        impact.put("Prop 64 misdemeanors and infractions", s.prop64NonFelonies());
        impact.forEach((k, v) -> rows.add(SummaryRow.of(k, v)));
        rows.add(SummaryRow.of(""));
        rows.add(SummaryRow.heading("Engine decisions by outcome"));
        s.byOutcome().forEach((k, v) -> rows.add(SummaryRow.of(labelOf(k), v)));
        return rows;
    }

    private static String labelOf(String outcomeName) {
        try {
            return Outcome.valueOf(outcomeName).label();
        } catch (IllegalArgumentException e) {
            return outcomeName;
        }
    }
}
