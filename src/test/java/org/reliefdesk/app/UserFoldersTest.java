package org.reliefdesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's folders on each OS, decided from a given environment and properties (all three OSes tested here). */
final class UserFoldersTest {
    private static UserFolders folders(String os, String home, String... env) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < env.length; i += 2) {
            variables.put(env[i], env[i + 1]);
        }
        Map<String, String> properties = Map.of("os.name", os, "user.home", home);
        return UserFolders.of(variables::get, properties::get);
    }

    @Test
    void windowsKeepsSettingsInRoamingAppDataAndTheDemoAndCacheInLocalAppData() {
        UserFolders f = folders("Windows 11", "C:\\Users\\ana", "APPDATA", "C:\\Users\\ana\\AppData\\Roaming",
                "LOCALAPPDATA", "D:\\Profiles\\ana\\Local");
        assertThat(f.settingsFile()).isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Roaming", "ReliefDesk",
                "settings.properties"));
        assertThat(f.demoFolder()).isEqualTo(Path.of("D:\\Profiles\\ana\\Local", "ReliefDesk", "demo"));
        assertThat(f.cacheFolder()).isEqualTo(Path.of("D:\\Profiles\\ana\\Local", "ReliefDesk", "cache"));
        assertThat(f.legacySettingsFile()).as("where earlier versions wrote them on Windows")
                .isEqualTo(Path.of("C:\\Users\\ana", ".config", "reliefdesk", "settings.properties"));
    }

    @Test
    void windowsWithoutTheFolderVariablesUsesTheProfilesAppDataFolders() {
        UserFolders f = folders("Windows 10", "C:\\Users\\bo", "APPDATA", " ");
        assertThat(f.settingsFile()).isEqualTo(Path.of("C:\\Users\\bo", "AppData", "Roaming", "ReliefDesk",
                "settings.properties"));
        assertThat(f.demoFolder()).isEqualTo(Path.of("C:\\Users\\bo", "AppData", "Local", "ReliefDesk", "demo"));
        assertThat(f.cacheFolder()).isEqualTo(Path.of("C:\\Users\\bo", "AppData", "Local", "ReliefDesk", "cache"));
    }

    @Test
    void macOsUsesApplicationSupportAndCachesAndIgnoresXdg() {
        UserFolders f = folders("Mac OS X", "/Users/cy", "XDG_CONFIG_HOME", "/Users/cy/xdg-config",
                "XDG_DATA_HOME", "/Users/cy/xdg-data", "XDG_CACHE_HOME", "/Users/cy/xdg-cache");
        assertThat(f.settingsFile()).isEqualTo(Path.of("/Users/cy/Library/Application Support/ReliefDesk/"
                + "settings.properties"));
        assertThat(f.demoFolder()).isEqualTo(Path.of("/Users/cy/Library/Application Support/ReliefDesk/demo"));
        assertThat(f.cacheFolder()).isEqualTo(Path.of("/Users/cy/Library/Caches/ReliefDesk"));
        assertThat(f.legacySettingsFile()).as("earlier versions followed XDG_CONFIG_HOME everywhere")
                .isEqualTo(Path.of("/Users/cy/xdg-config/reliefdesk/settings.properties"));
    }

    @Test
    void linuxDefaultsAreTheFoldersEarlierVersionsUsedSoExistingFilesKeepWorking() {
        UserFolders f = folders("Linux", "/home/dee");
        assertThat(f.settingsFile()).isEqualTo(Path.of("/home/dee/.config/reliefdesk/settings.properties"));
        assertThat(f.demoFolder()).isEqualTo(Path.of("/home/dee/.local/share/reliefdesk/demo"));
        assertThat(f.cacheFolder()).isEqualTo(Path.of("/home/dee/.cache/reliefdesk"));
        assertThat(f.legacySettingsFile()).as("nothing moved on Linux").isNull();
    }

    @Test
    void linuxFollowsTheXdgVariablesAndIgnoresRelativeOnes() {
        UserFolders f = folders("Linux", "/home/dee", "XDG_CONFIG_HOME", "/srv/conf", "XDG_DATA_HOME", "/srv/data",
                "XDG_CACHE_HOME", "/srv/cache");
        assertThat(f.settingsFile()).isEqualTo(Path.of("/srv/conf/reliefdesk/settings.properties"));
        assertThat(f.demoFolder()).isEqualTo(Path.of("/srv/data/reliefdesk/demo"));
        assertThat(f.cacheFolder()).isEqualTo(Path.of("/srv/cache/reliefdesk"));

        UserFolders relative = folders("Linux", "/home/dee", "XDG_CONFIG_HOME", "conf", "XDG_DATA_HOME", "",
                "XDG_CACHE_HOME", "./cache");
        assertThat(relative.settingsFile()).isEqualTo(Path.of("/home/dee/.config/reliefdesk/settings.properties"));
        assertThat(relative.demoFolder()).isEqualTo(Path.of("/home/dee/.local/share/reliefdesk/demo"));
        assertThat(relative.cacheFolder()).isEqualTo(Path.of("/home/dee/.cache/reliefdesk"));
    }

    @Test
    void otherUnixesFollowXdgToo() {
        assertThat(folders("FreeBSD", "/home/eve").settingsFile())
                .isEqualTo(Path.of("/home/eve/.config/reliefdesk/settings.properties"));
    }
}
