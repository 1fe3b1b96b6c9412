-- An Idempotency-Key is an opaque string: compare it exactly, not with the server's case- and
-- accent-insensitive collation (under which "Key-A" and "key-a" were one submission and the second
-- partner request was silently answered with the first).
-- (COLLATE after NOT NULL: the order MySQL 8, MariaDB and H2's MySQL mode all accept.)
ALTER TABLE cooperation_request MODIFY idempotency_key VARCHAR(100) NOT NULL COLLATE utf8mb4_bin;
