package center

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store/sqlitex"
	"github.com/tafkik/tafkik/sync/protocol"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// timeLayout is fixed-width so that stored text sorts in time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) time.Time {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// DB is the center's SQLite storage.
type DB struct {
	// Now is the clock; tests replace it.
	Now func() time.Time

	db *sql.DB
}

var _ Store = (*DB)(nil)

// Open opens (creating if needed) the center database at path, in WAL mode, and brings its
// schema up to date. Every write transaction takes the write lock at BEGIN, so feed seqs are
// handed out and committed in one order.
func Open(ctx context.Context, path string) (*DB, error) {
	sqldb, err := sqlitex.Open(ctx, path, migrationFS, sqlitex.Options{MaxOpenConns: 8})
	if err != nil {
		return nil, err
	}
	return &DB{Now: time.Now, db: sqldb}, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// ---- tokens

func (db *DB) TokenByHash(ctx context.Context, hash []byte) (Token, error) {
	return scanToken(db.db.QueryRowContext(ctx, `SELECT id, hash, district, role, label, created_at, revoked_at
		FROM tokens WHERE hash = ?`, hash))
}

func scanToken(row interface{ Scan(...any) error }) (Token, error) {
	var t Token
	var created, revoked, role string
	err := row.Scan(&t.ID, &t.Hash, &t.District, &role, &t.Label, &created, &revoked)
	if errors.Is(err, sql.ErrNoRows) {
		return Token{}, ErrNotFound
	}
	if err != nil {
		return Token{}, err
	}
	t.Role = protocol.Role(role)
	t.CreatedAt = parseTime(created)
	if revoked != "" {
		t.RevokedAt = parseTime(revoked)
	}
	return t, nil
}

func (db *DB) CreateToken(ctx context.Context, t Token) error {
	_, err := db.db.ExecContext(ctx, `INSERT INTO tokens (id, hash, district, role, label, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, t.ID, t.Hash, t.District, string(t.Role), t.Label, fmtTime(t.CreatedAt))
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return ErrExists
	}
	return err
}

func (db *DB) Tokens(ctx context.Context) ([]Token, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, hash, district, role, label, created_at, revoked_at
		FROM tokens ORDER BY district, created_at, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func (db *DB) RevokeToken(ctx context.Context, id string, at time.Time) error {
	res, err := db.db.ExecContext(ctx, `UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at = ''`,
		fmtTime(at), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		var exists int
		if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM tokens WHERE id = ?`, id).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return ErrNotFound
		}
	}
	return nil
}

// ---- the feed

func (db *DB) Changes(ctx context.Context, district string, after int64, limit int) ([]json.RawMessage, int64, bool, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT seq, body FROM changes WHERE district = ? AND seq > ?
		ORDER BY seq LIMIT ?`, district, after, limit+1)
	if err != nil {
		return nil, after, false, err
	}
	defer rows.Close()
	out := make([]json.RawMessage, 0, min(limit, 1024))
	last, more, size := after, false, 0
	for rows.Next() {
		if len(out) == limit || (len(out) > 0 && size >= protocol.MaxPageBytes) {
			more = true
			break
		}
		var seq int64
		var body []byte
		if err := rows.Scan(&seq, &body); err != nil {
			return nil, after, false, err
		}
		out = append(out, body)
		last, size = seq, size+len(body)
	}
	if err := rows.Err(); err != nil {
		return nil, after, false, err
	}
	return out, last, more, nil
}

// feed appends changes within one write transaction. The next seq is read once: the
// transaction holds SQLite's write lock from BEGIN (_txlock=immediate), so no other writer
// can take a seq until it commits, and seqs become visible in increasing order.
type feed struct {
	tx   *sql.Tx
	next int64
	ins  *sql.Stmt
}

func newFeed(ctx context.Context, tx *sql.Tx) (*feed, error) {
	f := &feed{tx: tx}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM changes`).Scan(&f.next); err != nil {
		return nil, err
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO changes (seq, district, body) VALUES (?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	f.ins = ins
	return f, nil
}

// append writes c to district's feed with the next seq and returns the seq.
func (f *feed) append(ctx context.Context, district string, c protocol.Change) (int64, error) {
	c.Seq = f.next
	body, err := json.Marshal(c)
	if err != nil {
		return 0, err
	}
	if _, err := f.ins.ExecContext(ctx, c.Seq, district, body); err != nil {
		return 0, err
	}
	f.next++
	return c.Seq, nil
}

func (f *feed) close() { f.ins.Close() }

// ---- requests

type requestRow struct {
	req           tafkik.Request
	statusVersion int64
	statusNote    string
	agency        tafkik.Agency
	groupID       string
}

const requestCols = `id, district, created_at, category, text, address, lat, lon, channel, status,
	version, status_version, status_note, updated_at, agency, group_id`

func scanRequest(row interface{ Scan(...any) error }) (requestRow, error) {
	var r requestRow
	var created, updated, status, agency string
	var lat, lon sql.NullFloat64
	err := row.Scan(&r.req.ID, &r.req.District, &created, &r.req.Category, &r.req.Text, &r.req.Address,
		&lat, &lon, &r.req.Channel, &status, &r.req.Version, &r.statusVersion, &r.statusNote, &updated,
		&agency, &r.groupID)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, err
	}
	r.req.CreatedAt, r.req.UpdatedAt = parseTime(created), parseTime(updated)
	r.req.Status, r.agency = tafkik.Status(status), tafkik.Agency(agency)
	if lat.Valid && lon.Valid {
		r.req.Lat, r.req.Lon, r.req.HasLocation = lat.Float64, lon.Float64, true
	}
	return r, nil
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func getRequest(ctx context.Context, q querier, id string) (requestRow, error) {
	return scanRequest(q.QueryRowContext(ctx, `SELECT `+requestCols+` FROM requests WHERE id = ?`, id))
}

func nullable(r tafkik.Request) (lat, lon any) {
	if !r.HasLocation {
		return nil, nil
	}
	return r.Lat, r.Lon
}

func (db *DB) Request(ctx context.Context, district, id string) (protocol.RequestDetail, error) {
	r, err := getRequest(ctx, db.db, id)
	if err != nil {
		return protocol.RequestDetail{}, err
	}
	if r.req.District != district {
		// Another district's request does not exist for this caller.
		return protocol.RequestDetail{}, ErrNotFound
	}
	d := protocol.RequestDetail{Request: protocol.FromRequest(r.req), StatusVersion: r.statusVersion,
		Agency: r.agency, Notes: []tafkik.Note{}}
	if r.groupID != "" {
		first, _, err := groupOf(ctx, db.db, r.groupID)
		if err != nil {
			return d, err
		}
		if first != r.req.ID {
			d.DuplicateOf = first
		}
	}
	rows, err := db.db.QueryContext(ctx, `SELECT id, author, text, created_at FROM notes
		WHERE district = ? AND request_id = ? ORDER BY created_at, id`, district, id)
	if err != nil {
		return d, err
	}
	defer rows.Close()
	for rows.Next() {
		n := tafkik.Note{RequestID: id}
		var at string
		if err := rows.Scan(&n.ID, &n.Author, &n.Text, &at); err != nil {
			return d, err
		}
		n.CreatedAt = parseTime(at)
		d.Notes = append(d.Notes, n)
	}
	return d, rows.Err()
}

// groupOf returns the first request (earliest created, then lowest id) of a duplicate group
// and the others.
func groupOf(ctx context.Context, q querier, groupID string) (string, []string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM requests WHERE group_id = ? ORDER BY created_at, id`, groupID)
	if err != nil {
		return "", nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return "", nil, err
	}
	return ids[0], ids[1:], nil
}

func (db *DB) ImportRequests(ctx context.Context, reqs []tafkik.Request) (ImportStats, error) {
	var st ImportStats
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	now := db.Now().UTC()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO requests (`+requestCols+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, '', ?, '', '')`)
	if err != nil {
		return st, err
	}
	defer ins.Close()
	upd, err := tx.PrepareContext(ctx, `UPDATE requests SET created_at = ?, category = ?, text = ?,
		address = ?, lat = ?, lon = ?, channel = ?, version = version + 1, updated_at = ? WHERE id = ?`)
	if err != nil {
		return st, err
	}
	defer upd.Close()
	get, err := tx.PrepareContext(ctx, `SELECT `+requestCols+` FROM requests WHERE id = ?`)
	if err != nil {
		return st, err
	}
	defer get.Close()
	fd, err := newFeed(ctx, tx)
	if err != nil {
		return st, err
	}
	defer fd.close()
	for _, r := range reqs {
		if r.Status == "" {
			r.Status = tafkik.StatusNew
		}
		if r.ID == "" || r.District == "" {
			return st, fmt.Errorf("import: request %q without id or district", r.ID)
		}
		if !r.Status.Valid() {
			return st, fmt.Errorf("import: request %s: unknown status %q", r.ID, r.Status)
		}
		old, err := scanRequest(get.QueryRowContext(ctx, r.ID))
		switch {
		case errors.Is(err, ErrNotFound):
			lat, lon := nullable(r)
			if _, err := ins.ExecContext(ctx, r.ID, r.District, fmtTime(r.CreatedAt), r.Category, r.Text,
				r.Address, lat, lon, r.Channel, string(r.Status), fmtTime(now)); err != nil {
				return st, fmt.Errorf("import %s: %w", r.ID, err)
			}
			r.Version, r.UpdatedAt = 1, now
			st.Inserted++
		case err != nil:
			return st, err
		case old.req.District != r.District:
			return st, fmt.Errorf("import: request %s is in district %s, the file says %s",
				r.ID, old.req.District, r.District)
		case sameContent(old.req, r):
			st.Unchanged++
			continue
		default:
			// A re-import updates what the citizen wrote; the status belongs to the district's
			// work since, so it is kept.
			lat, lon := nullable(r)
			if _, err := upd.ExecContext(ctx, fmtTime(r.CreatedAt), r.Category, r.Text, r.Address,
				lat, lon, r.Channel, fmtTime(now), r.ID); err != nil {
				return st, err
			}
			r.Status, r.Version, r.UpdatedAt = old.req.Status, old.req.Version+1, now
			st.Updated++
		}
		w := protocol.FromRequest(r)
		if _, err := fd.append(ctx, r.District, protocol.Change{Kind: protocol.ChangeRequest,
			Entity: "request", EntityID: r.ID, Version: r.Version, At: now, Request: &w}); err != nil {
			return st, err
		}
	}
	return st, tx.Commit()
}

func sameContent(a, b tafkik.Request) bool {
	return a.CreatedAt.Equal(b.CreatedAt) && a.Category == b.Category && a.Text == b.Text &&
		a.Address == b.Address && a.HasLocation == b.HasLocation && a.Lat == b.Lat && a.Lon == b.Lon &&
		a.Channel == b.Channel
}

func (db *DB) CreateRequest(ctx context.Context, r tafkik.Request) (tafkik.Request, error) {
	var id [6]byte
	if _, err := rand.Read(id[:]); err != nil {
		return r, err
	}
	r.ID = "o311-" + hex.EncodeToString(id[:])
	r.Status = tafkik.StatusNew
	now := db.Now().UTC()
	if r.CreatedAt.IsZero() {
		r.CreatedAt = now
	}
	if _, err := db.ImportRequests(ctx, []tafkik.Request{r}); err != nil {
		return r, err
	}
	r.Version, r.UpdatedAt = 1, now
	return r, nil
}

// ---- Open311

func (db *DB) Categories(ctx context.Context) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT DISTINCT category FROM requests WHERE category <> '' ORDER BY category`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (db *DB) Open311(ctx context.Context, q Query) ([]Record, error) {
	var where []string
	var args []any
	in := func(col string, vals []string) {
		where = append(where, col+" IN ("+strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",")+")")
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(q.IDs) > 0 {
		in("id", q.IDs)
	}
	if q.District != "" {
		where = append(where, "district = ?")
		args = append(args, q.District)
	}
	if len(q.Categories) > 0 {
		in("category", q.Categories)
	}
	if !q.Start.IsZero() {
		where = append(where, "created_at >= ?")
		args = append(args, fmtTime(q.Start))
	}
	if !q.End.IsZero() {
		where = append(where, "created_at <= ?")
		args = append(args, fmtTime(q.End))
	}
	if q.State == "open" || q.State == "closed" {
		var open []string
		for _, x := range tafkik.Statuses {
			if x.Open() {
				open = append(open, "'"+string(x)+"'")
			}
		}
		// A duplicate (not the first of its group) counts as closed, as Open311 shows it.
		dup := `(group_id <> '' AND EXISTS (SELECT 1 FROM requests g WHERE g.group_id = requests.group_id
			AND (g.created_at < requests.created_at OR (g.created_at = requests.created_at AND g.id < requests.id))))`
		isOpen := "status IN (" + strings.Join(open, ",") + ")"
		if q.State == "open" {
			where = append(where, isOpen+" AND NOT "+dup)
		} else {
			where = append(where, "(NOT "+isOpen+" OR "+dup+")")
		}
	}
	sqlText := `SELECT ` + requestCols + ` FROM requests`
	if len(where) > 0 {
		sqlText += " WHERE " + strings.Join(where, " AND ")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	sqlText += ` ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`
	args = append(args, limit, q.Offset)
	rows, err := db.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	var out []Record
	var groups []string
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, Record{Request: r.req, StatusNote: r.statusNote, Agency: r.agency})
		groups = append(groups, r.groupID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, g := range groups {
		if g == "" {
			continue
		}
		first, rest, err := groupOf(ctx, db.db, g)
		if err != nil {
			return nil, err
		}
		if first == out[i].Request.ID {
			out[i].Duplicates = rest
		} else {
			out[i].DuplicateOf = first
		}
	}
	return out, nil
}
