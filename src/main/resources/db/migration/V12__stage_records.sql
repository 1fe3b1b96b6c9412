-- What each stage decides, as typed rows owned by its module (issue 9). The raw form submissions stay as the record
-- of what was typed; nothing reads business facts out of them any more. V13 moves the existing submissions here.

-- Reference numbers per year without gaps (CR-2026-00001, CR-2026-00002, ...): the row of the year is incremented in
-- the submission's own transaction, so a rolled-back submission gives its number back.
CREATE TABLE reference_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_number  INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------- screening
CREATE TABLE screening_decision (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    task_id     VARCHAR(64),
    decision    VARCHAR(16) NOT NULL,
    reason      TEXT,
    decided_by  VARCHAR(64) NOT NULL,
    decided_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_screening_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_screening_request ON screening_decision (request_id, decided_at);

-- One row per question intake asks; the partner's answer (task form or API) or the lapse completes it.
CREATE TABLE clarification (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    round_no    INT         NOT NULL,
    question    TEXT        NOT NULL,
    asked_by    VARCHAR(64) NOT NULL,
    asked_at    DATETIME(3) NOT NULL,
    answer      TEXT,
    answered_by VARCHAR(64),
    answered_at DATETIME(3),
    outcome     VARCHAR(16) NOT NULL,
    CONSTRAINT uq_clarification_round UNIQUE (request_id, round_no),
    CONSTRAINT fk_clarification_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------- assignment
-- A coordinator's nomination round for one agency (the experts nominated are expert_assignment rows of the round).
CREATE TABLE nomination_round (
    request_id   BIGINT      NOT NULL,
    agency_code  VARCHAR(32) NOT NULL,
    round_no     INT         NOT NULL,
    note         TEXT,
    nominated_by VARCHAR(64) NOT NULL,
    nominated_at DATETIME(3) NOT NULL,
    PRIMARY KEY (request_id, agency_code, round_no),
    CONSTRAINT fk_nomination_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE team_decision (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    task_id     VARCHAR(64),
    decision    VARCHAR(16) NOT NULL,
    lead_expert VARCHAR(64),
    note        TEXT,
    decided_by  VARCHAR(64) NOT NULL,
    decided_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_team_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_team_request ON team_decision (request_id, decided_at);

-- ---------------------------------------------------------------- consultation
-- Every revision of the plan is kept with the partner's answer to it (CONFIRM, or CHANGE with what to change).
CREATE TABLE consultation_plan (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT       NOT NULL,
    revision_no     INT          NOT NULL,
    modality        VARCHAR(32)  NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE,
    place           VARCHAR(500),
    agenda          TEXT         NOT NULL,
    planned_by      VARCHAR(64)  NOT NULL,
    planned_at      DATETIME(3)  NOT NULL,
    partner_decision VARCHAR(16),
    partner_comment TEXT,
    answered_by     VARCHAR(64),
    answered_at     DATETIME(3),
    CONSTRAINT uq_consultation_plan UNIQUE (request_id, revision_no),
    CONSTRAINT fk_plan_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE consultation_outcome (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT      NOT NULL,
    held               BOOLEAN     NOT NULL,
    report             TEXT        NOT NULL,
    questions_answered TEXT,
    recorded_by        VARCHAR(64) NOT NULL,
    recorded_at        DATETIME(3) NOT NULL,
    CONSTRAINT fk_outcome_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_outcome_request ON consultation_outcome (request_id);

-- The partner's feedback; defaulted rows are the rule of PROCESS.md when the partner stays silent (no MOU, follow-up).
CREATE TABLE consultation_feedback (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT      NOT NULL,
    satisfaction    INT,
    wants_mou       BOOLEAN     NOT NULL,
    wants_follow_up BOOLEAN     NOT NULL,
    comment         TEXT,
    defaulted       BOOLEAN     NOT NULL,
    given_by        VARCHAR(64) NOT NULL,
    given_at        DATETIME(3) NOT NULL,
    CONSTRAINT fk_feedback_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_feedback_request ON consultation_feedback (request_id);

-- ---------------------------------------------------------------- mou
-- Reviews of one MOU version: LEGAL and PARTNER in parallel, then MANAGER's approval for signing.
CREATE TABLE mou_review (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    version_no  INT         NOT NULL,
    reviewer    VARCHAR(16) NOT NULL,
    decision    VARCHAR(20) NOT NULL,
    comments    TEXT,
    reviewed_by VARCHAR(64) NOT NULL,
    reviewed_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_mou_review_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_mou_review_request ON mou_review (request_id, version_no);

CREATE TABLE mou_signing (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    version_no     INT          NOT NULL,
    signed_on      DATE         NOT NULL,
    place          VARCHAR(500),
    signatories    TEXT         NOT NULL,
    signed_copy_id BIGINT,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    DATETIME(3)  NOT NULL,
    CONSTRAINT fk_mou_signing_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT fk_mou_signing_copy FOREIGN KEY (signed_copy_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_mou_signing_request ON mou_signing (request_id);
CREATE INDEX idx_mou_signing_date ON mou_signing (signed_on);

-- ---------------------------------------------------------------- followup
CREATE TABLE follow_up_action (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    action_type VARCHAR(32)  NOT NULL,
    description TEXT         NOT NULL,
    owner       VARCHAR(500) NOT NULL,
    due_on      DATE         NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    defined_by  VARCHAR(64)  NOT NULL,
    defined_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_follow_up_action_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_follow_up_action_request ON follow_up_action (request_id);

CREATE TABLE follow_up_report (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT      NOT NULL,
    round_no        INT         NOT NULL,
    progress_status VARCHAR(16) NOT NULL,
    report          TEXT        NOT NULL,
    reported_by     VARCHAR(64) NOT NULL,
    reported_at     DATETIME(3) NOT NULL,
    CONSTRAINT fk_follow_up_report_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_follow_up_report_request ON follow_up_report (request_id, round_no);

-- The status the partner gave each action in a report (the action row keeps the latest).
CREATE TABLE follow_up_action_progress (
    report_id BIGINT      NOT NULL,
    action_id BIGINT      NOT NULL,
    status    VARCHAR(16) NOT NULL,
    PRIMARY KEY (report_id, action_id),
    CONSTRAINT fk_progress_report FOREIGN KEY (report_id) REFERENCES follow_up_report (id),
    CONSTRAINT fk_progress_action FOREIGN KEY (action_id) REFERENCES follow_up_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE follow_up_review (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    round_no    INT         NOT NULL,
    assessment  VARCHAR(20) NOT NULL,
    comment     TEXT        NOT NULL,
    reviewed_by VARCHAR(64) NOT NULL,
    reviewed_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_follow_up_review_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_follow_up_review_request ON follow_up_review (request_id, round_no);

-- The lead coordinator's final evaluation and the manager's decision on the closure.
CREATE TABLE cooperation_evaluation (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT      NOT NULL,
    rating          INT         NOT NULL,
    summary         TEXT        NOT NULL,
    lessons_learned TEXT,
    evaluated_by    VARCHAR(64) NOT NULL,
    evaluated_at    DATETIME(3) NOT NULL,
    CONSTRAINT fk_evaluation_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_evaluation_request ON cooperation_evaluation (request_id);

CREATE TABLE closure_decision (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT      NOT NULL,
    decision   VARCHAR(16) NOT NULL,
    comment    TEXT,
    decided_by VARCHAR(64) NOT NULL,
    decided_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_closure_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_closure_request ON closure_decision (request_id);

-- ---------------------------------------------------------------- audit
-- CoopFlow's own audit record: one row per business event, written in the event's transaction, never derived from
-- the engine's history (which its cleanup deletes). The words are rendered when read, in the reader's language,
-- from the codes and facts kept here; who acted is kept as they were then (name, role, organisation). Per event:
-- decision and detail are codes (a screening decision, a reviewer, a modality ...), number_value a count or number
-- (version, revision, round, rating), on_date a date (consultation start, signing, due date), reason what a person
-- wrote (reason, comment, question, answer, message).
CREATE TABLE audit_entry (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT       NOT NULL,
    occurred_at         DATETIME(3)  NOT NULL,
    event_type          VARCHAR(40)  NOT NULL,
    category            VARCHAR(16)  NOT NULL,
    actor               VARCHAR(64)  NOT NULL,
    actor_name          VARCHAR(200),
    actor_role          VARCHAR(16),
    actor_org           VARCHAR(32),
    step                VARCHAR(64),
    decision            VARCHAR(32),
    detail              VARCHAR(32),
    reason              TEXT,
    number_value        INT,
    on_date             DATE,
    from_status         VARCHAR(20),
    to_status           VARCHAR(20),
    agency              VARCHAR(32),
    lead_agency         VARCHAR(32),
    supporting_agencies VARCHAR(400),
    counterpart         VARCHAR(64),
    counterpart_name    VARCHAR(500),
    document_id         BIGINT,
    document_name       VARCHAR(255),
    legacy_text         TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_audit_entry_request ON audit_entry (request_id, occurred_at, id);

-- ---------------------------------------------------------------- dashboard projections
-- One row per status change (from RequestStatusChanged), and per request and stage the time spent there so far:
-- the dashboard's cycle times are single aggregates over these.
CREATE TABLE status_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    from_status VARCHAR(20) NOT NULL,
    to_status   VARCHAR(20) NOT NULL,
    changed_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_status_change_request ON status_change (request_id, changed_at, id);

CREATE TABLE stage_time (
    request_id         BIGINT      NOT NULL,
    stage              VARCHAR(20) NOT NULL,
    seconds            BIGINT      NOT NULL,
    sector_code        VARCHAR(48) NOT NULL,
    country_code       CHAR(2)     NOT NULL,
    request_created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (request_id, stage)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_stage_time_stage ON stage_time (stage, seconds);

-- The language the contact person wrote the request in: their acknowledgement and the partner's e-mails use it.
ALTER TABLE cooperation_request ADD COLUMN contact_locale VARCHAR(16) NULL;
