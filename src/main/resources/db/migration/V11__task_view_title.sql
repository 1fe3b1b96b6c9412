-- The request's title travels with its tasks in the read model, like its reference, partner, country and sector:
-- a task page shows it without reading the request (and the task list needs nothing from the request feature).
ALTER TABLE task_view ADD COLUMN title VARCHAR(200) NULL;
UPDATE task_view SET title = (SELECT r.title FROM cooperation_request r WHERE r.id = task_view.request_id);
