package org.reliefdesk.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reliefdesk.app.WorkspaceService;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.Outcome;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The app shell: menu bar, DEMO banner, welcome screen or the workspace's tabs, the job overlay, the bar of
 * non-modal results and the status line.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final StackPane center = new StackPane();
    private final JobPane jobPane = new JobPane();
    private final HBox demoBanner = new HBox();
    private final Menu recentMenu = new Menu("Open recent");
    private final ResultBar results;
    private TabPane tabs;
    private CasesView casesView;
    private RunsView runsView;
    private LookupView lookupView;
    private java.util.function.Consumer<Path> folderOpener = p -> { };
    private final FollowUpMenu followUps;

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        this.followUps = new FollowUpMenu(vm, this::window, this::showProblem);
        setId("main-window");
        getStylesheets().add(Styles.STYLESHEET);
        vm.setOnProblem(p -> showProblem(p.title(), p.message()));
        vm.setOnNotice(n -> Prompts.notice(window(), n.title(), n.message()));
        vm.setOnQuestion((q, yes) -> Prompts.ask(window(), q, yes));
        Label demoText = new Label("DEMO — fabricated data, no real person. Nothing here may be filed.");
        demoBanner.getChildren().add(demoText);
        demoBanner.getStyleClass().add(Styles.DEMO_BANNER);
        demoBanner.setId("demo-banner");
        demoBanner.setVisible(false);
        demoBanner.setManaged(false);
        setTop(new VBox(menuBar(), demoBanner));
        center.getChildren().addAll(new Region(), jobPane);
        results = new ResultBar(center);
        setCenter(results);
        setBottom(new StatusLine(vm));
        vm.jobProperty().addListener((o, was, job) -> jobPane.show(job));
        // style the progress pane once the window exists, so its first appearance costs the FX thread nothing
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                jobPane.prepare();
                AppearanceMenus.otherKeys(scene, vm.appearance());
            }
        });
        vm.sessionProperty().addListener((o, was, s) -> showWorkspace(s));
        showWorkspace(null);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.session() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && vm.session() != null;
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> importFiles(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** How "Open folder" shows a folder (the desktop's file manager in the app; nothing in tests). */
    public void setFolderOpener(java.util.function.Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    /** The Follow-up menu's commands (tests open its dialogs through it). */
    FollowUpMenu followUps() {
        return followUps;
    }

    /** Where non-modal results show (import finished, export written). */
    ResultBar results() {
        return results;
    }

    /** The review screen, when a workspace is open (benchmark and tests). */
    CasesView casesViewForTest() {
        return casesView;
    }

    private void showWorkspace(WorkspaceSession s) {
        boolean demo = s != null && vm.isDemo();
        demoBanner.setVisible(demo);
        demoBanner.setManaged(demo);
        if (s == null) {
            tabs = null;
            casesView = null;
            center.getChildren().set(0, new WelcomeView(vm::openDemo, this::newWorkspace, this::openWorkspace,
                    vm.recent(), vm::open));
            return;
        }
        casesView = new CasesView(vm);
        Tab runsTab = tab("Runs & policy", null);
        runsView = new RunsView(vm, runsTab.selectedProperty());
        runsTab.setContent(runsView);
        lookupView = new LookupView(vm);
        Tab impact = tab("Impact", null);
        impact.setContent(new ImpactView(vm, impact.selectedProperty()));
        Tab progress = tab("Progress", null);
        progress.setContent(new ProgressView(vm, progress.selectedProperty()));
        tabs = new TabPane(tab("Cases", casesView), runsTab, impact, tab("Look-up", lookupView), progress);
        tabs.setId("workspace-tabs");
        tabs.setAccessibleText("Workspace screens");
        center.getChildren().set(0, tabs);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return t;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem newWs = item("_New workspace…", "Shortcut+N", this::newWorkspace);
        MenuItem open = item("_Open workspace…", "Shortcut+O", this::openWorkspace);
        MenuItem demo = item("Open _demo workspace", null, vm::openDemo);
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem imp = item("_Import DOJ files…", "Shortcut+I", () -> importFiles(List.of()));
        MenuItem court = item("Import _court records…", "Shortcut+Shift+I", () -> importCourtRecords(null));
        MenuItem export = item("_Export results…", "Shortcut+E", this::exportResults);
        MenuItem restore = item("_Restore from backup…", null, this::restoreBackup);
        MenuItem verify = item("_Verify audit trail", null, this::verifyAudit);
        MenuItem papers = item("Check _papers against the audit trail…", null, followUps::checkPapers);
        MenuItem close = item("_Close workspace", "Shortcut+W", vm::closeWorkspace);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
        file.getItems().addAll(newWs, open, demo, recentMenu, new SeparatorMenuItem(), imp, court, export,
                new SeparatorMenuItem(), restore, verify, papers, new SeparatorMenuItem(), close, quit);

        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Find…", "Shortcut+F", () -> onCases(CasesView::focusSearch)),
                item("Next _unreviewed", "F3", () -> onCases(CasesView::nextUnreviewed)),
                item("Toggle _reviewed", "Shortcut+R", () -> onCases(CasesView::toggleReviewed)),
                new SeparatorMenuItem(),
                item("Override: _Dismiss…", "Shortcut+1", () -> onCases(c -> c.overrideSelected(Outcome.DISMISS))),
                item("Override: R_educe…", "Shortcut+2", () -> onCases(c -> c.overrideSelected(Outcome.REDUCE))),
                item("Override: _Not eligible…", "Shortcut+3",
                        () -> onCases(c -> c.overrideSelected(Outcome.NOT_ELIGIBLE))),
                item("Override: Needs re_view…", "Shortcut+4",
                        () -> onCases(c -> c.overrideSelected(Outcome.NEEDS_REVIEW))),
                new SeparatorMenuItem(),
                item("_Office details…", null, this::officeDetails),
                item("_Preferences…", "Shortcut+Comma", this::preferences));

        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Cases", "Shortcut+5", () -> selectTab(0)),
                item("_Runs & policy", "Shortcut+6", () -> selectTab(1)),
                item("_Impact", "Shortcut+7", () -> selectTab(2)),
                item("_Look-up", "Shortcut+L", () -> {
                    selectTab(3);
                    if (lookupView != null) {
                        lookupView.focusFirst();
                    }
                }));
        view.getItems().addAll(AppearanceMenus.items(vm.appearance()));

        Menu followUp = followUps.menu(MainWindow::item, () -> selectTab(4));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard shortcuts", "F1", this::shortcuts), item("_About ReliefDesk", null,
                this::about));
        MenuItem guide = item("_User guide", null, () -> UserGuide.show(window()));
        guide.setId("menu-user-guide");
        help.getItems().add(0, guide);
        MenuBar bar = new MenuBar(file, edit, view, followUp, help);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recent()) {
            MenuItem i = new MenuItem(p.getFileName() + " — " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> vm.open(p));
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(accelerator.equals("F3") ? new KeyCodeCombination(KeyCode.F3)
                    : accelerator.equals("F1") ? new KeyCodeCombination(KeyCode.F1)
                    : KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    void selectTab(int i) {
        if (tabs != null) {
            tabs.getSelectionModel().select(i);
        }
    }

    private void onCases(java.util.function.Consumer<CasesView> action) {
        if (casesView != null) {
            selectTab(0);
            action.accept(casesView);
        }
    }

    // ---- commands needing a window -----------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("ReliefDesk workspace",
                "*" + WorkspaceService.EXTENSION));
        String last = vm.settings().text("folder.workspace", null);
        if (last != null && new File(last).isDirectory()) {
            fc.setInitialDirectory(new File(last));
        }
        return fc;
    }

    void newWorkspace() {
        File f = workspaceChooser("New workspace").showSaveDialog(window());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(WorkspaceService.EXTENSION)) {
                p = p.resolveSibling(p.getFileName() + WorkspaceService.EXTENSION);
            }
            vm.settings().setText("folder.workspace", p.toAbsolutePath().getParent().toString());
            vm.create(p);
        }
    }

    void openWorkspace() {
        File f = workspaceChooser("Open workspace").showOpenDialog(window());
        if (f != null) {
            vm.settings().setText("folder.workspace", f.getAbsoluteFile().getParent());
            vm.open(f.toPath());
        }
    }

    /** Opens the import dialog with these files (or none yet: the dialog lets the user pick). */
    void importFiles(List<Path> files) {
        if (vm.session() == null) {
            showProblem("No workspace is open", "Open or create a workspace first; DOJ files are imported into it.");
            return;
        }
        new ImportDialog(vm, files, window(), results).show();
    }

    /** File › Import court records: the mapping dialog, on {@code file} when given. */
    CourtImportDialog importCourtRecords(Path file) {
        if (vm.session() == null) {
            showProblem("No workspace is open", "Open or create a workspace first; court records are linked to the "
                    + "DOJ histories in it.");
            return null;
        }
        CourtImportDialog d = new CourtImportDialog(vm, file, window());
        d.show();
        return d;
    }

    void exportResults() {
        var run = vm.currentRunProperty().get();
        if (vm.session() == null || run == null) {
            showProblem("Nothing to export", "Open a workspace and run an evaluation first; exports are made from a "
                    + "run.");
            return;
        }
        new ExportDialog(vm, run, folderOpener, window(), results).show();
    }

    void restoreBackup() {
        var s = vm.session();
        if (s == null) {
            showProblem("No workspace is open", "Open the workspace whose backup you want to restore first.");
            return;
        }
        vm.listBackups(backups -> {
            RestoreDialog d = new RestoreDialog(s.path().getFileName().toString(), backups, window());
            d.setOnHidden(e -> {
                var chosen = d.getResult();
                if (chosen == null) {
                    return;
                }
                Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, RestoreDialog.confirmation(chosen),
                        ButtonType.OK, ButtonType.CANCEL);
                confirm.initOwner(window());
                confirm.setTitle("Restore this backup?");
                confirm.setHeaderText("Restore this backup?");
                confirm.getDialogPane().getStyleClass().add("rd-alert");
                confirm.setOnHidden(x -> {
                    if (confirm.getResult() == ButtonType.OK) {
                        vm.restoreBackup(chosen);
                    }
                });
                confirm.show();
            });
            d.show();
        });
    }

    void verifyAudit() {
        if (vm.session() == null) {
            showProblem("No workspace is open", "Open a workspace first; its audit trail is checked when it opens.");
            return;
        }
        vm.verifyAudit();
    }

    void officeDetails() {
        var s = vm.session();
        if (s == null) {
            showProblem("No workspace is open", "The office details are kept in the workspace: open it first.");
            return;
        }
        vm.runner().start("Reading the office details", (p, c) -> s.office(), office -> {
            var result = new OfficeDialog(office.orElse(null), vm.countyProperty().get(), window()).showAndWait();
            result.ifPresent(d -> vm.runner().start("Saving the office details", (p, c) -> {
                s.saveOffice(d);
                return null;
            }, x -> vm.status("Office details saved in the workspace"), e -> vm.problem("The office details "
                    + "were not saved", e)));
        }, e -> vm.problem("The office details in the workspace cannot be read", e));
    }

    void preferences() {
        new PreferencesDialog(vm, window()).show();
    }

    private void shortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, """
                Ctrl+N  New workspace          Ctrl+O  Open workspace
                Ctrl+I  Import DOJ files        Ctrl+E  Export results
                Ctrl+W  Close workspace         Ctrl+Q  Quit
                Ctrl+F  Search the case grid    F3      Next unreviewed
                Ctrl+R  Toggle reviewed         Enter   Go to the decision
                Ctrl+1  Override: Dismiss       Ctrl+2  Override: Reduce
                Ctrl+3  Override: Not eligible  Ctrl+4  Override: Needs review
                Ctrl+5..7  Cases / Runs / Impact  Ctrl+L  Look-up
                Ctrl+=  Larger text             Ctrl+-  Smaller text
                Ctrl+0  Standard text size      Esc     Close a message bar
                Alt+Down  Filter the grid's column (or open a list)
                Tab / Shift+Tab move between controls; arrows move in the grid.""", ButtonType.CLOSE);
        a.initOwner(window());
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().getStyleClass().addAll("rd-monospace", "rd-alert-wide");
        a.show();
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Version " + vm.version() + "\n\nOffline Prop 64 conviction "
                + "relief review for California District Attorney offices.\nNo network connection is ever opened.\n\n"
                + "Workspaces and their backups are not encrypted by ReliefDesk: keep them on a disk the operating "
                + "system encrypts (BitLocker, FileVault or LUKS).",
                ButtonType.CLOSE);
        a.initOwner(window());
        a.setTitle("About ReliefDesk");
        a.setHeaderText("ReliefDesk " + vm.version());
        a.setGraphic(new javafx.scene.image.ImageView(Icons.image(64)));
        a.getDialogPane().setId("about-dialog");
        Icons.apply(a);
        a.show();
    }

    /** Tells the user something once, without an error's alarm (settings that could not be read). */
    void showNotice(String title, String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        if (window() != null) {
            a.initOwner(window());
        }
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(480);
        a.getDialogPane().setId("notice-dialog");
        a.show();
    }

    void showProblem(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (window() != null) {
            a.initOwner(window());
        }
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().getStyleClass().add("rd-alert");
        a.getDialogPane().setId("problem-dialog");
        a.show();
    }
}
