-- The registry: one table per collection of the model. Each row keeps the entity as the JSON
-- document of the codec (doc); columns beside it are what the database itself must enforce or
-- index (foreign keys of the records that the API writes).
CREATE TABLE documents (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE statute_sections (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE council_terms (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE organisations (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE persons (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE posts (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE post_holdings (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE agreements (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE approvals (
  id TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreements(id),
  party_id TEXT NOT NULL REFERENCES organisations(id),
  doc TEXT NOT NULL,
  UNIQUE (agreement_id, party_id)
);
CREATE TABLE bodies (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES bodies(id),
  person_id TEXT NOT NULL REFERENCES persons(id),
  doc TEXT NOT NULL
);
CREATE INDEX memberships_by_body ON memberships(organization_id);
CREATE TABLE registers (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE disclosure_bases (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE meetings (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
