-- The SHA-256 of what a submission asked for (SubmissionHash), so that an Idempotency-Key reused with a
-- different body is refused instead of silently answered with the first request. Nullable: requests made
-- before this column have no hash, and a replay of their key is accepted as before.
-- (V9, not V8: V8 is taken by the task-list queues of another branch.)
ALTER TABLE cooperation_request ADD COLUMN submission_sha256 CHAR(64) NULL;
