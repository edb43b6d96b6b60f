package org.reliefdesk.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * Non-modal results over the window's content (ControlsFX {@link NotificationPane}): "Import finished: 2 rows set
 * aside" with "View report". The action closes the bar and runs; Escape closes it from the keyboard; its close
 * button is named for screen readers.
 */
final class ResultBar extends NotificationPane implements Notifier {
    ResultBar(Node content) {
        super(content);
        setId("result-bar");
        // along the bottom, above the status line: the tabs and the grid's headers stay reachable while it shows
        setShowFromTop(false);
        setCloseButtonVisible(true);
        // the content is what Tab visits; the bar's own buttons are reached when it shows
        setFocusTraversable(false);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isShowing() && focusInBar()) {
                hide();
                getContent().requestFocus();
                e.consume();
            }
        });
        showingProperty().addListener((o, was, now) -> {
            if (now) {
                nameCloseButton();
            }
        });
    }

    @Override
    public void show(String message, String actionText, Runnable action) {
        getActions().clear();
        if (actionText != null && action != null) {
            Action a = new Action(actionText, (ActionEvent e) -> {
                hide();
                action.run();
            });
            a.setLongText(actionText);
            getActions().add(a);
        }
        setAccessibleText(message);
        show(message);
    }

    /** The button that runs the action, once the bar shows (tests, and the keyboard path). */
    Button actionButton() {
        Node bar = lookup(".notification-bar");
        return bar == null ? null : bar.lookupAll(".button").stream().filter(n -> n instanceof Button b
                && !b.getStyleClass().contains("close-button")).map(n -> (Button) n).findFirst().orElse(null);
    }

    private boolean focusInBar() {
        Node f = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = f; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("notification-bar")) {
                return true;
            }
        }
        return false;
    }

    private void nameCloseButton() {
        applyCss();
        lookupAll(".close-button").forEach(n -> n.setAccessibleText("Close this message (Escape)"));
    }
}
