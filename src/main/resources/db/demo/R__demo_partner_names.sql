-- The demo partners' kind of ministry, own language and names in English, Korean and their own language (embedded
-- default only; runs after R__demo_data). Leaves what an ADMIN changed alone.
UPDATE organisation SET ministry_type = 'INTERIOR', own_language = 'km' WHERE code = 'KH-MOI' AND ministry_type IS NULL;
UPDATE organisation SET ministry_type = 'INTERIOR', own_language = 'es' WHERE code = 'GT-MINGOB' AND ministry_type IS NULL;
UPDATE organisation SET ministry_type = 'INTERIOR', own_language = 'vi' WHERE code = 'VN-MOHA' AND ministry_type IS NULL;
UPDATE organisation SET ministry_type = 'DIGITAL_GOVERNMENT', own_language = 'es' WHERE code = 'CR-MICITT' AND ministry_type IS NULL;

INSERT IGNORE INTO reference_name (kind, code, locale, name) VALUES
 ('PARTNER', 'KH-MOI', 'en', 'Ministry of Interior'),
 ('PARTNER', 'KH-MOI', 'ko', '내무부'),
 ('PARTNER', 'KH-MOI', 'km', 'ក្រសួងមហាផ្ទៃ'),
 ('PARTNER', 'GT-MINGOB', 'en', 'Ministry of Government'),
 ('PARTNER', 'GT-MINGOB', 'ko', '내무부'),
 ('PARTNER', 'GT-MINGOB', 'es', 'Ministerio de Gobernación'),
 ('PARTNER', 'VN-MOHA', 'en', 'Ministry of Home Affairs'),
 ('PARTNER', 'VN-MOHA', 'ko', '내무부'),
 ('PARTNER', 'VN-MOHA', 'vi', 'Bộ Nội vụ'),
 ('PARTNER', 'CR-MICITT', 'en', 'Ministry of Science, Innovation, Technology and Telecommunications'),
 ('PARTNER', 'CR-MICITT', 'ko', '과학혁신기술통신부'),
 ('PARTNER', 'CR-MICITT', 'es', 'Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones');
