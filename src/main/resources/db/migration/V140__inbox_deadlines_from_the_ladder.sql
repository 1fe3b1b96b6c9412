-- The inbox no longer reads deadlines from the task list's due dates: the deadline module's escalation ladder
-- announces each due date once (STEP_REMINDED, STEP_ESCALATED items), so the inbox's own record of the deadlines it
-- announced goes. Items written before (DEADLINE_SOON, DEADLINE_PASSED, SCREENING_OVERDUE, MOU_REVIEW_OVERDUE) stay
-- and keep their wording.
DROP TABLE inbox_deadline_notice;
