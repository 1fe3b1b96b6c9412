-- The old audit trail (prose details) lives on as typed audit_entry rows since V13, each old row converted or kept as
-- a LEGACY line with its text. Nothing reads audit_event any more.
DROP TABLE audit_event;
