-- The MOU obligations register (org.coopflow.obligation): at signing the coordinator records the MOU's term and its
-- commitments; each commitment comes due as occurrences (one for a one-off obligation, the next one each time for a
-- recurring one), each a task of the responsible agency or the partner when its date comes, fulfilled with evidence
-- (a document of the request). Country, partner and lead agency are copied from the request at signing, so the
-- register filters without joins; they never change after signing.

-- status: IN_FORCE, EXPIRING (the renewal notice went out), EXPIRED.
CREATE TABLE mou_term (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT       NOT NULL,
    signing_id          BIGINT       NOT NULL,
    title               VARCHAR(300) NOT NULL,
    partner_org         VARCHAR(32)  NOT NULL,
    country_code        CHAR(2)      NOT NULL,
    lead_agency         VARCHAR(32)  NOT NULL,
    signed_on           DATE         NOT NULL,
    in_force_from       DATE         NOT NULL,
    expires_on          DATE,
    renewal_notice_days INT,
    status              VARCHAR(16)  NOT NULL,
    renewal_noticed_at  DATETIME(3),
    expiry_noticed_at   DATETIME(3),
    expired_at          DATETIME(3),
    recorded_by         VARCHAR(64)  NOT NULL,
    recorded_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uq_mou_term_signing UNIQUE (signing_id),
    CONSTRAINT fk_mou_term_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT fk_mou_term_signing FOREIGN KEY (signing_id) REFERENCES mou_signing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_mou_term_request ON mou_term (request_id);
CREATE INDEX idx_mou_term_country ON mou_term (country_code, status);

-- party_kind AGENCY (party_code a Korean agency) or PARTNER (party_code the partner organisation);
-- recurrence ONCE, QUARTERLY, YEARLY.
CREATE TABLE mou_obligation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id      BIGINT       NOT NULL,
    request_id   BIGINT       NOT NULL,
    clause       VARCHAR(200) NOT NULL,
    description  TEXT         NOT NULL,
    party_kind   VARCHAR(8)   NOT NULL,
    party_code   VARCHAR(32)  NOT NULL,
    recurrence   VARCHAR(16)  NOT NULL,
    first_due_on DATE         NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_obligation_term FOREIGN KEY (term_id) REFERENCES mou_term (id),
    CONSTRAINT fk_obligation_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_obligation_term ON mou_obligation (term_id);
CREATE INDEX idx_obligation_party ON mou_obligation (party_code);

-- status: SCHEDULED (its date has not come), DUE (a task is open), OVERDUE (the task is past its deadline),
-- FULFILLED (with the evidence and who recorded it). fulfil_by: the task's deadline, set when it comes due.
CREATE TABLE obligation_occurrence (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    obligation_id BIGINT      NOT NULL,
    seq_no        INT         NOT NULL,
    due_on        DATE        NOT NULL,
    status        VARCHAR(16) NOT NULL,
    reminded_at   DATETIME(3),
    came_due_at   DATETIME(3),
    fulfil_by     DATETIME(3),
    overdue_at    DATETIME(3),
    fulfilled_by  VARCHAR(64),
    fulfilled_at  DATETIME(3),
    evidence_id   BIGINT,
    note          TEXT,
    CONSTRAINT uq_occurrence_seq UNIQUE (obligation_id, seq_no),
    CONSTRAINT fk_occurrence_obligation FOREIGN KEY (obligation_id) REFERENCES mou_obligation (id),
    CONSTRAINT fk_occurrence_evidence FOREIGN KEY (evidence_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_occurrence_due ON obligation_occurrence (due_on, status);
CREATE INDEX idx_occurrence_status ON obligation_occurrence (status, due_on);
