-- The demo partners (R__demo_data) in their countries' time zones (embedded default only). Runs after R__demo_data
-- (repeatable migrations run in the order of their names); leaves a zone an ADMIN chose alone.
UPDATE organisation SET time_zone = (SELECT c.time_zone FROM country_calendar c WHERE c.country_code = organisation.country_code),
       time_zone_changed_by = 'system', time_zone_changed_at = CURRENT_TIMESTAMP(3)
 WHERE time_zone IS NULL AND kind = 'PARTNER' AND country_code IN (SELECT country_code FROM country_calendar);
