package org.reliefdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reliefdesk.app.AppInfo;
import org.reliefdesk.app.AuditCheck;
import org.reliefdesk.app.BackupService;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.EvaluationService;
import org.reliefdesk.app.ImportService;
import org.reliefdesk.app.RunInfo;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceService;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.RunSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The desktop app's state: the open workspace, its runs and the selected run, the job running in the background,
 * and the commands of the File menu. Child view-models hold each screen's state. Never touches a Node.
 */
public final class MainViewModel {
    /** A problem to show in a dialog: a short title and a message a paralegal understands. */
    public record Problem(String title, String message) {
    }

    /** A question for the user: title, text, and the label of the button that says yes. */
    public record Question(String title, String message, String yes) {
    }

    private final Services services;
    private final FxTaskRunner runner;
    private final UserSettings settings;
    private final Path demoFolder;
    private final long demoRows;
    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunInfo> currentRun = new SimpleObjectProperty<>(this, "currentRun");
    private final ReadOnlyObjectWrapper<ImpactSummary> impact = new ReadOnlyObjectWrapper<>(this, "impact");
    private final ReadOnlyStringWrapper county = new ReadOnlyStringWrapper(this, "county");
    private final ReadOnlyObjectWrapper<AuditCheck> audit = new ReadOnlyObjectWrapper<>(this, "audit");
    private final StringBinding title;
    private final CasesViewModel cases;
    private final DetailViewModel detail;
    private final FollowUpViewModel followUp;
    private final DateDisplay dates;
    private final Appearance appearance;
    private Consumer<Problem> onProblem = p -> { };
    private Consumer<Problem> onNotice = p -> { };
    private java.util.function.BiConsumer<Question, Runnable> onQuestion = (q, yes) -> { };
    private boolean demo;
    /** What opening the workspace had to do first, kept for the status line once the run shows; or null. */
    private String openingNote;

    public MainViewModel(Services services, FxTaskRunner runner, UserSettings settings, Path demoFolder,
                         long demoRows) {
        this.services = services;
        this.runner = runner;
        this.settings = settings;
        this.demoFolder = demoFolder;
        this.demoRows = demoRows;
        this.dates = new DateDisplay(settings);
        this.cases = new CasesViewModel();
        this.detail = new DetailViewModel(this);
        this.followUp = new FollowUpViewModel(this);
        this.appearance = new Appearance(settings);
        this.title = Bindings.createStringBinding(() -> {
            WorkspaceSession s = session.get();
            if (s == null) {
                return "ReliefDesk";
            }
            return (demo ? "DEMO workspace (fabricated data)" : s.name()) + " — ReliefDesk";
        }, session);
        currentRun.addListener((o, was, run) -> loadRun(run));
        cases.selectedProperty().addListener((o, was, row) -> detail.load(row));
    }

    public void setOnProblem(Consumer<Problem> handler) {
        this.onProblem = handler;
    }

    /** Shows something the user should know that is no problem (e.g. an interrupted change undone on opening). */
    public void setOnNotice(Consumer<Problem> handler) {
        this.onNotice = handler;
    }

    /** Asks a question; the handler runs the given action (on the FX thread) when the answer is yes. */
    public void setOnQuestion(java.util.function.BiConsumer<Question, Runnable> handler) {
        this.onQuestion = handler;
    }

    public Services services() {
        return services;
    }

    public FxTaskRunner runner() {
        return runner;
    }

    public UserSettings settings() {
        return settings;
    }

    /** The date format of everything the window shows and exports. */
    public DateDisplay dates() {
        return dates;
    }

    /** View › Text size and View › High contrast. */
    public Appearance appearance() {
        return appearance;
    }

    public CasesViewModel cases() {
        return cases;
    }

    public DetailViewModel detail() {
        return detail;
    }

    /** The Follow-up menu's commands and the Progress tab's figures. */
    public FollowUpViewModel followUp() {
        return followUp;
    }

    /** Reads the shown run again (after a filing, an order or a pull changed its statuses). */
    public void reloadRun() {
        loadRun(currentRun.get());
    }

    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public WorkspaceSession session() {
        return session.get();
    }

    public boolean isDemo() {
        return demo;
    }

    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringBinding titleBinding() {
        return title;
    }

    public ObservableList<RunInfo> runs() {
        return runs;
    }

    public ObjectProperty<RunInfo> currentRunProperty() {
        return currentRun;
    }

    /** The county chosen for the open workspace (at its first import), or null. */
    public ReadOnlyStringProperty countyProperty() {
        return county.getReadOnlyProperty();
    }

    /** The last check of the open workspace's audit chain, or null (none open, or not checked yet). */
    public ReadOnlyObjectProperty<AuditCheck> auditProperty() {
        return audit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImpactSummary> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    /** True while background work runs: commands that change the workspace wait for it. */
    public boolean isBusy() {
        return job.get() != null && job.get().runningProperty().get();
    }

    // ---- File menu -------------------------------------------------------------------------------------------

    /** Builds a fresh demo workspace (fabricated data, marked DEMO) and opens it. */
    public void openDemo() {
        if (!readyForWork()) {
            return;
        }
        closeWorkspace();
        start("Opening the demo workspace", (p, c) -> services.workspaces().createDemo(demoFolder, demoRows, p, c),
                s -> attach(s, true), e -> problem("The demo workspace could not be made", e));
    }

    public void open(Path path) {
        if (!readyForWork()) {
            return;
        }
        WorkspaceSession current = session.get();
        if (current != null && current.path().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
            status.set(path.getFileName() + " is already open in this window");
            return;
        }
        start("Opening " + path.getFileName(), (p, c) -> services.workspaces().open(path), s -> {
            closeWorkspace();
            attach(s, false);
        }, e -> {
            if (e instanceof WorkspaceService.EmptyWorkspaceException empty) {
                offerToSetUp(path, empty.getMessage());
            } else {
                problem("The workspace was not opened", e);
            }
        });
    }

    /** A workspace file left empty by an interrupted creation: offered to be set up, not called "not a workspace". */
    private void offerToSetUp(Path path, String why) {
        status.set(path.getFileName() + " is empty: its creation was interrupted");
        onQuestion.accept(new Question("Set up this workspace?", why + " Set it up now?", "Set it up"), () -> {
            if (readyForWork()) {
                start("Setting up " + path.getFileName(), (p, c) -> services.workspaces().continueEmpty(path), s -> {
                    closeWorkspace();
                    attach(s, false);
                }, e -> problem("The workspace was not set up", e));
            }
        });
    }

    public void create(Path path) {
        if (!readyForWork()) {
            return;
        }
        start("Creating " + path.getFileName(), (p, c) -> services.workspaces().create(path), s -> {
            closeWorkspace();
            attach(s, false);
        }, e -> problem("The workspace was not created", e));
    }

    public void closeWorkspace() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        detail.clear();
        followUp.clear();
        cases.setRows(List.of());
        runs.clear();
        impact.set(null);
        county.set(null);
        audit.set(null);
        currentRun.set(null);
        session.set(null);
        runner.start("Closing", (p, c) -> {
            s.close();
            return null;
        }, x -> status.set("Workspace closed"), e -> problem("The workspace did not close cleanly", e));
    }

    public List<Path> recent() {
        return settings.recent();
    }

    // ---- Backups and the audit trail ---------------------------------------------------------------------------

    /** The open workspace's backups, newest first, read in the background; then {@code done} on the FX thread. */
    public void listBackups(Consumer<List<BackupService.Backup>> done) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        Path path = s.path();
        runner.start("Reading the backups", (p, c) -> services.backups().list(path), done,
                e -> problem("The backups cannot be listed", e));
    }

    /**
     * Puts a backup back in place of the open workspace: closes it, restores (the current file is kept as a backup
     * first), and opens it again.
     */
    public void restoreBackup(BackupService.Backup backup) {
        WorkspaceSession s = session.get();
        if (s == null || !readyForWork()) {
            return;
        }
        Path path = s.path();
        boolean wasDemo = demo;
        closeWorkspace();
        start("Restoring the backup", (p, c) -> {
            p.begin("Checking the backup and restoring it", -1);
            services.backups().restore(path, backup.id());
            return services.workspaces().open(path);
        }, restored -> {
            attach(restored, wasDemo);
            status.set("Restored " + path.getFileName() + " from the backup taken before the " + backup.beforeText()
                    + "; the workspace as it was is kept as a backup");
        }, e -> {
            problem("The backup was not restored", e);
            start("Opening " + path.getFileName(), (p, c) -> services.workspaces().open(path), x -> attach(x, wasDemo),
                    e2 -> problem("The workspace was not opened again", e2));
        });
    }

    /** Checks the audit chain of the open workspace in the background; the result shows in the status bar. */
    public void verifyAudit() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        runner.start("Verifying the audit trail", (p, c) -> s.verifyAudit(), check -> {
            if (session.get() == s) {
                audit.set(check);
            }
        }, e -> problem("The audit trail could not be checked", e));
    }

    // ---- Import and evaluate ----------------------------------------------------------------------------------

    /** Imports files into the open workspace, remembering the county; {@code done} gets the per-file outcomes. */
    public void importFiles(List<Path> files, String chosenCounty, Consumer<List<ImportService.FileOutcome>> done) {
        WorkspaceSession s = session.get();
        if (s == null || !readyForWork()) {
            return;
        }
        start("Importing DOJ files", (p, c) -> {
            if (chosenCounty != null && !chosenCounty.isBlank()) {
                s.setCounty(chosenCounty);
            }
            return s.importFiles(files, p, c);
        }, outcomes -> {
            if (chosenCounty != null && !chosenCounty.isBlank()) {
                county.set(chosenCounty);
            }
            status.set("Import finished: " + files.size() + " file(s). Next: run an evaluation (Runs & policy).");
            done.accept(outcomes);
        }, e -> problem("The import did not finish; the workspace is as it was before it", e));
    }

    /** Evaluates with these settings and selects the new run. */
    public void evaluate(RunSettings runSettings) {
        WorkspaceSession s = session.get();
        if (s == null || !readyForWork()) {
            return;
        }
        start("Evaluating convictions", (p, c) -> {
            EvaluationService.RunResult r = s.evaluate(runSettings, p, c);
            return new Loaded(s.runs(), r.run());
        }, loaded -> {
            runs.setAll(loaded.runs());
            currentRun.set(find(loaded.selected()));
            status.set("Run " + loaded.selected().id() + " done: " + loaded.selected().decisions() + " convictions");
        }, e -> problem("The evaluation did not finish; the workspace is as it was before it", e));
    }

    private record Loaded(List<RunInfo> runs, RunInfo selected) {
    }

    /** A court import evaluated again as {@code run}: the runs are read again and the new run shown. */
    void afterCourtImport(RunInfo run) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        start("Reading runs", (p, c) -> new Loaded(s.runs(), run), loaded -> {
            runs.setAll(loaded.runs());
            currentRun.set(find(loaded.selected()));
        }, e -> problem("The runs could not be read", e));
    }

    private RunInfo find(RunInfo run) {
        return runs.stream().filter(r -> r.id() == run.id()).findFirst().orElse(run);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void attach(WorkspaceSession s, boolean isDemo) {
        demo = isDemo || s.isDemo();
        session.set(s);
        if (!isDemo) {
            settings.addRecent(s.path());
        }
        status.set((demo ? "DEMO workspace (fabricated data, no real person): " : "Opened ") + s.path().getFileName());
        openingNote = s.notes().isEmpty() ? null : String.join(" ", s.notes());
        if (openingNote != null) {
            status.set(status.get() + " · " + openingNote);
            onNotice.accept(new Problem("Opened " + s.path().getFileName(), String.join("\n\n", s.notes())));
        }
        start("Reading runs", (p, c) -> new Opened(s.runs(), s.county().orElse(null)), opened -> {
            List<RunInfo> list = opened.runs();
            county.set(opened.county());
            runs.setAll(list);
            currentRun.set(list.isEmpty() ? null : list.get(list.size() - 1));
            verifyAudit();
        }, e -> problem("The runs could not be read", e));
    }

    private record Opened(List<RunInfo> runs, String county) {
    }

    private void loadRun(RunInfo run) {
        WorkspaceSession s = session.get();
        if (run == null || s == null) {
            cases.setRows(List.of());
            impact.set(null);
            return;
        }
        start("Loading run " + run.id(), (p, c) -> new RunData(new CasesViewModel.Prepared(s.cases(run.id())),
                s.impact(run.id())), data -> {
            cases.setRows(data.rows());
            // the fixed columns' orders, made aside so a click on their header only walks a ready order
            List<org.reliefdesk.app.CaseRow> rows = cases.all();
            List<org.reliefdesk.app.CaseRow> copy = List.copyOf(rows);
            java.util.Map<String, java.util.Comparator<org.reliefdesk.app.CaseRow>> fixed = cases.fixedColumns();
            runner.startAside("Sort orders", () -> CasesViewModel.orders(copy, fixed), o -> cases.useOrders(rows, o));
            if (!copy.isEmpty()) {
                // the first selection then finds the detail's reading warm (its classes loaded, its queries compiled)
                org.reliefdesk.app.CaseRow first = copy.get(0);
                runner.start("Preparing the detail", (p, c) -> {
                    s.detail(run.id(), first);
                    return s.followThrough().timeline(run.id(), first.subjectId(), first.countOrder());
                }, x -> { }, e -> { });
            }
            impact.set(data.impact());
            status.set((demo ? "DEMO workspace (fabricated data, no real person) · " : "") + "Run " + run.id()
                    + ": " + String.format("%,d", cases.all().size()) + " convictions"
                    + (openingNote == null ? "" : " · " + openingNote));
            openingNote = null;
        }, e -> problem("The run could not be read", e));
    }

    private record RunData(CasesViewModel.Prepared rows, ImpactSummary impact) {
    }

    /** Starts background work and shows it as the current job. */
    <T> void start(String what, FxTaskRunner.Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        Job j = runner.start(what, work, done, failed);
        if (j.runningProperty().get()) {
            job.set(j);
        }
    }

    private boolean readyForWork() {
        if (isBusy()) {
            onProblem.accept(new Problem("Please wait", "\"" + job.get().titleProperty().get()
                    + "\" is still running. Wait for it to finish or cancel it first."));
            return false;
        }
        return true;
    }

    void problem(String what, Throwable e) {
        if (e instanceof CancellationException) {
            status.set("Cancelled: nothing was changed");
            return;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        status.set(what);
        onProblem.accept(new Problem(what, message));
    }

    void status(String text) {
        status.set(text);
    }

    public String version() {
        return AppInfo.version();
    }
}
