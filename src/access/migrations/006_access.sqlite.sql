-- Accounts, sessions and the audit trail. Accounts are kept apart from the registry's tables: they
-- are never exported or served as data. A session row keeps a digest of its token, never the token.
CREATE TABLE accounts (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE sessions (
  digest TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  csrf TEXT NOT NULL,
  created BIGINT NOT NULL,
  expires BIGINT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_account ON sessions(account_id);
-- Append only: every change with who made it, when, through which request, and the entity's
-- document before (NULL when new) and after. Nothing in the product deletes from it.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  request TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_doc TEXT,
  after_doc TEXT NOT NULL
);
CREATE INDEX audit_by_actor ON audit(actor, at);
CREATE INDEX audit_by_entity ON audit(entity, entity_id);
CREATE INDEX audit_by_time ON audit(at);
