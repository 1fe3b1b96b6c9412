-- Messages and clarification answers through the translation desk (issue 13).

-- An official's message to a partner that reads neither Korean nor English waits for the desk (AT_DESK) and is sent
-- (SENT) only with its verified translation; every message written before was sent as written.
ALTER TABLE request_message ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'SENT';

-- One row per text the desk translates: an official's message into the partner's language (TO_PARTNER), or a partner's
-- message or clarification answer written in another language into Korean and English (TO_OFFICIALS). The original
-- stays where it was written (request_message.body, clarification.answer); only what the desk verified is shown.
CREATE TABLE text_translation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT       NOT NULL,
    subject         VARCHAR(24)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    direction       VARCHAR(16)  NOT NULL,
    source_language VARCHAR(8)   NOT NULL,
    target_language VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    draft_provider  VARCHAR(64),
    text_partner    TEXT,
    text_ko         TEXT,
    text_en         TEXT,
    requested_by    VARCHAR(64),
    requested_at    DATETIME(3)  NOT NULL,
    verified_by     VARCHAR(64),
    verified_at     DATETIME(3),
    CONSTRAINT fk_text_translation_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT uq_text_translation_subject UNIQUE (subject, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_text_translation_request ON text_translation (request_id, subject);
