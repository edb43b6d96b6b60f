-- Schema version 2: review marks. Like overrides, append-only; the latest mark for a conviction wins.
CREATE TABLE review_mark (
    id          INTEGER PRIMARY KEY,
    subject_id  TEXT    NOT NULL,
    count_order TEXT    NOT NULL,
    reviewed    INTEGER NOT NULL,
    user_name   TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX review_mark_conviction ON review_mark (subject_id, count_order, id);
CREATE TRIGGER review_mark_no_update BEFORE UPDATE ON review_mark
BEGIN SELECT RAISE(ABORT, 'review marks are append-only'); END;
CREATE TRIGGER review_mark_no_delete BEFORE DELETE ON review_mark
BEGIN SELECT RAISE(ABORT, 'review marks are append-only'); END;
CREATE TRIGGER review_mark_no_replace BEFORE INSERT ON review_mark
WHEN EXISTS (SELECT 1 FROM review_mark WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'review marks are append-only'); END;

-- Look-up by case number ("Has my record been cleared?").
CREATE INDEX conviction_case_number ON conviction (case_number);
