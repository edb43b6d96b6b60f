-- Schema version 4: the court's own records (court-records.md) and saved column mappings.

-- What an imported file is: a DOJ research file ('doj') or a court case-system export ('court').
ALTER TABLE import_batch ADD COLUMN kind TEXT NOT NULL DEFAULT 'doj';

-- The case numbers of a part's rows (OFN and FE_NUM_CRT_CASE, normalised, with each row's CNT_ORDER and county), for
-- linking and pairing court rows (see store.CaseKeysCodec): a small table of their own, so reading them never reads
-- the parts' large facts. Parts without case numbers have no row. A DOJ file imported before schema 4 is marked
-- case_keys_listed = 0: its parts' case numbers are computed from the stored rows the first time court records need
-- them.
CREATE TABLE part_case (
    part_id    INTEGER PRIMARY KEY REFERENCES subject_part (id),
    subject_id TEXT    NOT NULL,
    case_keys  BLOB    NOT NULL
);
ALTER TABLE import_batch ADD COLUMN case_keys_listed INTEGER NOT NULL DEFAULT 0;

-- Where a decided conviction is recorded: DOJ, COURT (court-only) or BOTH (a DOJ count the court file has too).
ALTER TABLE decision ADD COLUMN record_source TEXT NOT NULL DEFAULT 'DOJ';

-- Column mappings saved by name, per kind ('court-records', 'court-orders'), with the headers of the file they were
-- made for, so a file with the same headers is offered its mapping again.
CREATE TABLE column_mapping (
    kind     TEXT NOT NULL,
    name     TEXT NOT NULL,
    headers  TEXT NOT NULL,
    json     TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (kind, name)
);
CREATE INDEX column_mapping_headers ON column_mapping (kind, headers);

-- A court export's import (its import_batch row has kind 'court'): the mapping it was read with, the file's headers
-- (unit separator between them) and the character between the values of a row set aside, and what it held.
CREATE TABLE court_import (
    batch_id           INTEGER PRIMARY KEY REFERENCES import_batch (id),
    mapping_name       TEXT    NOT NULL,
    mapping_json       TEXT    NOT NULL,
    county             TEXT    NOT NULL,
    read_as            TEXT    NOT NULL,
    headers            TEXT    NOT NULL,
    separator          TEXT    NOT NULL,
    newest_disposition TEXT    NOT NULL,
    convictions        INTEGER NOT NULL
);

-- The accepted court rows as read through the mapping, packed in blocks of consecutive rows (see CourtRowCodec).
CREATE TABLE court_block (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batch (id),
    block_no  INTEGER NOT NULL,
    first_row INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    data      BLOB    NOT NULL,
    UNIQUE (batch_id, block_no)
);

-- The court persons of every court file (rows grouped by CII, else SSN, else name + DOB) and how each links to the
-- DOJ subjects; rebuilt whenever a court file or a DOJ file is imported. subject_id is the linked SUBJECT_ID, or
-- COURT:file:line of the group's first row for a person the DOJ file does not have (a subject row is kept for it).
CREATE TABLE court_person (
    id           INTEGER PRIMARY KEY,
    group_key    TEXT    NOT NULL UNIQUE,
    subject_id   TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    strength     INTEGER NOT NULL,
    keys         TEXT    NOT NULL,
    candidates   TEXT    NOT NULL,
    contradicted TEXT    NOT NULL,
    first_ref    TEXT    NOT NULL,
    members      BLOB    NOT NULL
);
CREATE INDEX court_person_subject ON court_person (subject_id);

-- Per run and court file: how each accepted row paired (a conviction in both records, court-only, not a conviction).
CREATE TABLE court_pairing (
    run_id   INTEGER NOT NULL REFERENCES evaluation_run (id),
    batch_id INTEGER NOT NULL REFERENCES import_batch (id),
    data     BLOB    NOT NULL,
    PRIMARY KEY (run_id, batch_id)
);
