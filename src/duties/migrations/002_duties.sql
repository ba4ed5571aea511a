-- Duties as data, the events that are their evidence, and waivers.
CREATE TABLE events (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE duties (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE waivers (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
