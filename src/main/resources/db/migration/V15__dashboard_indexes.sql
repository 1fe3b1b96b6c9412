-- The dashboard at 100k open requests and their history (docs/benchmarks.md, row 6): each figure reads one index
-- that holds every column it needs, in the order its GROUP BY or median wants, so no statement reads whole rows,
-- sorts, or numbers every row of a table. (MySQL 8, MariaDB and H2's MySQL mode all accept these statements.)

-- Requests per sector, country and status (the three counts), with any filter: sector and country are equalities on
-- the prefix, the period a range on created_at read from the index.
CREATE INDEX idx_request_dashboard ON cooperation_request (sector_code, country_code, status, created_at);

-- Requests per agency, as lead and supporting, without a filter: the index alone answers.
CREATE INDEX idx_request_agency_lead ON request_agency (agency_code, lead);

-- Cycle time for a sector (and country): the stage's rows of that sector and country, already in seconds order, so
-- its count and its middle row come from a short range of the index (idx_stage_time_stage does the same without a
-- filter).
CREATE INDEX idx_stage_time_sector_country ON stage_time (sector_code, country_code, stage, seconds);

-- Open tasks per agency for a sector (and country): the read model's tasks of that sector and country.
CREATE INDEX idx_task_view_sector_country ON task_view (sector_code, country_code);
