-- Documents attached to a request: PDF, Office documents, images (type checked by content on upload).
-- The content lives in the database, not on a node's disk: nodes are stateless and any node serves any
-- download. Never served inline: downloads always carry Content-Disposition: attachment.
CREATE TABLE attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_attachment_request ON attachment (request_id, uploaded_at);
