-- CoopFlow's own tables. User-written text lives here (utf8mb4); process variables carry ids only.

CREATE TABLE organisation (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    country_name  VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE app_user (
    username          VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name      VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    organisation_code VARCHAR(32)  NOT NULL,
    locale            VARCHAR(16),
    time_zone         VARCHAR(64),
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_code) REFERENCES organisation (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Groups are Camunda's candidate groups: intake, legal, manager, admin, coordinator:<AGENCY>,
-- expert:<AGENCY>, partner:<ORG>. A user's roles are the roles of its groups.
CREATE TABLE app_group (
    id                VARCHAR(80)  NOT NULL PRIMARY KEY,
    role              VARCHAR(16)  NOT NULL,
    organisation_code VARCHAR(32),
    name              VARCHAR(200) NOT NULL,
    CONSTRAINT fk_group_organisation FOREIGN KEY (organisation_code) REFERENCES organisation (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE group_membership (
    username VARCHAR(64) NOT NULL,
    group_id VARCHAR(80) NOT NULL,
    PRIMARY KEY (username, group_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES app_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_membership_group ON group_membership (group_id);

CREATE TABLE sector (
    code        VARCHAR(48)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    sort_order  INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE expert (
    username    VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code VARCHAR(32)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    languages   VARCHAR(100) NOT NULL,
    max_load    INT          NOT NULL DEFAULT 3,
    CONSTRAINT fk_expert_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT fk_expert_agency FOREIGN KEY (agency_code) REFERENCES organisation (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE expert_sector (
    username    VARCHAR(64) NOT NULL,
    sector_code VARCHAR(48) NOT NULL,
    PRIMARY KEY (username, sector_code),
    CONSTRAINT fk_expert_sector_expert FOREIGN KEY (username) REFERENCES expert (username),
    CONSTRAINT fk_expert_sector_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cooperation_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference           VARCHAR(20),
    partner_org         VARCHAR(32)   NOT NULL,
    country_code        CHAR(2)       NOT NULL,
    sector_code         VARCHAR(48)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    description         TEXT          NOT NULL,
    modality            VARCHAR(32)   NOT NULL,
    urgent              BOOLEAN       NOT NULL,
    languages           VARCHAR(100)  NOT NULL,
    preferred_start     DATE,
    preferred_end       DATE,
    contact_name        VARCHAR(200)  NOT NULL,
    contact_email       VARCHAR(254)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    process_instance_id VARCHAR(64),
    idempotency_key     VARCHAR(100)  NOT NULL,
    closing_reason      TEXT,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_request_reference UNIQUE (reference),
    CONSTRAINT uq_request_idempotency UNIQUE (partner_org, idempotency_key),
    CONSTRAINT fk_request_partner FOREIGN KEY (partner_org) REFERENCES organisation (code),
    CONSTRAINT fk_request_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_request_status ON cooperation_request (status, created_at);
CREATE INDEX idx_request_partner ON cooperation_request (partner_org, created_at);
CREATE INDEX idx_request_sector ON cooperation_request (sector_code);

-- Lead and supporting agencies of a request (routing decision, possibly overridden at screening).
CREATE TABLE request_agency (
    request_id  BIGINT      NOT NULL,
    agency_code VARCHAR(32) NOT NULL,
    lead        BOOLEAN     NOT NULL,
    PRIMARY KEY (request_id, agency_code),
    CONSTRAINT fk_request_agency_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT fk_request_agency_agency FOREIGN KEY (agency_code) REFERENCES organisation (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_request_agency_agency ON request_agency (agency_code, request_id);

CREATE TABLE request_message (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT      NOT NULL,
    author       VARCHAR(64) NOT NULL,
    author_org   VARCHAR(32) NOT NULL,
    body         TEXT        NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_message_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_message_request ON request_message (request_id, created_at);

CREATE TABLE expert_assignment (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT      NOT NULL,
    agency_code     VARCHAR(32) NOT NULL,
    expert_username VARCHAR(64) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    nominated_by    VARCHAR(64) NOT NULL,
    nominated_at    DATETIME(3) NOT NULL,
    responded_at    DATETIME(3),
    response_reason TEXT,
    lead_expert     BOOLEAN     NOT NULL DEFAULT FALSE,
    round_no        INT         NOT NULL,
    CONSTRAINT fk_assignment_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT fk_assignment_expert FOREIGN KEY (expert_username) REFERENCES expert (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_assignment_request ON expert_assignment (request_id, agency_code);
CREATE INDEX idx_assignment_expert ON expert_assignment (expert_username, status);

-- Every completed task form, as submitted (the text that never becomes a process variable).
CREATE TABLE form_submission (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT      NOT NULL,
    task_id      VARCHAR(64) NOT NULL,
    task_key     VARCHAR(64) NOT NULL,
    submitted_by VARCHAR(64) NOT NULL,
    submitted_at DATETIME(3) NOT NULL,
    values_json  TEXT        NOT NULL,
    CONSTRAINT fk_submission_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_submission_request ON form_submission (request_id, task_key, submitted_at);

CREATE TABLE mou_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    version_no     INT          NOT NULL,
    title          VARCHAR(300) NOT NULL,
    body           TEXT         NOT NULL,
    change_summary TEXT,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_mou_version UNIQUE (request_id, version_no),
    CONSTRAINT fk_mou_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Application audit trail: who did what, when; joined with the engine's history for the timeline.
CREATE TABLE audit_event (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT,
    actor      VARCHAR(64) NOT NULL,
    action     VARCHAR(48) NOT NULL,
    details    TEXT,
    created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_audit_request ON audit_event (request_id, created_at);

-- Outbox of e-mails: written in the business transaction, sent after commit.
CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    sent_at    DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_notification_status ON notification (status, created_at);

-- Task list read model, kept in step with the engine by task events in the engine's transaction.
CREATE TABLE task_view (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    request_id          BIGINT       NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    task_key            VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    assignee            VARCHAR(64),
    created_at          DATETIME(3)  NOT NULL,
    due_at              DATETIME(3),
    reference           VARCHAR(20)  NOT NULL,
    partner_org         VARCHAR(32)  NOT NULL,
    country_code        CHAR(2)      NOT NULL,
    sector_code         VARCHAR(48)  NOT NULL,
    stage               VARCHAR(20)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_task_view_assignee ON task_view (assignee, due_at, created_at);
CREATE INDEX idx_task_view_request ON task_view (request_id);

CREATE TABLE task_candidate (
    group_id   VARCHAR(80) NOT NULL,
    task_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_id, task_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_task_candidate_task ON task_candidate (task_id);
