-- Core schema: requests, issues and membership, jurisdiction flags, clerk decisions,
-- notes, visits, the audit trail and the outbox of local edits waiting to be pushed.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE requests (
	id            TEXT PRIMARY KEY,
	district      TEXT NOT NULL,
	created_at    TEXT NOT NULL,          -- RFC 3339, UTC
	category      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	address       TEXT NOT NULL DEFAULT '',
	lat           REAL,                   -- NULL when the request has no location
	lon           REAL,
	channel       TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT 'new',
	version       INTEGER NOT NULL DEFAULT 0,
	updated_at    TEXT NOT NULL DEFAULT '',
	neighbourhood TEXT NOT NULL DEFAULT '' -- filled by triage from the parsed place
);
-- Only the inbox order is indexed: filters by status, category or neighbourhood scan a
-- district's rows (about 20 ms for 100,000) and each extra index would slow every import.
CREATE INDEX requests_created ON requests(created_at, id);

-- The comparison form of text and address, so that «كوچه» finds «کوچه» and «میشود» «می‌شود».
-- rowid is the request's rowid.
CREATE VIRTUAL TABLE requests_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE issues (
	id         TEXT PRIMARY KEY,
	district   TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	problem    TEXT NOT NULL DEFAULT '',
	place_key  TEXT NOT NULL DEFAULT '',
	place      TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL DEFAULT 'new',
	agency     TEXT NOT NULL DEFAULT 'municipality',
	mixed      INTEGER NOT NULL DEFAULT 0,
	count      INTEGER NOT NULL DEFAULT 0,
	first_at   TEXT NOT NULL DEFAULT '',
	last_at    TEXT NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 0,
	updated_at TEXT NOT NULL DEFAULT '',
	touched    INTEGER NOT NULL DEFAULT 0 -- a person changed it: regrouping keeps it and its status
);
CREATE INDEX issues_count ON issues(count DESC);
CREATE INDEX issues_first ON issues(first_at);

CREATE TABLE memberships (
	request_id TEXT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
	issue_id   TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	score      REAL NOT NULL DEFAULT 0,
	reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX memberships_issue ON memberships(issue_id);

CREATE TABLE decisions (
	seq         INTEGER PRIMARY KEY AUTOINCREMENT,
	id          TEXT NOT NULL UNIQUE,
	kind        TEXT NOT NULL CHECK (kind IN ('same', 'different')),
	request_ids TEXT NOT NULL, -- JSON array
	actor       TEXT NOT NULL,
	at          TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE flags (
	request_id    TEXT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
	agency        TEXT NOT NULL,
	confidence    REAL NOT NULL DEFAULT 0,
	rule_id       TEXT NOT NULL DEFAULT '',
	words         TEXT NOT NULL DEFAULT '[]', -- JSON array
	needs_review  INTEGER NOT NULL DEFAULT 0,
	decided       INTEGER NOT NULL DEFAULT 0,
	decided_by    TEXT NOT NULL DEFAULT '',
	decided_at    TEXT NOT NULL DEFAULT '',
	rules_version TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flags_agency ON flags(agency);

CREATE TABLE notes (
	id         TEXT PRIMARY KEY,
	entity     TEXT NOT NULL, -- request | issue
	entity_id  TEXT NOT NULL,
	author     TEXT NOT NULL,
	text       TEXT NOT NULL,
	created_at TEXT NOT NULL
);
CREATE INDEX notes_entity ON notes(entity, entity_id, created_at);

CREATE TABLE visits (
	id         TEXT PRIMARY KEY,
	issue_id   TEXT NOT NULL,
	author     TEXT NOT NULL,
	finding    TEXT NOT NULL,
	lat        REAL NOT NULL DEFAULT 0,
	lon        REAL NOT NULL DEFAULT 0,
	visited_at TEXT NOT NULL
);
CREATE INDEX visits_issue ON visits(issue_id, visited_at);

CREATE TABLE events (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	at        TEXT NOT NULL,
	actor     TEXT NOT NULL,
	entity    TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	action    TEXT NOT NULL,
	before    TEXT NOT NULL DEFAULT '',
	after     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_entity ON events(entity, entity_id, id);

CREATE TABLE outbox (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	op_id        TEXT NOT NULL UNIQUE,
	kind         TEXT NOT NULL,
	entity       TEXT NOT NULL,
	entity_id    TEXT NOT NULL,
	base_version INTEGER NOT NULL DEFAULT 0,
	fields       TEXT NOT NULL,
	actor        TEXT NOT NULL,
	device       TEXT NOT NULL DEFAULT '',
	created_at   TEXT NOT NULL,
	state        TEXT NOT NULL DEFAULT 'pending',
	result       TEXT NOT NULL DEFAULT '',
	attempts     INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox(state, seq);
