package org.reliefdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The window's status line (ControlsFX {@link StatusBar}): what just happened on the left; the audit trail's state
 * and the user's name on the right.
 */
final class StatusLine extends StatusBar {
    StatusLine(MainViewModel vm) {
        setId("status-bar");
        // the line is read, not visited: Tab goes past it
        setFocusTraversable(false);
        textProperty().bind(vm.statusProperty());
        // the label ControlsFX shows the text in keeps the id the status line has always had (tests look it up)
        skinProperty().addListener((o, was, skin) -> {
            if (skin != null && lookup(".status-label") != null) {
                lookup(".status-label").setId("status-text");
            }
        });
        accessibleTextProperty().bind(vm.statusProperty());
        Label user = new Label("User: " + vm.settings().userName());
        user.setId("status-user");
        user.getStyleClass().add(Styles.MUTED);
        Label audit = new Label();
        audit.setId("audit-status");
        audit.setMnemonicParsing(false);
        vm.auditProperty().addListener((o, was, check) -> {
            audit.setText(check == null ? "" : check.intact() ? "✔ Audit trail verified"
                    : "⚠ Audit trail broken (" + check.brokenList() + (check.brokenEntry() > 0 ? ", entry "
                    + check.brokenEntry() : "") + ")");
            audit.setAccessibleText(check == null ? null : check.intact() ? "Audit trail verified"
                    : "Warning: " + audit.getText().substring(2));
            audit.getStyleClass().removeAll(Styles.MUTED, Styles.ERROR_TEXT);
            audit.getStyleClass().add(check != null && !check.intact() ? Styles.ERROR_TEXT : Styles.MUTED);
            audit.setTooltip(check == null ? null : new Tooltip(check.intact()
                    ? check.summary() + ". The audit log, overrides and review marks match their SHA-256 chain: "
                    + "nothing was changed outside ReliefDesk." : check.summary() + ". Restore a backup made before "
                    + "it, or report it."));
        });
        // the right-hand items keep their words whole; the status text gives way first
        user.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        audit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getRightItems().addAll(audit, user);
    }
}
