-- The Dataset's version: one more with every transaction that changes any of its collections, so
-- that a running server sees within a second what another process (the command line, a second
-- server on the same PostgreSQL) changed, and reads the Dataset again (program/live_registry.h).
CREATE TABLE dataset_version (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL
);
INSERT INTO dataset_version (id, seq) VALUES (1, 0);
