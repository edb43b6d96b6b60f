package org.reliefdesk.ui;

import impl.org.controlsfx.skin.DecorationPane;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * ControlsFX validation for one form: a field whose value is wrong gets ControlsFX's error mark with the message as
 * its tooltip, and the same message as the field's accessible help (a screen reader says it; a mark alone would
 * not). Use it for every form:
 * <pre>
 *   FormValidation v = new FormValidation();
 *   v.error(courtField, (String s) -> s.isBlank() ? "The court is required." : null);
 *   v.warning(emailField, (String s) -> s.contains("@") ? null : "This does not look like an email address.");
 *   dialogPane.setContent(FormValidation.decorated(grid));   // marks are drawn inside the form
 *   saveButton.disableProperty().bind(v.invalidProperty());  // errors block saving, warnings do not
 * </pre>
 * A rule returns the message a paralegal reads, or null when the value is fine. Marks show once the field has been
 * changed ({@link #showNow()} shows them at once, e.g. for a form opened with values missing). ControlsFX applies
 * results on the next FX pulse: a test reads them after {@code WaitForAsyncUtils.waitForFxEvents()}.
 */
final class FormValidation {
    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, List<Rule>> rules = new HashMap<>();

    FormValidation() {
        support.setValidationDecorator(new Marks());
    }

    /**
     * The form's content inside the pane ControlsFX draws its marks from. Without it ControlsFX puts such a pane
     * in as the window's root, which would take the root's place (and its style classes) from the window.
     */
    static Region decorated(Node form) {
        DecorationPane pane = new DecorationPane();
        pane.setRoot(form);
        return pane;
    }

    /** A rule whose message blocks the form ({@link #invalidProperty()}); {@code problem} gets the field's value. */
    <T> void error(Control field, Function<T, String> problem) {
        add(field, problem, Severity.ERROR);
    }

    /** A rule whose message is shown but does not block the form. */
    <T> void warning(Control field, Function<T, String> problem) {
        add(field, problem, Severity.WARNING);
    }

    private record Rule(Function<Object, String> problem, Severity severity) {
    }

    /** ControlsFX keeps one result per field: a field's rules are checked together, in the order given. */
    @SuppressWarnings("unchecked")
    private <T> void add(Control field, Function<T, String> problem, Severity severity) {
        boolean first = !rules.containsKey(field);
        rules.computeIfAbsent(field, f -> new ArrayList<>()).add(new Rule((Function<Object, String>) problem,
                severity));
        if (first) {
            support.registerValidator(field, false, (Control c, Object value) -> {
                List<ValidationMessage> messages = new ArrayList<>();
                for (Rule r : rules.get(c)) {
                    String message = r.problem().apply(value);
                    if (message != null) {
                        messages.add(r.severity() == Severity.ERROR ? ValidationMessage.error(c, message)
                                : ValidationMessage.warning(c, message));
                    }
                }
                return ValidationResult.fromMessages(messages);
            });
        } else {
            support.revalidate(field);
        }
    }

    /** True while any field has an error. */
    ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }

    /** Checks every field again (after a value the rules read changed elsewhere in the form). */
    void revalidate() {
        support.revalidate();
    }

    /** Shows the marks of fields that are wrong now, before the user changes anything. */
    void showNow() {
        support.initInitialDecoration();
    }

    /** The message a field shows now, if any. */
    Optional<String> message(Control field) {
        return support.getHighestMessage(field).map(ValidationMessage::getText);
    }

    /**
     * ControlsFX's marks, with the message in a tooltip styled by the theme (not ControlsFX's inline colours) and
     * repeated as the field's accessible help; a required field gets no corner mark (every field of our forms
     * is required, and the forms say so in words).
     */
    private static final class Marks extends GraphicValidationDecoration {
        @Override
        protected Node createDecorationNode(ValidationMessage message) {
            Node graphic = getGraphicBySeverity(message.getSeverity());
            Label mark = new Label();
            mark.setGraphic(graphic);
            mark.setAlignment(Pos.CENTER);
            Tooltip tip = new Tooltip(message.getText());
            tip.getStyleClass().add("rd-validation-tooltip");
            if (message.getSeverity() == Severity.WARNING) {
                tip.getStyleClass().add("rd-warning");
            }
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            mark.setTooltip(tip);
            mark.getStyleClass().add("rd-validation-mark");
            mark.setAccessibleText((message.getSeverity() == Severity.ERROR ? "Error: " : "Warning: ")
                    + message.getText());
            return mark;
        }

        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            message.getTarget().setAccessibleHelp(message.getText());
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.BOTTOM_LEFT));
        }

        @Override
        protected Collection<Decoration> createRequiredDecorations(Control target) {
            return List.of();
        }

        @Override
        public void removeDecorations(Control target) {
            super.removeDecorations(target);
            target.setAccessibleHelp(null);
        }
    }
}
