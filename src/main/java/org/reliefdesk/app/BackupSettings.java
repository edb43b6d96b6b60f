package org.reliefdesk.app;

import org.reliefdesk.store.BackupLimits;

/**
 * How many automatic backups of each workspace to keep: at most {@code keep} of them, together at most
 * {@code maxTotalMegabytes}; the oldest are removed first, and the newest is always kept. The user's settings give
 * them (the desktop app's settings file, read for the command line too).
 */
public record BackupSettings(int keep, long maxTotalMegabytes) {
    /** Keep at least one, at most this many. */
    public static final int MAX_KEEP = 100;
    /** The defaults: the latest five, at most 10,240 MB (10 GB) together. */
    public static final BackupSettings DEFAULT = new BackupSettings(5, 10_240);

    public BackupSettings {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep between 1 and " + MAX_KEEP + " backups, not " + keep);
        }
        if (maxTotalMegabytes < 1) {
            throw new IllegalArgumentException("the backups' total size must be at least 1 MB, not "
                    + maxTotalMegabytes);
        }
    }

    BackupLimits limits() {
        return new BackupLimits(keep, maxTotalMegabytes << 20);
    }
}
