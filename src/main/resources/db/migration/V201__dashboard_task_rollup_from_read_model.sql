-- The task roll-up (V200) filled from the task list's read model, by the same rule as the dashboard's statement
-- (DashboardMapper.countTasksByAgency) and the live maintenance (DashboardTaskRollups, whose slot is the task id's
-- last character mod 8). DashboardTaskRollupsIT runs this script again and checks it agrees with the statement.

-- held: the holder's agency
INSERT INTO dashboard_task_agency (task_id, agency_code, due_on, due_at, slot)
SELECT t.task_id, u.organisation_code, CAST(t.sort_due AS DATE), t.sort_due, MOD(ASCII(RIGHT(t.task_id, 1)), 8)
  FROM task_view t
  JOIN app_user u ON u.username = t.assignee
  JOIN organisation o ON o.code = u.organisation_code AND o.kind = 'AGENCY';

-- unclaimed: once per agency of the groups it is offered to (a held task's group rows are not claimable)
INSERT INTO dashboard_task_agency (task_id, agency_code, due_on, due_at, slot)
SELECT c.task_id, g.organisation_code, CAST(MIN(c.sort_due) AS DATE), MIN(c.sort_due),
       MOD(ASCII(RIGHT(c.task_id, 1)), 8)
  FROM task_candidate c
  JOIN app_group g ON g.id = c.group_id
  JOIN organisation o ON o.code = g.organisation_code AND o.kind = 'AGENCY'
 WHERE c.claimable = TRUE
 GROUP BY c.task_id, g.organisation_code;

INSERT INTO dashboard_task_count (agency_code, due_on, slot, tasks)
SELECT d.agency_code, d.due_on, d.slot, COUNT(*)
  FROM dashboard_task_agency d
 GROUP BY d.agency_code, d.due_on, d.slot;
