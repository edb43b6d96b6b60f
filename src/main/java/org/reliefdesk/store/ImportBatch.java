package org.reliefdesk.store;

/** One imported DOJ file as the workspace records it. */
public record ImportBatch(int id, String fileName, String filePath, long sizeBytes, String sha256, boolean header,
                          long rowsRead, long rowsAccepted, long rowsRejected, long blankLines, long nonUtf8Lines,
                          String countiesJson, String startedAt, String finishedAt, String appVersion) {
}
