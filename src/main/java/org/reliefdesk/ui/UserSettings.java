package org.reliefdesk.ui;

import org.reliefdesk.app.BackupSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.reliefdesk.app.UserFolders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own settings, kept in one small properties file (not in any workspace): the name written on
 * overrides, recent workspaces, window size and layout, the date format, how many backups to keep. Written to a
 * temporary file, then moved into place; a file that cannot be read is set aside, never overwritten.
 */
public final class UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final int MAX_RECENT = 8;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** Largest settings file read: a few kilobytes is usual; anything this big is not ours. */
    private static final long MAX_BYTES = 1 << 20;
    private final Path file;
    private final Properties values = new Properties();
    /** Set when the file could be neither read nor set aside: it is then left alone. */
    private boolean readOnly;
    private String notice;

    public UserSettings(Path file) {
        this(file, null, Clock.systemDefaultZone());
    }

    /**
     * Reads {@code file}, or {@code legacy} (the place of earlier versions; may be null) while {@code file} does not
     * exist yet: the first save then writes {@code file}. A settings file that cannot be read is set aside (renamed
     * {@code settings.properties.unreadable-<time>}, {@code clock} giving the time) and the settings start from
     * their defaults; {@link #notice()} then says so.
     */
    UserSettings(Path file, Path legacy, Clock clock) {
        this.file = file;
        if (file == null) {
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && legacy != null && Files.isRegularFile(legacy)) {
            try {
                load(legacy);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
                LOG.warn("settings of an earlier version unreadable, not used: {}", reason(e));
            }
            return;
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                load(file);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
                setAside(reason(e), clock);
            }
        }
    }

    /** The standard place of the user's settings on this OS (see {@link UserFolders}). */
    public static UserSettings standard(UserFolders folders) {
        return new UserSettings(folders.settingsFile(), folders.legacySettingsFile(), Clock.systemDefaultZone());
    }

    private void load(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("it is a folder or a special file, not a file");
        }
        if (Files.size(source) > MAX_BYTES) {
            throw new IOException("it is too large to be a settings file");
        }
        byte[] bytes = Files.readAllBytes(source);
        for (byte b : bytes) {
            // a properties file is text: NUL and other control bytes mean a damaged file (e.g. zeros after a crash)
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw new IOException("it holds bytes that are not text");
            }
        }
        values.load(new ByteArrayInputStream(bytes));
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof IllegalArgumentException) {
            return "it is damaged: a malformed \\u escape";
        }
        return e.getClass() == IOException.class && e.getMessage() != null ? e.getMessage()
                : e.getClass().getSimpleName();
    }

    /**
     * Renames the unreadable file out of the way so that the next save starts a new one; when even that fails,
     * nothing is saved this session, so the file stays as it is for someone to look at.
     */
    private void setAside(String reason, Clock clock) {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + "-" + n);
        }
        try {
            Files.move(file, aside);
            LOG.warn("settings file unreadable ({}); set aside as {}, starting with the default settings", reason,
                    aside.getFileName());
            notice = "Your settings file could not be read (" + reason + "). It was set aside as " + aside
                    + ", and ReliefDesk starts with its default settings: your name on overrides, the recent "
                    + "workspaces, the window's layout and the date format are back to their defaults.";
        } catch (IOException e) {
            readOnly = true;
            LOG.warn("settings file unreadable ({}) and not set aside ({}); starting with the default settings, "
                    + "not saved", reason, e.getClass().getSimpleName());
            notice = "Your settings file " + file + " could not be read (" + reason + ") nor set aside ("
                    + e.getClass().getSimpleName() + "). ReliefDesk starts with its default settings and will not "
                    + "save settings until that file is moved or removed.";
        }
    }

    /** What the window tells the user once about these settings (a file that could not be read), or empty. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
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

    /**
     * How many automatic backups each workspace keeps (keys {@code backups.keep} and {@code backups.maxTotalMB}); a
     * value that is no whole number or out of range falls back to the default, with a logged warning.
     */
    public BackupSettings backupSettings() {
        int keep = (int) whole("backups.keep", BackupSettings.DEFAULT.keep(), 1, BackupSettings.MAX_KEEP);
        long megabytes = whole("backups.maxTotalMB", BackupSettings.DEFAULT.maxTotalMegabytes(), 1, 1L << 40);
        return new BackupSettings(keep, megabytes);
    }

    public void setBackupSettings(BackupSettings backups) {
        values.setProperty("backups.keep", Integer.toString(backups.keep()));
        values.setProperty("backups.maxTotalMB", Long.toString(backups.maxTotalMegabytes()));
        save();
    }

    private long whole(String key, long fallback, long min, long max) {
        String v = values.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        LOG.warn("setting {} is not a whole number from {} to {}: the default {} is used", key, min, max, fallback);
        return fallback;
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
        if (file == null || readOnly) {
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
