-- The figures behind the coopflow_* gauges of /actuator/prometheus (open and overdue tasks per agency, requests per
-- status, ...). One node a minute computes them with a few aggregates (ShedLock) and writes them here; every node
-- serves them from this small table. Prometheus scraping every node every 15 s therefore never runs the aggregates.
-- tag1/tag2: the labels of the figure ('' when it has fewer).
CREATE TABLE ops_figure (
    name        VARCHAR(64)  NOT NULL,
    tag1        VARCHAR(80)  NOT NULL,
    tag2        VARCHAR(80)  NOT NULL,
    figure      BIGINT       NOT NULL,
    computed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name, tag1, tag2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
