package org.reliefdesk.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reliefdesk.app.CaseRow;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real main window on a TestFX stage, over real services with the same-thread runner (no test waits on a
 * clock), and the look-ups the UI tests share. Problems the app reports are recorded as well as shown.
 */
final class UiApp {
    /** Rows of fabricated data in the tests' demo workspace: enough for sorting and filtering, quick to build. */
    static final long DEMO_ROWS = 800;
    final Stage stage;
    final MainViewModel vm;
    final MainWindow window;
    final Path folder;
    final List<MainViewModel.Problem> problems = new ArrayList<>();

    private UiApp(Stage stage, Path folder, FxTaskRunner runner, UserSettings settings) {
        this.stage = stage;
        this.folder = folder;
        this.vm = UiFixtures.viewModel(folder.resolve("demo"), DEMO_ROWS, runner, settings);
        this.window = DesktopApp.show(stage, vm, vm.settings());
        vm.setOnProblem(p -> {
            problems.add(p);
            window.showProblem(p.title(), p.message());
        });
    }

    /** Builds the window on the TestFX stage (call from {@code @Start}); each test gets its own folder. */
    static UiApp show(Stage stage, Path parent) {
        return show(stage, parent, new CurrentThreadTaskRunner(), UserSettings.inMemory());
    }

    /** As {@link #show(Stage, Path)}, with another runner (the production one, for tests of background work). */
    static UiApp show(Stage stage, Path parent, FxTaskRunner runner) {
        return show(stage, parent, runner, UserSettings.inMemory());
    }

    /** The same over the given user settings (a file, for tests of what the app remembers). */
    static UiApp show(Stage stage, Path parent, UserSettings settings) {
        return show(stage, parent, new CurrentThreadTaskRunner(), settings);
    }

    /** The same over the given runner and user settings. */
    static UiApp show(Stage stage, Path parent, FxTaskRunner runner, UserSettings settings) {
        try {
            return new UiApp(stage, Files.createTempDirectory(parent, "app"), runner, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks "Open demo workspace" on the welcome screen; the demo is built, imported and evaluated at once. */
    void openDemo(FxRobot robot) {
        robot.clickOn("#welcome-demo");
        assertNoProblem();
        assertThat(vm.session()).as("demo workspace open").isNotNull();
    }

    Path demoFile() {
        return vm.session().path();
    }

    CasesView cases() {
        return window.casesViewForTest();
    }

    TableView<CaseRow> grid() {
        return cases().table();
    }

    RunsView runs(FxRobot robot) {
        return robot.lookup("#runs-view").queryAs(RunsView.class);
    }

    void assertNoProblem() {
        assertThat(problems).as("problems the app reported").isEmpty();
    }

    /** A dialog or other window by its title, among the robot's windows. */
    static Optional<Stage> window(FxRobot robot, String title) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    static Stage dialog(FxRobot robot, String title) {
        return window(robot, title).orElseThrow(() -> new AssertionError("no window titled \"" + title + "\" among "
                + robot.listWindows().stream().map(UiApp::describe).toList()));
    }

    static <T extends Node> T in(FxRobot robot, Window w, String query) {
        return robot.from(w.getScene().getRoot()).lookup(query).query();
    }

    static DialogPane pane(Window w) {
        Parent root = w.getScene().getRoot();
        return (DialogPane) root;
    }

    /** The header of a grid column, to click for sorting. */
    static Node header(FxRobot robot, TableView<?> table, String title) {
        return robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && title.equals(h.getTableColumn().getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + title));
    }

    /** The rendered row of a table at an index (must be on screen). */
    static Node row(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " is not on screen"));
    }

    static <S> List<String> column(TableView<S> table, String title) {
        TableColumn<S, ?> c = table.getColumns().stream().filter(x -> title.equals(x.getText())).findFirst()
                .orElseThrow();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            out.add(String.valueOf(c.getCellData(i)));
        }
        return out;
    }

    private static String describe(Window w) {
        return w instanceof Stage s ? "\"" + s.getTitle() + "\"" : w.getClass().getSimpleName();
    }
}
