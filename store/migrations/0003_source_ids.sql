-- The id of a request as its import file wrote it, where that is not the id kept: ids are
-- kept with ASCII digits, so «۱۴۰۴۰۰۰۰۰۶۸» is request 14040000068. The triage export, which
-- is joined back to the file, writes the id as the file did.
CREATE TABLE source_ids (
	id        TEXT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
	source_id TEXT NOT NULL
);
