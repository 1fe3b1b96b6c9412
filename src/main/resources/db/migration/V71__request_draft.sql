-- What a partner is writing in the request form, kept on the server while they type, so that nothing is lost to a
-- session that times out, a crash, or a change of device: one draft per user, replaced at each save, removed when the
-- request is sent. In the database, not in a node's memory: any node serves the next save or the restore.
CREATE TABLE request_draft (
    username  VARCHAR(64) NOT NULL PRIMARY KEY,
    content   MEDIUMTEXT  NOT NULL,
    saved_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- Drafts nobody came back to are removed after coopflow.requests.draft-keep.
CREATE INDEX idx_request_draft_saved ON request_draft (saved_at);
