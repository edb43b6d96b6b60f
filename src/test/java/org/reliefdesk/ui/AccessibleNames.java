package org.reliefdesk.ui;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a screen reader gets from a screen: every focusable control needs a role and a name (its accessible text,
 * its own text, or a label that names it with {@code labelFor}); every filled grid or list cell needs words (its
 * accessible text, or its text).
 */
final class AccessibleNames {
    private AccessibleNames() {
    }

    /** One line per control or cell shown under {@code root} that a screen reader could not name. */
    static List<String> problems(Parent root) {
        Map<Node, String> labels = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        for (Node n : nodes) {
            if (n instanceof Label l && l.getLabelFor() != null && l.getText() != null && !l.getText().isBlank()) {
                labels.put(l.getLabelFor(), l.getText());
            }
        }
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!shown(n)) {
                continue;
            }
            if (n instanceof IndexedCell<?> c) {
                if (!c.isEmpty() && c.getItem() != null && blank(c.queryAccessibleAttribute(AccessibleAttribute.TEXT))) {
                    out.add("cell without words: " + describe(n) + " row " + c.getIndex());
                }
            } else if (n.isFocusTraversable()) {
                if (n.getAccessibleRole() == AccessibleRole.NODE || n.getAccessibleRole() == AccessibleRole.PARENT) {
                    out.add("focusable without a role: " + describe(n));
                }
                if (name(n, labels) == null) {
                    out.add("focusable without a name: " + describe(n));
                }
            }
        }
        return out;
    }

    /** The name a screen reader says for a control, or null. */
    static String name(Node n, Map<Node, String> labels) {
        if (!blank(n.getAccessibleText())) {
            return n.getAccessibleText();
        }
        if (n instanceof Labeled l && !blank(l.getText())) {
            return l.getText();
        }
        return labels.get(n);
    }

    /** The focusable controls shown under {@code root} (for the focus ring test). */
    static List<Node> focusable(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes.stream().filter(n -> n.isFocusTraversable() && shown(n) && !n.isDisabled()
                && !(n instanceof IndexedCell<?>)).toList();
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** Visible with all its parents, with some size, and inside the window. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        var b = n.localToScene(n.getLayoutBounds());
        return n.getScene() != null && b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0
                && b.getMinX() < n.getScene().getWidth() && b.getMinY() < n.getScene().getHeight();
    }

    private static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass()
                + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : "") + " in " + path(n);
    }

    private static String path(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n.getParent(); p != null && b.length() < 160; p = p.getParent()) {
            if (p.getId() != null) {
                b.append(b.length() > 0 ? " < " : "").append('#').append(p.getId());
            }
        }
        return b.toString();
    }
}
