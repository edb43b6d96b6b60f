package org.reliefdesk.doj;

/**
 * What one pass over a DOJ file found.
 *
 * @param headerFields number of fields of the header row (0 when there is none)
 * @param nonUtf8Lines lines that were not valid UTF-8 and were read as Latin-1
 */
public record ReadSummary(String fileName, long bytes, String sha256, boolean header, int headerFields,
                          long accepted, long rejected, long blankLines, long nonUtf8Lines) {

    /** Data rows found: accepted plus set aside (the header and blank lines are not rows). */
    public long rowsRead() {
        return accepted + rejected;
    }
}
