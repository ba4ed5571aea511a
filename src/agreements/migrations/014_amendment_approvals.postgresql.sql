-- A party approves an agreement once and each of its amendments once: the version approved is
-- part of what is unique (empty: the agreement itself).
ALTER TABLE approvals ADD COLUMN version_id TEXT NOT NULL DEFAULT '';
ALTER TABLE approvals DROP CONSTRAINT approvals_agreement_id_party_id_key;
ALTER TABLE approvals ADD CONSTRAINT approvals_agreement_party_version UNIQUE (agreement_id, party_id, version_id);
