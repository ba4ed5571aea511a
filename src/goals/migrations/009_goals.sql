-- Goals and how they are followed: priorities, indicators, goals, responsibility pairs and the
-- indicators' values per region and year.
CREATE TABLE priorities (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE indicators (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE goals (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE responsibility_pairs (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE indicator_values (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
