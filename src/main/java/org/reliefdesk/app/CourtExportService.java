package org.reliefdesk.app;

import org.reliefdesk.app.followthrough.PaperRecords;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.csv.GoCsvWriter;
import org.reliefdesk.export.excel.CourtWorkbookWriter;
import org.reliefdesk.export.pdf.BulkMotionWriter;
import org.reliefdesk.export.pdf.ChallengeNoticeWriter;
import org.reliefdesk.export.pdf.Letterhead;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.export.pdf.PersonOrderWriter;
import org.reliefdesk.export.pdf.PleadingFonts;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.ConvictionRefRepository.RunRefs;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final PaperRecords papers;
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
        this.papers = new PaperRecords(clock, audit);
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

    /** Writes what the request names with office details that are used and not kept in the workspace (the demo). */
    Result exportUnsaved(Workspace workspace, Request request, Progress progress, Cancellation cancel)
            throws ExportException, IOException {
        return export(workspace, request, false, progress, cancel);
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
        ExportDestinations out = new ExportDestinations();
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
                         ExportDestinations out, Progress progress, Cancellation cancel)
            throws IOException, ExportException {
        OutputStream workbookFile = request.workbook() == null ? null : out.open(request.workbook());
        OutputStream motionFile = request.motion() == null ? null : out.open(request.motion());
        OutputStream ordersFile = request.orders() == null ? null : out.open(request.orders());
        OutputStream noticeFile = request.notice() == null ? null : out.open(request.notice());
        OutputFolder perPerson = request.ordersFolder() == null ? null : out.folder(request.ordersFolder());
        PaperRecords.Begun begun = papers.begin(workspace, "court papers of run " + run.id());
        PaperFiles refsOf = new PaperFiles();

        Map<OverrideRepository.ConvictionKey, OverrideRepository.Override> overrides =
                new OverrideRepository(workspace).latestOverrides();
        CourtTally tally = new CourtTally();
        Map<String, String> personRefs;
        try (PleadingFonts fonts = paper == null ? null : new PleadingFonts();
             CourtWorkbookWriter workbook = workbookFile == null ? null : new CourtWorkbookWriter(workbookFile,
                     request.identifiers() ? identifiers(workspace) : null, request.dates());
             PersonOrderWriter combined = ordersFile == null ? null
                     : PersonOrderWriter.streamed(fonts, paper, ordersFile);
             GoCsvWriter index = perPerson == null ? null : new GoCsvWriter(out.openInFolder("index.csv"));
             PersonOrderSink people = new PersonOrderSink(combined, perPerson, out::openInFolder, index, fonts,
                     paper, orderThreads)) {
            BulkMotionWriter motion = motionFile == null ? null : new BulkMotionWriter(fonts, paper);
            ChallengeNoticeWriter notice = noticeFile == null ? null : new ChallengeNoticeWriter(fonts, paper);
            PaperFiles.stamp(begun.stamp(), workbook, combined, motion, notice, people);
            personRefs = people.refsByFile;
            if (index != null) {
                index.row("file", "name", "dob", "cii", "case_numbers", "convictions");
            }
            progress.begin("Writing court papers", run.decisions());
            RunRefs refs = new ConvictionRefRepository(workspace).ofRun(run.id());
            runs(workspace).forEachDecisionByPerson(run.id(), new CourtRows(overrides, refs, c -> {
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
                refsOf.add(c);
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
                workbook.summary(CourtSummarySheet.rows(run, batches, tally, Instant.now(clock), begun.stamp()));
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
        // every file is closed (and hashed) now: record them before they take their final names
        try {
            papers.record(workspace, run.id(), begun, PaperFiles.recorded(request, out, refsOf, personRefs));
        } catch (StoreException e) {
            throw new ExportException(ExportException.Kind.DESTINATION, e.getMessage(), e);
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

}
