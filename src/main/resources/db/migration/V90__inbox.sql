-- The inbox (issue 14): what concerns each user — steps offered or assigned to them, messages and documents on their
-- requests, decisions, deadlines — one row per user and item, written in the transaction of the business event that
-- caused it. Items keep codes and ids (kind, task key, decision code, who acted), never sentences: each is worded in
-- the reader's language when shown or e-mailed, and a partner never reads an official's name. The request's reference
-- and title are copied (as in task_view), so a page of items reads no other table.
--  * target_link: where the item leads (a task page, or a request page with its anchor); target_page: that page
--    without the anchor — opening it marks the reader's items pointing there read
--  * mail: AT_ONCE (e-mailed when written), DIGEST (waiting for the reader's daily digest), DIGESTED, NONE
--  * step_closed_at: the step an item is about was completed or cancelled (the list says so)
-- No foreign keys: an item outlives nothing it points to, and never holds up a change of the tables it names.
CREATE TABLE inbox_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    request_id  BIGINT       NOT NULL,
    reference   VARCHAR(20),
    title       VARCHAR(200),
    kind        VARCHAR(32)  NOT NULL,
    code        VARCHAR(48),
    task_id     VARCHAR(64),
    task_key    VARCHAR(64),
    subject_id  BIGINT,
    ordinal     INT,
    actor       VARCHAR(64),
    note        VARCHAR(300),
    due_at      DATETIME(3),
    target_link VARCHAR(200) NOT NULL,
    target_page VARCHAR(120) NOT NULL,
    mail        VARCHAR(12)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3),
    step_closed_at DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- A user's items newest first; the unread ones (the badge counts at most a hundred of them from this index)
CREATE INDEX idx_inbox_item_user ON inbox_item (username, id);
CREATE INDEX idx_inbox_item_unread ON inbox_item (username, read_at, id);
-- Opening a page marks the reader's items pointing there read
CREATE INDEX idx_inbox_item_page ON inbox_item (username, target_page, read_at);
-- A step taken by someone is no longer news to the others it was offered to
CREATE INDEX idx_inbox_item_task ON inbox_item (task_id);
-- Who was e-mailed about a message (the page that posted it says so only when someone was)
CREATE INDEX idx_inbox_item_subject ON inbox_item (kind, subject_id);
-- A user's items waiting for the daily digest
CREATE INDEX idx_inbox_item_mail ON inbox_item (username, mail, id);

-- The daily digest: the local date of each user's last digest. A node sends a digest only by moving this date
-- forward (UPDATE ... WHERE last_sent_on < today), so two nodes never send one user two digests on one day.
CREATE TABLE inbox_digest (
    username     VARCHAR(64) NOT NULL PRIMARY KEY,
    last_sent_on DATE        NOT NULL,
    sent_at      DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Deadlines approaching and passed, read from the task list's due dates: one notice per step, kind and due date,
-- so a step is announced once, and again only when its due date moves.
CREATE TABLE inbox_deadline_notice (
    task_id    VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    due_at     DATETIME(3) NOT NULL,
    noticed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (task_id, kind, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
