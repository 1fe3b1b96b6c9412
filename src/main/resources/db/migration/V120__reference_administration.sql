-- Reference data an ADMIN maintains (issue 14, Administration): partner organisations, Korean agencies, experts and
-- the lists the request form and routing read (sectors, modalities, working languages). Codes are never deleted —
-- a sector, modality or language is retired (it stays readable on old requests), an organisation deactivated, an
-- expert made unavailable — and every row an administrator edits carries a version for optimistic locking.
-- (MySQL 8, MariaDB and H2's MySQL mode all accept these statements.)

-- Names of codes in each language, edited by ADMIN; they win over the message bundles (org.coopflow.reference).
-- kind: SECTOR, MODALITY, LANGUAGE, AGENCY (all four page languages), PARTNER (English, Korean and the partner's own
-- language). description: a sector's short explanation on the request form.
CREATE TABLE reference_name (
    kind        VARCHAR(16)   NOT NULL,
    code        VARCHAR(48)   NOT NULL,
    locale      VARCHAR(8)    NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    description VARCHAR(1000),
    PRIMARY KEY (kind, code, locale)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One counter, raised in the transaction of every change to reference data: each node compares it with the revision
-- of its cached names (at most every coopflow.reference.names-refresh) and reloads them when it moved.
CREATE TABLE reference_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO reference_revision (id, revision) VALUES (1, 1);

ALTER TABLE sector ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE sector ADD COLUMN version INT NOT NULL DEFAULT 0;

-- How a consultation takes place (PROCESS.md, submission): was a Java enum.
CREATE TABLE modality (
    code       VARCHAR(32) NOT NULL PRIMARY KEY,
    sort_order INT         NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    version    INT         NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO modality (code, sort_order) VALUES
 ('ONLINE_FORUM', 10), ('STUDY_VISIT', 20), ('EXPERT_DISPATCH', 30), ('WRITTEN_CONSULTATION', 40);

-- The working languages a partner may choose on the request form, and experts speak (ISO 639-1): was a Java list.
CREATE TABLE working_language (
    code       VARCHAR(8) NOT NULL PRIMARY KEY,
    sort_order INT        NOT NULL,
    active     BOOLEAN    NOT NULL DEFAULT TRUE,
    version    INT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO working_language (code, sort_order) VALUES
 ('en', 10), ('ko', 20), ('km', 30), ('vi', 40), ('lo', 50), ('th', 60), ('id', 70), ('es', 80), ('pt', 90), ('fr', 100);

-- A partner's kind of ministry (MinistryType) and its own language (the third name besides English and Korean).
ALTER TABLE organisation ADD COLUMN ministry_type VARCHAR(32);
ALTER TABLE organisation ADD COLUMN own_language VARCHAR(8);
ALTER TABLE organisation ADD COLUMN version INT NOT NULL DEFAULT 0;

-- An unavailable expert is no longer suggested nor nominated; what they hold stays with them.
ALTER TABLE expert ADD COLUMN available BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE expert ADD COLUMN version INT NOT NULL DEFAULT 0;

-- Every change an administrator makes to reference data: who, which record, what, the record before and after (JSON).
-- The same shape as account_change (V40), for the same pages.
CREATE TABLE reference_change (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(16) NOT NULL,
    code         VARCHAR(64) NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    address      VARCHAR(64),
    created_at   DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_reference_change_record ON reference_change (kind, code, created_at);
CREATE INDEX idx_reference_change_time ON reference_change (created_at);
