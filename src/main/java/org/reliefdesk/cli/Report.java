package org.reliefdesk.cli;

import org.reliefdesk.app.CourtImportReport;
import org.reliefdesk.app.CourtImportService;
import org.reliefdesk.app.ImportService;
import org.reliefdesk.app.RunService;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints what a run did, in plain words (counts only: no names or identifiers). */
final class Report {
    private Report() {
    }

    /** One court file's import: rows, and how its people linked (no names: rows are named by file and line). */
    static void court(PrintWriter out, CourtImportService.Outcome o) {
        if (o instanceof CourtImportService.Imported i) {
            CourtImportReport c = i.report();
            out.printf(Locale.ROOT, "Imported court file %s (mapping \"%s\", %s): %,d rows read, %,d accepted, %,d set "
                            + "aside%s%n", c.fileName(), c.mappingName(), c.readAs(), c.rowsRead(), c.rowsAccepted(),
                    c.rowsRejected(), c.rowsRejected() > 0 ? " (file, line and reason in rejected_rows.csv)" : "");
            CourtImportReport.Links l = c.links();
            StringBuilder strengths = new StringBuilder();
            l.linkedByStrength().forEach((k, v) -> strengths.append(strengths.length() > 0 ? ", " : "")
                    .append(String.format(Locale.ROOT, "strength %d: %,d", k, v)));
            out.printf(Locale.ROOT, "  Court people (all court files): %,d; linked to a DOJ subject %,d%s; ambiguous %,d;"
                            + " no DOJ person %,d; with a contradicting DOJ subject left out %,d%n", l.people(),
                    l.linked(), strengths.length() > 0 ? " (" + strengths + ")" : "", l.ambiguous(), l.noDojPerson(),
                    l.withContradictions());
            for (CourtImportReport.AmbiguousPerson a : l.ambiguousPeople().subList(0,
                    Math.min(20, l.ambiguousPeople().size()))) {
                out.printf(Locale.ROOT, "  Ambiguous: the court person first at %s matches %s%n", a.firstRow(),
                        a.candidates());
            }
            if (l.ambiguousPeople().size() > 20) {
                out.printf(Locale.ROOT, "  ... and %,d more ambiguous (court_links.csv lists every row)%n",
                        l.ambiguousPeople().size() - 20);
            }
        } else if (o instanceof CourtImportService.Duplicate d) {
            out.printf(Locale.ROOT, "Skipped court file %s: already in the workspace%n", d.path().getFileName());
        } else if (o instanceof CourtImportService.Refused f) {
            out.printf(Locale.ROOT, "Refused court file %s: %s%n", f.path().getFileName(), f.message());
        }
    }

    static void print(PrintWriter out, RunService.Result r) {
        for (ImportService.FileOutcome o : r.imports()) {
            if (o instanceof ImportService.Imported i) {
                out.printf(Locale.ROOT, "Imported %s: %,d rows read, %,d accepted, %,d set aside%n",
                        i.path().getFileName(), i.batch().rowsRead(), i.batch().rowsAccepted(),
                        i.batch().rowsRejected());
            } else if (o instanceof ImportService.Duplicate d) {
                out.printf(Locale.ROOT, "Skipped %s: already in the workspace%n", d.path().getFileName());
            } else if (o instanceof ImportService.Unusable u) {
                out.printf(Locale.ROOT, "Skipped %s: %s%n", u.path().getFileName(), u.message());
            }
        }
        for (CourtImportService.Outcome o : r.courtImports()) {
            court(out, o);
        }
        if (r.run().court() != null) {
            CourtImportReport.Pairing p = r.run().court();
            out.printf(Locale.ROOT, "Court convictions in run %d: %,d in both records, %,d court only, %,d in both with "
                    + "different levels%n", p.runId(), p.both(), p.courtOnly(), p.disagreeing());
        }
        ImpactSummary s = r.run().summary();
        out.printf(Locale.ROOT, "Run %d (%s mode, %s, as of %s): %,d Prop 64 convictions in the county, %,d people%n",
                r.run().run().id(), s.mode(), s.county(), s.computeAt(), s.prop64Felonies() + s.prop64NonFelonies(),
                s.subjectsWithProp64InCounty());
        for (Outcome o : Outcome.values()) {
            out.printf(Locale.ROOT, "  %-22s %,d%n", o.label(), s.byOutcome().getOrDefault(o.name(), 0));
        }
        out.printf(Locale.ROOT, "People left with no felony: %,d; with no conviction: %,d; with none in the 7 years "
                        + "before %s: %,d%n", s.reliefNow().noFelony(), s.reliefNow().noConviction(), s.computeAt(),
                s.reliefNow().noConvictionLast7Years());
        Path folder = r.written().isEmpty() ? null : r.written().get(0).getParent();
        out.printf(Locale.ROOT, "Wrote %d files to %s in %.1f s%n", r.written().size(), folder,
                r.seconds().getOrDefault("total", 0.0));
    }
}
