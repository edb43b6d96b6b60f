package org.reliefdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.rules.RuleResult;
import org.reliefdesk.rules.TrailEntry;

/** One rule of the trail as a checklist line: mark, rule number, title with result, and what it cited. */
final class TrailRow {
    private final Label icon = new Label();
    private final Label rule = new Label();
    private final Label title = new Label();
    private final Label cites = new Label();
    final HBox box;

    TrailRow() {
        icon.getStyleClass().add("rd-trail-icon");
        rule.getStyleClass().add("rd-trail-rule");
        rule.getStyleClass().add(Styles.MUTED);
        cites.setWrapText(true);
        cites.getStyleClass().add(Styles.MUTED);
        VBox text = new VBox(1, title, cites);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(icon, rule, text);
        box.getStyleClass().add(Styles.TRAIL_ROW);
    }

    void show(TrailEntry t, org.reliefdesk.app.DateStyle dates) {
        icon.setText(switch (t.result()) {
            case APPLIED -> "●";
            case PASSED -> "✓";
            case NOT_APPLICABLE -> "–";
            case UNDECIDED -> "?";
        });
        rule.setText(t.ruleNumber());
        title.setText(t.rule().title() + " — " + t.result().word());
        cites.setText(t.cites() + (t.facts().isEmpty() ? "" : " · " + dates.inText(t.facts())));
        box.getStyleClass().remove(Styles.TRAIL_DECIDED);
        if (t.result() == RuleResult.APPLIED || t.result() == RuleResult.UNDECIDED) {
            box.getStyleClass().add(Styles.TRAIL_DECIDED);
        }
        box.setAccessibleText(t.ruleNumber() + " " + t.rule().title() + ": " + t.result().word());
    }
}
