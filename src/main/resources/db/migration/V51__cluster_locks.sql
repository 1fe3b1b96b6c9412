-- ShedLock's table: one row per piece of scheduled work that must run on one node at a time (the mail outbox,
-- the operations figures, the retention settings). Times are the database's own (ShedLock's usingDbTime), so the
-- nodes' clocks do not matter. DATETIME, not TIMESTAMP: no conversion through the session's time zone.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
