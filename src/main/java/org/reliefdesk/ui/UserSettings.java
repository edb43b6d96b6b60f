package org.reliefdesk.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The user's own settings, kept in one small properties file (not in any workspace): the name written on
 * overrides, recent workspaces, window size and layout. Written to a temporary file, then moved into place.
 */
public final class UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final int MAX_RECENT = 8;
    private final Path file;
    private final Properties values = new Properties();

    public UserSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("settings file unreadable, starting with defaults: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** The standard place: {@code ~/.config/reliefdesk/settings.properties} (or the folder named by XDG). */
    public static UserSettings standard() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new UserSettings(base.resolve("reliefdesk").resolve("settings.properties"));
    }

    /** Settings that are never saved (tests, tools). */
    public static UserSettings inMemory() {
        return new UserSettings(null);
    }

    /** The name written on overrides and review marks: the OS user unless changed in preferences. */
    public String userName() {
        return values.getProperty("user.name", System.getProperty("user.name", "unknown"));
    }

    public void setUserName(String name) {
        values.setProperty("user.name", name.strip());
        save();
    }

    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecent(Path workspace) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = workspace.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                values.setProperty("recent." + i, list.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        save();
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setNumbers(String prefix, double... numbers) {
        for (int i = 0; i < numbers.length; i++) {
            values.setProperty(prefix + "." + i, Double.toString(numbers[i]));
        }
        save();
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void setText(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    // ---- View › Text size and View › High contrast (a value out of range falls back to the default, logged) ----

    /** The settings key of the text size, a percentage of the standard size. */
    public static final String TEXT_SIZE = "view.textSize";
    /** The settings key of the colour theme: {@code standard} or {@code high-contrast}. */
    public static final String THEME = "view.theme";
    public static final int TEXT_SIZE_MIN = 100;
    public static final int TEXT_SIZE_MAX = 200;
    public static final int TEXT_SIZE_STEP = 10;
    public static final String THEME_STANDARD = "standard";
    public static final String THEME_HIGH_CONTRAST = "high-contrast";
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    /**
     * The text size in percent, 100-200 in steps of 10 (a value in range between steps goes to the nearest step);
     * anything else in the file gives 100 and one logged warning.
     */
    public int textSize() {
        String v = values.getProperty(TEXT_SIZE);
        if (v == null) {
            return TEXT_SIZE_MIN;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= TEXT_SIZE_MIN && n <= TEXT_SIZE_MAX) {
                return Math.round(n / (float) TEXT_SIZE_STEP) * TEXT_SIZE_STEP;
            }
        } catch (NumberFormatException e) {
            // falls through to the warning
        }
        warnOnce(TEXT_SIZE, "the text size in the settings file (" + shorten(v) + ") is not a percentage from "
                + TEXT_SIZE_MIN + " to " + TEXT_SIZE_MAX + "; using " + TEXT_SIZE_MIN + " %");
        return TEXT_SIZE_MIN;
    }

    public void setTextSize(int percent) {
        if (percent < TEXT_SIZE_MIN || percent > TEXT_SIZE_MAX) {
            throw new IllegalArgumentException("text size " + percent + " % is outside " + TEXT_SIZE_MIN + "-"
                    + TEXT_SIZE_MAX + " %");
        }
        values.setProperty(TEXT_SIZE, Integer.toString(percent));
        warned.remove(TEXT_SIZE);
        save();
    }

    /** True for the high-contrast theme; a theme the file names that is neither gives the standard one, logged. */
    public boolean highContrast() {
        String v = values.getProperty(THEME);
        if (v == null || v.strip().equals(THEME_STANDARD)) {
            return false;
        }
        if (v.strip().equals(THEME_HIGH_CONTRAST)) {
            return true;
        }
        warnOnce(THEME, "the theme in the settings file (" + shorten(v) + ") is neither " + THEME_STANDARD + " nor "
                + THEME_HIGH_CONTRAST + "; using " + THEME_STANDARD);
        return false;
    }

    public void setHighContrast(boolean on) {
        values.setProperty(THEME, on ? THEME_HIGH_CONTRAST : THEME_STANDARD);
        warned.remove(THEME);
        save();
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            LOG.warn(message);
        }
    }

    /** A value from the file as logged: at most 20 characters (it is never personal data, but may be anything). */
    private static String shorten(String v) {
        String s = v.strip().replaceAll("\\p{Cntrl}", "?");
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "ReliefDesk user settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("settings not saved: {}", e.getClass().getSimpleName());
        }
    }
}
