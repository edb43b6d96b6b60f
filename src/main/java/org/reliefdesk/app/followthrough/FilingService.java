package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records a filing (follow-through.md, "Filings"): the papers filed, named by file and recognised by their SHA-256
 * (edited papers are refused), the filing date (not before the papers were made, not after today) and the court's
 * docket. Only the DISMISS and REDUCE convictions the papers carry are filed; each may be in one open filing at a
 * time, and a DENIED one can be filed again.
 */
public final class FilingService {
    private static final int SHOWN = 5;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditService audit;
    private final StatusService statuses;

    public FilingService(Clock clock, ZoneId zone, AuditService audit, StatusService statuses) {
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
        this.statuses = statuses;
    }

    /** What was filed: counts only. */
    public record Filed(long id, LocalDate filedOn, String docket, int convictions, int dismiss, int reduce,
                        int notFiled, List<String> files) {
    }

    public Filed record(Workspace workspace, List<Path> papers, LocalDate filedOn, String docket)
            throws FollowThroughException {
        return record(workspace, papers, filedOn, docket, null);
    }

    /** As above, recorded under {@code user}'s name (null: the computer's user). */
    public Filed record(Workspace workspace, List<Path> papers, LocalDate filedOn, String docket, String user)
            throws FollowThroughException {
        if (papers == null || papers.isEmpty()) {
            throw FollowThroughException.bad("Name the papers that were filed (the motion, or the orders, ReliefDesk "
                    + "wrote).");
        }
        if (filedOn == null) {
            throw FollowThroughException.bad("Give the date the papers were filed.");
        }
        ExportRecordRepository exports = new ExportRecordRepository(workspace);
        List<ExportRecordRepository.RecordedFile> files = new ArrayList<>();
        for (Path p : papers) {
            files.add(recorded(exports, p));
        }
        LocalDate made = files.stream().map(f -> LocalDate.ofInstant(Instant.parse(f.madeAt()), zone))
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (filedOn.isBefore(made)) {
            throw FollowThroughException.bad("The filing date " + filedOn + " is before the papers were made ("
                    + made + "): give the date they were filed with the court.");
        }
        if (filedOn.isAfter(today)) {
            throw FollowThroughException.bad("The filing date " + filedOn + " is after today (" + today + "): record "
                    + "a filing once it is made.");
        }
        Map<Integer, Outcome> relief = new TreeMap<>();
        int notFiled = 0;
        for (ExportRecordRepository.RecordedFile f : files) {
            for (String item : f.refs().isEmpty() ? new String[0] : f.refs().split(",")) {
                int ref = Integer.parseInt(item.substring(0, item.length() - 1));
                char letter = item.charAt(item.length() - 1);
                Outcome o = letter == 'D' ? Outcome.DISMISS : letter == 'R' ? Outcome.REDUCE : null;
                if (o == null) {
                    notFiled++;
                    continue;
                }
                Outcome before = relief.putIfAbsent(ref, o);
                if (before != null && before != o) {
                    throw FollowThroughException.bad("The papers disagree on " + Refs.format(ref) + " (dismiss in one, "
                            + "reduce in another): file papers of one export.");
                }
            }
        }
        if (relief.isEmpty()) {
            throw FollowThroughException.bad("The papers carry no conviction to dismiss or reduce: only DISMISS and "
                    + "REDUCE convictions are filed (the notice of challenges is not a filing of relief).");
        }
        refuseOpenOrGranted(workspace, relief.keySet());
        List<ConvictionEventRepository.NewEvent> events = new ArrayList<>();
        int dismiss = 0;
        for (Map.Entry<Integer, Outcome> e : relief.entrySet()) {
            events.add(new ConvictionEventRepository.NewEvent(e.getKey(), "FILED", e.getValue().name(),
                    filedOn.toString(), ""));
            dismiss += e.getValue() == Outcome.DISMISS ? 1 : 0;
        }
        String cleanDocket = docket == null ? "" : docket.strip();
        String ids = String.join(",", files.stream().map(f -> Long.toString(f.id())).distinct().toList());
        int count = events.size();
        int dismissed = dismiss;
        long id = new FilingRepository(workspace).recordFiling(filedOn.toString(), cleanDocket, ids, who(user),
                Instant.now(clock).toString(), events, () -> audit.record(workspace, "filing", "filed on " + filedOn
                        + (cleanDocket.isEmpty() ? "" : ", docket " + cleanDocket) + ": " + count + " convictions ("
                        + dismissed + " to dismiss, " + (count - dismissed) + " to reduce), papers " + ids));
        return new Filed(id, filedOn, cleanDocket, count, dismiss, count - dismiss, notFiled,
                files.stream().map(ExportRecordRepository.RecordedFile::fileName).toList());
    }

    private static ExportRecordRepository.RecordedFile recorded(ExportRecordRepository exports, Path p)
            throws FollowThroughException {
        if (!Files.isRegularFile(p)) {
            throw FollowThroughException.none("There is no file at " + p + ".");
        }
        String sha;
        try {
            sha = FileHashes.sha256(p);
        } catch (IOException e) {
            throw FollowThroughException.none("The file " + p + " cannot be read: " + e.getMessage() + ".");
        }
        List<ExportRecordRepository.RecordedFile> found = exports.findBySha(sha);
        if (found.isEmpty()) {
            throw FollowThroughException.bad(p.getFileName() + " is not papers this workspace made, or it was changed "
                    + "after it was made (its SHA-256 matches none recorded): file the papers exactly as ReliefDesk "
                    + "wrote them, or make them again.");
        }
        return found.get(found.size() - 1);
    }

    /** A conviction can be in one open filing at a time; a granted one is never filed again. */
    private void refuseOpenOrGranted(Workspace workspace, java.util.Set<Integer> refs) throws FollowThroughException {
        Map<Integer, StatusLine> now = statuses.of(workspace, refs);
        Map<Long, List<Integer>> open = new LinkedHashMap<>();
        List<Integer> granted = new ArrayList<>();
        for (int ref : refs) {
            StatusLine s = now.get(ref);
            if (s.openFiling()) {
                open.computeIfAbsent(s.filingId(), k -> new ArrayList<>()).add(ref);
            } else if (s.status().granted()) {
                granted.add(ref);
            }
        }
        if (!open.isEmpty()) {
            Map.Entry<Long, List<Integer>> first = open.entrySet().iterator().next();
            int total = open.values().stream().mapToInt(List::size).sum();
            throw FollowThroughException.bad(shown(first.getValue()) + (total > first.getValue().size() ? " (and "
                    + (total - first.getValue().size()) + " in other filings)" : "") + (total == 1 ? " is" : " are")
                    + " already in open filing " + first.getKey() + ": a conviction can be in "
                    + "one open filing at a time, until the court's order on it is recorded.");
        }
        if (!granted.isEmpty()) {
            throw FollowThroughException.bad(shown(granted) + (granted.size() == 1 ? " was" : " were")
                    + " already granted by the court: a granted conviction is not filed again.");
        }
    }

    /** The name an event is recorded under: the one given, else the computer's user. */
    String who(String user) {
        return user == null || user.isBlank() ? audit.user() : user.strip();
    }

    /** The first few references, and how many more. */
    static String shown(List<Integer> refs) {
        List<String> some = refs.stream().limit(SHOWN).map(Refs::format).toList();
        return String.join(", ", some) + (refs.size() > SHOWN ? String.format(Locale.ROOT, " and %,d more",
                refs.size() - SHOWN) : "");
    }
}
