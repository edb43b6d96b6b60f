package org.reliefdesk.app;

import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.excel.CourtWorkbookWriter;
import org.reliefdesk.export.pdf.BulkMotionWriter;
import org.reliefdesk.export.pdf.ChallengeNoticeWriter;
import org.reliefdesk.export.pdf.PersonOrderWriter;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ExportRecordRepository;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    /** Puts the audit reference on every paper of the export (and in the workbook's properties). */
    static void stamp(AuditStamp stamp, CourtWorkbookWriter workbook, PersonOrderWriter combined,
                              BulkMotionWriter motion, ChallengeNoticeWriter notice, PersonOrderSink people) {
        if (workbook != null) {
            workbook.stamp(stamp);
        }
        if (combined != null) {
            combined.stamp(stamp);
        }
        if (motion != null) {
            motion.stamp(stamp);
        }
        if (notice != null) {
            notice.stamp(stamp);
        }
        people.stamp(stamp);
    }

    /** Each file written, with its kind, SHA-256, size and the references it carries. */
    static List<ExportRecordRepository.NewFile> recorded(CourtExportService.Request request, ExportDestinations out,
                                                                      PaperFiles refs,
                                                                      Map<String, String> personRefs) {
        List<ExportRecordRepository.NewFile> files = new java.util.ArrayList<>();
        add(files, out, request.workbook(), "WORKBOOK", refs.all());
        add(files, out, request.motion(), "MOTION", refs.relief());
        add(files, out, request.orders(), "ORDERS", refs.relief());
        add(files, out, request.notice(), "NOTICE", refs.challenged());
        if (request.ordersFolder() != null) {
            Path folder = request.ordersFolder().toAbsolutePath().normalize();
            add(files, out, folder.resolve("index.csv"), "ORDER_INDEX", "");
            new java.util.TreeMap<>(personRefs).forEach((name, list) -> add(files, out, folder.resolve(name),
                    "ORDER", list));
        }
        return files;
    }

    private static void add(List<ExportRecordRepository.NewFile> files, ExportDestinations out, Path file,
                            String kind, String refs) {
        if (file == null) {
            return;
        }
        Path abs = file.toAbsolutePath().normalize();
        String[] digest = out.digest(abs);
        if (digest == null) {
            throw new IllegalStateException("the export did not finish writing " + abs.getFileName());
        }
        files.add(new ExportRecordRepository.NewFile(kind, abs.getFileName().toString(), digest[0],
                Long.parseLong(digest[1]), refs));
    }

    private static void append(StringBuilder b, String ref) {
        if (b.length() > 0) {
            b.append(',');
        }
        b.append(ref);
    }
}
