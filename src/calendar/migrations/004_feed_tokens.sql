-- Revocable tokens that open the non-public items of a calendar feed.
CREATE TABLE feed_tokens (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
