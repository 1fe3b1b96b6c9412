-- Open and overdue tasks per agency as a roll-up (issue 11): the unfiltered dashboard counted them from the task
-- list's read model, 72k of its 79k row reads at 100k open tasks. Kept by DashboardTaskRollups in the business
-- transaction on every task event (opened, claimed, released, delegated, due date or candidates changed, closed);
-- filled from the read model by V201.

-- Which agencies each open task counts for, by the dashboard's rule (DashboardMapper.countTasksByAgency: a held task
-- is its holder's agency's, an unclaimed one each agency's whose group it is offered to, once per agency), with its
-- due date (sort_due: 9999-12-31 when it has none), its day, and the counter slot it was added to. Rows due today
-- before now are the only overdue tasks the counters below cannot tell: idx_dashboard_task_agency_due finds them.
CREATE TABLE dashboard_task_agency (
    task_id     VARCHAR(64) NOT NULL,
    agency_code VARCHAR(32) NOT NULL,
    due_on      DATE        NOT NULL,
    due_at      DATETIME(3) NOT NULL,
    slot        SMALLINT    NOT NULL,
    PRIMARY KEY (task_id, agency_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_dashboard_task_agency_due ON dashboard_task_agency (due_on, due_at, agency_code);

-- Open tasks per agency and day due: open = all of an agency's rows, overdue = its rows of days before today plus
-- today's tasks already due. Every opening adds to the day its step is due for its agency (the intake's day is the
-- same for a day's submissions), so each pair is striped over 8 slots (DashboardTaskRollups.SLOTS).
CREATE TABLE dashboard_task_count (
    agency_code VARCHAR(32) NOT NULL,
    due_on      DATE        NOT NULL,
    slot        SMALLINT    NOT NULL,
    tasks       BIGINT      NOT NULL,
    PRIMARY KEY (agency_code, due_on, slot)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
