package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/tafkik/tafkik"
)

// Meta keys of the sync engine.
const (
	MetaDistrict    = "district"          // the district this database belongs to
	MetaSyncCursor  = "sync.cursor"       // last change seq applied from the center
	MetaLastSuccess = "sync.last_success" // RFC 3339 time of the last complete sync
)

// Outbox states. An op stays in the outbox after its push: pending ops are pushed; applied and
// already_applied ones are done; conflict and rejected ones wait for a person; resolved ones
// were settled by a person (and, for "keep mine", re-queued under a new op id).
const (
	OpStatePending        = "pending"
	OpStateApplied        = "applied"
	OpStateAlreadyApplied = "already_applied"
	OpStateConflict       = "conflict"
	OpStateRejected       = "rejected"
	OpStateResolved       = "resolved"
)

// Change kinds of RemoteChange, the same words as the wire protocol's.
const (
	ChangeRequest  = "request"
	ChangeStatus   = "status"
	ChangeNote     = "note"
	ChangeVisit    = "visit"
	ChangeDecision = "decision"
	ChangeFlag     = "flag"
	ChangeIssue    = "issue"
)

// RemoteChange is one change pulled from the center, in the store's terms: the sync client
// converts the wire form, so that the store does not depend on the protocol package.
// Exactly one payload is set, the one Kind names (a status change carries Request).
type RemoteChange struct {
	Seq              int64
	Kind             string
	Entity, EntityID string
	Version          int64
	At               time.Time
	// OpID names the op that caused the change; when it is one of ours the change is our
	// own edit coming back and only its version is taken.
	OpID, Actor, Device string

	Request    *tafkik.Request
	StatusFrom tafkik.Status
	StatusNote string
	Note       *tafkik.Note
	Visit      *tafkik.Visit
	Decision   *tafkik.Decision
	Flag       *tafkik.Flag // Agency, DecidedBy, DecidedAt
	FlagNote   string
	Issue      *tafkik.Issue // ID, Title, Status, Version
}

// ApplyResult counts what ApplyChanges did with a page.
type ApplyResult struct {
	Applied int // changes written
	Own     int // echoes of this device's own ops: only their version was taken
	Stale   int // at or before the stored cursor: a page delivered twice
	Skipped int // could not apply (e.g. a decision naming an unknown request); audited
}

// SyncCursor returns the seq of the last change applied (0 for a fresh database).
func (db *DB) SyncCursor(ctx context.Context) (int64, error) {
	v, err := db.Meta(ctx, MetaSyncCursor)
	if err != nil || v == "" {
		return 0, err
	}
	return strconv.ParseInt(v, 10, 64)
}

// ApplyChanges applies one page of the district's changes feed and stores the new cursor in
// the same transaction, so that a pull interrupted anywhere resumes from the last whole page
// and never applies a change twice. Changes at or before the stored cursor are skipped.
// Pulled changes are other devices' edits: they are audited but never queued in the outbox.
// A field that a pending local op changes keeps the local value until that op is answered
// (only the version moves), so a pull never silently undoes an edit not yet pushed.
func (db *DB) ApplyChanges(ctx context.Context, changes []RemoteChange, cursor int64) (ApplyResult, error) {
	var res ApplyResult
	tx, err := db.begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	var curS string
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT value FROM meta WHERE key = ?), '0')`,
		MetaSyncCursor).Scan(&curS); err != nil {
		return res, err
	}
	cur, _ := strconv.ParseInt(curS, 10, 64)
	a := &applier{db: db, tx: tx}
	if err := a.loadPending(ctx); err != nil {
		return res, err
	}
	for i := range changes {
		ch := &changes[i]
		if ch.Seq <= cur {
			res.Stale++
			continue
		}
		if err := a.apply(ctx, ch, &res); err != nil {
			return ApplyResult{}, fmt.Errorf("change %d (%s %s): %w", ch.Seq, ch.Kind, ch.EntityID, err)
		}
	}
	if err := a.flush(ctx); err != nil {
		return ApplyResult{}, err
	}
	if cursor > cur {
		if err := setMeta(ctx, tx, MetaSyncCursor, strconv.FormatInt(cursor, 10)); err != nil {
			return ApplyResult{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return ApplyResult{}, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// applier holds the state of one ApplyChanges transaction.
type applier struct {
	db *DB
	tx *sql.Tx
	// pending marks entities with a pending local op that changes their state fields:
	// "request\x00id", "issue\x00id", "flag\x00requestID".
	pending map[string]bool
	// reqs batches consecutive request upserts (the bulk of a first sync) into one
	// upsertRequests call; any other change flushes it first to keep the feed's order.
	reqs []tafkik.Request
	own  *sql.Stmt
}

func (a *applier) loadPending(ctx context.Context) error {
	a.pending = map[string]bool{}
	rows, err := a.tx.QueryContext(ctx, `SELECT kind, entity, entity_id FROM outbox WHERE state = ?`, OpStatePending)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, entity, id string
		if err := rows.Scan(&kind, &entity, &id); err != nil {
			return err
		}
		switch tafkik.OpKind(kind) {
		case tafkik.OpSetStatus, tafkik.OpSetIssueInfo:
			a.pending[entity+"\x00"+id] = true
		case tafkik.OpDecideFlag:
			a.pending["flag\x00"+id] = true
		}
	}
	return rows.Err()
}

func (a *applier) isOwn(ctx context.Context, opID string) (bool, error) {
	if opID == "" {
		return false, nil
	}
	if a.own == nil {
		var err error
		if a.own, err = a.tx.PrepareContext(ctx, `SELECT COUNT(*) FROM outbox WHERE op_id = ?`); err != nil {
			return false, err
		}
	}
	var n int
	err := a.own.QueryRowContext(ctx, opID).Scan(&n)
	return n > 0, err
}

func (a *applier) flush(ctx context.Context) error {
	if len(a.reqs) == 0 {
		return nil
	}
	_, err := upsertRequests(ctx, a.tx, a.reqs)
	a.reqs = a.reqs[:0]
	return err
}

// bumpVersion takes a newer server version without touching anything else.
func (a *applier) bumpVersion(ctx context.Context, entity, id string, v int64) error {
	table := map[string]string{"request": "requests", "issue": "issues"}[entity]
	if table == "" || v == 0 {
		return nil
	}
	_, err := a.tx.ExecContext(ctx, `UPDATE `+table+` SET version = ? WHERE id = ? AND version < ?`, v, id, v)
	return err
}

func (a *applier) apply(ctx context.Context, ch *RemoteChange, res *ApplyResult) error {
	own, err := a.isOwn(ctx, ch.OpID)
	if err != nil {
		return err
	}
	if own {
		if err := a.flush(ctx); err != nil {
			return err
		}
		res.Own++
		return a.bumpVersion(ctx, ch.Entity, ch.EntityID, ch.Version)
	}
	if ch.Kind == ChangeRequest || ch.Kind == ChangeStatus {
		if ch.Request == nil {
			return fmt.Errorf("%w: %s change without its request", ErrInvalid, ch.Kind)
		}
		r := *ch.Request
		if a.pending["request\x00"+r.ID] {
			// Keep the local status until our own op is answered; remember the center's in
			// case our op turns out to have been applied before this change.
			if err := setShadow(ctx, a.tx, "request", r.ID, shadow{Seq: ch.Seq, Status: r.Status, Version: r.Version}); err != nil {
				return err
			}
			r.Status = ""
		}
		a.reqs = append(a.reqs, r)
		res.Applied++
		if ch.Kind == ChangeRequest {
			return nil
		}
		// The status move is audited like a local one, under the remote actor's name.
		if err := a.flush(ctx); err != nil {
			return err
		}
		if err := insertEvent(ctx, a.tx, tafkik.Event{At: ch.At, Actor: ch.Actor, Entity: "request", EntityID: r.ID,
			Action: "status", Before: jsonString(statusFields{Status: ch.StatusFrom}),
			After: jsonString(statusFields{Status: ch.Request.Status, Note: ch.StatusNote})}); err != nil {
			return err
		}
		if strings.TrimSpace(ch.StatusNote) != "" {
			n := tafkik.Note{ID: remoteID("status-note", ch), Author: ch.Actor, Text: ch.StatusNote, CreatedAt: ch.At}
			return insertNote(ctx, a.tx, "request", r.ID, n)
		}
		return nil
	}
	if err := a.flush(ctx); err != nil {
		return err
	}
	switch ch.Kind {
	case ChangeNote:
		if ch.Note == nil {
			return fmt.Errorf("%w: note change without its note", ErrInvalid)
		}
		entity, id, err := noteTarget(*ch.Note)
		if err != nil {
			return err
		}
		res.Applied++
		return insertNote(ctx, a.tx, entity, id, *ch.Note)
	case ChangeVisit:
		if ch.Visit == nil {
			return fmt.Errorf("%w: visit change without its visit", ErrInvalid)
		}
		if err := insertVisit(ctx, a.tx, *ch.Visit); err != nil {
			return err
		}
		res.Applied++
		_, err := a.tx.ExecContext(ctx, `UPDATE issues SET touched = 1 WHERE id = ?`, ch.Visit.IssueID)
		return err
	case ChangeDecision:
		if ch.Decision == nil {
			return fmt.Errorf("%w: decision change without its decision", ErrInvalid)
		}
		d := *ch.Decision
		return a.guarded(ctx, ch, res, func() error {
			applied, err := a.db.applyDecision(ctx, a.tx, d)
			if err != nil || !applied {
				return err
			}
			return insertEvent(ctx, a.tx, tafkik.Event{At: d.At, Actor: d.Actor, Entity: "decision", EntityID: d.ID,
				Action: string(d.Kind), After: jsonString(d)})
		})
	case ChangeFlag:
		if ch.Flag == nil {
			return fmt.Errorf("%w: flag change without its flag", ErrInvalid)
		}
		f := *ch.Flag
		if a.pending["flag\x00"+f.RequestID] {
			res.Applied++
			// Our own pending decision goes to the center next; whichever the center took
			// last wins (see settleShadow).
			return setShadow(ctx, a.tx, "flag", f.RequestID, shadow{Seq: ch.Seq, Agency: f.Agency, By: f.DecidedBy, At: f.DecidedAt})
		}
		return a.guarded(ctx, ch, res, func() error {
			if err := mustExist(ctx, a.tx, "request", f.RequestID); err != nil {
				return err
			}
			if err := applyFlagDecision(ctx, a.tx, f.RequestID, f.Agency, f.DecidedBy, formatTime(f.DecidedAt)); err != nil {
				return err
			}
			if err := insertEvent(ctx, a.tx, tafkik.Event{At: ch.At, Actor: f.DecidedBy, Entity: "flag", EntityID: f.RequestID,
				Action: "decide", After: jsonString(flagDecision{Agency: f.Agency, Note: ch.FlagNote})}); err != nil {
				return err
			}
			if strings.TrimSpace(ch.FlagNote) == "" {
				return nil
			}
			return insertNote(ctx, a.tx, "request", f.RequestID, tafkik.Note{ID: remoteID("flag-note", ch),
				Author: f.DecidedBy, Text: ch.FlagNote, CreatedAt: f.DecidedAt})
		})
	case ChangeIssue:
		if ch.Issue == nil {
			return fmt.Errorf("%w: issue change without its issue", ErrInvalid)
		}
		res.Applied++
		return a.applyIssue(ctx, ch)
	default:
		// A newer center may send kinds this version does not know; skipping them keeps the
		// feed moving, and the audit trail says what was skipped.
		res.Skipped++
		return insertEvent(ctx, a.tx, tafkik.Event{At: a.db.Now(), Actor: "sync", Entity: "sync", EntityID: strconv.FormatInt(ch.Seq, 10),
			Action: "skip", After: jsonString(map[string]string{"kind": ch.Kind, "reason": "unknown change kind"})})
	}
}

// guarded applies one change inside a savepoint: a change that cannot apply here (a decision
// naming a request this device never received) is skipped and audited instead of blocking
// every later change of the feed.
func (a *applier) guarded(ctx context.Context, ch *RemoteChange, res *ApplyResult, f func() error) error {
	if _, err := a.tx.ExecContext(ctx, `SAVEPOINT change`); err != nil {
		return err
	}
	err := f()
	if err == nil {
		res.Applied++
		_, err = a.tx.ExecContext(ctx, `RELEASE change`)
		return err
	}
	if !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrInvalid) {
		return err
	}
	if _, rerr := a.tx.ExecContext(ctx, `ROLLBACK TO change`); rerr != nil {
		return rerr
	}
	if _, rerr := a.tx.ExecContext(ctx, `RELEASE change`); rerr != nil {
		return rerr
	}
	res.Skipped++
	return insertEvent(ctx, a.tx, tafkik.Event{At: a.db.Now(), Actor: "sync", Entity: "sync", EntityID: strconv.FormatInt(ch.Seq, 10),
		Action: "skip", After: jsonString(map[string]string{"kind": ch.Kind, "reason": err.Error()})})
}

func (a *applier) applyIssue(ctx context.Context, ch *RemoteChange) error {
	is := ch.Issue
	var cur, title string
	var version int64
	err := a.tx.QueryRowContext(ctx, `SELECT status, title, version FROM issues WHERE id = ?`, is.ID).Scan(&cur, &title, &version)
	if errors.Is(err, sql.ErrNoRows) {
		// An issue another device named first: keep it (touched) until triage places members in it.
		district, _ := metaTx(ctx, a.tx, MetaDistrict)
		st := is.Status
		if st == "" {
			st = tafkik.StatusNew
		}
		_, err = a.tx.ExecContext(ctx, `INSERT INTO issues (id, district, title, status, version, updated_at, touched)
			VALUES (?, ?, ?, ?, ?, ?, 1)`, is.ID, district, is.Title, string(st), is.Version, formatTime(ch.At))
		return err
	}
	if err != nil {
		return err
	}
	if a.pending["issue\x00"+is.ID] {
		if err := setShadow(ctx, a.tx, "issue", is.ID, shadow{Seq: ch.Seq, Status: is.Status, Title: is.Title, Version: is.Version}); err != nil {
			return err
		}
		return a.bumpVersion(ctx, "issue", is.ID, is.Version)
	}
	if is.Title != "" {
		title = is.Title
	}
	if is.Status != "" && string(is.Status) != cur {
		if err := insertEvent(ctx, a.tx, tafkik.Event{At: ch.At, Actor: ch.Actor, Entity: "issue", EntityID: is.ID,
			Action: "status", Before: jsonString(statusFields{Status: tafkik.Status(cur)}),
			After: jsonString(statusFields{Status: is.Status})}); err != nil {
			return err
		}
		cur = string(is.Status)
	}
	_, err = a.tx.ExecContext(ctx, `UPDATE issues SET title = ?, status = ?, version = MAX(version, ?), updated_at = ?,
		touched = 1 WHERE id = ?`, title, cur, is.Version, formatTime(ch.At), is.ID)
	return err
}

// remoteID derives a stable id for a row a change implies (the note that came with a status
// move), so that the same change always yields the same row.
func remoteID(prefix string, ch *RemoteChange) string {
	if ch.OpID != "" {
		return prefix + ":" + ch.OpID
	}
	return prefix + ":seq:" + strconv.FormatInt(ch.Seq, 10)
}

func metaTx(ctx context.Context, tx *sql.Tx, key string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// PendingOps returns up to limit ops waiting to be pushed, oldest first.
func (db *DB) PendingOps(ctx context.Context, limit int) ([]tafkik.Op, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+opCols+` FROM outbox WHERE state = ? ORDER BY seq LIMIT ?`,
		OpStatePending, limit)
	if err != nil {
		return nil, fmt.Errorf("pending ops: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Op
	for rows.Next() {
		op, err := scanOp(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, op)
	}
	return out, rows.Err()
}

// PendingCount is the number of ops waiting to be pushed.
func (db *DB) PendingCount(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE state = ?`, OpStatePending).Scan(&n)
	return n, err
}

const opCols = `op_id, kind, entity, entity_id, base_version, fields, actor, device, created_at`

func scanOp(s scanner) (tafkik.Op, error) {
	var op tafkik.Op
	var kind, fields, at string
	if err := s.Scan(&op.ID, &kind, &op.Entity, &op.EntityID, &op.BaseVersion, &fields, &op.Actor, &op.Device, &at); err != nil {
		return op, err
	}
	op.Kind, op.Fields, op.CreatedAt = tafkik.OpKind(kind), json.RawMessage(fields), parseTime(at)
	return op, nil
}

// OpResult is the center's answer to one pushed op, in the store's terms.
type OpResult struct {
	OpID    string           `json:"op_id"`
	Outcome tafkik.OpOutcome `json:"outcome"`
	Version int64            `json:"version,omitempty"` // entity version after the op, or the server's on a conflict
	Status  tafkik.Status    `json:"status,omitempty"`  // the server's status, on a conflict
	Title   string           `json:"title,omitempty"`   // the server's issue title, on a conflict
	Reason  string           `json:"reason,omitempty"`
	Seq     int64            `json:"seq,omitempty"` // the feed position of the change the op produced, if any
}

// RecordOpResults stores the center's answers to a pushed batch in one transaction. Applied
// and already-applied ops are done; a conflict or a rejection is kept for a person, and on a
// conflict (or a rejection that says the server's status) the local row takes the server's
// value (the op keeps ours, for "keep mine").
// An answer for an op that is no longer pending (a batch answered twice) changes nothing.
func (db *DB) RecordOpResults(ctx context.Context, results []OpResult) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := formatTime(db.Now())
	for _, r := range results {
		var seq int64
		var state string
		op, err := scanOpSeq(tx.QueryRowContext(ctx, `SELECT seq, state, `+opCols+` FROM outbox WHERE op_id = ?`, r.OpID), &seq, &state)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("result for unknown op %s: %w", r.OpID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if state != OpStatePending {
			continue
		}
		var newState string
		switch r.Outcome {
		case tafkik.OpApplied, tafkik.OpAlreadyApplied:
			newState = string(r.Outcome)
			if r.Version > 0 {
				if err := takeVersion(ctx, tx, op, seq, r.Version); err != nil {
					return err
				}
			}
			if err := db.carryStatusNote(ctx, tx, op, r); err != nil {
				return err
			}
		case tafkik.OpConflict:
			newState = OpStateConflict
			if err := takeServerValue(ctx, tx, op, seq, r, now); err != nil {
				return err
			}
			if err := db.carryStatusNote(ctx, tx, op, r); err != nil {
				return err
			}
		case tafkik.OpRejected:
			newState = OpStateRejected
			if r.Status != "" {
				if err := takeServerValue(ctx, tx, op, seq, r, now); err != nil {
					return err
				}
			}
			if err := db.carryStatusNote(ctx, tx, op, r); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%w: outcome %q for op %s", ErrInvalid, r.Outcome, r.OpID)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = ?, result = ?, attempts = attempts + 1,
			last_error = '', pushed_at = ? WHERE op_id = ?`, newState, jsonString(r), now, r.OpID); err != nil {
			return err
		}
		if err := settleShadow(ctx, tx, op, r, now); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func scanOpSeq(row *sql.Row, seq *int64, state *string) (tafkik.Op, error) {
	var op tafkik.Op
	var kind, fields, at string
	err := row.Scan(seq, state, &op.ID, &kind, &op.Entity, &op.EntityID, &op.BaseVersion, &fields, &op.Actor, &op.Device, &at)
	op.Kind, op.Fields, op.CreatedAt = tafkik.OpKind(kind), json.RawMessage(fields), parseTime(at)
	return op, err
}

// carryStatusNote re-sends the note of a status change as a note of its own when the center
// did not record the note with the change: an issue's status travels as set_issue_info, which
// has no note; a request already in the target status produces no change (Seq 0); and a
// status change in conflict or rejected still says something worth keeping (notes never
// conflict), while the status itself waits for a person.
// The follow-up op and its note id derive from the op id, so an answer recorded twice
// queues one note, and the device that wrote it recognises the echo as its own.
func (db *DB) carryStatusNote(ctx context.Context, tx *sql.Tx, op tafkik.Op, r OpResult) error {
	applied := r.Outcome == tafkik.OpApplied || r.Outcome == tafkik.OpAlreadyApplied
	if op.Kind != tafkik.OpSetStatus || (op.Entity == "request" && applied && r.Seq != 0) {
		return nil
	}
	var f statusFields
	if err := json.Unmarshal(op.Fields, &f); err != nil || strings.TrimSpace(f.Note) == "" {
		return nil
	}
	n := tafkik.Note{ID: "status-note:" + op.ID, Author: op.Actor, Text: f.Note, CreatedAt: op.CreatedAt}
	if op.Entity == "issue" {
		n.IssueID = op.EntityID
	} else {
		n.RequestID = op.EntityID
	}
	body, err := json.Marshal(map[string]any{"note": n})
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO outbox (op_id, kind, entity, entity_id, base_version, fields,
		actor, device, created_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT(op_id) DO NOTHING`,
		uuid.NewSHA1(uuid.NameSpaceOID, []byte("status-note:"+op.ID)).String(), string(tafkik.OpAddNote),
		op.Entity, op.EntityID, string(body), op.Actor, db.Device, formatTime(db.Now()))
	return err
}

// takeVersion records the version the center gave our op. Later pending ops on the same
// entity that were made on top of it (same base version) are rebased onto it: they follow our
// own change, not a change by someone else, and must not conflict with it.
func takeVersion(ctx context.Context, tx *sql.Tx, op tafkik.Op, seq, v int64) error {
	table := map[string]string{"request": "requests", "issue": "issues"}[op.Entity]
	if table == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET version = ? WHERE id = ? AND version < ?`, v, op.EntityID, v); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE outbox SET base_version = ? WHERE state = ? AND entity = ? AND entity_id = ?
		AND seq > ? AND base_version = ?`, v, OpStatePending, op.Entity, op.EntityID, seq, op.BaseVersion)
	return err
}

// takeServerValue shows the server's value locally after a conflict, unless a later pending
// op of ours changes the same field again (it will meet the same conflict and be kept too).
func takeServerValue(ctx context.Context, tx *sql.Tx, op tafkik.Op, seq int64, r OpResult, now string) error {
	table := map[string]string{"request": "requests", "issue": "issues"}[op.Entity]
	if table == "" {
		return nil
	}
	var later int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE state = ? AND entity = ? AND entity_id = ?
		AND seq > ? AND kind IN (?, ?)`, OpStatePending, op.Entity, op.EntityID, seq,
		string(tafkik.OpSetStatus), string(tafkik.OpSetIssueInfo)).Scan(&later); err != nil {
		return err
	}
	if r.Version > 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET version = ? WHERE id = ? AND version < ?`,
			r.Version, op.EntityID, r.Version); err != nil {
			return err
		}
	}
	if later > 0 {
		return nil
	}
	if r.Status != "" && r.Status.Valid() {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET status = ?, updated_at = ? WHERE id = ?`,
			string(r.Status), now, op.EntityID); err != nil {
			return err
		}
	}
	if r.Title != "" && table == "issues" {
		if _, err := tx.ExecContext(ctx, `UPDATE issues SET title = ? WHERE id = ?`, r.Title, op.EntityID); err != nil {
			return err
		}
	}
	return nil
}

// shadow is the center's value of something a pending local op holds back from a pull: the
// local row keeps our value until our op is answered, and the answer says which came last.
// Shadows live in meta ("sync.shadow.<kind>.<id>"); there are only ever a few.
type shadow struct {
	Seq     int64         `json:"seq"` // feed position of the held-back change
	Status  tafkik.Status `json:"status,omitempty"`
	Title   string        `json:"title,omitempty"`
	Version int64         `json:"version,omitempty"`
	Agency  tafkik.Agency `json:"agency,omitempty"`
	By      string        `json:"by,omitempty"`
	At      time.Time     `json:"at,omitzero"`
}

func shadowKey(kind, id string) string { return "sync.shadow." + kind + "." + id }

func setShadow(ctx context.Context, tx *sql.Tx, kind, id string, sh shadow) error {
	return setMeta(ctx, tx, shadowKey(kind, id), jsonString(sh))
}

// settleShadow runs once an op is answered. If a pull held back a change of the same thing,
// the center's order decides: when our op came after that change (its Seq is later), ours
// stands; otherwise — our op was applied before it (its answer had been lost), produced no
// change, or was refused — the held-back value is shown, once no other op of ours on the
// same thing is still pending.
func settleShadow(ctx context.Context, tx *sql.Tx, op tafkik.Op, r OpResult, now string) error {
	kind, table := "", ""
	switch {
	case op.Kind == tafkik.OpDecideFlag:
		kind = "flag"
	case (op.Kind == tafkik.OpSetStatus || op.Kind == tafkik.OpSetIssueInfo) && op.Entity == "request":
		kind, table = "request", "requests"
	case (op.Kind == tafkik.OpSetStatus || op.Kind == tafkik.OpSetIssueInfo) && op.Entity == "issue":
		kind, table = "issue", "issues"
	default:
		return nil
	}
	key := shadowKey(kind, op.EntityID)
	raw, err := metaTx(ctx, tx, key)
	if err != nil || raw == "" {
		return err
	}
	var sh shadow
	if err := json.Unmarshal([]byte(raw), &sh); err != nil {
		_, err = tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, key)
		return err
	}
	applied := r.Outcome == tafkik.OpApplied || r.Outcome == tafkik.OpAlreadyApplied
	if applied && r.Seq > sh.Seq {
		_, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, key)
		return err
	}
	kinds := []any{string(tafkik.OpSetStatus), string(tafkik.OpSetIssueInfo)}
	entity := op.Entity
	if kind == "flag" {
		kinds, entity = []any{string(tafkik.OpDecideFlag), string(tafkik.OpDecideFlag)}, "request"
	}
	var others int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE state = ? AND entity = ? AND entity_id = ?
		AND kind IN (?, ?)`, append([]any{OpStatePending, entity, op.EntityID}, kinds...)...).Scan(&others); err != nil {
		return err
	}
	if others > 0 {
		return nil // the next answer settles it
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, key); err != nil {
		return err
	}
	if !applied && kind != "flag" {
		return nil // a conflict or rejection already showed the center's current value
	}
	switch kind {
	case "flag":
		return applyFlagDecision(ctx, tx, op.EntityID, sh.Agency, sh.By, formatTime(sh.At))
	case "issue":
		_, err = tx.ExecContext(ctx, `UPDATE issues SET status = ?, title = CASE WHEN ? = '' THEN title ELSE ? END,
			version = MAX(version, ?), updated_at = ?, touched = 1 WHERE id = ?`, string(sh.Status), sh.Title, sh.Title, sh.Version, now, op.EntityID)
	default:
		_, err = tx.ExecContext(ctx, `UPDATE `+table+` SET status = ?, version = MAX(version, ?), updated_at = ? WHERE id = ?`,
			string(sh.Status), sh.Version, now, op.EntityID)
	}
	return err
}

// RecordPushFailure notes a failed push attempt on ops that stay pending (for diagnostics).
func (db *DB) RecordPushFailure(ctx context.Context, opIDs []string, reason string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := formatTime(db.Now())
	for _, id := range opIDs {
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, pushed_at = ?
			WHERE op_id = ? AND state = ?`, reason, now, id, OpStatePending); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Conflict is an op the center did not take: a conflict (someone changed the same thing
// first) or a rejection (the center refused it, with a reason). It waits for a person.
type Conflict struct {
	Op      tafkik.Op
	Outcome tafkik.OpOutcome // conflict or rejected
	Server  OpResult         // the center's answer: its version, status, title, reason
	// Attempts counts pushes of the op.
	Attempts int
}

// Conflicts returns the ops waiting for a person, oldest first.
func (db *DB) Conflicts(ctx context.Context) ([]Conflict, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT state, result, attempts, `+opCols+` FROM outbox
		WHERE state IN (?, ?) ORDER BY seq`, OpStateConflict, OpStateRejected)
	if err != nil {
		return nil, fmt.Errorf("conflicts: %w", err)
	}
	defer rows.Close()
	var out []Conflict
	for rows.Next() {
		var c Conflict
		var state, result, kind, fields, at string
		if err := rows.Scan(&state, &result, &c.Attempts, &c.Op.ID, &kind, &c.Op.Entity, &c.Op.EntityID,
			&c.Op.BaseVersion, &fields, &c.Op.Actor, &c.Op.Device, &at); err != nil {
			return nil, err
		}
		c.Op.Kind, c.Op.Fields, c.Op.CreatedAt = tafkik.OpKind(kind), json.RawMessage(fields), parseTime(at)
		c.Outcome = tafkik.OpOutcome(state)
		_ = json.Unmarshal([]byte(result), &c.Server)
		out = append(out, c)
	}
	return out, rows.Err()
}

// ResolveConflict settles a conflict or a rejection. keepMine re-queues the same edit as a
// new op (a new id: the center remembers the old one's answer) based on the server's version,
// and shows it locally again; otherwise the server's value, already shown, stays.
// The old op is kept, marked resolved, with a pointer to its replacement.
func (db *DB) ResolveConflict(ctx context.Context, actor, opID string, keepMine bool) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var seq int64
	var state, result string
	op, err := scanOpSeq(tx.QueryRowContext(ctx, `SELECT seq, state, `+opCols+` FROM outbox WHERE op_id = ?`, opID), &seq, &state)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("op %s: %w", opID, ErrNotFound)
	}
	if err != nil {
		return err
	}
	if state != OpStateConflict && state != OpStateRejected {
		return fmt.Errorf("op %s is %s, not waiting for a person: %w", opID, state, ErrInvalid)
	}
	if err := tx.QueryRowContext(ctx, `SELECT result FROM outbox WHERE op_id = ?`, opID).Scan(&result); err != nil {
		return err
	}
	var server OpResult
	_ = json.Unmarshal([]byte(result), &server)
	now := db.Now()
	resolution, requeued := "theirs", ""
	if keepMine {
		resolution, requeued = "mine", uuid.NewString()
		base := server.Version
		if table := map[string]string{"request": "requests", "issue": "issues"}[op.Entity]; table != "" {
			var local int64
			err := tx.QueryRowContext(ctx, `SELECT version FROM `+table+` WHERE id = ?`, op.EntityID).Scan(&local)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			base = max(base, local)
			if err := showMine(ctx, tx, table, op, formatTime(now)); err != nil {
				return err
			}
		}
		if base == 0 {
			base = op.BaseVersion
		}
		fields := op.Fields
		if op.Kind == tafkik.OpSetStatus {
			// Its note went to the center on its own when the conflict was recorded.
			var f statusFields
			if err := json.Unmarshal(op.Fields, &f); err == nil && f.Note != "" {
				f.Note = ""
				fields, _ = json.Marshal(f)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO outbox (op_id, kind, entity, entity_id, base_version, fields,
			actor, device, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, requeued, string(op.Kind), op.Entity,
			op.EntityID, base, string(fields), op.Actor, db.Device, formatTime(now)); err != nil {
			return fmt.Errorf("requeue: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = ?, resolution = ?, resolved_at = ?, requeued_as = ?
		WHERE op_id = ?`, OpStateResolved, resolution, formatTime(now), requeued, opID); err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: now, Actor: actor, Entity: op.Entity, EntityID: op.EntityID,
		Action: "resolve", Before: jsonString(map[string]any{"op": op.ID, "outcome": state, "server": server}),
		After: jsonString(map[string]string{"resolution": resolution, "requeued_as": requeued})}); err != nil {
		return err
	}
	return tx.Commit()
}

// showMine puts a re-queued edit's value back on the local row.
func showMine(ctx context.Context, tx *sql.Tx, table string, op tafkik.Op, now string) error {
	var f struct {
		Status tafkik.Status `json:"status"`
		Title  string        `json:"title"`
	}
	if op.Kind != tafkik.OpSetStatus && op.Kind != tafkik.OpSetIssueInfo {
		return nil
	}
	if err := json.Unmarshal(op.Fields, &f); err != nil {
		return fmt.Errorf("op %s fields: %w", op.ID, err)
	}
	if f.Status.Valid() {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET status = ?, updated_at = ? WHERE id = ?`,
			string(f.Status), now, op.EntityID); err != nil {
			return err
		}
	}
	if f.Title != "" && table == "issues" {
		if _, err := tx.ExecContext(ctx, `UPDATE issues SET title = ? WHERE id = ?`, f.Title, op.EntityID); err != nil {
			return err
		}
	}
	return nil
}

// OutboxEntry is one op of the outbox with what came of it.
type OutboxEntry struct {
	Op         tafkik.Op
	State      string   // pending, applied, already_applied, conflict, rejected, resolved
	Result     OpResult // the center's answer, once there is one
	Attempts   int
	LastError  string // why the last push attempt failed, for an op still pending
	Resolution string // mine or theirs, for a resolved op
	RequeuedAs string // the op that carries "keep mine"
}

// Outbox lists every op this device wrote, oldest first: what it sent and what came of it.
func (db *DB) Outbox(ctx context.Context) ([]OutboxEntry, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT state, result, attempts, last_error, resolution, requeued_as, `+opCols+`
		FROM outbox ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	defer rows.Close()
	var out []OutboxEntry
	for rows.Next() {
		var e OutboxEntry
		var result, kind, fields, at string
		if err := rows.Scan(&e.State, &result, &e.Attempts, &e.LastError, &e.Resolution, &e.RequeuedAs,
			&e.Op.ID, &kind, &e.Op.Entity, &e.Op.EntityID, &e.Op.BaseVersion, &fields, &e.Op.Actor, &e.Op.Device, &at); err != nil {
			return nil, err
		}
		e.Op.Kind, e.Op.Fields, e.Op.CreatedAt = tafkik.OpKind(kind), json.RawMessage(fields), parseTime(at)
		if result != "" {
			_ = json.Unmarshal([]byte(result), &e.Result)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
