-- The library (org.coopflow.library): what earlier cooperation produced — consultation outcomes, follow-up reports,
-- lessons learned at the final evaluation, documents attached to requests — as entries with facets and a keyword
-- index, kept by the library's listeners from the stages' events (never from form JSON or audit text); and, per
-- request, the words its suggestions of similar past requests are scored on. The texts themselves stay in the stage
-- tables: an entry points at its record (kind + source_id) and keeps only what lists, facets and searches need.

CREATE TABLE library_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- OUTCOME (consultation_outcome), FOLLOW_UP_REPORT (follow_up_report), LESSONS (cooperation_evaluation),
    -- DOCUMENT (attachment)
    kind          VARCHAR(20)  NOT NULL,
    source_id     BIGINT       NOT NULL,
    request_id    BIGINT       NOT NULL,
    reference     VARCHAR(20),
    request_title VARCHAR(200) NOT NULL,
    partner_org   VARCHAR(32)  NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    sector_code   VARCHAR(48)  NOT NULL,
    -- the consultation's modality once planned, the one the partner asked for before
    modality      VARCHAR(32)  NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL,
    excerpt       VARCHAR(400) NOT NULL,
    -- shown to every official (not only those who may open the request), never to other partners
    shareable     BOOLEAN      NOT NULL DEFAULT FALSE,
    shared_by     VARCHAR(64),
    shared_at     DATETIME(3),
    CONSTRAINT uq_library_entry_source UNIQUE (kind, source_id),
    CONSTRAINT fk_library_entry_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_entry_request ON library_entry (request_id, kind);
-- newest first, and browsing by one facet in the same order
CREATE INDEX idx_library_entry_recorded ON library_entry (recorded_at, id);
CREATE INDEX idx_library_entry_sector ON library_entry (sector_code, recorded_at);
CREATE INDEX idx_library_entry_country ON library_entry (country_code, recorded_at);
CREATE INDEX idx_library_entry_partner ON library_entry (partner_org, recorded_at);

-- The facets with several values per entry: the request's working languages and its agencies (lead and supporting).
CREATE TABLE library_entry_language (
    entry_id BIGINT     NOT NULL,
    language VARCHAR(8) NOT NULL,
    PRIMARY KEY (entry_id, language),
    CONSTRAINT fk_library_language_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_language ON library_entry_language (language, entry_id);

CREATE TABLE library_entry_agency (
    entry_id    BIGINT      NOT NULL,
    agency_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (entry_id, agency_code),
    CONSTRAINT fk_library_agency_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_agency ON library_entry_agency (agency_code, entry_id);

-- Keyword index of the entries: the terms of the request's reference and title and of the entry's own text, cut by
-- the request search's rules (org.coopflow.search.SearchText; V70 explains the byte-wise collation).
CREATE TABLE library_entry_term (
    term     VARCHAR(32) NOT NULL COLLATE utf8mb4_bin,
    entry_id BIGINT      NOT NULL,
    PRIMARY KEY (term, entry_id),
    CONSTRAINT fk_library_term_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_term_entry ON library_entry_term (entry_id, term);

-- One row per request the library has looked at, under which version of its rules (requests made before this
-- migration, or under older rules, are rebuilt in the background when a node starts). A request with entries
-- (last_entry_at set) is a "past request" suggestions may name: its title and description terms are in
-- library_request_term, and the newest per sector and per country are read through the two indexes below.
CREATE TABLE library_request (
    request_id    BIGINT      NOT NULL PRIMARY KEY,
    rules         INT         NOT NULL,
    sector_code   VARCHAR(48) NOT NULL,
    country_code  CHAR(2)     NOT NULL,
    last_entry_at DATETIME(3),
    indexed_at    DATETIME(3) NOT NULL,
    CONSTRAINT fk_library_request_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_request_sector ON library_request (sector_code, last_entry_at);
CREATE INDEX idx_library_request_country ON library_request (country_code, last_entry_at);
CREATE INDEX idx_library_request_rules ON library_request (rules, request_id);

CREATE TABLE library_request_term (
    term       VARCHAR(32) NOT NULL COLLATE utf8mb4_bin,
    request_id BIGINT      NOT NULL,
    PRIMARY KEY (term, request_id),
    CONSTRAINT fk_library_request_term FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_library_request_term_request ON library_request_term (request_id, term);

-- A similar past request an official attached to a request (at screening or to the consultation plan), with why it
-- was suggested at that moment: same sector, same country, the words in common (as they were shown).
CREATE TABLE library_suggestion (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id           BIGINT       NOT NULL,
    suggested_request_id BIGINT       NOT NULL,
    same_sector          BOOLEAN      NOT NULL,
    same_country         BOOLEAN      NOT NULL,
    shared_words         VARCHAR(500),
    attached_by          VARCHAR(64)  NOT NULL,
    attached_at          DATETIME(3)  NOT NULL,
    CONSTRAINT uq_library_suggestion UNIQUE (request_id, suggested_request_id),
    CONSTRAINT fk_library_suggestion_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id),
    CONSTRAINT fk_library_suggestion_suggested FOREIGN KEY (suggested_request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
