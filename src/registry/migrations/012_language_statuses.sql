-- Which national languages each organisation uses officially, dated (bilingual municipalities and
-- counties).
CREATE TABLE language_statuses (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
