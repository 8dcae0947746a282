package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/uuid"
	"github.com/tafkik/tafkik"
)

// SaveFlags stores the engine's jurisdiction flags in one transaction. A flag a clerk decided
// is never overwritten.
func (db *DB) SaveFlags(ctx context.Context, flags []tafkik.Flag) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO flags (request_id, agency, confidence, rule_id, words,
		needs_review, rules_version) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(request_id) DO UPDATE SET agency = excluded.agency, confidence = excluded.confidence,
			rule_id = excluded.rule_id, words = excluded.words, needs_review = excluded.needs_review,
			rules_version = excluded.rules_version
		WHERE flags.decided = 0`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, f := range flags {
		if !f.Agency.Valid() {
			return fmt.Errorf("flag %s: %w: agency %q", f.RequestID, ErrInvalid, f.Agency)
		}
		words, _ := json.Marshal(nonNil(f.Words))
		if _, err := st.ExecContext(ctx, f.RequestID, string(f.Agency), f.Confidence, f.RuleID, string(words),
			boolInt(f.NeedsReview), f.RulesVer); err != nil {
			return fmt.Errorf("save flag %s: %w", f.RequestID, err)
		}
	}
	return tx.Commit()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

const flagCols = `request_id, agency, confidence, rule_id, words, needs_review, decided, decided_by, decided_at, rules_version`

func scanFlag(s scanner) (tafkik.Flag, error) {
	var f tafkik.Flag
	var agency, words, at string
	if err := s.Scan(&f.RequestID, &agency, &f.Confidence, &f.RuleID, &words, &f.NeedsReview, &f.Decided,
		&f.DecidedBy, &at, &f.RulesVer); err != nil {
		return f, err
	}
	f.Agency, f.DecidedAt = tafkik.Agency(agency), parseTime(at)
	if err := json.Unmarshal([]byte(words), &f.Words); err != nil {
		return f, fmt.Errorf("flag %s words: %w", f.RequestID, err)
	}
	return f, nil
}

// Flags returns every request's flag, by request id.
func (db *DB) Flags(ctx context.Context) (map[string]tafkik.Flag, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+flagCols+` FROM flags`)
	if err != nil {
		return nil, fmt.Errorf("flags: %w", err)
	}
	defer rows.Close()
	out := map[string]tafkik.Flag{}
	for rows.Next() {
		f, err := scanFlag(rows)
		if err != nil {
			return nil, err
		}
		out[f.RequestID] = f
	}
	return out, rows.Err()
}

// Flag returns one request's flag, or ErrNotFound when triage has not flagged it yet.
func (db *DB) Flag(ctx context.Context, requestID string) (tafkik.Flag, error) {
	f, err := scanFlag(db.db.QueryRowContext(ctx, `SELECT `+flagCols+` FROM flags WHERE request_id = ?`, requestID))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("flag %s: %w", requestID, ErrNotFound)
	}
	return f, err
}

// flagDecision is what a decide_flag op carries.
type flagDecision struct {
	Agency tafkik.Agency `json:"agency"`
	Note   string        `json:"note,omitempty"`
}

// DecideFlag records a clerk's confirmation (same agency) or override (another agency) of a
// request's flag; re-runs of the engine keep it. Audited and queued for the center.
func (db *DB) DecideFlag(ctx context.Context, actor, requestID string, a tafkik.Agency, note string) error {
	if !a.Valid() {
		return fmt.Errorf("%w: agency %q", ErrInvalid, a)
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int64
	err = tx.QueryRowContext(ctx, `SELECT version FROM requests WHERE id = ?`, requestID).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("request %s: %w", requestID, ErrNotFound)
	}
	if err != nil {
		return err
	}
	before, err := scanFlag(tx.QueryRowContext(ctx, `SELECT `+flagCols+` FROM flags WHERE request_id = ?`, requestID))
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if err := applyFlagDecision(ctx, tx, requestID, a, actor, formatTime(db.Now())); err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: actor, Entity: "flag", EntityID: requestID,
		Action: "decide", Before: jsonString(flagDecision{Agency: before.Agency}),
		After: jsonString(flagDecision{Agency: a, Note: note})}); err != nil {
		return err
	}
	if note != "" {
		if err := insertNote(ctx, tx, "request", requestID, tafkik.Note{ID: uuid.NewString(), Author: actor, Text: note,
			CreatedAt: db.Now()}); err != nil {
			return err
		}
	}
	if err := db.insertOp(ctx, tx, tafkik.OpDecideFlag, "request", requestID, version, actor,
		flagDecision{Agency: a, Note: note}); err != nil {
		return err
	}
	return tx.Commit()
}

// applyFlagDecision stores a clerk's decision: shared by a local edit and one pulled from the center.
func applyFlagDecision(ctx context.Context, tx *sql.Tx, requestID string, a tafkik.Agency, actor, at string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO flags (request_id, agency, confidence, rule_id, decided, decided_by, decided_at)
		VALUES (?, ?, 1, 'clerk', 1, ?, ?)
		ON CONFLICT(request_id) DO UPDATE SET agency = excluded.agency, needs_review = 0, decided = 1,
			decided_by = excluded.decided_by, decided_at = excluded.decided_at`, requestID, string(a), actor, at)
	if err != nil {
		return fmt.Errorf("decide flag %s: %w", requestID, err)
	}
	return nil
}
