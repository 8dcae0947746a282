package center

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// ApplyOps applies a batch in one transaction. Each op is first looked up by id: a known op
// gets its first result again (applied becomes already_applied), so a batch delivered twice
// changes nothing the second time.
func (db *DB) ApplyOps(ctx context.Context, district string, ops []tafkik.Op) ([]protocol.OpResult, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	now := db.Now().UTC()
	fd, err := newFeed(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer fd.close()
	results := make([]protocol.OpResult, 0, len(ops))
	for _, op := range ops {
		res, err := applyOne(ctx, tx, fd, district, op, now)
		if err != nil {
			return nil, fmt.Errorf("op %s: %w", op.ID, err)
		}
		results = append(results, res)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return results, nil
}

func applyOne(ctx context.Context, tx *sql.Tx, fd *feed, district string, op tafkik.Op, now time.Time) (protocol.OpResult, error) {
	var stored string
	err := tx.QueryRowContext(ctx, `SELECT result FROM ops WHERE district = ? AND id = ?`, district, op.ID).Scan(&stored)
	if err == nil {
		var res protocol.OpResult
		if err := json.Unmarshal([]byte(stored), &res); err != nil {
			return res, err
		}
		if res.Outcome == tafkik.OpApplied {
			res.Outcome = tafkik.OpAlreadyApplied
		}
		return res, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return protocol.OpResult{}, err
	}
	a := applier{ctx: ctx, tx: tx, feed: fd, district: district, op: op, now: now}
	res, err := a.apply()
	if err != nil {
		return res, err
	}
	res.OpID = op.ID
	body, err := json.Marshal(res)
	if err != nil {
		return res, err
	}
	if op.ID != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO ops (district, id, kind, result, received_at) VALUES (?, ?, ?, ?, ?)`,
			district, op.ID, string(op.Kind), string(body), fmtTime(now)); err != nil {
			return res, err
		}
	}
	return res, nil
}

// applier applies one op inside the batch's transaction. A refusal is a result (rejected or
// conflict), not an error; an error aborts the whole batch so that nothing is half-applied.
type applier struct {
	ctx      context.Context
	tx       *sql.Tx
	feed     *feed
	district string
	op       tafkik.Op
	now      time.Time
}

func rejected(format string, a ...any) protocol.OpResult {
	return protocol.OpResult{Outcome: tafkik.OpRejected, Reason: fmt.Sprintf(format, a...)}
}

func (a *applier) apply() (protocol.OpResult, error) {
	fields, err := protocol.DecodeOp(a.op)
	if err != nil {
		return rejected("%v", err), nil
	}
	switch f := fields.(type) {
	case *protocol.SetStatusFields:
		if a.op.Entity == "issue" {
			return a.setIssueInfo(&protocol.SetIssueInfoFields{Status: f.Status})
		}
		return a.setStatus(f)
	case *protocol.AddNoteFields:
		return a.addNote(f)
	case *protocol.AddVisitFields:
		return a.addVisit(f)
	case *protocol.DecideGroupFields:
		return a.decideGroup(f)
	case *protocol.DecideFlagFields:
		return a.decideFlag(f)
	case *protocol.SetIssueInfoFields:
		return a.setIssueInfo(f)
	}
	return rejected("kind %s is not applied by this center", a.op.Kind), nil
}

// request loads the op's request, refusing one of another district as unknown.
func (a *applier) request(id string) (requestRow, *protocol.OpResult, error) {
	r, err := getRequest(a.ctx, a.tx, id)
	if errors.Is(err, ErrNotFound) || (err == nil && r.req.District != a.district) {
		res := rejected("unknown request %s in district %s", id, a.district)
		return r, &res, nil
	}
	return r, nil, err
}

func (a *applier) change(c protocol.Change) (int64, error) {
	c.At, c.OpID, c.Device, c.Actor = a.now, a.op.ID, a.op.Device, a.op.Actor
	return a.feed.append(a.ctx, a.district, c)
}

func (a *applier) setStatus(f *protocol.SetStatusFields) (protocol.OpResult, error) {
	r, refused, err := a.request(a.op.EntityID)
	if refused != nil || err != nil {
		return deref(refused), err
	}
	cur := r.req
	if res, ok := judgeStatus(cur.Status, cur.Version, r.statusVersion, a.op.BaseVersion, f.Status); !ok {
		res.Version, res.Status = cur.Version, cur.Status
		return res, nil
	}
	if cur.Status == f.Status {
		return protocol.OpResult{Outcome: tafkik.OpApplied, Version: cur.Version}, nil
	}
	from := cur.Status
	cur.Status, cur.Version, cur.UpdatedAt = f.Status, cur.Version+1, a.now
	if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET status = ?, version = ?, status_version = ?,
		status_note = ?, updated_at = ? WHERE id = ?`, string(cur.Status), cur.Version, cur.Version, f.Note,
		fmtTime(a.now), cur.ID); err != nil {
		return protocol.OpResult{}, err
	}
	w := protocol.FromRequest(cur)
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeStatus, Entity: "request", EntityID: cur.ID,
		Version: cur.Version, Request: &w, Status: &protocol.StatusChange{From: from, To: f.Status, Note: f.Note}})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Version: cur.Version, Seq: seq}, err
}

// judgeStatus decides whether a status move from a device whose copy was at base may go
// ahead against the center's (status, version, statusVersion). It is the conflict rule of
// the protocol: a move conflicts when the status moved on the center after base; reaching
// the status the center already has is never a conflict.
func judgeStatus(status tafkik.Status, version, statusVersion, base int64, to tafkik.Status) (protocol.OpResult, bool) {
	switch {
	case base > version:
		return rejected("base_version %d is ahead of the center's version %d", base, version), false
	case to == status:
		return protocol.OpResult{}, true
	case base < statusVersion:
		return protocol.OpResult{Outcome: tafkik.OpConflict, Version: version, Status: status,
			Reason: fmt.Sprintf("status moved to %s at version %d, after base version %d", status, statusVersion, base)}, false
	case !status.CanMoveTo(to):
		return rejected("status cannot move from %s to %s", status, to), false
	}
	return protocol.OpResult{}, true
}

func deref(r *protocol.OpResult) protocol.OpResult {
	if r == nil {
		return protocol.OpResult{}
	}
	return *r
}

func (a *applier) addNote(f *protocol.AddNoteFields) (protocol.OpResult, error) {
	n := f.Note
	n.RequestID, n.IssueID = "", ""
	if a.op.Entity == "request" {
		if _, refused, err := a.request(a.op.EntityID); refused != nil || err != nil {
			return deref(refused), err
		}
		n.RequestID = a.op.EntityID
	} else {
		n.IssueID = a.op.EntityID
	}
	if n.Author == "" {
		n.Author = a.op.Actor
	}
	if n.CreatedAt.IsZero() {
		n.CreatedAt = a.op.CreatedAt
	}
	res, err := a.tx.ExecContext(a.ctx, `INSERT INTO notes (district, id, request_id, issue_id, author, text, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, a.district, n.ID, n.RequestID, n.IssueID, n.Author,
		n.Text, fmtTime(n.CreatedAt))
	if err != nil {
		return protocol.OpResult{}, err
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return rejected("note %s exists already (sent by another op)", n.ID), nil
	}
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeNote, Entity: a.op.Entity, EntityID: a.op.EntityID, Note: &n})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Seq: seq}, err
}

func (a *applier) addVisit(f *protocol.AddVisitFields) (protocol.OpResult, error) {
	v := f.Visit
	v.IssueID = a.op.EntityID
	if v.Author == "" {
		v.Author = a.op.Actor
	}
	body, err := json.Marshal(v)
	if err != nil {
		return protocol.OpResult{}, err
	}
	res, err := a.tx.ExecContext(a.ctx, `INSERT INTO visits (district, id, issue_id, body) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, a.district, v.ID, v.IssueID, string(body))
	if err != nil {
		return protocol.OpResult{}, err
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return rejected("visit %s exists already (sent by another op)", v.ID), nil
	}
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeVisit, Entity: "issue", EntityID: v.IssueID, Visit: &v})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Seq: seq}, err
}

func (a *applier) decideGroup(f *protocol.DecideGroupFields) (protocol.OpResult, error) {
	d := f.Decision
	if d.Actor == "" {
		d.Actor = a.op.Actor
	}
	if d.At.IsZero() {
		d.At = a.op.CreatedAt
	}
	groups := make([]string, len(d.RequestIDs))
	for i, id := range d.RequestIDs {
		r, refused, err := a.request(id)
		if refused != nil || err != nil {
			return deref(refused), err
		}
		groups[i] = r.groupID
	}
	for _, id := range d.Others { // a split's others must be this district's too
		if _, refused, err := a.request(id); refused != nil || err != nil {
			return deref(refused), err
		}
	}
	body, err := json.Marshal(d)
	if err != nil {
		return protocol.OpResult{}, err
	}
	res, err := a.tx.ExecContext(a.ctx, `INSERT INTO decisions (district, id, body) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`, a.district, d.ID, string(body))
	if err != nil {
		return protocol.OpResult{}, err
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return rejected("decision %s exists already (sent by another op)", d.ID), nil
	}
	if err := a.regroup(d, groups); err != nil {
		return protocol.OpResult{}, err
	}
	entity := a.op.Entity
	if entity == "decision" {
		// The feed's entities are requests and issues; a decision travels as its own payload.
		entity = "issue"
	}
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeDecision, Entity: entity, EntityID: a.op.EntityID, Decision: &d})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Seq: seq}, err
}

// regroup keeps the center's duplicate groups (for Open311's duplicate_of) in line with a
// decision. The desktop's grouping is richer; the center only needs who is whose duplicate.
// "same" unites the named requests and their groups under the decision's id; "different"
// with others (a split) moves the named requests to a group of their own; without, it takes
// every named request but the first out of a group it shares with an earlier one.
func (a *applier) regroup(d tafkik.Decision, groups []string) error {
	switch d.Kind {
	case tafkik.DecisionSame:
		for _, g := range groups {
			if g == "" {
				continue
			}
			if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET group_id = ? WHERE group_id = ?`, d.ID, g); err != nil {
				return err
			}
		}
		for _, id := range d.RequestIDs {
			if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET group_id = ? WHERE id = ?`, d.ID, id); err != nil {
				return err
			}
		}
	case tafkik.DecisionDifferent:
		if len(d.Others) > 0 {
			// A split: the named requests leave together for a group of their own.
			for _, id := range d.RequestIDs {
				if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET group_id = ? WHERE id = ?`, d.ID, id); err != nil {
					return err
				}
			}
			return nil
		}
		seen := map[string]bool{}
		for i, id := range d.RequestIDs {
			g := groups[i]
			if g == "" {
				continue
			}
			if seen[g] {
				if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET group_id = '' WHERE id = ?`, id); err != nil {
					return err
				}
				continue
			}
			seen[g] = true
		}
	}
	return nil
}

func (a *applier) decideFlag(f *protocol.DecideFlagFields) (protocol.OpResult, error) {
	r, refused, err := a.request(a.op.EntityID)
	if refused != nil || err != nil {
		return deref(refused), err
	}
	if _, err := a.tx.ExecContext(a.ctx, `UPDATE requests SET agency = ? WHERE id = ?`, string(f.Agency), r.req.ID); err != nil {
		return protocol.OpResult{}, err
	}
	at := a.op.CreatedAt
	if at.IsZero() {
		at = a.now
	}
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeFlag, Entity: "request", EntityID: r.req.ID,
		Flag: &protocol.FlagDecision{RequestID: r.req.ID, Agency: f.Agency, Note: f.Note, DecidedBy: a.op.Actor, DecidedAt: at}})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Version: r.req.Version, Seq: seq}, err
}

func (a *applier) setIssueInfo(f *protocol.SetIssueInfoFields) (protocol.OpResult, error) {
	var is protocol.IssueInfo
	var statusVersion int64
	var updated string
	err := a.tx.QueryRowContext(a.ctx, `SELECT id, title, status, version, status_version, updated_at
		FROM issues WHERE district = ? AND id = ?`, a.district, a.op.EntityID).
		Scan(&is.ID, &is.Title, &is.Status, &is.Version, &statusVersion, &updated)
	isNew := errors.Is(err, sql.ErrNoRows)
	if err != nil && !isNew {
		return protocol.OpResult{}, err
	}
	if isNew {
		// Issues are born on the desktops (grouping); the center learns of one from its
		// first op and takes that op's view as the start.
		is = protocol.IssueInfo{ID: a.op.EntityID, Title: f.Title, Status: f.Status, Version: 1}
		if is.Status == "" {
			is.Status = tafkik.StatusNew
		}
		if _, err := a.tx.ExecContext(a.ctx, `INSERT INTO issues (district, id, title, status, version, status_version, updated_at)
			VALUES (?, ?, ?, ?, 1, 1, ?)`, a.district, is.ID, is.Title, string(is.Status), fmtTime(a.now)); err != nil {
			return protocol.OpResult{}, err
		}
	} else {
		next := is
		if f.Status != "" {
			res, ok := judgeStatus(is.Status, is.Version, statusVersion, a.op.BaseVersion, f.Status)
			if !ok {
				res.Version, res.Status, res.Title = is.Version, is.Status, is.Title
				return res, nil
			}
			next.Status = f.Status
		} else if a.op.BaseVersion > is.Version {
			return rejected("base_version %d is ahead of the center's version %d", a.op.BaseVersion, is.Version), nil
		}
		if f.Title != "" {
			next.Title = f.Title
		}
		if next.Title == is.Title && next.Status == is.Status {
			return protocol.OpResult{Outcome: tafkik.OpApplied, Version: is.Version}, nil
		}
		if next.Status != is.Status {
			statusVersion = is.Version + 1
		}
		next.Version = is.Version + 1
		if _, err := a.tx.ExecContext(a.ctx, `UPDATE issues SET title = ?, status = ?, version = ?, status_version = ?,
			updated_at = ? WHERE district = ? AND id = ?`, next.Title, string(next.Status), next.Version, statusVersion,
			fmtTime(a.now), a.district, is.ID); err != nil {
			return protocol.OpResult{}, err
		}
		is = next
	}
	seq, err := a.change(protocol.Change{Kind: protocol.ChangeIssue, Entity: "issue", EntityID: is.ID, Version: is.Version, Issue: &is})
	return protocol.OpResult{Outcome: tafkik.OpApplied, Version: is.Version, Seq: seq}, err
}
