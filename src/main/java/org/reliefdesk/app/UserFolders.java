package org.reliefdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where ReliefDesk keeps the user's own files, by the conventions of each OS: the settings (roaming with the user),
 * the demo workspace (local data) and SQLite's native library (a cache anyone may delete).
 *
 * <ul>
 *   <li>Windows: {@code %APPDATA%\ReliefDesk\settings.properties}, {@code %LOCALAPPDATA%\ReliefDesk\demo},
 *       {@code %LOCALAPPDATA%\ReliefDesk\cache}.</li>
 *   <li>macOS: {@code ~/Library/Application Support/ReliefDesk/settings.properties} and {@code .../demo},
 *       {@code ~/Library/Caches/ReliefDesk}.</li>
 *   <li>Linux and other Unixes (XDG base directories): {@code $XDG_CONFIG_HOME/reliefdesk/settings.properties},
 *       {@code $XDG_DATA_HOME/reliefdesk/demo}, {@code $XDG_CACHE_HOME/reliefdesk}, with the XDG defaults
 *       {@code ~/.config}, {@code ~/.local/share}, {@code ~/.cache}: the places earlier versions used.</li>
 * </ul>
 *
 * Decided from an environment and system properties given to {@link #of}, so that every OS's answer can be tested
 * on any OS.
 *
 * @param legacySettingsFile where earlier versions kept the settings on this OS, when that is another place
 *                           ({@code ~/.config/reliefdesk/settings.properties} on Windows and macOS), else null:
 *                           read when the settings file does not exist yet, so nothing set earlier is lost
 */
public record UserFolders(Path settingsFile, Path demoFolder, Path cacheFolder, Path legacySettingsFile) {
    static final String SETTINGS = "settings.properties";

    /** The folders of the running program's user and OS. */
    public static UserFolders current() {
        return of(System::getenv, System::getProperty);
    }

    /**
     * The folders for an environment ({@code APPDATA}, {@code LOCALAPPDATA}, {@code XDG_*}) and system properties
     * ({@code os.name}, {@code user.home}); a missing or blank variable takes the OS's default, and an XDG variable
     * that is not an absolute path is ignored, as the XDG specification asks.
     */
    public static UserFolders of(Function<String, String> env, Function<String, String> properties) {
        String os = value(properties, "os.name").toLowerCase(Locale.ROOT);
        String home = value(properties, "user.home");
        Path legacyConfig = xdg(env, "XDG_CONFIG_HOME", home, ".config").resolve("reliefdesk");
        if (os.startsWith("windows")) {
            Path roaming = windows(env, "APPDATA", home, "Roaming");
            Path local = windows(env, "LOCALAPPDATA", home, "Local");
            return new UserFolders(roaming.resolve("ReliefDesk").resolve(SETTINGS),
                    local.resolve("ReliefDesk").resolve("demo"), local.resolve("ReliefDesk").resolve("cache"),
                    legacyConfig.resolve(SETTINGS));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path support = Path.of(home, "Library", "Application Support", "ReliefDesk");
            return new UserFolders(support.resolve(SETTINGS), support.resolve("demo"),
                    Path.of(home, "Library", "Caches", "ReliefDesk"), legacyConfig.resolve(SETTINGS));
        }
        return new UserFolders(legacyConfig.resolve(SETTINGS),
                xdg(env, "XDG_DATA_HOME", home, ".local", "share").resolve("reliefdesk").resolve("demo"),
                xdg(env, "XDG_CACHE_HOME", home, ".cache").resolve("reliefdesk"), null);
    }

    private static String value(Function<String, String> source, String key) {
        String v = source.apply(key);
        return v == null ? "" : v;
    }

    private static Path xdg(Function<String, String> env, String variable, String home, String... fallback) {
        String v = value(env, variable).strip();
        if (!v.isEmpty() && Path.of(v).isAbsolute()) {
            return Path.of(v);
        }
        return Path.of(home, fallback);
    }

    /** A Windows folder variable, else its usual place under the profile ({@code AppData\Roaming} or {@code Local}). */
    private static Path windows(Function<String, String> env, String variable, String home, String under) {
        String v = value(env, variable).strip();
        return v.isEmpty() ? Path.of(home, "AppData", under) : Path.of(v);
    }
}
