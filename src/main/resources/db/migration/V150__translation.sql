-- The MOIS translation desk (issue 13): its group, the verified Korean and English versions of requests written in
-- another language, and the glossary of public-administration terms it keeps, with every change to it.

INSERT INTO app_group (id, role, organisation_code, name) VALUES
 ('translator', 'TRANSLATOR', 'MOIS', 'MOIS translation desk');

-- One row per request that needed translation. The original stays in cooperation_request; the texts here are what
-- the desk verified (status VERIFIED, verified_by) — a machine draft (draft_provider) only pre-fills them.
CREATE TABLE request_translation (
    request_id      BIGINT       NOT NULL PRIMARY KEY,
    source_language VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    draft_provider  VARCHAR(64),
    title_ko        VARCHAR(400),
    title_en        VARCHAR(400),
    description_ko  TEXT,
    description_en  TEXT,
    requested_at    DATETIME(3)  NOT NULL,
    verified_by     VARCHAR(64),
    verified_at     DATETIME(3),
    CONSTRAINT fk_translation_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_translation_status ON request_translation (status, requested_at);

CREATE TABLE glossary_term (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_ko    VARCHAR(200)  NOT NULL,
    term_en    VARCHAR(200)  NOT NULL,
    term_es    VARCHAR(200),
    term_fr    VARCHAR(200),
    term_km    VARCHAR(200),
    term_vi    VARCHAR(200),
    note       VARCHAR(1000),
    retired    BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_by VARCHAR(64)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL,
    version    INT           NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_glossary_en ON glossary_term (retired, term_en);

-- The glossary's audit: who added, changed, retired or restored which term, and the term as it was after the change.
CREATE TABLE glossary_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id    BIGINT        NOT NULL,
    action     VARCHAR(16)   NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    changed_at DATETIME(3)   NOT NULL,
    summary    VARCHAR(1500) NOT NULL,
    CONSTRAINT fk_glossary_change_term FOREIGN KEY (term_id) REFERENCES glossary_term (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_glossary_change_term ON glossary_change (term_id, changed_at);

-- A starting glossary (the terms of the K-Administration forums); the desk keeps it from here.
INSERT INTO glossary_term (term_ko, term_en, term_es, term_fr, term_km, term_vi, note, updated_by, updated_at) VALUES
 ('주민등록', 'resident registration', 'registro civil', 'état civil', 'ការចុះបញ្ជីប្រជាពលរដ្ឋ', 'đăng ký cư trú', 'Korea''s resident registration system (civil registration)', 'system', CURRENT_TIMESTAMP(3)),
 ('주민등록증', 'national ID card', 'documento de identidad', 'carte d''identité nationale', 'អត្តសញ្ញាណប័ណ្ណ', 'căn cước công dân', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('전자정부', 'e-Government', 'gobierno electrónico', 'administration électronique', 'រដ្ឋាភិបាលឌីជីថល', 'chính phủ điện tử', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('지방자치단체', 'local government', 'gobierno local', 'collectivité locale', 'រដ្ឋបាលថ្នាក់ក្រោមជាតិ', 'chính quyền địa phương', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('선거관리', 'election management', 'gestión electoral', 'gestion électorale', 'ការគ្រប់គ្រងការបោះឆ្នោត', 'quản lý bầu cử', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('민원', 'civil service (petition)', 'trámite ciudadano', 'démarche administrative', 'សេវាសាធារណៈ', 'thủ tục hành chính', 'A citizen''s application to the administration', 'system', CURRENT_TIMESTAMP(3)),
 ('양해각서', 'memorandum of understanding (MOU)', 'memorando de entendimiento', 'protocole d''accord', 'អនុស្សរណៈនៃការយោគយល់គ្នា', 'bản ghi nhớ', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('행정안전부', 'Ministry of the Interior and Safety', 'Ministerio del Interior y Seguridad', 'ministère de l''Intérieur et de la Sécurité', 'ក្រសួងមហាផ្ទៃ និងសន្តិសុខ', 'Bộ Nội vụ và An toàn', 'MOIS', 'system', CURRENT_TIMESTAMP(3)),
 ('통합 디지털 시스템', 'integrated digital system', 'sistema digital integrado', 'système numérique intégré', 'ប្រព័ន្ធឌីជីថលរួមបញ្ចូល', 'hệ thống số tích hợp', NULL, 'system', CURRENT_TIMESTAMP(3)),
 ('재난관리', 'disaster management', 'gestión de desastres', 'gestion des catastrophes', 'ការគ្រប់គ្រងគ្រោះមហន្តរាយ', 'quản lý thiên tai', NULL, 'system', CURRENT_TIMESTAMP(3));
