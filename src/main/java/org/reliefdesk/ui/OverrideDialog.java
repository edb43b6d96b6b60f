package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reliefdesk.app.CaseDetail;
import org.reliefdesk.rules.Outcome;

/** Asks for another outcome and the mandatory reason; the user name is shown (changed in Preferences). */
final class OverrideDialog extends Dialog<OverrideDialog.Choice> {
    /** The attorney's choice. */
    record Choice(Outcome outcome, String reason) {
    }

    OverrideDialog(CaseDetail d, Outcome preset, String user, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Override the decision");
        setHeaderText(d.person().name() + " · " + d.decision().section() + " · case " + d.row().caseNumber()
                + "\nThe rules decided: " + d.row().decided().label()
                + (d.row().overridden() ? "; current override: " + d.row().override().label() : ""));
        ComboBox<Outcome> outcome = new ComboBox<>();
        outcome.setId("override-outcome");
        outcome.getItems().addAll(Outcome.values());
        outcome.setCellFactory(l -> new OutcomeCell());
        outcome.setButtonCell(new OutcomeCell());
        outcome.setValue(preset != null ? preset : d.row().overridden() ? d.row().decided()
                : d.row().effectiveOutcome());
        TextArea reason = new TextArea();
        reason.setId("override-reason");
        reason.setPromptText("Why (required): e.g. court record shows the conviction was already dismissed");
        reason.setPrefRowCount(4);
        reason.setWrapText(true);
        Label who = new Label("Recorded as " + user + ", now. Overrides are never erased: to undo, override back "
                + "to the rules' outcome. The new outcome must differ from the current one.");
        who.getStyleClass().add(Styles.MUTED);
        who.setWrapText(true);
        Label outcomeLabel = new Label("New outcome");
        outcomeLabel.setLabelFor(outcome);
        Label reasonLabel = new Label("Reason");
        reasonLabel.setLabelFor(reason);
        FormValidation validation = new FormValidation();
        validation.error(outcome, (Outcome o) -> o == d.row().effectiveOutcome() ? "Choose an outcome other than the "
                + "current one (" + o.label() + ")." : null);
        validation.error(reason, (String r) -> r == null || r.isBlank() ? "Say why: the reason is kept with the "
                + "override for the audit." : null);
        VBox box = new VBox(6, outcomeLabel, outcome, reasonLabel, reason, who);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("rd-dialog-narrow");
        getDialogPane().setContent(FormValidation.decorated(box));
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType save = new ButtonType("Save override", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank()
                        || outcome.getValue() == d.row().effectiveOutcome(), reason.textProperty(),
                outcome.valueProperty()));
        getDialogPane().lookupButton(save).setId("override-save");
        setResultConverter(b -> b == save ? new Choice(outcome.getValue(), reason.getText().strip()) : null);
        setOnShown(e -> reason.requestFocus());
    }

    private static final class OutcomeCell extends ListCell<Outcome> {
        @Override
        protected void updateItem(Outcome item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
