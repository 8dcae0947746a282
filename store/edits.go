package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/tafkik/tafkik"
)

// statusFields is what a set_status op carries.
type statusFields struct {
	Status tafkik.Status `json:"status"`
	Note   string        `json:"note,omitempty"`
}

// SetRequestStatus moves a request to s, with an optional note, recording the audit event and
// the outbox op in the same transaction. A move the lifecycle does not allow is ErrTransition.
func (db *DB) SetRequestStatus(ctx context.Context, actor, id string, s tafkik.Status, note string) error {
	return db.setStatus(ctx, "requests", "request", actor, id, s, note)
}

// SetIssueStatus moves an issue to s; see SetRequestStatus.
func (db *DB) SetIssueStatus(ctx context.Context, actor, id string, s tafkik.Status, note string) error {
	return db.setStatus(ctx, "issues", "issue", actor, id, s, note)
}

func (db *DB) setStatus(ctx context.Context, table, entity, actor, id string, s tafkik.Status, note string) error {
	if !s.Valid() {
		return fmt.Errorf("%w: status %q", ErrInvalid, s)
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var cur string
	var version int64
	err = tx.QueryRowContext(ctx, `SELECT status, version FROM `+table+` WHERE id = ?`, id).Scan(&cur, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %s: %w", entity, id, ErrNotFound)
	}
	if err != nil {
		return err
	}
	if !tafkik.Status(cur).CanMoveTo(s) {
		return fmt.Errorf("%s %s: %s → %s: %w", entity, id, cur, s, ErrTransition)
	}
	if err := applyStatus(ctx, tx, table, id, s, formatTime(db.Now())); err != nil {
		return err
	}
	if table == "issues" {
		if _, err := tx.ExecContext(ctx, `UPDATE issues SET touched = 1 WHERE id = ?`, id); err != nil {
			return err
		}
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: actor, Entity: entity, EntityID: id,
		Action: "status", Before: jsonString(statusFields{Status: tafkik.Status(cur)}),
		After: jsonString(statusFields{Status: s, Note: note})}); err != nil {
		return err
	}
	if strings.TrimSpace(note) != "" {
		n := tafkik.Note{ID: uuid.NewString(), Author: actor, Text: note, CreatedAt: db.Now()}
		if err := insertNote(ctx, tx, entity, id, n); err != nil {
			return err
		}
	}
	if err := db.insertOp(ctx, tx, tafkik.OpSetStatus, entity, id, version, actor, statusFields{s, note}); err != nil {
		return err
	}
	return tx.Commit()
}

// applyStatus changes a status without auditing or queueing: the shared step of a local edit
// and of a change pulled from the center.
func applyStatus(ctx context.Context, tx *sql.Tx, table, id string, s tafkik.Status, at string) error {
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET status = ?, updated_at = ? WHERE id = ?`, string(s), at, id)
	if err != nil {
		return fmt.Errorf("set status %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s %s: %w", table, id, ErrNotFound)
	}
	return nil
}

func insertNote(ctx context.Context, tx *sql.Tx, entity, entityID string, n tafkik.Note) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO notes (id, entity, entity_id, author, text, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`, n.ID, entity, entityID, n.Author, n.Text, formatTime(n.CreatedAt))
	if err != nil {
		return fmt.Errorf("note: %w", err)
	}
	return nil
}

// noteTarget says what a note is attached to.
func noteTarget(n tafkik.Note) (entity, id string, err error) {
	switch {
	case n.RequestID != "" && n.IssueID == "":
		return "request", n.RequestID, nil
	case n.IssueID != "" && n.RequestID == "":
		return "issue", n.IssueID, nil
	}
	return "", "", fmt.Errorf("%w: a note belongs to exactly one request or issue", ErrInvalid)
}

// AddNote attaches a note to a request or an issue (audited, queued for the center).
// An empty ID gets a new UUID; an empty CreatedAt gets the clock's time.
func (db *DB) AddNote(ctx context.Context, n tafkik.Note) error {
	entity, id, err := noteTarget(n)
	if err != nil {
		return err
	}
	if strings.TrimSpace(n.Text) == "" {
		return fmt.Errorf("%w: empty note", ErrInvalid)
	}
	if n.ID == "" {
		n.ID = uuid.NewString()
	}
	if n.CreatedAt.IsZero() {
		n.CreatedAt = db.Now()
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mustExist(ctx, tx, entity, id); err != nil {
		return err
	}
	if err := insertNote(ctx, tx, entity, id, n); err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: n.Author, Entity: entity, EntityID: id,
		Action: "note", After: jsonString(n)}); err != nil {
		return err
	}
	if err := db.insertOp(ctx, tx, tafkik.OpAddNote, entity, id, 0, n.Author, map[string]any{"note": n}); err != nil {
		return err
	}
	return tx.Commit()
}

func mustExist(ctx context.Context, tx *sql.Tx, entity, id string) error {
	table := map[string]string{"request": "requests", "issue": "issues"}[entity]
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s %s: %w", entity, id, ErrNotFound)
	}
	return nil
}

// Notes returns the notes on a request or issue, oldest first.
func (db *DB) Notes(ctx context.Context, entity, id string) ([]tafkik.Note, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, author, text, created_at FROM notes
		WHERE entity = ? AND entity_id = ? ORDER BY created_at, id`, entity, id)
	if err != nil {
		return nil, fmt.Errorf("notes: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Note
	for rows.Next() {
		var n tafkik.Note
		var at string
		if err := rows.Scan(&n.ID, &n.Author, &n.Text, &at); err != nil {
			return nil, err
		}
		n.CreatedAt = parseTime(at)
		if entity == "request" {
			n.RequestID = id
		} else {
			n.IssueID = id
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// AddVisit records a supervisor's site visit to an issue (audited, queued for the center).
func (db *DB) AddVisit(ctx context.Context, v tafkik.Visit) error {
	if v.IssueID == "" || strings.TrimSpace(v.Finding) == "" {
		return fmt.Errorf("%w: a visit needs an issue and a finding", ErrInvalid)
	}
	if v.ID == "" {
		v.ID = uuid.NewString()
	}
	if v.VisitedAt.IsZero() {
		v.VisitedAt = db.Now()
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mustExist(ctx, tx, "issue", v.IssueID); err != nil {
		return err
	}
	if err := insertVisit(ctx, tx, v); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE issues SET touched = 1 WHERE id = ?`, v.IssueID); err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: v.Author, Entity: "issue", EntityID: v.IssueID,
		Action: "visit", After: jsonString(v)}); err != nil {
		return err
	}
	if err := db.insertOp(ctx, tx, tafkik.OpAddVisit, "issue", v.IssueID, 0, v.Author, map[string]any{"visit": v}); err != nil {
		return err
	}
	return tx.Commit()
}

func insertVisit(ctx context.Context, tx *sql.Tx, v tafkik.Visit) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO visits (id, issue_id, author, finding, lat, lon, visited_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
		v.ID, v.IssueID, v.Author, v.Finding, v.Lat, v.Lon, formatTime(v.VisitedAt))
	if err != nil {
		return fmt.Errorf("visit: %w", err)
	}
	return nil
}

// Visits returns the site visits to an issue, oldest first.
func (db *DB) Visits(ctx context.Context, issueID string) ([]tafkik.Visit, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, author, finding, lat, lon, visited_at FROM visits
		WHERE issue_id = ? ORDER BY visited_at, id`, issueID)
	if err != nil {
		return nil, fmt.Errorf("visits: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Visit
	for rows.Next() {
		v := tafkik.Visit{IssueID: issueID}
		var at string
		if err := rows.Scan(&v.ID, &v.Author, &v.Finding, &v.Lat, &v.Lon, &at); err != nil {
			return nil, err
		}
		v.VisitedAt = parseTime(at)
		out = append(out, v)
	}
	return out, rows.Err()
}
