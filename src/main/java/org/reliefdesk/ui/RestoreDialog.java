package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reliefdesk.app.BackupService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** File › Restore from backup: the workspace's automatic backups (when, before which change, size); pick one. */
final class RestoreDialog extends Dialog<BackupService.Backup> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    RestoreDialog(String workspace, List<BackupService.Backup> backups, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Restore from backup");
        setHeaderText("Put " + workspace + " back as it was when a backup was taken. The workspace as it is now is "
                + "kept as a backup first, so a restore can be undone.");
        TableView<BackupService.Backup> table = new TableView<>();
        table.setId("restore-backups");
        table.getColumns().add(column("Taken", b -> WHEN.format(b.takenAt().atZone(ZoneId.systemDefault())), 170));
        table.getColumns().add(column("Before", BackupService.Backup::beforeText, 300));
        table.getColumns().add(column("Size", b -> String.format(Locale.ROOT, "%,.1f MB", b.bytes() / 1e6), 90));
        table.getItems().setAll(backups);
        table.getStyleClass().add("rd-backup-list");
        table.setAccessibleText("Backups of " + workspace);
        ReadableRows.install(table, null);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No backups yet: one is taken before each import into a workspace that holds "
                + "data, each re-evaluation and each upgrade."));
        Label where = new Label("Backups are kept beside the workspace, in the folder " + workspace + ".backups (the "
                + "latest five).");
        where.getStyleClass().add(Styles.MUTED);
        where.setWrapText(true);
        VBox box = new VBox(8, table, where);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("rd-dialog-content");
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        javafx.scene.Node restoreButton = getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-ok");
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
    }

    private static TableColumn<BackupService.Backup, String> column(String title,
                                                                    Function<BackupService.Backup, String> value,
                                                                    double width) {
        TableColumn<BackupService.Backup, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The question asked before restoring. */
    static String confirmation(BackupService.Backup b) {
        return "Restore the backup taken " + WHEN.format(b.takenAt().atZone(ZoneId.systemDefault())) + ", before the "
                + b.beforeText() + "?\n\nThe workspace is closed, put back as it was then, and opened again. "
                + "Everything done since (imports, runs, overrides, review marks) is no longer in it, but the "
                + "workspace as it is now is kept as a backup first.";
    }
}
