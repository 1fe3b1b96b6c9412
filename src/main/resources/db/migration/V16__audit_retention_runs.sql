-- Each run of the audit retention (coopflow.retention.audit): when, the cutoff it applied, how many requests' audit
-- it removed and how many entries. Shown on the administrators' retention page.
CREATE TABLE audit_retention_run (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at  DATETIME(3) NOT NULL,
    finished_at DATETIME(3) NOT NULL,
    cutoff      DATETIME(3) NOT NULL,
    requests    INT         NOT NULL,
    entries     INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_audit_retention_run_started ON audit_retention_run (started_at);
