-- A party approves an agreement once and each of its amendments once: the version approved is
-- part of what is unique (empty: the agreement itself). SQLite cannot drop a table's constraint,
-- so the table is made anew with its rows.
CREATE TABLE approvals_by_version (
  id TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreements(id),
  party_id TEXT NOT NULL REFERENCES organisations(id),
  version_id TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL,
  UNIQUE (agreement_id, party_id, version_id)
);
INSERT INTO approvals_by_version (id, agreement_id, party_id, doc) SELECT id, agreement_id, party_id, doc FROM approvals;
DROP TABLE approvals;
ALTER TABLE approvals_by_version RENAME TO approvals;
