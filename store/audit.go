package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"
	"github.com/tafkik/tafkik"
)

// insertEvent writes one line of the audit trail inside the caller's transaction.
func insertEvent(ctx context.Context, tx *sql.Tx, e tafkik.Event) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO events (at, actor, entity, entity_id, action, before, after)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, formatTime(e.At), e.Actor, e.Entity, e.EntityID, e.Action, e.Before, e.After)
	if err != nil {
		return fmt.Errorf("audit %s %s: %w", e.Entity, e.EntityID, err)
	}
	return nil
}

// jsonString marshals v for the audit trail; the values are our own types, so it cannot fail
// short of a programming error, which the tests would show as an empty field.
func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// History returns the audit trail of one entity ("request", "issue", "flag", ...), oldest first.
func (db *DB) History(ctx context.Context, entity, id string) ([]tafkik.Event, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, at, actor, entity, entity_id, action, before, after
		FROM events WHERE entity = ? AND entity_id = ? ORDER BY id`, entity, id)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Event
	for rows.Next() {
		var e tafkik.Event
		var at string
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Entity, &e.EntityID, &e.Action, &e.Before, &e.After); err != nil {
			return nil, err
		}
		e.At = parseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// insertOp records a local edit in the outbox inside the edit's own transaction, so that an
// edit and the op that carries it to the center exist together or not at all.
func (db *DB) insertOp(ctx context.Context, tx *sql.Tx, kind tafkik.OpKind, entity, entityID string,
	baseVersion int64, actor string, fields any) error {
	body, err := json.Marshal(fields)
	if err != nil {
		return fmt.Errorf("op fields: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO outbox (op_id, kind, entity, entity_id, base_version, fields,
		actor, device, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		uuid.NewString(), string(kind), entity, entityID, baseVersion, string(body), actor, db.Device,
		formatTime(db.Now()))
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}
