-- Task lists at scale (docs/benchmarks.md). The list is ordered by due date, tasks without one last; that
-- order was an expression (CASE WHEN due_at IS NULL ...) no index could serve, and "offered to one of my
-- groups" was an IN-subquery, so every page sorted all of a user's tasks: 100k open requests meant sorting
-- tens of thousands of rows per page. Now:
--  * sort_due is the due date, or 9999-12-31 when there is none: ORDER BY sort_due, created_at, task_id is the
--    same order, and an index can deliver it;
--  * task_candidate is a queue per group: whether the task can still be claimed (claimable = no assignee) and
--    its sort keys are copied onto each candidate row, so the first page of a group is the first rows of
--    idx_task_candidate_queue, and a page for several groups merges a few such short runs;
--  * group_count (the task's number of candidate groups) lets the total be counted from an index
--    (idx_task_candidate_count): tasks with a single candidate group are counted as they are, only the rare tasks
--    with several are de-duplicated.
-- (MySQL 8, MariaDB and H2's MySQL mode all accept these statements.)

ALTER TABLE task_view ADD COLUMN sort_due DATETIME(3) NULL;
UPDATE task_view SET sort_due = COALESCE(due_at, TIMESTAMP '9999-12-31 00:00:00');
ALTER TABLE task_view MODIFY sort_due DATETIME(3) NOT NULL;
DROP INDEX idx_task_view_assignee ON task_view;
CREATE INDEX idx_task_view_assignee ON task_view (assignee, sort_due, created_at, task_id);

ALTER TABLE task_candidate ADD COLUMN claimable BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE task_candidate ADD COLUMN sort_due DATETIME(3) NULL;
ALTER TABLE task_candidate ADD COLUMN created_at DATETIME(3) NULL;
ALTER TABLE task_candidate ADD COLUMN group_count INT NOT NULL DEFAULT 1;
DELETE FROM task_candidate WHERE task_id NOT IN (SELECT task_id FROM task_view);
UPDATE task_candidate SET
    claimable = (SELECT CASE WHEN t.assignee IS NULL THEN TRUE ELSE FALSE END FROM task_view t
                  WHERE t.task_id = task_candidate.task_id),
    sort_due = (SELECT t.sort_due FROM task_view t WHERE t.task_id = task_candidate.task_id),
    created_at = (SELECT t.created_at FROM task_view t WHERE t.task_id = task_candidate.task_id),
    group_count = (SELECT x.n FROM (SELECT task_id, COUNT(*) AS n FROM task_candidate GROUP BY task_id) x
                    WHERE x.task_id = task_candidate.task_id);
ALTER TABLE task_candidate MODIFY sort_due DATETIME(3) NOT NULL;
ALTER TABLE task_candidate MODIFY created_at DATETIME(3) NOT NULL;
CREATE INDEX idx_task_candidate_queue ON task_candidate (group_id, claimable, sort_due, created_at, task_id);
CREATE INDEX idx_task_candidate_count ON task_candidate (group_id, claimable, group_count);
-- The task pages' other order (sort=created, the longest-waiting first) gets its own pair of indexes.
CREATE INDEX idx_task_candidate_created ON task_candidate (group_id, claimable, created_at, task_id);
CREATE INDEX idx_task_view_assignee_created ON task_view (assignee, created_at, task_id);
