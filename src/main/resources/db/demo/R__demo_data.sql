-- Demo partners, users and experts for the embedded default only (never on the mysql profile).
-- Every demo password is "demo". Re-runnable: rows that exist are left alone.
INSERT IGNORE INTO organisation (code, kind, name, country_code, country_name) VALUES
 ('KH-MOI',    'PARTNER', 'Ministry of Interior', 'KH', 'Cambodia'),
 ('GT-MINGOB', 'PARTNER', 'Ministry of Government', 'GT', 'Guatemala'),
 ('VN-MOHA',   'PARTNER', 'Ministry of Home Affairs', 'VN', 'Viet Nam'),
 ('CR-MICITT', 'PARTNER', 'Ministry of Science, Innovation, Technology and Telecommunications', 'CR', 'Costa Rica');

INSERT IGNORE INTO app_group (id, role, organisation_code, name) VALUES
 ('partner:KH-MOI',    'PARTNER', 'KH-MOI',    'Cambodia Ministry of Interior'),
 ('partner:GT-MINGOB', 'PARTNER', 'GT-MINGOB', 'Guatemala Ministry of Government'),
 ('partner:VN-MOHA',   'PARTNER', 'VN-MOHA',   'Viet Nam Ministry of Home Affairs'),
 ('partner:CR-MICITT', 'PARTNER', 'CR-MICITT', 'Costa Rica MICITT');

INSERT IGNORE INTO app_user (username, display_name, email, password_hash, organisation_code, locale, time_zone) VALUES
 ('partner-kh',   'Sokha Chan',        'sokha.chan@interior.gov.kh.example', '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'KH-MOI',    'en', 'Asia/Phnom_Penh'),
 ('partner-kh-2', 'Dara Sok',          'dara.sok@interior.gov.kh.example',   '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'KH-MOI',    'fr', 'Asia/Phnom_Penh'),
 ('partner-gt',   'María López',       'maria.lopez@mingob.gob.gt.example',  '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'GT-MINGOB', 'es', 'America/Guatemala'),
 ('intake',       'Lee Ji-won',        'intake@mois.go.kr.example',          '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'ko', 'Asia/Seoul'),
 ('intake-2',     'Park Ji-hoon',      'intake2@mois.go.kr.example',         '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'ko', 'Asia/Seoul'),
 ('coord-mois',   'Kim Min-jun',       'coord@mois.go.kr.example',           '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'ko', 'Asia/Seoul'),
 ('coord-komsco', 'Park Seo-yeon',     'coord@komsco.or.kr.example',         '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'KOMSCO',    'ko', 'Asia/Seoul'),
 ('coord-nec',    'Choi Ha-eun',       'coord@nec.go.kr.example',            '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'NEC',       'ko', 'Asia/Seoul'),
 ('coord-molit',  'Jung Do-hyun',      'coord@molit.go.kr.example',          '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOLIT',     'ko', 'Asia/Seoul'),
 ('expert-mois',  'Han Ye-jin',        'expert@mois.go.kr.example',          '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'en', 'Asia/Seoul'),
 ('expert-mois-2','Seo Min-ji',        'expert2@mois.go.kr.example',         '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'en', 'Asia/Seoul'),
 ('expert-komsco','Yoon Jae-ho',       'expert@komsco.or.kr.example',        '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'KOMSCO',    'en', 'Asia/Seoul'),
 ('expert-nec',   'Kang Su-min',       'expert@nec.go.kr.example',           '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'NEC',       'en', 'Asia/Seoul'),
 ('expert-molit', 'Lim Tae-yang',      'expert@molit.go.kr.example',         '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOLIT',     'en', 'Asia/Seoul'),
 ('legal',        'Shin Eun-ji',       'legal@moleg.go.kr.example',          '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOLEG',     'ko', 'Asia/Seoul'),
 ('translator',   'Choi Yu-na',        'translation@mois.go.kr.example',     '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'ko', 'Asia/Seoul'),
 ('manager',      'Oh Sung-min',       'director@mois.go.kr.example',        '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'ko', 'Asia/Seoul'),
 ('admin',        'System Administrator', 'admin@mois.go.kr.example',        '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS',      'en', 'Asia/Seoul');

INSERT IGNORE INTO group_membership (username, group_id) VALUES
 ('partner-kh', 'partner:KH-MOI'),
 ('partner-kh-2', 'partner:KH-MOI'),
 ('partner-gt', 'partner:GT-MINGOB'),
 ('intake', 'intake'),
 ('intake-2', 'intake'),
 ('translator', 'translator'),
 ('coord-mois', 'coordinator:MOIS'),
 ('coord-komsco', 'coordinator:KOMSCO'),
 ('coord-nec', 'coordinator:NEC'),
 ('coord-molit', 'coordinator:MOLIT'),
 ('expert-mois', 'expert:MOIS'),
 ('expert-mois-2', 'expert:MOIS'),
 ('expert-komsco', 'expert:KOMSCO'),
 ('expert-nec', 'expert:NEC'),
 ('expert-molit', 'expert:MOLIT'),
 ('legal', 'legal'),
 ('manager', 'manager'),
 ('admin', 'admin');

INSERT IGNORE INTO expert (username, agency_code, title, languages, max_load) VALUES
 ('expert-mois',   'MOIS',   'Deputy Director, Resident Registration Division', 'en,ko,km', 3),
 ('expert-mois-2', 'MOIS',   'Assistant Director, e-Government Cooperation', 'en,ko,es', 3),
 ('expert-komsco', 'KOMSCO', 'Senior Engineer, ID Card Production', 'en,ko', 3),
 ('expert-nec',    'NEC',    'Director, International Election Cooperation', 'en,ko,es', 3),
 ('expert-molit',  'MOLIT',  'Smart City Planner', 'en,ko,es', 3);

INSERT IGNORE INTO expert_sector (username, sector_code) VALUES
 ('expert-mois', 'CIVIL_REGISTRATION'), ('expert-mois', 'NATIONAL_ID'), ('expert-mois', 'ONLINE_CIVIL_SERVICES'),
 ('expert-mois', 'DISASTER_MANAGEMENT'), ('expert-komsco', 'NATIONAL_ID'),
 ('expert-mois-2', 'NATIONAL_ID'), ('expert-mois-2', 'CIVIL_REGISTRATION'), ('expert-mois-2', 'EGOV_LEGAL_FRAMEWORK'), ('expert-nec', 'ELECTION_MANAGEMENT'),
 ('expert-molit', 'SMART_CITY'), ('expert-molit', 'NATIONAL_LAND_INFORMATION'), ('expert-molit', 'INTELLIGENT_TRANSPORT');
