-- The dashboard's cycle time per stage reads every request's status changes in order. Without this index that is a
-- scan of the whole audit trail (every message, document and task event of every request); with it, only the
-- STATUS_CHANGED entries are read, already in (request, time) order. One more index entry per audit insert.
CREATE INDEX idx_audit_action_request ON audit_event (action, request_id, created_at);
