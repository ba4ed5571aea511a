-- Sign-in attempts counted per key (an account's name, or a trusted device's digest) in windows,
-- taken atomically before a password is checked; devices an account has signed in from; and the
-- read log (906/2019 § 17): who read personal data or what is not public, when and through which
-- request. Kept apart from the audit trail, pruned by its retention.
CREATE TABLE signin_attempts (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, failures INTEGER NOT NULL);
CREATE TABLE trusted_devices (
  digest TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  created BIGINT NOT NULL,
  expires BIGINT NOT NULL
);
CREATE INDEX trusted_devices_by_account ON trusted_devices(account_id);
CREATE TABLE read_log (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  request TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT NOT NULL
);
CREATE INDEX read_log_by_actor ON read_log(actor, at);
CREATE INDEX read_log_by_time ON read_log(at);
-- An account no longer counts its own failed sign-ins: the attempts above do.
UPDATE accounts SET doc = CAST(CAST(doc AS jsonb) - 'failed_signins' - 'locked_until' AS text) WHERE doc LIKE '%failed_signins%' OR doc LIKE '%locked_until%';
