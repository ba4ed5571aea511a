-- The agreement's budget rules, the frame versions with their confirmations, and the explanations
-- of significant deviations with their steps.
CREATE TABLE budget_rules (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE budget_frames (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE budget_explanations (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
