-- Convene's event log on PostgreSQL.
--
-- One row per event, keyed by its global position; (stream, version) is unique. The sealed
-- record (envelope, checksum, hash chain) is stored as written by the embedded backend, so
-- `convene verify` checks the same bytes on both.
--
-- convene_head holds the position and hash of the last event. Every append locks this one row
-- (SELECT ... FOR UPDATE) before it takes positions, and keeps the lock until it commits:
-- appends are serialized, so a later position can never become visible before an earlier
-- one (see docs/ARCHITECTURE.md, "Global order on PostgreSQL").

CREATE TABLE convene_head (
    id smallint PRIMARY KEY CHECK (id = 1),
    -- Identifies this log: a server's local read models belong to one log only.
    log_id uuid NOT NULL DEFAULT gen_random_uuid(),
    position bigint NOT NULL CHECK (position >= 0),
    hash bytea NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO convene_head (id, position, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

CREATE TABLE convene_events (
    position bigint PRIMARY KEY CHECK (position > 0),
    stream text NOT NULL,
    version bigint NOT NULL CHECK (version > 0),
    record bytea NOT NULL,
    UNIQUE (stream, version)
);

CREATE TABLE convene_keys (
    key text PRIMARY KEY,
    record bytea NOT NULL
);
