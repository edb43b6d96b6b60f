-- ReliefDesk workspace, schema version 1. Applied in one transaction; PRAGMA user_version tracks it.

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One imported DOJ file. sha256 is unique: the same file is never imported twice.
CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT    NOT NULL,
    file_path      TEXT    NOT NULL,
    size_bytes     INTEGER NOT NULL,
    sha256         TEXT    NOT NULL UNIQUE,
    fingerprint    TEXT    NOT NULL,
    header_present INTEGER NOT NULL,
    rows_read      INTEGER NOT NULL,
    rows_accepted  INTEGER NOT NULL,
    rows_rejected  INTEGER NOT NULL,
    blank_lines    INTEGER NOT NULL,
    non_utf8_lines INTEGER NOT NULL,
    counties_json  TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT    NOT NULL,
    app_version    TEXT    NOT NULL,
    -- 1 once an evaluation has listed this file's convictions in the conviction table
    convictions_indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_batch_fingerprint ON import_batch (size_bytes, fingerprint);

-- Every accepted row's 95 original fields, in file order, packed in blocks (see SourceBlockCodec).
CREATE TABLE source_block (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batch (id),
    block_no  INTEGER NOT NULL,
    first_row INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    data      BLOB    NOT NULL,
    UNIQUE (batch_id, block_no)
);

-- Rows that could not be read, kept with file line, reason and raw text.
CREATE TABLE rejected_row (
    id       INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch (id),
    line     INTEGER NOT NULL,
    reason   TEXT    NOT NULL,
    raw      TEXT    NOT NULL
);
CREATE INDEX rejected_row_batch ON rejected_row (batch_id, line);

-- A person (SUBJECT_ID) as first seen; parts counts their runs of consecutive rows across all files.
CREATE TABLE subject (
    subject_id    TEXT PRIMARY KEY,
    name          TEXT    NOT NULL,
    dob           TEXT    NOT NULL,
    cii           TEXT    NOT NULL,
    gender        TEXT    NOT NULL,
    ssn           TEXT    NOT NULL,
    cdl           TEXT    NOT NULL,
    fbi           TEXT    NOT NULL,
    first_part_id INTEGER NOT NULL,
    parts         INTEGER NOT NULL
);
CREATE INDEX subject_name ON subject (name, dob);
CREATE INDEX subject_cii ON subject (cii);

-- A run of consecutive rows of one subject in one file: the history facts of those rows (see FactsCodec).
CREATE TABLE subject_part (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batch (id),
    subject_id TEXT    NOT NULL,
    first_row  INTEGER NOT NULL,
    row_count  INTEGER NOT NULL,
    facts      BLOB    NOT NULL
);
CREATE INDEX subject_part_subject ON subject_part (subject_id, batch_id, id);

-- Every conviction (any county, any section) of every imported file, for look-up and review. Listed by the first
-- evaluation after the file's import (which builds every history anyway), in that run's transaction.
CREATE TABLE conviction (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batch (id),
    row_index       INTEGER NOT NULL,
    line            INTEGER NOT NULL,
    subject_id      TEXT    NOT NULL,
    count_order     TEXT    NOT NULL,
    conviction_date TEXT    NOT NULL,
    section         TEXT    NOT NULL,
    charge          TEXT    NOT NULL,
    level           TEXT    NOT NULL,
    county          TEXT    NOT NULL,
    case_number     TEXT    NOT NULL
);
CREATE INDEX conviction_subject ON conviction (subject_id);

-- One evaluation: reproducible from mode, policy, county, compute-at, app version and input hashes.
CREATE TABLE evaluation_run (
    id           INTEGER PRIMARY KEY,
    mode         TEXT    NOT NULL,
    policy_json  TEXT    NOT NULL,
    county       TEXT    NOT NULL,
    compute_at   TEXT    NOT NULL,
    app_version  TEXT    NOT NULL,
    inputs_json  TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT    NOT NULL,
    decisions    INTEGER NOT NULL,
    summary_json TEXT    NOT NULL
);

-- The decision for one in-scope conviction of a run, with the facts it used and its trail.
CREATE TABLE decision (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES evaluation_run (id),
    batch_id           INTEGER NOT NULL,
    row_index          INTEGER NOT NULL,
    line               INTEGER NOT NULL,
    subject_id         TEXT    NOT NULL,
    count_order        TEXT    NOT NULL,
    conviction_date    TEXT    NOT NULL,
    offense_date       TEXT    NOT NULL,
    section            TEXT    NOT NULL,
    level              TEXT    NOT NULL,
    county             TEXT    NOT NULL,
    court              TEXT    NOT NULL,
    case_number        TEXT    NOT NULL,
    outcome            TEXT    NOT NULL,
    reason_code        TEXT    NOT NULL,
    reason_text        TEXT    NOT NULL,
    flags              TEXT    NOT NULL,
    explanation        TEXT    NOT NULL,
    trail              TEXT    NOT NULL,
    convictions        INTEGER NOT NULL,
    superstrikes       TEXT    NOT NULL,
    pc290_sections     TEXT    NOT NULL,
    pc290_registration INTEGER NOT NULL,
    deceased           INTEGER NOT NULL,
    latest_conviction  TEXT    NOT NULL,
    p64_by_section     TEXT    NOT NULL,
    UNIQUE (run_id, batch_id, row_index)
);
CREATE INDEX decision_subject ON decision (run_id, subject_id);

-- Attorney overrides: append-only; the latest for a conviction (subject + count) wins, across runs.
CREATE TABLE override_entry (
    id          INTEGER PRIMARY KEY,
    subject_id  TEXT NOT NULL,
    count_order TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    run_id      INTEGER
);
CREATE INDEX override_conviction ON override_entry (subject_id, count_order, id);
CREATE TRIGGER override_entry_no_update BEFORE UPDATE ON override_entry
BEGIN SELECT RAISE(ABORT, 'overrides are append-only'); END;
CREATE TRIGGER override_entry_no_delete BEFORE DELETE ON override_entry
BEGIN SELECT RAISE(ABORT, 'overrides are append-only'); END;
-- INSERT OR REPLACE deletes without firing delete triggers: refuse any insert that would replace a row.
CREATE TRIGGER override_entry_no_replace BEFORE INSERT ON override_entry
WHEN EXISTS (SELECT 1 FROM override_entry WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'overrides are append-only'); END;

-- What was done to the workspace, by whom and when: append-only.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
