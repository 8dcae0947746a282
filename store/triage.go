package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/tafkik/tafkik"
)

// SaveGrouping replaces the machine grouping with a new one in one transaction. An issue a
// person touched keeps its status and title; an untouched one takes what triage says. Issues
// left without members are deleted unless a person worked on them.
func (db *DB) SaveGrouping(ctx context.Context, issues []tafkik.Issue, members []tafkik.Membership) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := db.upsertIssues(ctx, tx, issues); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM memberships`); err != nil {
		return err
	}
	if err := insertMemberships(ctx, tx, members, false); err != nil {
		return err
	}
	return db.commitGrouping(ctx, tx, "regroup", len(issues), len(members))
}

// SaveArrivals saves where new arrivals went without touching the rest of the grouping, in
// one transaction: members are the new requests' memberships (a request already in an issue
// by then, grouped by a run meanwhile, stays where it is), issues the issues they joined or opened, with their
// new counts and dates. As in SaveGrouping, an issue a person touched keeps its status and
// title.
func (db *DB) SaveArrivals(ctx context.Context, issues []tafkik.Issue, members []tafkik.Membership) error {
	if len(members) == 0 {
		return nil
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := db.upsertIssues(ctx, tx, issues); err != nil {
		return err
	}
	if err := insertMemberships(ctx, tx, members, true); err != nil {
		return err
	}
	// the counts as they are now: a clerk's merge or split between the triage's read and
	// this write is not undone by the counts triage computed before it
	recount, err := tx.PrepareContext(ctx, `UPDATE issues SET count =
		(SELECT COUNT(*) FROM memberships m WHERE m.issue_id = issues.id) WHERE id = ?`)
	if err != nil {
		return err
	}
	defer recount.Close()
	for _, is := range issues {
		if _, err := recount.ExecContext(ctx, is.ID); err != nil {
			return fmt.Errorf("count issue %s: %w", is.ID, err)
		}
	}
	return db.commitGrouping(ctx, tx, "assign", len(issues), len(members))
}

// commitGrouping ends a transaction that wrote grouping: it prunes the issues left empty,
// records action in the audit trail with the numbers written, and commits.
func (db *DB) commitGrouping(ctx context.Context, tx *sql.Tx, action string, issues, members int) error {
	if err := pruneIssues(ctx, tx); err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: "triage", Entity: "issues", EntityID: "*",
		Action: action, After: jsonString(map[string]int{"issues": issues, "members": members})}); err != nil {
		return err
	}
	return tx.Commit()
}

// upsertIssues writes the machine's view of issues; a touched issue keeps its title and status.
func (db *DB) upsertIssues(ctx context.Context, tx *sql.Tx, issues []tafkik.Issue) error {
	up, err := tx.PrepareContext(ctx, `INSERT INTO issues (id, district, title, problem, place_key, place,
		status, agency, mixed, count, first_at, last_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET district = excluded.district,
			title = CASE WHEN issues.touched THEN issues.title ELSE excluded.title END,
			status = CASE WHEN issues.touched THEN issues.status ELSE excluded.status END,
			problem = excluded.problem, place_key = excluded.place_key, place = excluded.place,
			agency = excluded.agency, mixed = excluded.mixed, count = excluded.count,
			first_at = excluded.first_at, last_at = excluded.last_at`)
	if err != nil {
		return err
	}
	defer up.Close()
	now := formatTime(db.Now())
	for _, is := range issues {
		st := is.Status
		if st == "" {
			st = tafkik.StatusNew
		}
		ag := is.Agency
		if ag == "" {
			ag = tafkik.AgencyMunicipality
		}
		if _, err := up.ExecContext(ctx, is.ID, is.District, is.Title, is.Problem, is.PlaceKey, is.Place,
			string(st), string(ag), boolInt(is.Mixed), is.Count, formatTime(is.FirstAt), formatTime(is.LastAt), now); err != nil {
			return fmt.Errorf("save issue %s: %w", is.ID, err)
		}
	}
	return nil
}

// insertMemberships adds memberships; keep: a request already in an issue stays in it.
func insertMemberships(ctx context.Context, tx *sql.Tx, members []tafkik.Membership, keep bool) error {
	q := `INSERT INTO memberships (request_id, issue_id, score, reason) VALUES (?,?,?,?)`
	if keep {
		q += ` ON CONFLICT(request_id) DO NOTHING`
	}
	ins, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, m := range members {
		if _, err := ins.ExecContext(ctx, m.RequestID, m.IssueID, m.Score, m.Reason); err != nil {
			return fmt.Errorf("save membership %s → %s: %w", m.RequestID, m.IssueID, err)
		}
	}
	return nil
}

// pruneIssues deletes untouched issues without members and zeroes the count of touched ones.
func pruneIssues(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM issues WHERE touched = 0
		AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.issue_id = issues.id)`); err != nil {
		return fmt.Errorf("prune issues: %w", err)
	}
	_, err := tx.ExecContext(ctx, `UPDATE issues SET count = 0
		WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.issue_id = issues.id)`)
	return err
}

// UngroupedCount is how many requests are in no issue yet: new arrivals triage has not
// placed.
func (db *DB) UngroupedCount(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM requests r
		WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.request_id = r.id)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("ungrouped requests: %w", err)
	}
	return n, nil
}

// Memberships returns which issue each grouped request is in, by request id.
func (db *DB) Memberships(ctx context.Context) (map[string]tafkik.Membership, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT request_id, issue_id, score, reason FROM memberships`)
	if err != nil {
		return nil, fmt.Errorf("memberships: %w", err)
	}
	defer rows.Close()
	out := map[string]tafkik.Membership{}
	for rows.Next() {
		var m tafkik.Membership
		if err := rows.Scan(&m.RequestID, &m.IssueID, &m.Score, &m.Reason); err != nil {
			return nil, err
		}
		out[m.RequestID] = m
	}
	return out, rows.Err()
}

const issueCols = `id, district, title, problem, place_key, place, status, agency, mixed, count,
	first_at, last_at, version, updated_at`

func scanIssue(s scanner) (tafkik.Issue, error) {
	var is tafkik.Issue
	var status, agency, first, last, updated string
	err := s.Scan(&is.ID, &is.District, &is.Title, &is.Problem, &is.PlaceKey, &is.Place, &status, &agency,
		&is.Mixed, &is.Count, &first, &last, &is.Version, &updated)
	is.Status, is.Agency = tafkik.Status(status), tafkik.Agency(agency)
	is.FirstAt, is.LastAt, is.UpdatedAt = parseTime(first), parseTime(last), parseTime(updated)
	return is, err
}

// Issue returns one issue, or ErrNotFound.
func (db *DB) Issue(ctx context.Context, id string) (tafkik.Issue, error) {
	is, err := scanIssue(db.db.QueryRowContext(ctx, `SELECT `+issueCols+` FROM issues WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return is, fmt.Errorf("issue %s: %w", id, ErrNotFound)
	}
	return is, err
}

// IssueQuery selects, orders and pages issues.
type IssueQuery struct {
	Status   tafkik.Status
	Agency   tafkik.Agency
	Problem  string
	OpenOnly bool
	Mixed    bool // only issues whose members disagree on the agency
	// OrderBy: count (default, largest first), first_at or oldest (oldest first), last_at
	// (latest request first), silence (the longest time between two of its requests first:
	// an issue that may be two episodes, see SilenceOrder) or doubtful (the most members joined
	// on little evidence first, see DoubtfulOrder)
	OrderBy string
	// Text is what a clerk typed to find an issue: every word must begin a word of the
	// issue's title, place or id; or every word must match one of its requests (text,
	// address or category) as the inbox's search does; or it begins one of its requests'
	// ids. Persian-aware either way: «كوچه ۱۲» finds «کوچه 12».
	Text string
	// AtPlace is a place key (tafkik.Issue.PlaceKey): only the issues at that place, the
	// candidates for a merge. See placeCond.
	AtPlace string
	Limit   int
	Offset  int
}

// placeCond is the SQL condition for the issues at the place of key: the same key; a more
// precise place inside it («n:گلسار|s:124» holds «n:گلسار|s:124|a:12»); for an alley, its
// street, where its vaguer reports sit; and the same street and alley written with or
// without the neighbourhood. The neighbourhood alone is not reached from a street: it holds
// a hundred issues of every street; nor is another neighbourhood's street of the same name.
func placeCond(key string) (string, []any) {
	conds := []string{"place_key = ?", "substr(place_key, 1, ?) = ?"}
	args := []any{key, utf8.RuneCountInString(key) + 1, key + "|"}
	segs := strings.Split(key, "|")
	if last := segs[len(segs)-1]; len(segs) > 1 && strings.HasPrefix(last, "a:") {
		conds, args = append(conds, "place_key = ?"), append(args, strings.Join(segs[:len(segs)-1], "|"))
	}
	switch i := slices.IndexFunc(segs, func(s string) bool { return strings.HasPrefix(s, "s:") }); {
	case i > 0 && len(segs)-i > 1:
		// «گلسار، خیابان ۱۲۴، کوچه ۱۲»: also «خیابان ۱۲۴، کوچه ۱۲» with no neighbourhood
		conds, args = append(conds, "place_key = ?"), append(args, strings.Join(segs[i:], "|"))
	case i == 0 && len(segs) > 1:
		// «خیابان ۱۲۴، کوچه ۱۲» with no neighbourhood: that alley in any neighbourhood
		conds, args = append(conds, "substr(place_key, ?) = ?"), append(args, -(utf8.RuneCountInString(key)+1), "|"+key)
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

var issueOrder = map[string]string{"": "count DESC", "count": "count DESC", "first_at": "first_at",
	"last_at": "last_at DESC", "oldest": "first_at", SilenceOrder: "silence DESC",
	DoubtfulOrder: "(SELECT COUNT(*) FROM memberships d WHERE d.issue_id = issues.id AND d.score < " +
		strconv.FormatFloat(tafkik.DoubtfulScore, 'f', -1, 64) + ") DESC, count DESC"}

// DoubtfulOrder is IssueQuery.OrderBy for the issues with the most doubtful joins first
// (tafkik.Membership.Doubtful): where a clerk's review finds the most to correct.
const DoubtfulOrder = "doubtful"

// SilenceOrder is IssueQuery.OrderBy for the issues with the longest silence first: the
// longest time between two of an issue's requests, in order of time. Grouping keeps a report
// of an issue's own alley in it after weeks without one (an unrepaired alley is reported
// again); a clerk reviewing those sees first the ones most likely to be two episodes.
const SilenceOrder = "silence"

// silenceFrom is the FROM clause that gives each issue its longest silence in seconds (column
// silence, 0 for one request), for SilenceOrder; the other orders read issues alone.
const silenceFrom = `issues LEFT JOIN (SELECT iid, MAX(t - prev) AS silence FROM (
	SELECT iid, t, LAG(t) OVER (PARTITION BY iid ORDER BY t) AS prev FROM (
		SELECT m.issue_id AS iid, unixepoch(r.created_at) AS t
		FROM memberships m JOIN requests r ON r.id = m.request_id)) GROUP BY iid) ON iid = issues.id`

// issueWhere is the SQL condition of q's filters and search, with its arguments.
func issueWhere(q IssueQuery) (string, []any) {
	where, args := []string{"count > 0"}, []any{}
	if q.Status != "" {
		where, args = append(where, "status = ?"), append(args, string(q.Status))
	}
	if q.Agency != "" {
		where, args = append(where, "agency = ?"), append(args, string(q.Agency))
	}
	if q.Problem != "" {
		where, args = append(where, "problem = ?"), append(args, q.Problem)
	}
	if q.OpenOnly {
		where = append(where, "status NOT IN ('resolved', 'referred', 'rejected')")
	}
	if q.Mixed {
		where = append(where, "mixed = 1")
	}
	if q.AtPlace != "" {
		c, a := placeCond(q.AtPlace)
		where, args = append(where, c), append(args, a...)
	}
	if words := strings.Fields(fold(q.Text)); len(words) > 0 {
		own := `tafkik_words(title || ' ' || place || ' ' || id, ?)`
		args = append(args, strings.Join(words, " "))
		members := `id IN (SELECT m.issue_id FROM memberships m JOIN requests r ON r.id = m.request_id
			WHERE r.rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?))`
		args = append(args, ftsQuery(q.Text))
		if lo, hi, ok := idPrefix(q.Text); ok {
			// a request's tracking number finds its issue
			members += ` OR id IN (SELECT issue_id FROM memberships WHERE request_id >= ? AND request_id < ?)`
			args = append(args, lo, hi)
		}
		where = append(where, `(`+own+` OR `+members+`)`)
	}
	return strings.Join(where, " AND "), args
}

// CountIssues is how many issues ListIssues would give for q without its limit.
func (db *DB) CountIssues(ctx context.Context, q IssueQuery) (int, error) {
	cond, args := issueWhere(q)
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM issues WHERE `+cond, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count issues: %w", err)
	}
	return n, nil
}

// ListIssues returns one page of issues with at least one member.
func (db *DB) ListIssues(ctx context.Context, q IssueQuery) ([]tafkik.Issue, error) {
	cond, args := issueWhere(q)
	order, ok := issueOrder[q.OrderBy]
	if !ok {
		return nil, fmt.Errorf("%w: order by %q", ErrInvalid, q.OrderBy)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	from := "issues"
	if q.OrderBy == SilenceOrder {
		from = silenceFrom
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+issueCols+` FROM `+from+` WHERE `+cond+
		` ORDER BY `+order+`, id LIMIT ? OFFSET ?`, append(args, limit, q.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("list issues: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Issue
	for rows.Next() {
		is, err := scanIssue(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, is)
	}
	return out, rows.Err()
}

// IssueReview is what a clerk reviewing an issue's grouping looks at first: the longest time
// between two of its requests in order of time (SilenceOrder), and how many of its members
// were joined on little evidence (tafkik.Membership.Doubtful, DoubtfulOrder).
func (db *DB) IssueReview(ctx context.Context, issueID string) (silence time.Duration, doubtful int, err error) {
	rows, err := db.db.QueryContext(ctx, `SELECT r.created_at, m.score FROM memberships m
		JOIN requests r ON r.id = m.request_id WHERE m.issue_id = ? ORDER BY r.created_at, r.id`, issueID)
	if err != nil {
		return 0, 0, fmt.Errorf("issue review: %w", err)
	}
	defer rows.Close()
	var prev time.Time
	for rows.Next() {
		var at string
		var m tafkik.Membership
		if err := rows.Scan(&at, &m.Score); err != nil {
			return 0, 0, err
		}
		t := parseTime(at)
		if !prev.IsZero() {
			silence = max(silence, t.Sub(prev))
		}
		prev = t
		if m.Doubtful() {
			doubtful++
		}
	}
	return silence, doubtful, rows.Err()
}

// IssueMembers returns an issue's requests (oldest first) and why each is in it.
func (db *DB) IssueMembers(ctx context.Context, issueID string) ([]RequestRow, []tafkik.Membership, error) {
	rows, _, err := db.ListRequests(ctx, RequestQuery{IssueID: issueID, Limit: 1 << 20})
	if err != nil {
		return nil, nil, err
	}
	all, err := db.db.QueryContext(ctx, `SELECT m.request_id, m.issue_id, m.score, m.reason FROM memberships m
		JOIN requests r ON r.id = m.request_id WHERE m.issue_id = ? ORDER BY r.created_at, r.id`, issueID)
	if err != nil {
		return nil, nil, err
	}
	defer all.Close()
	var ms []tafkik.Membership
	for all.Next() {
		var m tafkik.Membership
		if err := all.Scan(&m.RequestID, &m.IssueID, &m.Score, &m.Reason); err != nil {
			return nil, nil, err
		}
		ms = append(ms, m)
	}
	return rows, ms, all.Err()
}

// AddDecision records a clerk's grouping decision (audited and queued for the center) and
// applies it to the current grouping at once, so the clerk sees the result without a regroup.
// Every later regrouping keeps it.
func (db *DB) AddDecision(ctx context.Context, d tafkik.Decision) error {
	if d.ID == "" {
		d.ID = uuid.NewString()
	}
	if d.At.IsZero() {
		d.At = db.Now()
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	applied, err := db.applyDecision(ctx, tx, d)
	if err != nil {
		return err
	}
	if !applied {
		return tx.Commit() // already recorded (a retried op)
	}
	if err := insertEvent(ctx, tx, tafkik.Event{At: d.At, Actor: d.Actor, Entity: "decision", EntityID: d.ID,
		Action: string(d.Kind), After: jsonString(d)}); err != nil {
		return err
	}
	if err := db.insertOp(ctx, tx, tafkik.OpDecideGroup, "decision", d.ID, 0, d.Actor, map[string]any{"decision": d}); err != nil {
		return err
	}
	return tx.Commit()
}

// applyDecision stores d and regroups its requests; false when d was stored already.
// It is shared by a local decision and one pulled from the center.
func (db *DB) applyDecision(ctx context.Context, tx *sql.Tx, d tafkik.Decision) (bool, error) {
	if d.Kind != tafkik.DecisionSame && d.Kind != tafkik.DecisionDifferent {
		return false, fmt.Errorf("%w: decision kind %q", ErrInvalid, d.Kind)
	}
	if len(d.RequestIDs) == 0 || (d.Kind == tafkik.DecisionSame && len(d.RequestIDs) < 2) {
		return false, fmt.Errorf("%w: a decision needs its requests", ErrInvalid)
	}
	for _, id := range append(append([]string{}, d.RequestIDs...), d.Others...) {
		if err := mustExist(ctx, tx, "request", id); err != nil {
			return false, err
		}
	}
	ids, _ := json.Marshal(map[string][]string{"r": d.RequestIDs, "o": d.Others})
	res, err := tx.ExecContext(ctx, `INSERT INTO decisions (id, kind, request_ids, actor, at, note)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`, d.ID, string(d.Kind), string(ids), d.Actor,
		formatTime(d.At), d.Note)
	if err != nil {
		return false, fmt.Errorf("decision: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	switch d.Kind {
	case tafkik.DecisionSame:
		target, err := issueOf(ctx, tx, d.RequestIDs[0])
		if err != nil {
			return false, err
		}
		if target == "" {
			target = "I-" + d.RequestIDs[0]
		}
		if err := moveRequests(ctx, tx, d.RequestIDs, target); err != nil {
			return false, err
		}
	case tafkik.DecisionDifferent:
		if len(d.Others) > 0 {
			// A split: the requests leave together for an issue of their own.
			leaving := append([]string{}, d.RequestIDs...)
			sort.Strings(leaving)
			if err := moveRequests(ctx, tx, leaving, "I-"+leaving[0]); err != nil {
				return false, err
			}
			break
		}
		// "Not duplicates": each request after the first that shares an issue leaves alone.
		seen := map[string]bool{}
		for _, id := range d.RequestIDs {
			is, err := issueOf(ctx, tx, id)
			if err != nil {
				return false, err
			}
			if is != "" && seen[is] {
				if err := moveRequests(ctx, tx, []string{id}, "I-"+id); err != nil {
					return false, err
				}
				continue
			}
			seen[is] = true
		}
	}
	return true, nil
}

func issueOf(ctx context.Context, tx *sql.Tx, requestID string) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT issue_id FROM memberships WHERE request_id = ?`, requestID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// moveRequests puts requests into issue target (creating it from the first request if need be),
// then refreshes the counts and dates of every issue involved.
func moveRequests(ctx context.Context, tx *sql.Tx, requestIDs []string, target string) error {
	affected := map[string]bool{target: true}
	for _, id := range requestIDs {
		old, err := issueOf(ctx, tx, id)
		if err != nil {
			return err
		}
		if old != "" {
			affected[old] = true
		}
	}
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM issues WHERE id = ?`, target).Scan(&exists); err != nil {
		return err
	}
	if exists == 0 {
		// The new issue inherits what the first request's old issue knew about problem and place.
		src, _ := issueOf(ctx, tx, requestIDs[0])
		if _, err := tx.ExecContext(ctx, `INSERT INTO issues (id, district, title, problem, place_key, place, agency)
			SELECT ?, r.district, COALESCE(i.title, ''), COALESCE(i.problem, ''), COALESCE(i.place_key, ''),
				COALESCE(i.place, ''), COALESCE(i.agency, 'municipality')
			FROM requests r LEFT JOIN issues i ON i.id = ? WHERE r.id = ?`, target, src, requestIDs[0]); err != nil {
			return fmt.Errorf("new issue %s: %w", target, err)
		}
	}
	for _, id := range requestIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO memberships (request_id, issue_id, score, reason)
			VALUES (?, ?, 1, 'clerk') ON CONFLICT(request_id) DO UPDATE SET issue_id = excluded.issue_id,
			score = 1, reason = 'clerk'`, id, target); err != nil {
			return fmt.Errorf("move %s: %w", id, err)
		}
	}
	for id := range affected {
		if _, err := tx.ExecContext(ctx, `UPDATE issues SET
			count = (SELECT COUNT(*) FROM memberships WHERE issue_id = ?1),
			first_at = COALESCE((SELECT MIN(r.created_at) FROM memberships m JOIN requests r ON r.id = m.request_id WHERE m.issue_id = ?1), ''),
			last_at = COALESCE((SELECT MAX(r.created_at) FROM memberships m JOIN requests r ON r.id = m.request_id WHERE m.issue_id = ?1), ''),
			touched = touched OR id = ?2
			WHERE id = ?1`, id, target); err != nil {
			return fmt.Errorf("recount %s: %w", id, err)
		}
	}
	return pruneIssues(ctx, tx)
}

// Decisions returns every clerk decision in the order made.
func (db *DB) Decisions(ctx context.Context) ([]tafkik.Decision, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, kind, request_ids, actor, at, note FROM decisions ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("decisions: %w", err)
	}
	defer rows.Close()
	var out []tafkik.Decision
	for rows.Next() {
		var d tafkik.Decision
		var kind, ids, at string
		if err := rows.Scan(&d.ID, &kind, &ids, &d.Actor, &at, &d.Note); err != nil {
			return nil, err
		}
		var sets struct{ R, O []string }
		if err := json.Unmarshal([]byte(ids), &sets); err != nil {
			return nil, fmt.Errorf("decision %s: %w", d.ID, err)
		}
		d.Kind, d.RequestIDs, d.Others, d.At = tafkik.DecisionKind(kind), sets.R, sets.O, parseTime(at)
		out = append(out, d)
	}
	return out, rows.Err()
}
