package org.reliefdesk.store;

/** The file being imported is already in the workspace (same SHA-256): it is refused, not imported twice. */
public final class DuplicateFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportBatch existing;

    public DuplicateFileException(ImportBatch existing) {
        super("This file is already in the workspace: it was imported as " + existing.fileName() + " on "
                + existing.finishedAt() + ".");
        this.existing = existing;
    }

    public ImportBatch existing() {
        return existing;
    }
}
