-- Schema version 5: follow-through (follow-through.md): stable references, papers made, filings, court orders,
-- later DOJ pulls and what each did to each conviction. Every table is append-only (triggers refuse UPDATE, DELETE
-- and a replacing INSERT); all but conviction_ref are chained by SHA-256 like the audit log (store.AuditChain).

-- The stable reference of an in-scope conviction (RD- + 7 digits), keyed like overrides by subject and count:
-- given the first time a run decides that person's count, never changed, never given again (AUTOINCREMENT).
CREATE TABLE conviction_ref (
    ref         INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id  TEXT NOT NULL,
    count_order TEXT NOT NULL,
    UNIQUE (subject_id, count_order)
);
-- Every conviction already decided gets its reference now, in the order runs and files first had it.
INSERT OR IGNORE INTO conviction_ref (subject_id, count_order)
    SELECT subject_id, count_order FROM decision ORDER BY run_id, batch_id, row_index;

-- Papers made from a run: the audit chain's head when they were made (printed on them), then each file written.
CREATE TABLE export_record (
    id          INTEGER PRIMARY KEY,
    made_at     TEXT    NOT NULL,
    user_name   TEXT    NOT NULL,
    run_id      INTEGER NOT NULL,
    audit_entry INTEGER NOT NULL,
    audit_hash  TEXT    NOT NULL,
    hash        TEXT
);
-- refs: the references the file carries, each with its outcome's letter (123D,124R,125N,126V).
CREATE TABLE export_file (
    id         INTEGER PRIMARY KEY,
    export_id  INTEGER NOT NULL REFERENCES export_record (id),
    kind       TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    size_bytes INTEGER NOT NULL,
    refs       TEXT    NOT NULL,
    hash       TEXT
);
CREATE INDEX export_file_sha256 ON export_file (sha256);

-- Papers filed with the court on a date (export_files: the export_file ids, comma-separated).
CREATE TABLE filing (
    id           INTEGER PRIMARY KEY,
    filed_on     TEXT NOT NULL,
    docket       TEXT NOT NULL,
    export_files TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    hash         TEXT
);

-- An order the court signed: for one filing as a whole (BULK), or the court's list of orders (LIST).
CREATE TABLE court_order (
    id         INTEGER PRIMARY KEY,
    filing_id  INTEGER,
    kind       TEXT NOT NULL,
    order_date TEXT NOT NULL,
    source     TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    hash       TEXT
);

-- A later DOJ research file for the county, compared with the first import (it is not imported).
CREATE TABLE doj_pull (
    id            INTEGER PRIMARY KEY,
    pulled_on     TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    fingerprint   TEXT    NOT NULL,
    county        TEXT    NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    relief_texts  TEXT    NOT NULL,
    user_name     TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    hash          TEXT
);
CREATE INDEX doj_pull_sha256 ON doj_pull (sha256);

-- What happened to one conviction: FILED (source: filing), ORDER (source: court_order), PULL (source: doj_pull).
-- result: the filed relief, the order's result or the pull's finding; relief: the relief it is about.
CREATE TABLE conviction_event (
    id         INTEGER PRIMARY KEY,
    ref        INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    source_id  INTEGER NOT NULL,
    result     TEXT    NOT NULL,
    relief     TEXT    NOT NULL,
    event_date TEXT    NOT NULL,
    detail     TEXT    NOT NULL,
    hash       TEXT
);
CREATE INDEX conviction_event_ref ON conviction_event (ref, id);

-- Prop 64 convictions of the county found in a pull that the workspace did not have.
CREATE TABLE pull_new_conviction (
    id              INTEGER PRIMARY KEY,
    pull_id         INTEGER NOT NULL REFERENCES doj_pull (id),
    line            INTEGER NOT NULL,
    subject_id      TEXT    NOT NULL,
    count_order     TEXT    NOT NULL,
    section         TEXT    NOT NULL,
    level           TEXT    NOT NULL,
    conviction_date TEXT    NOT NULL,
    case_number     TEXT    NOT NULL,
    hash            TEXT
);

CREATE TRIGGER conviction_ref_no_update BEFORE UPDATE ON conviction_ref
BEGIN SELECT RAISE(ABORT, 'references are never changed'); END;
CREATE TRIGGER conviction_ref_no_delete BEFORE DELETE ON conviction_ref
BEGIN SELECT RAISE(ABORT, 'references are never changed'); END;
CREATE TRIGGER conviction_ref_no_replace BEFORE INSERT ON conviction_ref
WHEN EXISTS (SELECT 1 FROM conviction_ref WHERE ref = NEW.ref)
BEGIN SELECT RAISE(ABORT, 'references are never changed'); END;

CREATE TRIGGER export_record_no_update BEFORE UPDATE ON export_record
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER export_record_no_delete BEFORE DELETE ON export_record
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER export_record_no_replace BEFORE INSERT ON export_record
WHEN EXISTS (SELECT 1 FROM export_record WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER export_file_no_update BEFORE UPDATE ON export_file
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER export_file_no_delete BEFORE DELETE ON export_file
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER export_file_no_replace BEFORE INSERT ON export_file
WHEN EXISTS (SELECT 1 FROM export_file WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER filing_no_update BEFORE UPDATE ON filing
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER filing_no_delete BEFORE DELETE ON filing
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER filing_no_replace BEFORE INSERT ON filing
WHEN EXISTS (SELECT 1 FROM filing WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER court_order_no_update BEFORE UPDATE ON court_order
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER court_order_no_delete BEFORE DELETE ON court_order
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER court_order_no_replace BEFORE INSERT ON court_order
WHEN EXISTS (SELECT 1 FROM court_order WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER doj_pull_no_update BEFORE UPDATE ON doj_pull
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER doj_pull_no_delete BEFORE DELETE ON doj_pull
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER doj_pull_no_replace BEFORE INSERT ON doj_pull
WHEN EXISTS (SELECT 1 FROM doj_pull WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER conviction_event_no_update BEFORE UPDATE ON conviction_event
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER conviction_event_no_delete BEFORE DELETE ON conviction_event
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER conviction_event_no_replace BEFORE INSERT ON conviction_event
WHEN EXISTS (SELECT 1 FROM conviction_event WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;

CREATE TRIGGER pull_new_conviction_no_update BEFORE UPDATE ON pull_new_conviction
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER pull_new_conviction_no_delete BEFORE DELETE ON pull_new_conviction
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
CREATE TRIGGER pull_new_conviction_no_replace BEFORE INSERT ON pull_new_conviction
WHEN EXISTS (SELECT 1 FROM pull_new_conviction WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'follow-through records are append-only'); END;
