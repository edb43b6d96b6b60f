package org.reliefdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reliefdesk.app.DateStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The date format the window shows (chosen in Edit › Preferences, remembered in the settings) and hands to every
 * export. Views format through it and redraw when it changes.
 */
public final class DateDisplay {
    /** The settings key. */
    static final String KEY = "dates.format";
    private static final Logger LOG = LoggerFactory.getLogger(DateDisplay.class);
    private final ObjectProperty<DateStyle> style = new SimpleObjectProperty<>(this, "style");

    DateDisplay(UserSettings settings) {
        String saved = settings.text(KEY, null);
        DateStyle s = DateStyle.named(saved).orElse(null);
        if (s == null && saved != null) {
            LOG.warn("date format in the settings not known, {} used: {}", DateStyle.DEFAULT.label(), saved);
        }
        style.set(s == null ? DateStyle.DEFAULT : s);
        style.addListener((o, was, now) -> settings.setText(KEY, now.key()));
    }

    public ObjectProperty<DateStyle> styleProperty() {
        return style;
    }

    public DateStyle style() {
        return style.get();
    }

    /** A stored date (the DOJ's YYYYMMDD or ISO) as the window shows it; anything else as stored. */
    public String stored(String text) {
        return style.get().stored(text);
    }
}
