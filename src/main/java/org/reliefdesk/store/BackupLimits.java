package org.reliefdesk.store;

/**
 * How many automatic backups of a workspace are kept, by count and by their total size: after each backup the
 * oldest are removed until both limits hold, but the newest backup is always kept, however large.
 *
 * @param keep          backups kept at most (at least 1)
 * @param maxTotalBytes the backups' total size at most, in bytes (at least 1)
 */
public record BackupLimits(int keep, long maxTotalBytes) {
    /** The limits when the user set none: the latest five, at most 10 GiB (10,240 MB) together. */
    public static final BackupLimits DEFAULT = new BackupLimits(5, 10L << 30);

    public BackupLimits {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup is kept, not " + keep);
        }
        if (maxTotalBytes < 1) {
            throw new IllegalArgumentException("the backups' total size must be positive, not " + maxTotalBytes);
        }
    }
}
