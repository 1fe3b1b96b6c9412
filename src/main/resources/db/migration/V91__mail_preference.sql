-- Each account's choice of e-mail (issue 14): AT_ONCE (the default: no row), DIGEST (one mail a day) or NONE.
-- Kept with the mail outbox: every mail to an account passes this choice.
CREATE TABLE mail_preference (
    username   VARCHAR(64) NOT NULL PRIMARY KEY,
    preference VARCHAR(16) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_mail_preference_user FOREIGN KEY (username) REFERENCES app_user (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_mail_preference ON mail_preference (preference, username);
