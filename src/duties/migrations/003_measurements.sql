-- Dated parameters (thresholds with their sources) and measured values that can raise duties.
CREATE TABLE parameters (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE measurements (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
