-- Sync bookkeeping on the outbox: how a person resolved a conflict or a rejection, and which
-- new op carried "keep mine" to the center. Done, conflicting and rejected ops are kept, never
-- deleted, so the outbox is also the record of what this device sent and what came of it.
ALTER TABLE outbox ADD COLUMN resolution  TEXT NOT NULL DEFAULT ''; -- mine | theirs
ALTER TABLE outbox ADD COLUMN resolved_at TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN requeued_as TEXT NOT NULL DEFAULT ''; -- op_id of the re-queued op
ALTER TABLE outbox ADD COLUMN pushed_at   TEXT NOT NULL DEFAULT ''; -- last push attempt
-- Applying a pulled change asks whether a pending local op touches the same entity.
CREATE INDEX outbox_entity ON outbox(entity, entity_id, state);
