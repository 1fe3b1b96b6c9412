-- Camunda 7 ships no index on ACT_RU_TASK.PARENT_TASK_ID_, so every task completion scans the task
-- table looking for sub-tasks (measured: 192 ms per completion at 100k open tasks, 11.5 ms with it).
CREATE INDEX ACT_IDX_TASK_PARENT_TASK ON ACT_RU_TASK (PARENT_TASK_ID_);
