package org.reliefdesk.ui;

import javafx.scene.control.Label;
import org.reliefdesk.rules.Outcome;

/** A coloured badge that always carries the outcome's text (never colour alone). */
final class OutcomeBadge extends Label {
    OutcomeBadge() {
        getStyleClass().add(Styles.BADGE);
        setMinWidth(USE_PREF_SIZE);
    }

    void show(Outcome outcome, boolean overridden) {
        getStyleClass().removeIf(c -> c.startsWith("rd-badge-"));
        if (outcome == null) {
            setText("");
            setVisible(false);
            return;
        }
        setVisible(true);
        getStyleClass().add(Styles.badge(outcome));
        setText(outcome.label() + (overridden ? " (override)" : ""));
        setAccessibleText("Outcome: " + getText());
    }
}
