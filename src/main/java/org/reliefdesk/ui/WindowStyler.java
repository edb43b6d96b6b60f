package org.reliefdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Puts the text size and the theme on every window of the app as it opens (main window, dialogs, alerts, the user
 * guide, and dialogs added later), so no window is left at the standard size or colours: the root of each gets
 * the stylesheet, a style class {@code rd-text-NNN} (app.css sets the root's font size, every other size is in em)
 * and, for high contrast, the high-contrast stylesheet after the standard one (its palette wins).
 */
final class WindowStyler {
    static final String HIGH_CONTRAST = "/ui/high-contrast.css";
    static final String TEXT_CLASS_PREFIX = "rd-text-";
    static final String HIGH_CONTRAST_CLASS = "rd-high-contrast";
    /** A window's {@link Watch}. */
    private static final String KEY = WindowStyler.class.getName();
    /** The main stage's styler (its own key: the stage's watch is kept under {@link #KEY}). */
    private static final String STYLER_KEY = WindowStyler.class.getName() + ".styler";
    private final Appearance appearance;
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::watch);
        }
    };
    private final ChangeListener<Object> changed = (o, was, now) -> Window.getWindows().forEach(this::styleWindow);

    private WindowStyler(Appearance appearance) {
        this.appearance = appearance;
    }

    /**
     * Starts styling every window with this appearance, for as long as {@code main} shows it (a stage shown again
     * with another appearance, as in tests, drops the earlier one).
     */
    static void install(Stage main, Appearance appearance) {
        if (main.getProperties().remove(STYLER_KEY) instanceof WindowStyler earlier) {
            earlier.uninstall(main);
        }
        WindowStyler s = new WindowStyler(appearance);
        main.getProperties().put(STYLER_KEY, s);
        Window.getWindows().addListener(s.opened);
        appearance.textSizeProperty().addListener(s.changed);
        appearance.highContrastProperty().addListener(s.changed);
        List.copyOf(Window.getWindows()).forEach(s::watch);
        s.watch(main);
    }

    /** Stops styling: every window it watches (the main stage too, shown or not) is let go. */
    private void uninstall(Stage main) {
        java.util.Set<Window> windows = new java.util.LinkedHashSet<>(Window.getWindows());
        windows.add(main);
        for (Window w : windows) {
            if (w.getProperties().get(KEY) instanceof Watch x && x.styler == this) {
                x.detach();
                w.getProperties().remove(KEY);
            }
        }
        Window.getWindows().removeListener(opened);
        appearance.textSizeProperty().removeListener(changed);
        appearance.highContrastProperty().removeListener(changed);
    }

    /**
     * Follows a window's scene and root, so a scene or root set later is styled too. A window watched by an earlier
     * styler (a stage shown again, as in tests) is taken over.
     */
    private void watch(Window w) {
        Object earlier = w.getProperties().get(KEY);
        if (earlier instanceof Watch x && x.styler == this) {
            styleWindow(w);
            return;
        }
        if (earlier instanceof Watch x) {
            x.detach();
        }
        w.getProperties().put(KEY, new Watch(this, w));
        styleWindow(w);
    }

    /** The listeners one styler keeps on one window. */
    private static final class Watch {
        private final WindowStyler styler;
        private final Window window;
        private final ChangeListener<Parent> root;
        private final ChangeListener<Scene> scene;

        Watch(WindowStyler styler, Window window) {
            this.styler = styler;
            this.window = window;
            this.root = (o, was, now) -> styler.styleWindow(window);
            this.scene = (o, was, now) -> {
                if (was != null) {
                    was.rootProperty().removeListener(root);
                }
                if (now != null) {
                    now.rootProperty().addListener(root);
                }
                styler.styleWindow(window);
            };
            window.sceneProperty().addListener(scene);
            if (window.getScene() != null) {
                window.getScene().rootProperty().addListener(root);
            }
        }

        void detach() {
            window.sceneProperty().removeListener(scene);
            if (window.getScene() != null) {
                window.getScene().rootProperty().removeListener(root);
            }
        }
    }

    private void styleWindow(Window w) {
        Scene scene = w.getScene();
        if (scene != null && scene.getRoot() != null) {
            style(scene.getRoot(), appearance.textSizeProperty().get(), appearance.highContrastProperty().get());
        }
    }

    /** The stylesheets and classes of one window's root (the standard sheet first, high contrast after it). */
    static void style(Parent root, int textSize, boolean highContrast) {
        List<String> classes = root.getStyleClass();
        classes.removeIf(c -> c.startsWith(TEXT_CLASS_PREFIX) || c.equals(HIGH_CONTRAST_CLASS));
        classes.add(TEXT_CLASS_PREFIX + textSize);
        if (highContrast) {
            classes.add(HIGH_CONTRAST_CLASS);
        }
        ObservableList<String> sheets = root.getStylesheets();
        if (!sheets.contains(Styles.STYLESHEET)) {
            sheets.add(0, Styles.STYLESHEET);
        }
        sheets.remove(HIGH_CONTRAST);
        if (highContrast) {
            sheets.add(HIGH_CONTRAST);
        }
    }

    /**
     * Keeps a grid's column widths (pixels at 100 % text) in step with the text size, so no value is cut; the grid's
     * resize policy then shares out its width again from the new widths, as when the window is resized.
     */
    static void scaleColumns(Appearance appearance, javafx.scene.control.TableView<?> table) {
        scaleColumns(appearance, table.getProperties(), table.getColumns(), () -> redistribute(table));
        // the first time the grid has a width, its columns start from their preferred widths too (as after a change
        // of text size), so the grid looks the same when it opens and when the text comes back to its size
        javafx.beans.value.ChangeListener<Number> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0 && table.getSkin() != null) {
                    table.widthProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> redistribute(table));
                }
            }
        };
        table.widthProperty().addListener(first);
    }

    /** The same for a tree grid. */
    static void scaleColumns(Appearance appearance, javafx.scene.control.TreeTableView<?> table) {
        scaleColumns(appearance, table.getProperties(), table.getColumns(), () -> redistribute(table));
    }

    private static void scaleColumns(Appearance appearance, java.util.Map<Object, Object> tableProperties,
                                      List<? extends javafx.scene.control.TableColumnBase<?, ?>> columns,
                                      Runnable redistribute) {
        for (javafx.scene.control.TableColumnBase<?, ?> c : columns) {
            double pref = c.getPrefWidth();
            double min = c.getMinWidth();
            scaled(appearance, c.getProperties(), pref, c::setPrefWidth);
            if (min > 10) {
                scaled(appearance, c.getProperties(), min, c::setMinWidth);
            }
        }
        scaled(appearance, tableProperties, 1, x -> redistribute.run());
    }

    /**
     * A grid that fills its width while its columns' minimum widths fit in it, and scrolls sideways (each column at
     * its preferred width) when they do not, so no column is cut to a letter or pushed out of reach (a grid whose
     * columns are shared out never shows a horizontal scroll bar).
     */
    static <S> void fitOrScroll(javafx.scene.control.TableView<S> table) {
        Runnable check = () -> {
            double mins = 0;
            for (var c : table.getVisibleLeafColumns()) {
                mins += c.getMinWidth();
            }
            boolean fits = table.getWidth() <= 0 || mins <= table.getWidth() - 18;
            var policy = fits ? javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                    : javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
                redistribute(table);
            }
        };
        table.widthProperty().addListener(o -> check.run());
        for (var c : table.getColumns()) {
            c.minWidthProperty().addListener(o -> check.run());
            c.visibleProperty().addListener(o -> check.run());
        }
        check.run();
    }

    /** Starts every column again from its (new) preferred width, then lets the grid's policy share out the rest. */
    private static <S> void redistribute(javafx.scene.control.TableView<S> t) {
        if (t.getSkin() != null) {
            var features = new javafx.scene.control.TableView.ResizeFeatures<>(t, null, 0d);
            t.getColumns().forEach(c -> features.setColumnWidth(c, c.getPrefWidth()));
            t.getColumnResizePolicy().call(features);
        }
    }

    private static <S> void redistribute(javafx.scene.control.TreeTableView<S> t) {
        if (t.getSkin() != null) {
            var features = new javafx.scene.control.TreeTableView.ResizeFeatures<>(t, null, 0d);
            t.getColumns().forEach(c -> features.setColumnWidth(c, c.getPrefWidth()));
            t.getColumnResizePolicy().call(features);
        }
    }

    /**
     * Keeps a size given in pixels at 100 % text (a grid column's width) in step with the text size. The listener
     * lives as long as {@code owner} (held in its properties, registered weakly), so views made for each workspace
     * are not kept by the app-wide text size.
     */
    static void scaled(Appearance appearance, java.util.Map<Object, Object> ownerProperties, double pixels,
                       DoubleConsumer set) {
        set.accept(pixels * appearance.scale().get());
        ChangeListener<Number> l = (o, was, now) -> set.accept(pixels * now.doubleValue());
        @SuppressWarnings("unchecked")
        List<Object> held = (List<Object>) ownerProperties.computeIfAbsent(KEY, k -> new ArrayList<>());
        held.add(l);
        appearance.scale().addListener(new WeakChangeListener<>(l));
    }
}
