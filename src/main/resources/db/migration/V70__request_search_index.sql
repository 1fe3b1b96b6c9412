-- Keyword search over a request's reference, title and description, Korean included, on MySQL 8, MariaDB and H2
-- alike (MySQL's FULLTEXT ngram parser exists on none of the other two). The application cuts each text into terms
-- (org.coopflow.search.SearchText: pairs of Hangul syllables, words of other scripts) and keeps them here when a
-- request is created or changed; a search joins on them. Terms are compared byte for byte: they are normalized
-- already, and the server's accent- and case-insensitive collation would make "gestion" and "gestión" one key.
-- (COLLATE after NOT NULL: the order MySQL 8, MariaDB and H2's MySQL mode all accept.)
CREATE TABLE request_search_term (
    term       VARCHAR(32) NOT NULL COLLATE utf8mb4_bin,
    request_id BIGINT      NOT NULL,
    PRIMARY KEY (term, request_id),
    CONSTRAINT fk_search_term_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- A request's own terms, to replace them; and the "does this request have that word" probe of a prefix search.
CREATE INDEX idx_search_term_request ON request_search_term (request_id, term);

-- Which requests are indexed, under which version of the cutting rules: the others (requests made before this
-- migration, or under older rules) are indexed in the background when a node starts.
CREATE TABLE request_search_document (
    request_id   BIGINT      NOT NULL PRIMARY KEY,
    rules        INT         NOT NULL,
    indexed_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_search_document_request FOREIGN KEY (request_id) REFERENCES cooperation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_search_document_rules ON request_search_document (rules, request_id);
