package org.reliefdesk.ui;

import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** View › Text size (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 standard, or a size from the list) and View › High contrast. */
final class AppearanceMenus {
    private AppearanceMenus() {
    }

    /** The items to add to the View menu. */
    static List<MenuItem> items(Appearance appearance) {
        Menu size = new Menu("_Text size");
        size.setId("menu-text-size");
        MenuItem larger = item("_Larger text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                appearance::larger);
        larger.setId("menu-text-larger");
        MenuItem smaller = item("_Smaller text", new KeyCodeCombination(KeyCode.MINUS,
                KeyCombination.SHORTCUT_DOWN), appearance::smaller);
        smaller.setId("menu-text-smaller");
        MenuItem standard = item("S_tandard size (100 %)", new KeyCodeCombination(KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN), appearance::reset);
        standard.setId("menu-text-standard");
        size.getItems().addAll(larger, smaller, standard, new SeparatorMenuItem());
        ToggleGroup steps = new ToggleGroup();
        for (int p = UserSettings.TEXT_SIZE_MIN; p <= UserSettings.TEXT_SIZE_MAX; p += UserSettings.TEXT_SIZE_STEP) {
            int percent = p;
            RadioMenuItem r = new RadioMenuItem(p + " %");
            r.setToggleGroup(steps);
            r.setSelected(appearance.textSizeProperty().get() == p);
            r.setOnAction(e -> appearance.setTextSize(percent));
            size.getItems().add(r);
        }
        appearance.textSizeProperty().addListener((o, was, now) -> steps.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getText().equals(now.intValue() + " %"))));
        CheckMenuItem contrast = new CheckMenuItem("_High contrast");
        contrast.setId("menu-high-contrast");
        contrast.selectedProperty().bindBidirectional(appearance.highContrastProperty());
        return List.of(new SeparatorMenuItem(), size, contrast);
    }

    /** The same sizes from the other keys people use for them: Ctrl++ (with Shift), and the number pad's + - 0. */
    static void otherKeys(Scene scene, Appearance appearance) {
        ObservableMap<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                appearance::larger);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), appearance::larger);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::larger);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), appearance::smaller);
        keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), appearance::reset);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(key);
        i.setOnAction(e -> action.run());
        return i;
    }
}
