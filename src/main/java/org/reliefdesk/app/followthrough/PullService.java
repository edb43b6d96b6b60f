package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojFiles;
import org.reliefdesk.doj.DojReader;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.IdentityKeys;
import org.reliefdesk.doj.ReadSummary;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.PullCandidateRepository;
import org.reliefdesk.store.PullRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a later DOJ file as a dated pull and reconciles it (follow-through.md, "A later DOJ pull"): the date is
 * required and never read from the clock or the file; a pull for another county, dated before the first import (or
 * the latest pull) or after today, or the same file again, is refused; the file is read once with the streaming
 * reader, compared with the granted convictions ({@link PullReconciler}), and its findings, new convictions and
 * audit entry are stored in one transaction. The pull does not replace the first import.
 */
public final class PullService {
    private static final int PARSE_THREADS = Integer.getInteger("rd.parse", 2);
    private final Clock clock;
    private final ZoneId zone;
    private final AuditService audit;
    private final StatusService statuses;

    public PullService(Clock clock, ZoneId zone, AuditService audit, StatusService statuses) {
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
        this.statuses = statuses;
    }

    /** What a pull showed: counts, and the new convictions listed. */
    public record Pulled(long id, LocalDate pulledOn, String file, String county, long rowsRead, long rowsSetAside,
                         int checked, Map<ConvictionStatus, Integer> findings, List<PullRepository.NewConviction>
                                 newInPull) {
        public int count(ConvictionStatus s) {
            return findings.getOrDefault(s, 0);
        }
    }

    public Pulled importPull(Workspace workspace, Path file, LocalDate pulledOn, Progress progress,
                             Cancellation cancel) throws FollowThroughException, IOException {
        return importPull(workspace, file, pulledOn, null, progress, cancel);
    }

    /** As above, recorded under {@code user}'s name (null: the computer's user). */
    public Pulled importPull(Workspace workspace, Path file, LocalDate pulledOn, String user, Progress progress,
                             Cancellation cancel) throws FollowThroughException, IOException {
        var unusable = DojFiles.unusable(file);
        if (unusable.isPresent()) {
            throw FollowThroughException.none(unusable.get());
        }
        if (pulledOn == null) {
            throw FollowThroughException.bad("Give the date of the pull (the day DOJ produced the file): it is never "
                    + "read from the clock or the file.");
        }
        RunRepository.Run run = new RunRepository(workspace).latest().orElseThrow(() -> FollowThroughException.none(
                "The workspace has no evaluation run yet: import the first DOJ file and evaluate it before a pull."));
        checkDate(workspace, pulledOn);
        List<String> texts = ReliefTexts.check(ReliefTexts.of(workspace));
        String fingerprint = FileHashes.fingerprint(file);
        long size = Files.size(file);
        refuseSameFile(workspace, file, size, fingerprint, null);

        progress.begin("Finding the granted convictions", -1);
        Set<String> knownCounts = new HashSet<>();
        Set<String> knownAlts = new HashSet<>();
        List<PullReconciler.Candidate> candidates = candidates(workspace, run.id(), pulledOn, knownCounts, knownAlts);
        PullReconciler reconciler = new PullReconciler(candidates, knownCounts, knownAlts, texts, run.county());
        progress.begin("Reading the DOJ pull " + file.getFileName(), size);
        long[] rejected = {0};
        ReadSummary summary = new DojReader().read(file, PARSE_THREADS, reconciler::prepare,
                new DojReader.PreparedListener<Object>() {
                    @Override
                    public void row(DojRecord record, Object prepared) {
                        reconciler.row(record, prepared);
                    }

                    @Override
                    public void problem(RowProblem problem) {
                        rejected[0]++;
                    }

                    @Override
                    public void progress(long bytesRead) {
                        progress.advance(bytesRead);
                    }
                }, cancel::isCancelled);
        cancel.check();
        if (summary.accepted() == 0) {
            throw FollowThroughException.none("No row of " + file.getFileName() + " could be read as a DOJ row: "
                    + "nothing was recorded.");
        }
        String county = reconciler.mostCommonCounty();
        if (!county.equalsIgnoreCase(run.county().strip())) {
            throw FollowThroughException.bad(file.getFileName() + " is a DOJ file for " + county + " county, not "
                    + run.county() + ": a pull must be for the workspace's county; nothing was recorded.");
        }
        refuseSameFile(workspace, file, size, fingerprint, summary.sha256());
        List<PullReconciler.Finding> findings = reconciler.findings();
        List<ConvictionEventRepository.NewEvent> events = new ArrayList<>(findings.size());
        Map<ConvictionStatus, Integer> counts = new EnumMap<>(ConvictionStatus.class);
        Map<Integer, Outcome> relief = new java.util.HashMap<>();
        candidates.forEach(c -> relief.put(c.ref(), c.relief()));
        for (PullReconciler.Finding f : findings) {
            events.add(new ConvictionEventRepository.NewEvent(f.ref(), f.status().name(),
                    relief.get(f.ref()).name(), pulledOn.toString(), f.detail()));
            counts.merge(f.status(), 1, Integer::sum);
        }
        List<PullRepository.NewConviction> added = reconciler.newConvictions();
        progress.begin("Recording the pull", -1);
        PullRepository.Pull pull = new PullRepository.Pull(0, pulledOn.toString(), file.getFileName().toString(),
                summary.sha256(), size, fingerprint, county, summary.rowsRead(), rejected[0], String.join("\n", texts),
                user == null || user.isBlank() ? audit.user() : user.strip(), Instant.now(clock).toString());
        long id = new PullRepository(workspace).record(pull, events, added, () -> audit.record(workspace, "doj-pull",
                file.getFileName() + " pulled on " + pulledOn + ", SHA-256 " + summary.sha256() + ": "
                        + findings.size() + " granted convictions checked (" + counts.getOrDefault(
                        ConvictionStatus.CONFIRMED, 0) + " confirmed), " + added.size() + " new in the pull"));
        return new Pulled(id, pulledOn, file.getFileName().toString(), county, summary.rowsRead(), rejected[0],
                findings.size(), Map.copyOf(counts), added);
    }

    /** The pull's date: not after today, not before the first import, not before the latest pull. */
    private void checkDate(Workspace workspace, LocalDate pulledOn) throws FollowThroughException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (pulledOn.isAfter(today)) {
            throw FollowThroughException.bad("The pull date " + pulledOn + " is after today (" + today + ").");
        }
        List<ImportBatch> batches = new ImportRepository(workspace).batches();
        if (!batches.isEmpty()) {
            LocalDate first = LocalDate.ofInstant(Instant.parse(batches.get(0).startedAt()), zone);
            if (pulledOn.isBefore(first)) {
                throw FollowThroughException.bad("The pull date " + pulledOn + " is older than the first import ("
                        + first + "): a pull is a later DOJ file, compared with the first one.");
            }
        }
        for (PullRepository.Pull p : new PullRepository(workspace).pulls()) {
            if (pulledOn.isBefore(LocalDate.parse(p.pulledOn()))) {
                throw FollowThroughException.bad("The pull date " + pulledOn + " is older than the pull of "
                        + p.pulledOn() + " already recorded: record pulls in the order DOJ made them.");
            }
        }
    }

    /**
     * Refuses a file already imported or pulled: by size and first megabyte, then by its whole SHA-256 ({@code sha}
     * when the reader computed it, else computed here for the files that look the same).
     */
    private static void refuseSameFile(Workspace workspace, Path file, long size, String fingerprint, String sha)
            throws FollowThroughException, IOException {
        for (ImportBatch b : new ImportRepository(workspace).findByFingerprint(size, fingerprint)) {
            String whole = sha != null ? sha : FileHashes.sha256(file);
            if (b.sha256().equals(whole)) {
                throw FollowThroughException.bad(file.getFileName() + " is the same file as the import "
                        + b.fileName() + " (same SHA-256): a pull is a later, different DOJ file.");
            }
        }
        for (PullRepository.Pull p : new PullRepository(workspace).pulls()) {
            if (p.size() == size && p.fingerprint().equals(fingerprint) || p.sha256().equals(sha)) {
                String whole = sha != null ? sha : FileHashes.sha256(file);
                if (p.sha256().equals(whole)) {
                    throw FollowThroughException.bad(file.getFileName() + " is the same file as the pull of "
                            + p.pulledOn() + " (same SHA-256): it was compared already.");
                }
            }
        }
    }

    /**
     * The granted convictions to look for (granted, or granted as modified, with an order dated on or before the
     * pull; confirmed ones are settled and left out) with their keys from the latest run, and every conviction of
     * that run as a known count (for "new in the pull").
     */
    private List<PullReconciler.Candidate> candidates(Workspace workspace, int runId, LocalDate pulledOn,
                                                      Set<String> knownCounts, Set<String> knownAlts) {
        // the statuses are read on a second, read-only connection while this one reads the keys
        List<PullCandidateRepository.Keys> keys = new ArrayList<>();
        Map<Integer, StatusLine> now = workspace.readBeside(statuses::all,
                () -> new PullCandidateRepository(workspace).forEach(runId, keys::add));
        List<PullReconciler.Candidate> out = new ArrayList<>();
        Map<String, String> bases = new java.util.HashMap<>();
        for (PullCandidateRepository.Keys k : keys) {
            knownCounts.add(PullReconciler.countKey(k.subjectId(), k.countOrder()));
            String base = bases.computeIfAbsent(k.section(), x -> CodeSection.parse(x).map(CodeSection::base)
                    .orElse(""));
            List<String> cases = k.caseNumber().indexOf(';') < 0 ? (k.caseNumber().isBlank() ? List.of()
                    : List.of(k.caseNumber().strip())) : Arrays.stream(k.caseNumber().split(";")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
            String cii = IdentityKeys.cii(k.cii());
            LocalDate date = StatusDeriver.date(k.convictionDate());
            if (!cii.isEmpty()) {
                for (String c : cases) {
                    knownAlts.add(PullReconciler.altKey(cii, c, base, date));
                }
            }
            StatusLine line = now.get(k.ref());
            if (line == null || line.granted() == null || line.orderDate() == null
                    || line.orderDate().isAfter(pulledOn) || line.status() == ConvictionStatus.CONFIRMED
                    || !line.status().granted()) {
                continue;
            }
            out.add(new PullReconciler.Candidate(k.ref(), k.subjectId(), k.countOrder(), cii, cases, base, date,
                    line.granted()));
        }
        return out;
    }

}
