-- Service levels that hold (issue 12): every open step's deadline and escalation ladder, the rungs reached, and the
-- requests for more time. Written by org.coopflow.deadline; the audit trail keeps the business words.
-- (MySQL 8, MariaDB and H2's MySQL mode all accept these statements.)

-- One row per open user task with a due date, deleted when the task ends. next_rung/next_at is the next rung of the
-- escalation ladder; the scan claims it by bumping version (UPDATE ... WHERE version = ?), so on several nodes each
-- rung is sent exactly once, in the same transaction as its audit line and its e-mails.
CREATE TABLE step_deadline (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    request_id          BIGINT       NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    execution_id        VARCHAR(64)  NOT NULL,
    step                VARCHAR(64)  NOT NULL,
    calendar            VARCHAR(8)   NOT NULL,
    partner_org         VARCHAR(32),
    started_at          DATETIME(3)  NOT NULL,
    working_days        INT          NOT NULL,
    due_at              DATETIME(3)  NOT NULL,
    extended_days       INT          NOT NULL DEFAULT 0,
    reminder_share      DECIMAL(5,4),
    remind_at_due       BOOLEAN      NOT NULL DEFAULT FALSE,
    escalate_after_days INT,
    responsible         VARCHAR(24),
    next_rung           VARCHAR(12),
    next_at             DATETIME(3),
    version             INT          NOT NULL DEFAULT 0,
    failures            INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_step_deadline_next ON step_deadline (next_at);
CREATE INDEX idx_step_deadline_execution ON step_deadline (execution_id, step);

-- Each rung reached: a reminder to the holder (SHARE, DUE) or the responsible party told (ESCALATION).
CREATE TABLE step_reminder (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT       NOT NULL,
    task_id          VARCHAR(64)  NOT NULL,
    step             VARCHAR(64)  NOT NULL,
    rung             VARCHAR(12)  NOT NULL,
    due_at           DATETIME(3)  NOT NULL,
    calendar_zone    VARCHAR(64)  NOT NULL,
    assignee         VARCHAR(64),
    candidate_groups VARCHAR(500),
    candidate_users  VARCHAR(500),
    notified_group   VARCHAR(80),
    responsible      VARCHAR(24),
    occurred_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_step_reminder_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_step_reminder_request ON step_reminder (request_id, occurred_at);

-- Requests for more time on a step. pending_task_id holds the task's id while the request is PENDING (NULL after):
-- its unique index keeps one pending request per step, also when two people ask at once.
CREATE TABLE extension_request (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT      NOT NULL,
    task_id             VARCHAR(64) NOT NULL,
    pending_task_id     VARCHAR(64),
    step                VARCHAR(64) NOT NULL,
    working_days        INT         NOT NULL,
    reason              TEXT        NOT NULL,
    asked_by            VARCHAR(64) NOT NULL,
    asked_at            DATETIME(3) NOT NULL,
    due_before          DATETIME(3) NOT NULL,
    due_if_granted      DATETIME(3) NOT NULL,
    deciders            VARCHAR(80) NOT NULL,
    calendar_zone       VARCHAR(64) NOT NULL,
    process_instance_id VARCHAR(64),
    status              VARCHAR(12) NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          DATETIME(3),
    decision_comment    TEXT,
    new_due_at          DATETIME(3),
    CONSTRAINT fk_extension_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uq_extension_pending ON extension_request (pending_task_id);
CREATE INDEX idx_extension_task ON extension_request (task_id, asked_at);
CREATE INDEX idx_extension_request ON extension_request (request_id, asked_at);
