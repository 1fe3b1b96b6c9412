-- Reference numbers handed out but not (yet) used by a committed request. The year's counter row is now incremented
-- in a short transaction of its own, so concurrent submissions no longer queue behind each other's whole process
-- start; a number stays gapless because its row here is deleted by the submission's own transaction: committed, the
-- row is gone with it; rolled back (or the node died), the row is back, unlocked, and the next submission takes that
-- number first. A submission in flight holds the lock of its row, so nobody else takes it meanwhile.
CREATE TABLE reference_allocation (
    counter_year INT         NOT NULL,
    ref_number   INT         NOT NULL,
    allocated_at DATETIME(3) NOT NULL,
    -- set when the submission that took it rolled back: free at once (a row left by a dead node waits a while)
    released     BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (counter_year, ref_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
