package org.reliefdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * View › Text size (100-200 % in steps of 10) and View › High contrast, remembered in the user settings. Holds no
 * node: {@link WindowStyler} puts the values on every window.
 */
public final class Appearance {
    private final ReadOnlyIntegerWrapper textSize;
    private final BooleanProperty highContrast;
    private final DoubleBinding scale;

    public Appearance(UserSettings settings) {
        this.textSize = new ReadOnlyIntegerWrapper(this, "textSize", settings.textSize());
        this.highContrast = new SimpleBooleanProperty(this, "highContrast", settings.highContrast());
        this.scale = Bindings.createDoubleBinding(() -> textSize.get() / 100.0, textSize);
        textSize.addListener((o, was, now) -> settings.setTextSize(now.intValue()));
        highContrast.addListener((o, was, now) -> settings.setHighContrast(now));
    }

    /** The text size in percent of the standard size (13 px). */
    public ReadOnlyIntegerProperty textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }

    /** The text size as a factor (1.0-2.0), for sizes given in pixels at 100 % (grid columns). */
    public DoubleBinding scale() {
        return scale;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** View › Larger text (Ctrl+=): one step up, at most 200 %. */
    public void larger() {
        textSize.set(Math.min(UserSettings.TEXT_SIZE_MAX, textSize.get() + UserSettings.TEXT_SIZE_STEP));
    }

    /** View › Smaller text (Ctrl+-): one step down, at least 100 %. */
    public void smaller() {
        textSize.set(Math.max(UserSettings.TEXT_SIZE_MIN, textSize.get() - UserSettings.TEXT_SIZE_STEP));
    }

    /** View › Standard text size (Ctrl+0). */
    public void reset() {
        textSize.set(UserSettings.TEXT_SIZE_MIN);
    }

    /** Sets a size directly (one of the steps). */
    public void setTextSize(int percent) {
        if (percent < UserSettings.TEXT_SIZE_MIN || percent > UserSettings.TEXT_SIZE_MAX
                || percent % UserSettings.TEXT_SIZE_STEP != 0) {
            throw new IllegalArgumentException("text size " + percent + " % is not a step of 10 from 100 to 200");
        }
        textSize.set(percent);
    }
}
