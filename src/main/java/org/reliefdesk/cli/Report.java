package org.reliefdesk.cli;

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
