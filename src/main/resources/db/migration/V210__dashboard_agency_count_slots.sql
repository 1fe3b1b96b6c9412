-- Requests per agency striped over 8 slots (request id mod 8), as requests per status are (V160): every submission of
-- one sector and country is routed to the same agencies, and their counter rows stayed locked from the routing to
-- the end of the process start, so concurrent submissions queued for each other there (docs/benchmarks.md,
-- "Submission: fewer round trips"). V211 spreads the rows over the slots.
ALTER TABLE dashboard_agency_count ADD COLUMN slot SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE dashboard_agency_count DROP PRIMARY KEY;
ALTER TABLE dashboard_agency_count ADD PRIMARY KEY (agency_code, as_lead, sector_code, country_code, slot);
