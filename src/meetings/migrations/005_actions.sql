-- Follow-up actions agreed in meetings, carried until done.
CREATE TABLE actions (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
