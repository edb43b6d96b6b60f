package org.reliefdesk.app;

import org.reliefdesk.store.ImportBatch;

/** An imported DOJ file as the workspace records it (what screens and reports show). */
public record ImportedFile(int id, String fileName, long sizeBytes, String sha256, long rowsRead, long rowsAccepted,
                           long rowsRejected, String importedAt) {

    static ImportedFile of(ImportBatch b) {
        return new ImportedFile(b.id(), b.fileName(), b.sizeBytes(), b.sha256(), b.rowsRead(), b.rowsAccepted(),
                b.rowsRejected(), b.finishedAt());
    }
}
