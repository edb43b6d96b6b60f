package org.reliefdesk.app.followthrough;

import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.PullRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A conviction's follow-through as a person reads it (follow-through.md, "Status of a conviction"): decided, filed,
 * ordered, seen by DOJ, each with its date and who recorded it, oldest first.
 */
public final class Timeline {
    /** One step: the stage, its date (null when unknown), who recorded it, and what it was, in words. */
    public record Step(String stage, LocalDate date, String who, String text) {
    }

    private Timeline() {
    }

    static List<Step> of(Workspace workspace, ZoneId zone, int runId, String subjectId, String countOrder) {
        List<Step> out = new ArrayList<>();
        ConvictionKey key = new ConvictionKey(subjectId, countOrder);
        out.add(decided(workspace, zone, runId, key));
        var ref = new ConvictionRefRepository(workspace).ref(key);
        if (ref.isEmpty()) {
            return out;
        }
        List<ConvictionEventRepository.Event> events = new ConvictionEventRepository(workspace).of(ref.get());
        if (events.isEmpty()) {
            return out;
        }
        FilingRepository filings = new FilingRepository(workspace);
        Map<Long, FilingRepository.Order> orders = new HashMap<>();
        filings.orders().forEach(o -> orders.put(o.id(), o));
        Map<Long, PullRepository.Pull> pulls = new HashMap<>();
        new PullRepository(workspace).pulls().forEach(p -> pulls.put(p.id(), p));
        for (ConvictionEventRepository.Event e : events) {
            LocalDate date = StatusDeriver.date(e.eventDate());
            switch (e.kind()) {
                case ConvictionEventRepository.FILED -> {
                    var f = filings.filing(e.sourceId());
                    out.add(new Step("Filed", date, f.map(FilingRepository.Filing::user).orElse(""), "Filing "
                            + e.sourceId() + f.filter(x -> !x.docket().isBlank()).map(x -> ", docket " + x.docket())
                            .orElse("") + ": " + words(Outcome.valueOf(e.relief()))));
                }
                case ConvictionEventRepository.ORDER -> {
                    var o = orders.get(e.sourceId());
                    out.add(new Step("Ordered", date, o == null ? "" : o.user(), orderText(e) + (o == null ? ""
                            : o.kind().equals("BULK") ? " (bulk order on filing " + o.filingId() + ")"
                            : " (court's list " + o.source() + ")")));
                }
                case ConvictionEventRepository.PULL -> {
                    var p = pulls.get(e.sourceId());
                    ConvictionStatus s = ConvictionStatus.valueOf(e.result());
                    out.add(new Step(s == ConvictionStatus.CONFIRMED ? "Confirmed" : "DOJ pull", date,
                            p == null ? "" : p.user(), s.label() + ": " + e.detail() + (p == null ? ""
                            : " (pull " + p.fileName() + ")")));
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static String orderText(ConvictionEventRepository.Event e) {
        return switch (OrderResult.valueOf(e.result())) {
            case GRANTED -> "Granted: " + words(Outcome.valueOf(e.relief()));
            case GRANTED_MODIFIED -> "Granted as modified: " + words(Outcome.valueOf(e.relief()));
            case DENIED -> "Denied";
            case CONTINUED -> "Continued";
        };
    }

    private static String words(Outcome o) {
        return ConvictionFacts.words(o).toLowerCase(Locale.ROOT);
    }

    /** The decision: the latest override (its date and attorney), else the run (its date, and who ran it). */
    private static Step decided(Workspace workspace, ZoneId zone, int runId, ConvictionKey key) {
        List<OverrideRepository.Override> overrides = new OverrideRepository(workspace).overrides(key);
        if (!overrides.isEmpty()) {
            OverrideRepository.Override o = overrides.get(overrides.size() - 1);
            return new Step("Decided", day(o.at(), zone), o.user(), "Override: " + Outcome.valueOf(o.outcome()).label()
                    + " (" + o.reason() + ")");
        }
        var run = new RunRepository(workspace).find(runId);
        if (run.isEmpty()) {
            return new Step("Decided", null, "", "");
        }
        String finished = run.get().finishedAt();
        String who = new AuditRepository(workspace).latest("evaluate", finished).map(AuditRepository.Entry::user)
                .orElse("");
        return new Step("Decided", day(finished, zone), who, "Run " + runId + " (" + run.get().mode() + " mode, "
                + "as of " + run.get().computeAt() + ")");
    }

    private static LocalDate day(String instant, ZoneId zone) {
        try {
            return LocalDate.ofInstant(Instant.parse(instant), zone);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
