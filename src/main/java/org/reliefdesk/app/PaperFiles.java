package org.reliefdesk.app;

import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.rules.Outcome;

import java.util.List;

/**
 * The references each file of a court export carries, gathered while it is written (follow-through.md, "Filings":
 * papers are recorded with the references they carry): every conviction for the workbook, those with relief for
 * the motion and orders, the challenged ones for the notice. Each is written {@code 123D}: the number and its
 * outcome's letter (D dismiss, R reduce, N not eligible, V needs review).
 */
final class PaperFiles {
    private final StringBuilder all = new StringBuilder();
    private final StringBuilder relief = new StringBuilder();
    private final StringBuilder challenged = new StringBuilder();

    /** Takes one conviction of the export. */
    void add(CourtConviction c) {
        String ref = one(c);
        if (ref == null) {
            return;
        }
        append(all, ref);
        if (c.outcome() == Outcome.DISMISS || c.outcome() == Outcome.REDUCE) {
            append(relief, ref);
        } else if (c.outcome() == Outcome.NOT_ELIGIBLE) {
            append(challenged, ref);
        }
    }

    String all() {
        return all.toString();
    }

    String relief() {
        return relief.toString();
    }

    String challenged() {
        return challenged.toString();
    }

    /** The references of a few convictions (one person's order). */
    static String refs(List<CourtConviction> convictions) {
        StringBuilder b = new StringBuilder();
        for (CourtConviction c : convictions) {
            String ref = one(c);
            if (ref != null) {
                append(b, ref);
            }
        }
        return b.toString();
    }

    /** {@code 123D} for a conviction whose reference is RD-0000123 and outcome Dismiss; null without a reference. */
    static String one(CourtConviction c) {
        var n = org.reliefdesk.app.followthrough.Refs.parse(c.ref());
        if (n.isEmpty()) {
            return null;
        }
        return n.getAsInt() + letter(c.outcome());
    }

    static String letter(Outcome o) {
        return switch (o) {
            case DISMISS -> "D";
            case REDUCE -> "R";
            case NOT_ELIGIBLE -> "N";
            case NEEDS_REVIEW -> "V";
        };
    }

    private static void append(StringBuilder b, String ref) {
        if (b.length() > 0) {
            b.append(',');
        }
        b.append(ref);
    }
}
