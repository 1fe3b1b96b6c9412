-- The inbox announces steps whose due date approaches or has passed: it reads the task list's open steps due in a
-- window of a few days, which this index serves without reading every open step.
CREATE INDEX idx_task_view_due ON task_view (due_at);
