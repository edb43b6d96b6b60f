package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.LaterPullGenerator;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.app.followthrough.ProgressReport;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up in the window: record a filing, a bulk order and a DOJ pull through their dialogs; the grid's Status
 * column and filter follow, the detail shows the conviction's timeline, the Progress tab counts the funnel and the
 * confirmed relief; papers are checked against the audit trail; the demo workspace shows the whole cycle.
 */
@ExtendWith(ApplicationExtension.class)
final class FollowUpUITest {
    private static final String COUNTY = "SACRAMENTO";
    private static final LocalDate TODAY = LocalDate.ofInstant(UiFixtures.NOW, java.time.ZoneOffset.UTC);
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    /** A workspace with a run, office details and the motion of the run written (on the tests' fixed clock). */
    private Path workspaceWithMotion() throws Exception {
        Services services = UiFixtures.services();
        Path input = app.folder.resolve("doj.csv");
        services.testData().generate(input, COUNTY, 1200, 41, Progress.NONE);
        Path file = app.folder.resolve("county.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(file)) {
            s.setCounty(COUNTY);
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            s.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                    RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation());
            s.saveOffice(new OfficeDetails("Sacramento", "Superior Court", "720 9th Street", "Alex Example",
                    "Jordan Sample", "123456", "901 G Street", "(916) 555-0100", "da@example.invalid"));
            s.exportCourtPapers(new CourtExportService.Request(null, null, app.folder.resolve("motion.pdf"), null, null,
                    null, null), Progress.NONE, new Cancellation());
        }
        return file;
    }

    private static void setDate(FxRobot robot, Stage dialog, String id, LocalDate date) {
        DatePicker d = UiApp.in(robot, dialog, id);
        robot.interact(() -> {
            d.getEditor().setText(date.toString());
            d.setValue(date);
        });
    }

    private List<String> statuses() {
        return app.vm.cases().all().stream().map(CaseRow::status).distinct().sorted().toList();
    }

    @Test
    void aFilingABulkOrderAndAPullRecordedInTheirDialogsShowInTheGridTheTimelineAndProgress(FxRobot robot)
            throws Exception {
        Path file = workspaceWithMotion();
        robot.interact(() -> app.vm.open(file));
        app.assertNoProblem();
        assertThat(statuses()).containsExactly("Decided");

        robot.clickOn("#menu-follow-up").clickOn("Record filing…");
        Stage filing = UiApp.dialog(robot, "Record filing");
        ListView<Path> papers = UiApp.in(robot, filing, "#filing-papers");
        DatePicker filedOn = UiApp.in(robot, filing, "#filing-date");
        assertThat(filedOn.getEditor().getText()).as("today in the user's format (MM/DD/YYYY by default)")
                .isEqualTo(String.format("%02d/%02d/%d", TODAY.getMonthValue(), TODAY.getDayOfMonth(), TODAY.getYear()));
        robot.interact(() -> filedOn.getEditor().setText("13/45/2024"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(filedOn.getEditor().getAccessibleHelp()).as("marked at the field")
                .contains("\"13/45/2024\" is not a date").contains("MM/DD/YYYY");
        robot.interact(() -> papers.getItems().add(app.folder.resolve("motion.pdf")));
        setDate(robot, filing, "#filing-date", TODAY);
        robot.interact(() -> ((TextField) UiApp.in(robot, filing, "#filing-docket")).setText("24CR-777"));
        robot.clickOn(UiApp.<Button>in(robot, filing, "#filing-record"));
        assertThat(UiApp.<Label>in(robot, filing, "#filing-result").getText()).startsWith("Filing 1 recorded: ");
        robot.interact(filing::close);
        assertThat(statuses()).contains("Filed", "Decided");
        CaseRow excepted = app.vm.cases().all().stream().filter(r -> r.status().equals("Filed")).findFirst()
                .orElseThrow();

        robot.interact(() -> app.window.followUps().order());
        Stage order = UiApp.dialog(robot, "Court order");
        setDate(robot, order, "#order-date", TODAY);
        robot.interact(() -> {
            ((TextArea) UiApp.in(robot, order, "#order-exceptions")).setText(excepted.ref() + "\n");
            UiApp.<ChoiceBox<OrderResult>>in(robot, order, "#order-excepted-as").setValue(OrderResult.DENIED);
        });
        robot.clickOn(UiApp.<Button>in(robot, order, "#order-record"));
        assertThat(UiApp.<Label>in(robot, order, "#order-result").getText()).contains("recorded:")
                .contains(", 1 denied, 0 continued");
        robot.interact(order::close);
        assertThat(statuses()).contains("Granted", "Denied");

        Path pull = app.folder.resolve("pull.csv");
        new LaterPullGenerator().generate(app.folder.resolve("doj.csv"), pull, COUNTY,
                app.vm.session().followThrough().grantedCounts(), 9);
        robot.interact(() -> app.window.followUps().pull());
        Stage pullDialog = UiApp.dialog(robot, "DOJ pull");
        TextArea texts = UiApp.in(robot, pullDialog, "#pull-relief-texts");
        assertThat(texts.getText()).as("the relief texts are shown").contains("PROP 64").contains("11361.8");
        robot.interact(() -> ((TextField) UiApp.in(robot, pullDialog, "#pull-file")).setText(pull.toString()));
        robot.clickOn(UiApp.<Button>in(robot, pullDialog, "#pull-start"));
        assertThat(UiApp.<Label>in(robot, pullDialog, "#pull-result").getText()).as("no date, nothing done")
                .startsWith("Give the date DOJ produced the file");
        setDate(robot, pullDialog, "#pull-date", TODAY);
        robot.clickOn(UiApp.<Button>in(robot, pullDialog, "#pull-start"));
        assertThat(UiApp.<Label>in(robot, pullDialog, "#pull-result").getText()).startsWith("Pull of " + TODAY)
                .contains("confirmed");
        robot.interact(pullDialog::close);
        app.assertNoProblem();
        assertThat(statuses()).contains("Confirmed by DOJ", "Not yet in DOJ");

        // the Status column filters like any other, and the detail shows the timeline of the row chosen
        TableView<CaseRow> grid = app.grid();
        robot.interact(() -> app.vm.cases().setColumnFilter("Status", CaseRow::status,
                java.util.Set.of("Confirmed by DOJ")));
        assertThat(UiApp.column(grid, "Status")).isNotEmpty().allMatch(s -> s.equals("Confirmed by DOJ"));
        assertThat(UiApp.column(grid, "Ref.")).allMatch(s -> s.matches("RD-\\d{7}"));
        robot.interact(() -> grid.getSelectionModel().select(0));
        GridPane timeline = robot.lookup("#timeline-steps").queryAs(GridPane.class);
        List<String> texts2 = timeline.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts2).contains("Decided", "Filed", "Ordered", "Confirmed").contains("by " + UiFixtures.USER,
                org.reliefdesk.app.DateStyle.US.format(TODAY)).as("dates in the user's format").doesNotContain(TODAY.toString());
        assertThat(String.join(" ", texts2)).contains("Filing 1, docket 24CR-777").contains("Granted: dismiss");

        robot.interact(() -> robot.lookup("#workspace-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(4));
        ProgressReport r = app.vm.followUp().progressProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.total().filed()).isPositive();
        assertThat(r.total().confirmed()).isPositive().isLessThanOrEqualTo(r.total().granted());
        GridPane headlines = robot.lookup("#progress-headlines").queryAs(GridPane.class);
        assertThat(headlines.getChildren().stream().map(n -> ((Label) n).getText()).toList())
                .contains("Projected (decisions)", "Confirmed by DOJ", "People left with no conviction");
        TableView<?> byCourt = robot.lookup("#progress-table").queryAs(TableView.class);
        assertThat(byCourt.getItems()).isNotEmpty();
        app.assertNoProblem();
    }

    @Test
    void papersAreCheckedAgainstTheAuditTrailAndFollowUpPapersAreWritten(FxRobot robot) throws Exception {
        Path file = workspaceWithMotion();
        robot.interact(() -> app.vm.open(file));
        robot.interact(() -> app.window.followUps().checkPapers(app.folder.resolve("motion.pdf")));
        Stage check = UiApp.dialog(robot, "Papers and the audit trail");
        DialogPane pane = UiApp.pane(check);
        assertThat(pane.getHeaderText()).isEqualTo("Unchanged since the papers were made");
        assertThat(pane.getContentText()).contains("ReliefDesk audit reference: entry");
        robot.interact(check::close);

        robot.interact(() -> app.window.followUps().papers());
        Stage papers = UiApp.dialog(robot, "Follow-up papers");
        Path out = Files.createDirectories(app.folder.resolve("follow-up"));
        robot.interact(() -> ((TextField) UiApp.in(robot, papers, "#follow-up-folder")).setText(out.toString()));
        robot.clickOn(UiApp.<Button>in(robot, papers, "#follow-up-write"));
        assertThat(UiApp.<Label>in(robot, papers, "#follow-up-result").getText()).contains("3 file(s) written");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "Prop64-DOJ-cover-letter-" + TODAY + ".pdf", "Prop64-orders-not-in-DOJ-" + TODAY + ".xlsx",
                    "Prop64-request-for-orders-" + TODAY + ".pdf");
        }
        app.assertNoProblem();
    }

    @Test
    void theCourtsListIsRecordedThroughItsMappingWithTheRowsSetAsideByLine(FxRobot robot) throws Exception {
        Path file = workspaceWithMotion();
        robot.interact(() -> app.vm.open(file));
        var ft = app.vm.session().followThrough();
        robot.interact(() -> {
            try {
                ft.recordFiling(List.of(app.folder.resolve("motion.pdf")), TODAY, "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String ref = org.reliefdesk.app.followthrough.Refs.format(ft.statuses().keySet().iterator().next());
        Path list = Files.writeString(app.folder.resolve("court-list.csv"), "Ref,Ruling,Signed\n" + ref
                + ",G," + TODAY + "\nRD-7777777,G," + TODAY + "\n");
        Path mapping = Files.writeString(app.folder.resolve("court-list.json"), "{\"columns\": {\"ref\": \"Ref\", "
                + "\"result\": \"Ruling\", \"orderDate\": \"Signed\"}, \"dateFormat\": \"yyyy-MM-dd\", "
                + "\"results\": {\"G\": \"granted\"}}");
        robot.interact(() -> app.window.followUps().order());
        Stage order = UiApp.dialog(robot, "Court order");
        robot.interact(() -> {
            ((TextField) UiApp.in(robot, order, "#order-list-file")).setText(list.toString());
            ((TextField) UiApp.in(robot, order, "#order-list-mapping")).setText(mapping.toString());
        });
        robot.clickOn(UiApp.<Button>in(robot, order, "#order-list-record"));
        assertThat(UiApp.<TextArea>in(robot, order, "#order-list-report").getText())
                .startsWith("1 orders recorded, 1 granted; 1 rows set aside.")
                .contains("court-list.csv, line 3: \"RD-7777777\" is not the reference of any conviction");
        app.assertNoProblem();
    }

    @Test
    void theDemoWorkspaceShowsAFilingAnOrderAndAPull(FxRobot robot) {
        app.openDemo(robot);
        assertThat(statuses()).contains("Denied", "Filed").containsAnyOf("Confirmed by DOJ", "Not yet in DOJ",
                "Absent from pull");
        var ft = app.vm.session().followThrough();
        assertThat(ft.filings()).hasSize(1);
        assertThat(ft.pulls()).hasSize(1);
        assertThat(ft.filings().get(0).filedOn()).isBefore(TODAY.minusDays(100));
    }
}
