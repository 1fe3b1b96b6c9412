-- The notification table becomes a transactional outbox (issue 11). Rows are still written in the business
-- transaction; a scheduled worker on one node at a time (ShedLock, V51) delivers those that are due, each in a
-- transaction that locks the row, hands the mail to the SMTP server and marks it, so a crash before the commit
-- leaves the row PENDING for the next pass, on any node. Failures are retried with backoff (next_attempt_at);
-- a mail that cannot be delivered ends as FAILED with the reason (last_error), and an administrator may retry it.
--  * html_body: the HTML part; body stays the plain-text part, subject the subject, both in the recipient's language
--  * locale: the language the mail was written in
ALTER TABLE notification ADD COLUMN html_body MEDIUMTEXT NULL;
ALTER TABLE notification ADD COLUMN locale VARCHAR(35) NULL;
ALTER TABLE notification ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN next_attempt_at DATETIME(3) NULL;
ALTER TABLE notification ADD COLUMN last_error VARCHAR(1000) NULL;
-- Mails left PENDING by the former after-commit hand-over are delivered now; FAILED ones wait for an administrator.
UPDATE notification SET next_attempt_at = created_at WHERE status = 'PENDING';
UPDATE notification SET last_error = 'Not delivered before the outbox (reason not recorded)' WHERE status = 'FAILED';
-- The worker reads the due PENDING rows in order; the administrators' page the FAILED and PENDING rows.
DROP INDEX idx_notification_status ON notification;
CREATE INDEX idx_notification_due ON notification (status, next_attempt_at, id);
CREATE INDEX idx_notification_request ON notification (request_id, created_at);
