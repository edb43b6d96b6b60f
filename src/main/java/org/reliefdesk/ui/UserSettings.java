package org.reliefdesk.ui;

import org.reliefdesk.app.BackupSettings;
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
 * overrides, recent workspaces, window size and layout, how many backups to keep. Written to a temporary file, then moved into place.
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
