--liquibase formatted sql

--changeset sightline:007-rate-counter splitStatements:false
--comment: The sign-in and sign-up rate limits, shared by every app node (they were counted in each node's memory, so
--comment: two nodes allowed twice the attempts). Not tenant data: a key is the SHA-256 of the limit's name and the
--comment: normalized email or client address it counts, so the table holds neither. A window opens at a key's first
--comment: event; a row whose window has passed counts as zero and is removed by the app's periodic clean-up.
CREATE TABLE rate_counter (
    key_hash     bytea       PRIMARY KEY CHECK (length(key_hash) = 32),
    window_start timestamptz NOT NULL,
    events       integer     NOT NULL CHECK (events > 0)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_counter TO sightline_app;
