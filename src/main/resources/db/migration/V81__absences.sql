-- Substitutes (issue 12): an official's absence, with the colleague of the same agency and role who stands in, and
-- every task offered to that colleague because of it. Written by org.coopflow.absence.
-- (MySQL 8, MariaDB and H2's MySQL mode all accept these statements.)

-- first_day..last_day are whole days in Asia/Seoul: the absence runs from starts_at (00:00 of the first day) to
-- ends_at (00:00 after the last). status PLANNED -> ACTIVE -> ENDED, or CANCELLED before it starts; the scan moves it
-- on by bumping version (UPDATE ... WHERE version = ?), so on several nodes one of them does it.
CREATE TABLE absence (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username          VARCHAR(64)  NOT NULL,
    organisation_code VARCHAR(32)  NOT NULL,
    first_day         DATE         NOT NULL,
    last_day          DATE         NOT NULL,
    starts_at         DATETIME(3)  NOT NULL,
    ends_at           DATETIME(3)  NOT NULL,
    substitute        VARCHAR(64)  NOT NULL,
    note              VARCHAR(500),
    status            VARCHAR(12)  NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       DATETIME(3)  NOT NULL,
    ended_by          VARCHAR(64),
    ended_at          DATETIME(3),
    version           INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_absence_user ON absence (username, status);
CREATE INDEX idx_absence_substitute ON absence (substitute, status);
CREATE INDEX idx_absence_starts ON absence (status, starts_at);
CREATE INDEX idx_absence_ends ON absence (status, ends_at);

-- A task offered to the substitute because of an absence (a candidate user of the engine's task), until the absence
-- ends or the task does.
CREATE TABLE substitute_offer (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    absence_id   BIGINT      NOT NULL,
    task_id      VARCHAR(64) NOT NULL,
    request_id   BIGINT      NOT NULL,
    step         VARCHAR(64) NOT NULL,
    offered_at   DATETIME(3) NOT NULL,
    withdrawn_at DATETIME(3),
    CONSTRAINT fk_offer_absence FOREIGN KEY (absence_id) REFERENCES absence (id),
    CONSTRAINT fk_offer_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uq_substitute_offer ON substitute_offer (absence_id, task_id);
CREATE INDEX idx_substitute_offer_request ON substitute_offer (request_id);
