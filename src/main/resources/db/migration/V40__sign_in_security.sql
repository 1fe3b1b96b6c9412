-- Sign-in security (issue 10): every node shares this state, so throttling and lockout hold on a cluster.

-- Failed sign-ins per account name (known or not: unknown names are throttled alike, so nothing tells them apart)
-- and per client address. An attempt is counted before its password is checked and forgiven when it succeeds, so
-- concurrent guesses cannot slip past the limit; next_allowed_at spaces attempts out, locked_until locks an account.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL DEFAULT 0,
    last_attempt_at DATETIME(3)  NOT NULL,
    next_allowed_at DATETIME(3),
    locked_until    DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_login_throttle_last ON login_throttle (last_attempt_at);

-- The sign-in audit: successes, failures, lockouts, unlocks, sign-outs, password and second-factor changes.
-- username is the name as typed (an unknown name too); actor is who did it when not the user (an administrator).
CREATE TABLE login_event (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(64) NOT NULL,
    event      VARCHAR(24) NOT NULL,
    address    VARCHAR(64),
    actor      VARCHAR(64),
    created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_login_event_user ON login_event (username, created_at);
CREATE INDEX idx_login_event_time ON login_event (created_at);

-- A temporary password (set by an administrator or the bootstrap) must be changed at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(3) NULL;

-- The second factor: a TOTP secret (RFC 6238, encrypted with coopflow.security.secret-key), confirmed once the user
-- has entered a first code; last_step refuses a code used before (on any node).
CREATE TABLE user_totp (
    username     VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret       VARCHAR(255) NOT NULL,
    confirmed_at DATETIME(3),
    last_step    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_totp_user FOREIGN KEY (username) REFERENCES app_user (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every change an administrator makes to an account: who, what, the account before and after (JSON).
CREATE TABLE account_change (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    address      VARCHAR(64),
    created_at   DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_account_change_user ON account_change (username, created_at);
CREATE INDEX idx_account_change_time ON account_change (created_at);
