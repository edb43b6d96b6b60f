package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.PullRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-through on one open workspace: record filings, orders and pulls, read statuses, make follow-up papers,
 * count progress. Not thread-safe, like the workspace session it comes from.
 */
public final class FollowThroughSession {
    private final Workspace workspace;
    private final FollowThrough services;
    private String user;
    /** Every conviction's status, read once per state of the events (the grid and the Progress tab share it). */
    private Map<Integer, StatusLine> statuses;
    private long statusesAt = -1;

    FollowThroughSession(Workspace workspace, FollowThrough services) {
        this.workspace = workspace;
        this.services = services;
    }

    /** Today in the office's time zone. */
    public LocalDate today() {
        return LocalDate.now(services.clock().withZone(services.zone()));
    }

    /** The name follow-through events are recorded under from now on (null: the computer's user). */
    public void setUser(String name) {
        this.user = name;
    }

    public FilingService.Filed recordFiling(List<Path> papers, LocalDate filedOn, String docket)
            throws FollowThroughException {
        return services.filings().record(workspace, papers, filedOn, docket, user);
    }

    public OrderService.Ordered recordBulkOrder(long filingId, LocalDate orderDate, Map<Integer, OrderResult> excepted)
            throws FollowThroughException {
        return services.orders().recordBulk(workspace, filingId, orderDate, excepted, user);
    }

    public CourtListOutcome recordCourtList(String source, List<CourtListRow> rows, Map<String, OrderResult> values)
            throws FollowThroughException {
        return services.orders().recordList(workspace, source, rows, values, user);
    }

    /** Records the court's list of orders read from a file through a mapping (see {@link OrdersMapping}). */
    public CourtListOutcome recordCourtListFile(Path file, OrdersMapping mapping) throws FollowThroughException {
        return services.orders().recordListFile(workspace, file, mapping, user);
    }

    public PullService.Pulled importPull(Path file, LocalDate pulledOn, Progress progress, Cancellation cancel)
            throws FollowThroughException, IOException {
        return services.pulls().importPull(workspace, file, pulledOn, user, progress, cancel);
    }

    /** Writes follow-up papers: the request to the court, the list and cover letter for DOJ (as asked). */
    public FollowUpService.Result writeFollowUp(FollowUpService.Request request)
            throws FollowThroughException, IOException {
        return services.followUps().write(workspace, request);
    }

    /** What follow-up papers would list, writing nothing. */
    public FollowUpService.Result followUpCounts(LocalDate asOf, int olderThan) throws FollowThroughException {
        return services.followUps().count(workspace, asOf, olderThan);
    }

    /** The progress figures of a run (null: the latest): funnel, medians, headline figures. */
    public ProgressReport progress(Integer runId) throws FollowThroughException {
        return services.progress().report(workspace, run(runId), statuses());
    }

    /** A conviction's timeline: decided, filed, ordered, seen by DOJ, each with date and who (oldest first). */
    public List<Timeline.Step> timeline(int runId, String subjectId, String countOrder) {
        return Timeline.of(workspace, services.zone(), runId, subjectId, countOrder);
    }

    /** Checks papers against this workspace's audit trail (reads only). */
    public PaperCheck.Result checkPapers(Path paper) throws FollowThroughException {
        return services.papers().check(workspace, paper);
    }

    /** The relief texts a pull is read with (a visible, editable workspace setting). */
    public List<String> reliefTexts() {
        return ReliefTexts.of(workspace);
    }

    /** Keeps new relief texts (an empty list or an empty text is refused), recorded in the audit log. */
    public List<String> saveReliefTexts(List<String> texts) throws FollowThroughException {
        List<String> kept = ReliefTexts.save(workspace, texts);
        services.audit().record(workspace, "relief-texts", "relief texts set: " + String.join(" | ", kept));
        return kept;
    }

    /** Every filing, oldest first. */
    public List<FilingInfo> filings() {
        return new FilingRepository(workspace).filings().stream().map(f -> new FilingInfo(f.id(),
                LocalDate.parse(f.filedOn()), f.docket(), f.user())).toList();
    }

    /** Every pull, oldest first. */
    public List<PullRepository.Pull> pulls() {
        return new PullRepository(workspace).pulls();
    }

    /** The convictions new in a pull, in file order. */
    public List<PullRepository.NewConviction> newInPull(long pullId) {
        return new PullRepository(workspace).newConvictions(pullId);
    }

    /** Every conviction with follow-through events, by reference (the others are DECIDED). */
    public Map<Integer, StatusLine> statuses() {
        return statuses(workspace);
    }

    /**
     * The same read through {@code reader} (this workspace's second, read-only connection, so it can run beside a
     * read on the first); kept until an event is appended.
     */
    public synchronized Map<Integer, StatusLine> statuses(Workspace reader) {
        long at = new org.reliefdesk.store.ConvictionEventRepository(reader).lastId();
        Map<Integer, StatusLine> known = statuses;
        if (known != null && at == statusesAt) {
            return known;
        }
        Map<Integer, StatusLine> read = java.util.Collections.unmodifiableMap(services.statuses().all(reader));
        statuses = read;
        statusesAt = at;
        return read;
    }

    /** True when {@link #statuses()} would be answered without reading the events again. */
    public synchronized boolean statusesKnown() {
        return statuses != null && statusesAt == new org.reliefdesk.store.ConvictionEventRepository(workspace).lastId();
    }

    /** The rows of status.csv for a run (null: the latest), days waiting counted to {@code asOf}. */
    public List<StatusService.StatusRow> statusRows(Integer runId, LocalDate asOf) throws FollowThroughException {
        return services.statuses().rows(workspace, run(runId).id(), asOf);
    }

    /** Writes status.csv for a run (null: the latest); returns how many rows have each status. */
    public Map<ConvictionStatus, Integer> writeStatus(Path file, Integer runId, LocalDate asOf)
            throws FollowThroughException, IOException {
        List<StatusService.StatusRow> rows = statusRows(runId, asOf);
        CsvFiles.write(file, CsvFiles.STATUS, () -> rows.stream().map(r -> new String[] {r.ref(), r.subjectId(),
                r.countOrder(), r.outcome().name(), r.status().status().name(), CsvFiles.text(r.status().filingId()),
                CsvFiles.text(r.status().filedOn()), CsvFiles.text(r.status().orderResult()),
                CsvFiles.text(r.status().orderDate()), CsvFiles.text(r.status().pulledOn()),
                CsvFiles.text(r.daysWaiting())}).iterator());
        Map<ConvictionStatus, Integer> counts = new java.util.EnumMap<>(ConvictionStatus.class);
        rows.forEach(r -> counts.merge(r.status().status(), 1, Integer::sum));
        return counts;
    }

    /** Writes the Prop 64 convictions new in a pull as CSV. */
    public void writeNewInPull(long pullId, Path file) throws IOException {
        List<PullRepository.NewConviction> found = newInPull(pullId);
        CsvFiles.write(file, CsvFiles.NEW_IN_PULL, () -> found.stream().map(n -> new String[] {
                Long.toString(n.line()), n.subjectId(), n.countOrder(), n.section(),
                n.level().toLowerCase(java.util.Locale.ROOT), n.convictionDate(), n.caseNumber()}).iterator());
    }

    /**
     * The granted counts (granted or granted as modified, and not yet seen by a pull as confirmed), by
     * {@code subjectId + US + countOrder}, with the relief granted: what a fabricated later pull changes.
     */
    public Map<String, Outcome> grantedCounts() {
        Map<String, Outcome> out = new HashMap<>();
        Map<Integer, StatusLine> all = statuses();
        new org.reliefdesk.store.ConvictionRefRepository(workspace).all().forEach((key, ref) -> {
            StatusLine s = all.get(ref);
            if (s != null && s.granted() != null && s.status().granted()) {
                out.put(PullReconciler.countKey(key.subjectId(), key.countOrder()), s.granted());
            }
        });
        return out;
    }

    RunRepository.Run run(Integer runId) throws FollowThroughException {
        RunRepository runs = new RunRepository(workspace);
        return (runId == null ? runs.latest() : runs.find(runId)).orElseThrow(() -> FollowThroughException.none(
                runId == null ? "The workspace has no evaluation run yet." : "The workspace has no run " + runId
                        + "."));
    }
}
