package org.reliefdesk.app;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.csv.GoCsvWriter;
import org.reliefdesk.export.excel.CourtWorkbookWriter;
import org.reliefdesk.export.excel.CourtWorkbookWriter.SummaryRow;
import org.reliefdesk.export.pdf.BulkMotionWriter;
import org.reliefdesk.export.pdf.ChallengeNoticeWriter;
import org.reliefdesk.export.pdf.Letterhead;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.export.pdf.PersonOrderWriter;
import org.reliefdesk.export.pdf.PleadingFonts;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Court-ready exports of a run (issue 4): the Excel workbook, the bulk motion with its proposed order, per-person
 * orders and the notice of challenges under H&S 11361.9(c). Every paper shows the <em>effective</em> outcome: the
 * latest attorney override of a conviction, else the engine's decision. Files are written as temporary files
 * beside their destination and moved into place only when all are complete (docs/decisions/0007).
 */
public final class CourtExportService {
    private static final int STEP = 1000;
    private final Clock clock;
    private final AuditService audit;
    private final int orderThreads;
    private final DiskSpace disk;
    private final BackupLimits limits;

    /** One-file-per-person orders are written on up to two threads (as many as there are processors). */
    public CourtExportService(Clock clock, AuditService audit) {
        this(clock, audit, defaultThreads());
    }

    /** {@code orderThreads}: threads writing one-file-per-person orders (1: on the calling thread). */
    public CourtExportService(Clock clock, AuditService audit, int orderThreads) {
        this(clock, audit, orderThreads, DiskSpace.ofFileSystem(), BackupLimits.DEFAULT);
    }

    /**
     * {@code disk}: the free space checked before writing; {@code limits}: the backups kept of a workspace this opens
     * (an older one is backed up before its upgrade).
     */
    public CourtExportService(Clock clock, AuditService audit, int orderThreads, DiskSpace disk, BackupLimits limits) {
        this.clock = clock;
        this.audit = audit;
        this.orderThreads = Math.max(1, orderThreads);
        this.disk = disk;
        this.limits = limits;
    }

    /** Up to two threads for one-file-per-person orders, as many as there are processors. */
    static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * What to write; a null path is not written. {@code runId} null means the latest run; {@code office} null
     * means the workspace's copy (a given one is saved into the workspace). {@code identifiers}: the workbook also
     * carries each person's SSN, driver licence and FBI number (only when the user asks; recorded in the audit log).
     * {@code dates}: how the papers and the workbook show dates (the user's choice; never read from settings here).
     */
    public record Request(Integer runId, Path workbook, Path motion, Path orders, Path ordersFolder, Path notice,
                          OfficeDetails office, boolean identifiers, DateStyle dates) {
        public Request {
            dates = dates == null ? DateStyle.DEFAULT : dates;
        }

        public Request(Integer runId, Path workbook, Path motion, Path orders, Path ordersFolder, Path notice,
                       OfficeDetails office, boolean identifiers) {
            this(runId, workbook, motion, orders, ordersFolder, notice, office, identifiers, DateStyle.DEFAULT);
        }

        public Request(Integer runId, Path workbook, Path motion, Path orders, Path ordersFolder, Path notice,
                       OfficeDetails office) {
            this(runId, workbook, motion, orders, ordersFolder, notice, office, false);
        }

        /** The same request with another office (benchmarks' stand-in details). */
        Request withOffice(OfficeDetails details) {
            return new Request(runId, workbook, motion, orders, ordersFolder, notice, details, identifiers, dates);
        }

        boolean needsOffice() {
            return motion != null || orders != null || ordersFolder != null || notice != null;
        }

        boolean nothing() {
            return workbook == null && !needsOffice();
        }
    }

    /** What was written: counts only, no personal data. */
    public record Result(int runId, long convictions, Map<Outcome, Long> byOutcome, long overridden, long people,
                         int orders, List<Path> files) {
    }

    /** Why an export cannot be done, in words a paralegal can act on. */
    public static final class ExportException extends Exception {
        private static final long serialVersionUID = 1L;

        /** What kind of problem: the CLI maps it to an exit code. */
        public enum Kind {
            /** Nothing asked for, or office details missing: fix the request. */
            REQUEST,
            /** No run, or a run without convictions: nothing to export. */
            NO_INPUT,
            /** A destination cannot be written. */
            DESTINATION
        }

        private final Kind kind;

        ExportException(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        ExportException(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** The office details kept in the workspace, if any (possibly incomplete: see {@link OfficeDetails#missingKeys}). */
    public Optional<OfficeDetails> office(Workspace workspace) throws OfficeDetails.InvalidException {
        String json = workspace.info(OfficeDetails.WORKSPACE_KEY);
        if (json == null) {
            return Optional.empty();
        }
        return Optional.of(OfficeDetails.parse(json, "the workspace"));
    }

    /** Keeps the office details in the workspace (the GUI's settings screen and {@code --office} call this). */
    public void saveOffice(Workspace workspace, OfficeDetails office) {
        workspace.setInfo(OfficeDetails.WORKSPACE_KEY, office.toJson());
        audit.record(workspace, "office-details", "office details saved");
    }

    /** Opens the workspace file (which must exist) and exports from it. */
    public Result export(Path workspaceFile, Request request, Progress progress, Cancellation cancel)
            throws ExportException, IOException {
        return export(workspaceFile, request, null, progress, cancel);
    }

    /**
     * As {@link #export(Path, Request, Progress, Cancellation)}; {@code fallbackOffice} (not saved) serves when
     * neither the request nor the workspace has office details (benchmarks).
     */
    public Result export(Path workspaceFile, Request request, OfficeDetails fallbackOffice, Progress progress,
                         Cancellation cancel) throws ExportException, IOException {
        if (!Files.isRegularFile(workspaceFile)) {
            throw new ExportException(ExportException.Kind.NO_INPUT, "There is no workspace file at " + workspaceFile
                    + ".");
        }
        try (Workspace workspace = Workspace.open(workspaceFile, limits)) {
            Request r = request;
            if (r.office() == null && fallbackOffice != null && workspace.info(OfficeDetails.WORKSPACE_KEY) == null) {
                r = r.withOffice(fallbackOffice);
                return export(workspace, r, false, progress, cancel);
            }
            return export(workspace, r, true, progress, cancel);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** Writes what the request names from a run of an open workspace. */
    public Result export(Workspace workspace, Request request, Progress progress, Cancellation cancel)
            throws ExportException, IOException {
        return export(workspace, request, true, progress, cancel);
    }

    private Result export(Workspace workspace, Request request, boolean saveOffice, Progress progress,
                          Cancellation cancel) throws ExportException, IOException {
        if (request.nothing()) {
            throw new ExportException(ExportException.Kind.REQUEST, "Nothing to write: name at least one file "
                    + "(workbook, motion, orders or notice).");
        }
        RunRepository runs = new RunRepository(workspace);
        RunRepository.Run run = (request.runId() == null ? runs.latest() : runs.find(request.runId()))
                .orElseThrow(() -> new ExportException(ExportException.Kind.NO_INPUT, request.runId() == null
                        ? "The workspace " + workspace.path().getFileName() + " has no evaluation run yet; run an "
                        + "evaluation first." : "The workspace " + workspace.path().getFileName() + " has no run "
                        + request.runId() + "."));
        if (run.decisions() == 0) {
            throw new ExportException(ExportException.Kind.NO_INPUT, "Run " + run.id() + " holds no Prop 64 "
                    + "conviction of the county: there is nothing to put in court papers.");
        }
        PaperSetup paper = null;
        if (request.needsOffice()) {
            OfficeDetails office = request.office();
            if (office == null) {
                try {
                    office = office(workspace).orElse(null);
                } catch (OfficeDetails.InvalidException e) {
                    throw new ExportException(ExportException.Kind.REQUEST, e.getMessage());
                }
            }
            if (office == null) {
                throw new ExportException(ExportException.Kind.REQUEST, "The office details are missing ("
                        + String.join(", ", OfficeDetails.KEYS) + "); enter them in the settings, or give them "
                        + "with --office FILE.");
            }
            List<String> missing = office.missingKeys();
            if (!missing.isEmpty()) {
                throw new ExportException(ExportException.Kind.REQUEST, "The office details lack "
                        + String.join(", ", missing) + "; fill them in before writing court papers.");
            }
            if (request.office() != null && saveOffice) {
                saveOffice(workspace, office);
            }
            paper = new PaperSetup(new Letterhead(office.county(), office.courtName(), office.courtAddress(),
                    office.daName(), office.deputyName(), office.barNumber(), office.officeAddress(), office.phone(),
                    office.email()), request.dates(), Instant.now(clock).atZone(ZoneId.systemDefault()),
                    "ReliefDesk " + AppInfo.version());
        }
        try {
            CourtExportSpace.estimate(disk, workspace, run, request).check();
        } catch (StoreException e) {
            throw new ExportException(ExportException.Kind.DESTINATION, e.getMessage(), e);
        }
        Destinations out = new Destinations();
        try {
            return write(workspace, run, request, paper, out, progress, cancel);
        } catch (UncheckedIOException e) {
            throw out.explain(e.getCause());
        } catch (IOException e) {
            throw out.explain(e);
        } finally {
            out.close();
        }
    }

    private Result write(Workspace workspace, RunRepository.Run run, Request request, PaperSetup paper,
                         Destinations out, Progress progress, Cancellation cancel)
            throws IOException, ExportException {
        OutputStream workbookFile = request.workbook() == null ? null : out.open(request.workbook());
        OutputStream motionFile = request.motion() == null ? null : out.open(request.motion());
        OutputStream ordersFile = request.orders() == null ? null : out.open(request.orders());
        OutputStream noticeFile = request.notice() == null ? null : out.open(request.notice());
        OutputFolder perPerson = request.ordersFolder() == null ? null : out.folder(request.ordersFolder());

        Map<OverrideRepository.ConvictionKey, OverrideRepository.Override> overrides =
                new OverrideRepository(workspace).latestOverrides();
        Tally tally = new Tally();
        try (PleadingFonts fonts = paper == null ? null : new PleadingFonts();
             CourtWorkbookWriter workbook = workbookFile == null ? null : new CourtWorkbookWriter(workbookFile,
                     request.identifiers() ? identifiers(workspace) : null, request.dates());
             PersonOrderWriter combined = ordersFile == null ? null
                     : PersonOrderWriter.streamed(fonts, paper, ordersFile);
             GoCsvWriter index = perPerson == null ? null : new GoCsvWriter(perPerson.open("index.csv"));
             PersonSink people = new PersonSink(combined, perPerson, index, fonts, paper, orderThreads)) {
            BulkMotionWriter motion = motionFile == null ? null : new BulkMotionWriter(fonts, paper);
            ChallengeNoticeWriter notice = noticeFile == null ? null : new ChallengeNoticeWriter(fonts, paper);
            if (index != null) {
                index.row("file", "name", "dob", "cii", "case_numbers", "convictions");
            }
            progress.begin("Writing court papers", run.decisions());
            runs(workspace).forEachDecisionByPerson(run.id(), new Rows(overrides, c -> {
                try {
                    if (workbook != null) {
                        workbook.conviction(c);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (motion != null) {
                    motion.add(c);
                }
                if (notice != null) {
                    notice.add(c);
                }
                people.add(c);
                tally.add(c);
                if (tally.convictions % STEP == 0) {
                    progress.advance(tally.convictions);
                    cancel.check();
                }
            }));
            people.flush();
            people.finish();
            cancel.check();
            if (workbook != null) {
                progress.begin("Writing the workbook", -1);
                List<ImportBatch> batches = BundleExportService.batchesOf(workspace, run);
                SourceRepository sources = new SourceRepository(workspace);
                for (ImportBatch b : batches) {
                    sources.forEachRejected(b.id(), b.fileName(), workbook::rejected);
                }
                workbook.summary(summary(run, batches, tally, Instant.now(clock)));
                workbook.finish();
            }
            if (motion != null) {
                progress.begin("Writing the motion", -1);
                motion.write(motionFile);
                motionFile.close();
            }
            if (notice != null) {
                progress.begin("Writing the notice of challenges", -1);
                notice.write(noticeFile);
                noticeFile.close();
            }
            if (combined != null) {
                progress.begin("Writing the orders", -1);
                combined.finish();
                ordersFile.close();
            }
            cancel.check();
            tally.orders = people.orders;
        }
        out.commit();
        progress.advance(tally.convictions);
        audit.record(workspace, "court-export", "run " + run.id() + ": " + tally.convictions + " convictions, "
                + out.files().size() + " files" + (request.identifiers() && request.workbook() != null
                ? "; the workbook carries SSN, driver licence and FBI numbers, as asked" : ""));
        return new Result(run.id(), tally.convictions, tally.byOutcome, tally.overridden, tally.people, tally.orders,
                out.files());
    }

    /** Every person's SSN, driver licence and FBI number as filed (blank when the DOJ gave none), by subject id. */
    private static java.util.function.Function<String, List<String>> identifiers(Workspace workspace) {
        Map<String, org.reliefdesk.store.ReviewRepository.Identifiers> all =
                new org.reliefdesk.store.ReviewRepository(workspace).allIdentifiers();
        return subjectId -> {
            org.reliefdesk.store.ReviewRepository.Identifiers i = all.get(subjectId);
            return i == null ? List.of("", "", "") : List.of(DojText.clean(i.ssn()), DojText.clean(i.cdl()),
                    DojText.clean(i.fbi()));
        };
    }

    private static RunRepository runs(Workspace workspace) {
        return new RunRepository(workspace);
    }

    /** Counts by effective outcome and by section, for the Summary sheet and the result. */
    private static final class Tally {
        final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        final Map<String, Map<Outcome, Long>> bySection = new TreeMap<>();
        long convictions;
        long overridden;
        long people;
        int orders;
        private String lastSubject;

        Tally() {
            for (Outcome o : Outcome.values()) {
                byOutcome.put(o, 0L);
            }
        }

        void add(CourtConviction c) {
            convictions++;
            byOutcome.merge(c.outcome(), 1L, Long::sum);
            bySection.computeIfAbsent(c.section(), s -> new EnumMap<>(Outcome.class)).merge(c.outcome(), 1L,
                    Long::sum);
            if (c.overridden()) {
                overridden++;
            }
            if (!c.subjectId().equals(lastSubject)) {
                people++;
                lastSubject = c.subjectId();
            }
        }
    }

    /** Turns stored decisions into court rows with the effective outcome. */
    private record Rows(Map<OverrideRepository.ConvictionKey, OverrideRepository.Override> overrides,
                        java.util.function.Consumer<CourtConviction> each)
            implements BiConsumer<DecisionRecord, SubjectInfo> {
        @Override
        public void accept(DecisionRecord d, SubjectInfo s) {
            OverrideRepository.Override o = overrides.get(new OverrideRepository.ConvictionKey(d.subjectId(),
                    d.countOrder()));
            Outcome effective = d.outcome();
            if (o != null) {
                effective = outcomeOf(o.outcome(), d.outcome());
            }
            String level;
            try {
                level = Level.valueOf(d.level()).word();
            } catch (IllegalArgumentException e) {
                level = d.level().toLowerCase(Locale.ROOT);
            }
            String reason = d.reason().title() + " (" + d.reason().cites() + ")";
            each.accept(new CourtConviction(d.subjectId(), d.countOrder(), s.name(),
                    DojDates.parse(s.dob()).orElse(null), s.dob(), s.cii(), d.caseNumber(), d.court(),
                    d.hasZeroDate() ? null : d.convictionDate(), d.section(), level, d.outcome(), effective, reason,
                    d.explanation(), d.flags(), o == null ? null : o.user(), o == null ? null : o.at(),
                    o == null ? null : o.reason(), d.recordSource().label()));
        }

        private static Outcome outcomeOf(String name, Outcome fallback) {
            try {
                return Outcome.valueOf(name);
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        }
    }

    /**
     * Collects one person's convictions with relief and writes their order when the next person starts. With a
     * folder, each person's file is written by one of {@code threads} workers, each with its own fonts (PDFBox
     * documents and parsed fonts are not thread-safe); file names and index rows are given here, in reading order,
     * so the output does not depend on the number of threads.
     */
    private static final class PersonSink implements AutoCloseable {
        private final PersonOrderWriter combined;
        private final OutputFolder folder;
        private final GoCsvWriter index;
        private final PleadingFonts fonts;
        private final PaperSetup paper;
        private final List<CourtConviction> current = new ArrayList<>();
        private final ExecutorService pool;
        /** Files handed to workers and not yet written: at most two per worker, so memory stays bounded. */
        private final Semaphore slots;
        /** Fonts parsed for the workers, one set per worker at most, lent to one file at a time. */
        private final Queue<PleadingFonts> idleFonts = new ConcurrentLinkedQueue<>();
        private final Queue<PleadingFonts> workerFonts = new ConcurrentLinkedQueue<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        int orders;

        PersonSink(PersonOrderWriter combined, OutputFolder folder, GoCsvWriter index, PleadingFonts fonts,
                   PaperSetup paper, int threads) {
            this.combined = combined;
            this.folder = folder;
            this.index = index;
            this.fonts = fonts;
            this.paper = paper;
            boolean parallel = folder != null && threads > 1;
            this.pool = parallel ? Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "order-writer");
                t.setDaemon(true);
                return t;
            }) : null;
            this.slots = new Semaphore(parallel ? 2 * threads : 1);
        }

        void add(CourtConviction c) {
            if (combined == null && folder == null) {
                return;
            }
            if (!current.isEmpty() && !current.get(0).subjectId().equals(c.subjectId())) {
                flush();
            }
            if (c.outcome() == Outcome.DISMISS || c.outcome() == Outcome.REDUCE) {
                current.add(c);
            }
        }

        void flush() {
            if (current.isEmpty()) {
                return;
            }
            try {
                orders++;
                if (combined != null) {
                    combined.order(current);
                }
                if (folder != null) {
                    String name = String.format(Locale.ROOT, "order-%05d.pdf", orders);
                    CourtConviction first = current.get(0);
                    List<String> cases = current.stream().map(CourtConviction::caseNumber).distinct().toList();
                    index.row(name, first.name(), first.dobDisplay(), first.cii(), String.join("; ", cases),
                            Integer.toString(current.size()));
                    OutputStream file = folder.open(name);
                    if (pool == null) {
                        writeOrder(fonts, List.copyOf(current), file);
                    } else {
                        submit(List.copyOf(current), file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current.clear();
        }

        private void submit(List<CourtConviction> person, OutputStream file) throws IOException {
            rethrow();
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing the orders");
            }
            pool.execute(() -> {
                try {
                    PleadingFonts f = idleFonts.poll();
                    if (f == null) {
                        f = new PleadingFonts();
                        workerFonts.add(f);
                    }
                    try {
                        writeOrder(f, person, file);
                    } finally {
                        idleFonts.add(f);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    try {
                        file.close();
                    } catch (IOException ignored) {
                        // the export fails anyway and its part files are removed
                    }
                } finally {
                    slots.release();
                }
            });
        }

        private void writeOrder(PleadingFonts f, List<CourtConviction> person, OutputStream file)
                throws IOException {
            try (OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
                 PersonOrderWriter one = PersonOrderWriter.streamed(f, paper, buffered)) {
                one.order(person);
                one.finish();
            }
        }

        /** Waits for every file to be written; the first failure of a worker is thrown here. */
        void finish() throws IOException {
            if (pool == null) {
                return;
            }
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing the orders");
            }
            rethrow();
        }

        private void rethrow() throws IOException {
            Throwable t = failure.get();
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        /** Stops the workers (after a failure or cancel) and releases their fonts. */
        @Override
        public void close() throws IOException {
            if (pool != null) {
                pool.shutdownNow();
                try {
                    pool.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (PleadingFonts f : workerFonts) {
                f.close();
            }
            workerFonts.clear();
        }
    }

    private static List<SummaryRow> summary(RunRepository.Run run, List<ImportBatch> batches, Tally tally,
                                            Instant exportedAt) {
        ImpactSummary s = run.summary();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.heading("ReliefDesk court export: Prop 64 convictions (H&S 11361.8, 11361.9)"));
        rows.add(SummaryRow.of("Run", run.id()));
        rows.add(SummaryRow.of("County", run.county()));
        rows.add(SummaryRow.of("Compute-at date", DojDates.parse(run.computeAt().replace("-", "")).orElse(null)));
        rows.add(SummaryRow.of("Rules mode", run.mode()));
        rows.add(SummaryRow.of("Policy", run.policyJson()));
        rows.add(SummaryRow.of("Run started (UTC)", utc(run.startedAt())));
        rows.add(SummaryRow.of("Run finished (UTC)", utc(run.finishedAt())));
        rows.add(SummaryRow.of("App version of the run", run.appVersion()));
        rows.add(SummaryRow.of("App version of this export", AppInfo.version()));
        rows.add(SummaryRow.of("Exported at (UTC)", LocalDateTime.ofInstant(exportedAt, ZoneOffset.UTC)));
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

    /** A stored instant as a date and time the workbook shows in the chosen format; other text as it is. */
    private static Object utc(String instant) {
        try {
            return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return instant;
        }
    }

    private static String labelOf(String outcomeName) {
        try {
            return Outcome.valueOf(outcomeName).label();
        } catch (IllegalArgumentException e) {
            return outcomeName;
        }
    }

    /**
     * The destination files of one export: each written as a temporary part beside its final place and moved there
     * only when all are complete; closing without commit removes every part.
     */
    private final class Destinations implements AutoCloseable {
        private final Map<Path, OutputFolder> folders = new LinkedHashMap<>();
        private final List<Path> files = new ArrayList<>();
        private Path current;
        private OutputFolder perPerson;

        OutputStream open(Path file) throws ExportException, IOException {
            Path abs = file.toAbsolutePath().normalize();
            current = abs;
            if (Files.isDirectory(abs)) {
                throw new ExportException(ExportException.Kind.DESTINATION, abs + " is a folder; give a file name "
                        + "for the export.");
            }
            checkNotLocked(abs);
            checkFolder(abs.getParent());
            OutputFolder folder = folderFor(abs.getParent());
            OutputStream stream = folder.open(abs.getFileName().toString());
            files.add(abs);
            return stream;
        }

        OutputFolder folder(Path dir) throws ExportException, IOException {
            Path abs = dir.toAbsolutePath().normalize();
            current = abs;
            if (Files.exists(abs) && !Files.isDirectory(abs)) {
                throw new ExportException(ExportException.Kind.DESTINATION, abs + " is a file, not a folder; "
                        + "give a folder for the per-person orders.");
            }
            checkFolder(abs);
            perPerson = new OutputFolder(abs);
            return perPerson;
        }

        /** A folder that exists or can be made: no file may stand where it or one of its parents should be. */
        private void checkFolder(Path dir) throws ExportException {
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    if (!Files.isDirectory(p)) {
                        throw new ExportException(ExportException.Kind.DESTINATION, "The folder " + dir
                                + " cannot be used: " + p + " is a file, not a folder.");
                    }
                    if (!Files.isWritable(p)) {
                        throw new ExportException(ExportException.Kind.DESTINATION, "The folder " + p
                                + " cannot be written to; choose another place for the export.");
                    }
                    return;
                }
            }
        }

        private OutputFolder folderFor(Path dir) throws IOException {
            OutputFolder f = folders.get(dir);
            if (f == null) {
                f = new OutputFolder(dir);
                folders.put(dir, f);
            }
            return f;
        }

        /** Fails early when an existing destination cannot be opened for writing (e.g. open in Excel on Windows). */
        private void checkNotLocked(Path file) throws ExportException {
            if (!Files.exists(file)) {
                return;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.size();
            } catch (IOException e) {
                throw new ExportException(ExportException.Kind.DESTINATION, file + " cannot be replaced: it is "
                        + "read-only or open in another program; close it and try again.", e);
            }
        }

        void commit() throws IOException {
            for (OutputFolder f : folders.values()) {
                current = f.folder();
                f.commit();
            }
            if (perPerson != null) {
                current = perPerson.folder();
                perPerson.commit();
            }
        }

        List<Path> files() {
            List<Path> all = new ArrayList<>(files);
            if (perPerson != null) {
                all.addAll(perPerson.files());
            }
            return all;
        }

        ExportException explain(IOException e) {
            String where = current == null ? "the destination" : current.toString();
            if (DiskSpace.isFull(e)) {
                return new ExportException(ExportException.Kind.DESTINATION, "The disk holding " + where
                        + " is full; nothing was written (no paper was left half-written). Free some space on that "
                        + "disk, or choose another place, and export again.", e);
            }
            if (e instanceof AccessDeniedException) {
                return new ExportException(ExportException.Kind.DESTINATION, where + " cannot be written: access "
                        + "is denied (read-only, or open in another program).", e);
            }
            if (e instanceof FileSystemException fs) {
                String reason = fs.getReason() == null ? "" : fs.getReason();
                if (reason.toLowerCase(Locale.ROOT).contains("used by another process")) {
                    return new ExportException(ExportException.Kind.DESTINATION, where + " is open in another "
                            + "program; close it and export again.", e);
                }
                return new ExportException(ExportException.Kind.DESTINATION, where + " cannot be written"
                        + (reason.isEmpty() ? "" : " (" + reason + ")") + "; nothing was written.", e);
            }
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new ExportException(ExportException.Kind.DESTINATION, "Could not write " + where + msg
                    + "; nothing was written.", e);
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            List<OutputFolder> all = new ArrayList<>(folders.values());
            if (perPerson != null) {
                all.add(perPerson);
            }
            for (OutputFolder f : all) {
                try {
                    f.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
