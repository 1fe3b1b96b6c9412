-- Korean agencies, sectors and the groups every installation needs (PROCESS.md).
INSERT INTO organisation (code, kind, name, country_code, country_name) VALUES
 ('MOIS',   'AGENCY', 'Ministry of the Interior and Safety', 'KR', 'Republic of Korea'),
 ('NEC',    'AGENCY', 'National Election Commission', 'KR', 'Republic of Korea'),
 ('KOMSCO', 'AGENCY', 'Korea Minting, Security Printing & ID Card Operating Corporation', 'KR', 'Republic of Korea'),
 ('MOLIT',  'AGENCY', 'Ministry of Land, Infrastructure and Transport', 'KR', 'Republic of Korea'),
 ('MOHW',   'AGENCY', 'Ministry of Health and Welfare', 'KR', 'Republic of Korea'),
 ('MOE',    'AGENCY', 'Ministry of Education', 'KR', 'Republic of Korea'),
 ('KCS',    'AGENCY', 'Korea Customs Service', 'KR', 'Republic of Korea'),
 ('NAK',    'AGENCY', 'National Archives of Korea', 'KR', 'Republic of Korea'),
 ('MOLEG',  'AGENCY', 'Ministry of Government Legislation', 'KR', 'Republic of Korea'),
 ('MOEL',   'AGENCY', 'Ministry of Employment and Labor', 'KR', 'Republic of Korea'),
 ('KEIS',   'AGENCY', 'Korea Employment Information Service', 'KR', 'Republic of Korea'),
 ('NIA',    'AGENCY', 'National Information Society Agency', 'KR', 'Republic of Korea'),
 ('SMG',    'AGENCY', 'Seoul Metropolitan Government', 'KR', 'Republic of Korea'),
 ('BUSAN',  'AGENCY', 'Busan Metropolitan City', 'KR', 'Republic of Korea');

INSERT INTO sector (code, name, description, sort_order) VALUES
 ('CIVIL_REGISTRATION', 'Civil registration (resident registration)', 'Birth, death and residence records; the resident registration system behind every public service.', 10),
 ('NATIONAL_ID', 'National ID cards', 'Issuing and securing national identity cards, from enrolment to card production.', 20),
 ('ELECTION_MANAGEMENT', 'Election management', 'Voter registration, polling, counting and electoral administration.', 30),
 ('ONLINE_CIVIL_SERVICES', 'One-stop online civil services (Government 24)', 'A single portal for applications, certificates and payments.', 40),
 ('PUBLIC_INFORMATION_SHARING', 'Public information sharing system', 'Agencies sharing administrative information so citizens do not submit papers twice.', 50),
 ('LOCAL_GOVERNMENT_SYSTEM', 'Integrated digital system for local governments', 'Common back-office systems for provinces and municipalities.', 60),
 ('EGOV_LEGAL_FRAMEWORK', 'e-Government legal framework (e-Government Act)', 'Laws and regulations that enable digital government.', 70),
 ('ELECTRONIC_CUSTOMS', 'Electronic customs clearance', 'Paperless import and export clearance (UNI-PASS).', 80),
 ('NATIONAL_ARCHIVES', 'National archives', 'Records management and digital archiving.', 90),
 ('INTELLIGENT_TRANSPORT', 'Intelligent transport systems', 'Traffic information, signal control and public transport data.', 100),
 ('SMART_CITY', 'Smart city (urban development, safety, transport, water)', 'Planning and operating data-driven cities.', 110),
 ('DISASTER_MANAGEMENT', 'Disaster management', 'Early warning, emergency response and recovery.', 120),
 ('EMPLOYMENT_INFORMATION', 'Employment information (Worknet)', 'Job matching and labour-market information services.', 130),
 ('NATIONAL_LAND_INFORMATION', 'National land information', 'Cadastre, land registry and spatial data.', 140),
 ('PUBLIC_HEALTH', 'Disease control and public health administration', 'Surveillance, vaccination and health administration.', 150),
 ('OTHER', 'Anything else', 'Another topic: the international cooperation desk chooses the agencies at screening.', 999);

INSERT INTO app_group (id, role, organisation_code, name) VALUES
 ('intake',  'INTAKE',  'MOIS', 'MOIS international cooperation desk'),
 ('legal',   'LEGAL',   NULL,   'Legal reviewers'),
 ('manager', 'MANAGER', NULL,   'Directors and director generals'),
 ('admin',   'ADMIN',   NULL,   'System administrators');

INSERT INTO app_group (id, role, organisation_code, name)
SELECT CONCAT('coordinator:', code), 'COORDINATOR', code, CONCAT('Coordinators, ', name) FROM organisation WHERE kind = 'AGENCY';
INSERT INTO app_group (id, role, organisation_code, name)
SELECT CONCAT('expert:', code), 'EXPERT', code, CONCAT('Experts, ', name) FROM organisation WHERE kind = 'AGENCY';
