-- V201 striped open tasks per agency over 8 counter rows by the task id's last character. The engine's ids are
-- time-based UUIDs (id-generator: strong), which end in the node's address: every task a node made was counted on
-- the same row, so concurrent process starts waited for each other's counter row until commit (measured: about one
-- lock wait of 100-150 ms per submission at 4 client threads). The slot now adds the last character of the UUID's
-- time field (the 8th), which differs from task to task; DashboardTaskRollups.slot is the same function.
UPDATE dashboard_task_agency
   SET slot = MOD(ASCII(RIGHT(task_id, 1)) + COALESCE(ASCII(SUBSTRING(task_id, 8, 1)), 0), 8);

DELETE FROM dashboard_task_count;

INSERT INTO dashboard_task_count (agency_code, due_on, slot, tasks)
SELECT d.agency_code, d.due_on, d.slot, COUNT(*)
  FROM dashboard_task_agency d
 GROUP BY d.agency_code, d.due_on, d.slot;
