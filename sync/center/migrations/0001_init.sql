-- The center's own schema (not the desktop's store). Times are fixed-width UTC text
-- (2006-01-02T15:04:05.000000000Z) so that text order is time order.

CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,
    hash       BLOB NOT NULL UNIQUE,      -- SHA-256 of the secret; the secret is never stored
    district   TEXT NOT NULL,
    role       TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE requests (
    id             TEXT PRIMARY KEY,       -- the central 137 system's id, unique city-wide
    district       TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    category       TEXT NOT NULL,
    text           TEXT NOT NULL,
    address        TEXT NOT NULL,
    lat            REAL,                   -- NULL when the request has no location
    lon            REAL,
    channel        TEXT NOT NULL,
    status         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    status_version INTEGER NOT NULL,       -- version at which status last moved
    status_note    TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    agency         TEXT NOT NULL DEFAULT '',  -- clerk-decided jurisdiction
    group_id       TEXT NOT NULL DEFAULT ''   -- duplicate group from clerks' decisions
);
CREATE INDEX requests_created ON requests (created_at);
CREATE INDEX requests_district_created ON requests (district, created_at);
CREATE INDEX requests_group ON requests (group_id) WHERE group_id <> '';

CREATE TABLE issues (
    district       TEXT NOT NULL,
    id             TEXT NOT NULL,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    status_version INTEGER NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (district, id)
);

CREATE TABLE notes (
    district   TEXT NOT NULL,
    id         TEXT NOT NULL,
    request_id TEXT NOT NULL DEFAULT '',
    issue_id   TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (district, id)
);
CREATE INDEX notes_request ON notes (request_id) WHERE request_id <> '';

CREATE TABLE visits (
    district   TEXT NOT NULL,
    id         TEXT NOT NULL,
    issue_id   TEXT NOT NULL,
    body       TEXT NOT NULL,              -- the tafkik.Visit as JSON
    PRIMARY KEY (district, id)
);

CREATE TABLE decisions (
    district TEXT NOT NULL,
    id       TEXT NOT NULL,
    body     TEXT NOT NULL,                -- the tafkik.Decision as JSON
    PRIMARY KEY (district, id)
);

-- Every op ever received, with the result first given, so a retried op gets the same answer.
CREATE TABLE ops (
    district    TEXT NOT NULL,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    result      TEXT NOT NULL,             -- protocol.OpResult as JSON
    received_at TEXT NOT NULL,
    PRIMARY KEY (district, id)
);

-- The changes feed: seq is global and grows in commit order (writes are serialised).
CREATE TABLE changes (
    seq      INTEGER PRIMARY KEY,
    district TEXT NOT NULL,
    body     TEXT NOT NULL                 -- protocol.Change as JSON, seq included
);
CREATE INDEX changes_district_seq ON changes (district, seq);
