package org.reliefdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (from the build). */
public final class AppInfo {
    public static final String NAME = "ReliefDesk";
    private static final String VERSION = load();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/reliefdesk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
