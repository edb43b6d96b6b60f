package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.RunInfo;
import org.reliefdesk.app.WorkspaceSession;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Export: the workbook, the bulk motion with proposed order, per-person orders (one PDF or one file each), the
 * notice of challenges, and the gogen bundle, for the shown run with overrides applied; into a chosen folder,
 * with progress and Cancel; "Open folder" at the end.
 */
final class ExportDialog extends Dialog<Void> {
    private final MainViewModel main;
    private final CheckBox workbook = new CheckBox("Excel workbook (all convictions, by outcome, rejected rows)");
    private final CheckBox motion = new CheckBox("Bulk motion and proposed order (H&S 11361.8, 11361.9)");
    private final CheckBox orders = new CheckBox("Per-person orders");
    private final RadioButton ordersOne = new RadioButton("one PDF");
    private final RadioButton ordersEach = new RadioButton("one file per person");
    private final CheckBox notice = new CheckBox("Notice of challenges (H&S 11361.9(c))");
    private final CheckBox identifiers = new CheckBox("Include SSN, driver licence and FBI numbers in the workbook "
            + "(recorded in the audit log)");
    private final CheckBox bundle = new CheckBox("gogen CSV bundle and native CSV files");
    private final TextField folder = new TextField();
    private final Label result = new Label();
    private final Button openFolder = new Button("Open folder");
    private Path written;
    private final Notifier notifier;

    /** {@code notifier}: where "Exported … Open folder" shows once the export is done. */
    ExportDialog(MainViewModel main, RunInfo run, Consumer<Path> opener, Window owner, Notifier notifier) {
        this.main = main;
        this.notifier = notifier;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Export");
        setHeaderText("Export run " + run.id() + " (" + run.policySummary() + "), overrides "
                + "applied" + (main.isDemo() ? " — DEMO data, not for filing" : ""));
        setResizable(true);
        workbook.setSelected(true);
        motion.setSelected(true);
        ToggleGroup g = new ToggleGroup();
        ordersOne.setToggleGroup(g);
        ordersEach.setToggleGroup(g);
        ordersOne.setSelected(true);
        ordersOne.disableProperty().bind(orders.selectedProperty().not());
        ordersEach.disableProperty().bind(orders.selectedProperty().not());
        workbook.setId("export-workbook");
        motion.setId("export-motion");
        orders.setId("export-orders");
        notice.setId("export-notice");
        bundle.setId("export-bundle");
        identifiers.setId("export-identifiers");
        identifiers.disableProperty().bind(workbook.selectedProperty().not());
        identifiers.setPadding(new Insets(0, 0, 0, 24));
        folder.setId("export-folder");
        folder.setText(main.settings().text("folder.export", System.getProperty("user.home")));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = FollowUpForms.folderButton(folder, owner);
        Button start = new Button("Export");
        start.setId("export-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> export(run, opener));
        result.setId("export-result");
        result.setWrapText(true);
        openFolder.setId("export-open-folder");
        openFolder.setDisable(true);
        openFolder.setOnAction(e -> {
            if (written != null) {
                opener.accept(written);
            }
        });
        Label office = new Label("The motion, orders and notice carry the office details (Edit › Office details). "
                + "Dates are written " + main.dates().style().label() + " (Edit › Preferences).");
        office.getStyleClass().add(Styles.MUTED);
        office.setWrapText(true);
        Label folderLabel = new Label("Folder");
        folderLabel.setLabelFor(folder);
        FormValidation validation = new FormValidation();
        validation.error(folder, (String f) -> existingFolder(f) == null ? "Choose an existing folder to write into."
                : null);
        VBox box = new VBox(8, workbook, identifiers, motion, new HBox(12, orders, ordersOne, ordersEach), notice, bundle, office,
                folderLabel, new HBox(8, folder, browse), new HBox(8, start, openFolder), result);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("rd-dialog-content");
        getDialogPane().setContent(FormValidation.decorated(box));
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** The folder typed, if it is an existing folder; else null. */
    private static Path existingFolder(String typed) {
        try {
            Path p = typed == null || typed.isBlank() ? null : Path.of(typed.strip());
            return p != null && p.toFile().isDirectory() ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private void export(RunInfo run, Consumer<Path> opener) {
        Path dir = existingFolder(folder.getText());
        if (dir == null) {
            result.setText("Choose an existing folder to write into.");
            return;
        }
        if (!workbook.isSelected() && !motion.isSelected() && !orders.isSelected() && !notice.isSelected()
                && !bundle.isSelected()) {
            result.setText("Tick at least one thing to export.");
            return;
        }
        main.settings().setText("folder.export", dir.toString());
        String tag = "run" + run.id();
        CourtExportService.Request request = new CourtExportService.Request(run.id(),
                workbook.isSelected() ? dir.resolve("Prop64-workbook-" + tag + ".xlsx") : null,
                motion.isSelected() ? dir.resolve("Prop64-motion-" + tag + ".pdf") : null,
                orders.isSelected() && ordersOne.isSelected() ? dir.resolve("Prop64-orders-" + tag + ".pdf") : null,
                orders.isSelected() && ordersEach.isSelected() ? dir.resolve("Prop64-orders-" + tag) : null,
                notice.isSelected() ? dir.resolve("Prop64-notice-" + tag + ".pdf") : null, null,
                workbook.isSelected() && identifiers.isSelected(), main.dates().style());
        boolean court = workbook.isSelected() || motion.isSelected() || orders.isSelected() || notice.isSelected();
        boolean csv = bundle.isSelected();
        WorkspaceSession s = main.session();
        result.setText("Exporting…");
        main.start("Exporting run " + run.id(), (p, c) -> {
            int files = 0;
            if (court) {
                files += s.exportCourtPapers(request, p, c).files().size();
            }
            if (csv) {
                files += s.exportBundle(run.id(), dir.resolve("bundle-" + tag), p, c).files().size();
            }
            return files;
        }, files -> {
            written = dir;
            openFolder.setDisable(false);
            result.setText(files + " file(s) written to " + dir + ".");
            main.status("Exported run " + run.id() + " to " + dir);
            notifier.show("Export finished: " + files + " file(s) written to " + dir, "Open folder",
                    () -> opener.accept(dir));
        }, e -> {
            result.setText("Nothing was written: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            main.problem("The export did not finish; no half-written file was left", e);
        });
    }
}
