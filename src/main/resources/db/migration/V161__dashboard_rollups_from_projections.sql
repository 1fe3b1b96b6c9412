-- The dashboard's roll-ups (V160) filled from the rows the dashboard read until now: the requests, their agencies,
-- the stage_time projection and the MOU signings. Afterwards DashboardRollups keeps them in every business
-- transaction; DashboardRollupsIT runs this script again and checks it yields what the live maintenance wrote.
-- Only the stages the dashboard reports (Dashboards.STAGES) are rolled up.

INSERT INTO dashboard_request_count (sector_code, country_code, status, slot, requests)
SELECT r.sector_code, r.country_code, r.status, MOD(r.id, 8), COUNT(*)
  FROM cooperation_request r
 GROUP BY r.sector_code, r.country_code, r.status, MOD(r.id, 8);

INSERT INTO dashboard_agency_count (agency_code, as_lead, sector_code, country_code, requests)
SELECT ra.agency_code, ra.lead, r.sector_code, r.country_code, COUNT(*)
  FROM request_agency ra
  JOIN cooperation_request r ON r.id = ra.request_id
 GROUP BY ra.agency_code, ra.lead, r.sector_code, r.country_code;

INSERT INTO dashboard_stage_total (stage, sector_code, country_code, requests, seconds)
SELECT st.stage, st.sector_code, st.country_code, COUNT(*), SUM(st.seconds)
  FROM stage_time st
 WHERE st.stage IN ('SCREENING', 'AWAITING_PARTNER', 'ASSIGNING_EXPERTS', 'CONSULTATION', 'MOU_DRAFTING', 'FOLLOW_UP')
 GROUP BY st.stage, st.sector_code, st.country_code;

-- Each stay's bucket is the last one starting at or before its seconds: one dive into idx_duration_bucket_lower
-- per row (a join on the bucket's range would compare every row with every bucket).
INSERT INTO dashboard_stage_histogram (stage, bucket, sector_code, country_code, requests)
SELECT x.stage, x.bucket, x.sector_code, x.country_code, COUNT(*)
  FROM (SELECT st.stage, st.sector_code, st.country_code,
               (SELECT b.bucket FROM dashboard_duration_bucket b WHERE b.lower_seconds <= st.seconds
                 ORDER BY b.lower_seconds DESC LIMIT 1) AS bucket
          FROM stage_time st
         WHERE st.stage IN ('SCREENING', 'AWAITING_PARTNER', 'ASSIGNING_EXPERTS', 'CONSULTATION', 'MOU_DRAFTING',
                            'FOLLOW_UP')) x
 GROUP BY x.stage, x.bucket, x.sector_code, x.country_code;

INSERT INTO dashboard_stage_histogram_all (stage, bucket, requests)
SELECT h.stage, h.bucket, SUM(h.requests)
  FROM dashboard_stage_histogram h
 GROUP BY h.stage, h.bucket;

-- one MOU per request, in the year of its latest recorded signing (as the dashboard's statement counts it)
INSERT INTO dashboard_mou_year (signing_year, sector_code, country_code, mous)
SELECT EXTRACT(YEAR FROM s.signed_on), r.sector_code, r.country_code, COUNT(*)
  FROM mou_signing s
  JOIN cooperation_request r ON r.id = s.request_id
 WHERE NOT EXISTS (SELECT 1 FROM mou_signing l WHERE l.request_id = s.request_id AND l.id > s.id)
 GROUP BY EXTRACT(YEAR FROM s.signed_on), r.sector_code, r.country_code;
