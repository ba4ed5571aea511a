-- From which day an organisation's or a body's records are kept here (the duties read it to tell
-- "not recorded" from "breached").
CREATE TABLE record_keeping (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
