-- Keyword search, newest first, without reading every match (docs/benchmarks.md, "Keyword search at 100k"). The
-- request list shows the newest 50 requests found; with the terms keyed (term, request_id) only, a word in every title
-- meant reading and date-sorting every request that has it. Each term row now carries its request's creation time
-- (which never changes), and idx_search_term_newest holds a term's requests newest first: the page reads the newest
-- entries of one word in order and checks the others by key, and stops after a page. The count beside it stops at
-- 10,001 (shared.Page.COUNT_UP_TO).
-- (Portable: a correlated UPDATE rather than MySQL's UPDATE ... JOIN, which H2 lacks.)
ALTER TABLE request_search_term ADD COLUMN created_at DATETIME(3) NULL;
UPDATE request_search_term SET created_at =
    (SELECT r.created_at FROM cooperation_request r WHERE r.id = request_search_term.request_id);
ALTER TABLE request_search_term MODIFY created_at DATETIME(3) NOT NULL;
CREATE INDEX idx_search_term_newest ON request_search_term (term, created_at, request_id);

-- The request list without keywords is newest first as well: an index that delivers that order, so the first page of
-- a manager's list (or a status's, a sector's) reads a page of rows instead of sorting every request.
CREATE INDEX idx_request_created ON cooperation_request (created_at, id);
