-- Requests per agency again from the requests' agencies, each in its request's slot (V210). Runs after V161's
-- backfill wherever that is run again (the dashboard's tests, the benchmark).
DELETE FROM dashboard_agency_count;

INSERT INTO dashboard_agency_count (agency_code, as_lead, sector_code, country_code, slot, requests)
SELECT ra.agency_code, ra.lead, r.sector_code, r.country_code, MOD(r.id, 8), COUNT(*)
  FROM request_agency ra
  JOIN cooperation_request r ON r.id = ra.request_id
 GROUP BY ra.agency_code, ra.lead, r.sector_code, r.country_code, MOD(r.id, 8);
