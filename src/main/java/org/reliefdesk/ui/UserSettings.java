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
