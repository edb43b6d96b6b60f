-- Schema version 3: the audit log, overrides and review marks are chained by SHA-256 (see store.AuditChain): each
-- entry's hash covers the previous entry's hash and its own content. The update triggers are lifted only while
-- this migration fills in the hashes of the entries already there, in the same transaction.
DROP TRIGGER audit_log_no_update;
DROP TRIGGER override_entry_no_update;
DROP TRIGGER review_mark_no_update;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
ALTER TABLE override_entry ADD COLUMN hash TEXT;
ALTER TABLE review_mark ADD COLUMN hash TEXT;
-- @seal-existing-entries (ReliefDesk computes the hashes of the existing entries here, then goes on)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER override_entry_no_update BEFORE UPDATE ON override_entry
BEGIN SELECT RAISE(ABORT, 'overrides are append-only'); END;
CREATE TRIGGER review_mark_no_update BEFORE UPDATE ON review_mark
BEGIN SELECT RAISE(ABORT, 'review marks are append-only'); END;
