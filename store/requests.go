package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
)

// UpsertResult counts what an upsert did.
type UpsertResult struct {
	Inserted, Updated, Unchanged int
	// District is the database's district; OtherDistrict counts, by their district, the
	// requests not written because they are another district's (see UpsertRequests).
	District      string         `json:",omitempty"`
	OtherDistrict map[string]int `json:",omitempty"`
	// Districts counts, by their district, the requests written to a database that has no
	// district yet when they name several districts (see UpsertRequests); nil otherwise.
	Districts map[string]int `json:",omitempty"`
}

// Skipped is the number of requests not written because they are another district's.
func (r UpsertResult) Skipped() int {
	n := 0
	for _, c := range r.OtherDistrict {
		n += c
	}
	return n
}

// ErrWrongDistrict is an import for one district into a database that is, or holds requests
// of, another.
var ErrWrongDistrict = errors.New("store: wrong district")

// UpsertRequests inserts new requests and updates changed ones, all in one transaction: either
// every request is written or none is. A request with an empty status keeps the one it had.
//
// A database holds one district's requests (a device sees only its own district). A request
// of another district is not written, only counted in OtherDistrict; one that names no
// district is the database's. A database with no district yet takes the one its requests
// already have, or else the one reqs name. When reqs name several districts and nothing says
// which is the database's, every request is written, counted by district in Districts, and
// the database still has no district: UpsertDistrictRequests, or sync, sets it.
func (db *DB) UpsertRequests(ctx context.Context, reqs []tafkik.Request) (UpsertResult, error) {
	return db.UpsertDistrictRequests(ctx, "", reqs)
}

// UpsertDistrictRequests is UpsertRequests into district's database: a database with no
// district yet becomes district's, and one that is, or holds requests of, another district is
// refused with ErrWrongDistrict. An empty district is UpsertRequests.
func (db *DB) UpsertDistrictRequests(ctx context.Context, district string, reqs []tafkik.Request) (UpsertResult, error) {
	var res UpsertResult
	tx, err := db.begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	own, err := ownDistrict(ctx, tx, district, reqs)
	if err != nil {
		return res, err
	}
	res, err = upsertRequests(ctx, tx, own.reqs)
	if err != nil {
		return res, err
	}
	res.District, res.OtherDistrict, res.Districts = own.district, own.other, own.mixed
	if res.Inserted+res.Updated > 0 {
		after, _ := json.Marshal(res)
		if err := insertEvent(ctx, tx, tafkik.Event{At: db.Now(), Actor: "import", Entity: "requests",
			EntityID: "*", Action: "upsert", After: string(after)}); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(); err != nil {
		return UpsertResult{}, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// owned is what ownDistrict decided: the database's district, the requests to write, and the
// counts of those kept out (other) or, in a database with no district, written of several
// districts (mixed).
type owned struct {
	district     string
	reqs         []tafkik.Request
	other, mixed map[string]int
}

// ownDistrict returns the database's district (setting it when the database has none yet:
// want, or else the one district its requests or reqs name) and, of reqs, the requests to
// write: that district's (those naming none given it), or all of them when the database has no
// district and reqs name several. reqs itself is not changed.
func ownDistrict(ctx context.Context, tx *sql.Tx, want string, reqs []tafkik.Request) (owned, error) {
	district, err := metaTx(ctx, tx, MetaDistrict)
	if err != nil {
		return owned{}, err
	}
	if district != "" && want != "" && district != want {
		return owned{}, fmt.Errorf("%w: this database is district %s's, not %s's", ErrWrongDistrict, district, want)
	}
	if district == "" {
		// a database from before the district was kept, or filled from a file naming several
		// districts: its requests say whose it is, if they name one district
		onRecord, err := recordedDistricts(ctx, tx)
		if err != nil {
			return owned{}, err
		}
		switch {
		case want != "":
			if i := slices.IndexFunc(onRecord, func(d string) bool { return d != want }); i >= 0 {
				return owned{}, fmt.Errorf("%w: this database holds requests of district %s, not only %s's", ErrWrongDistrict, onRecord[i], want)
			}
			district = want
		case len(onRecord) > 1:
			// several districts on record: nothing says which is the database's
			return owned{reqs: reqs, mixed: countDistricts(reqs)}, nil
		case len(onRecord) == 1:
			district = onRecord[0]
		default:
			named := countDistricts(reqs)
			if len(named) > 1 {
				// a file of several districts into a new database: nothing says which one is
				// this device's, and dropping the others' rows would lose what the user gave
				return owned{reqs: reqs, mixed: named}, nil
			}
			for d := range named {
				district = d
			}
		}
		if district != "" {
			if err := setMeta(ctx, tx, MetaDistrict, district); err != nil {
				return owned{}, err
			}
		}
	}
	if !slices.ContainsFunc(reqs, func(r tafkik.Request) bool { return r.District != district }) {
		return owned{district: district, reqs: reqs}, nil // the usual case: every request is the district's
	}
	own := make([]tafkik.Request, 0, len(reqs))
	var other map[string]int
	for _, r := range reqs {
		switch r.District {
		case district:
		case "":
			r.District = district
		default:
			if other == nil {
				other = map[string]int{}
			}
			other[r.District]++
			continue
		}
		own = append(own, r)
	}
	return owned{district: district, reqs: own, other: other}, nil
}

// recordedDistricts returns up to two of the districts the database's requests name.
func recordedDistricts(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT district FROM requests WHERE district != '' LIMIT 2`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ds []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, rows.Err()
}

// countDistricts counts reqs by the district they name (none for those naming none).
func countDistricts(reqs []tafkik.Request) map[string]int {
	var m map[string]int
	for _, r := range reqs {
		if r.District != "" {
			if m == nil {
				m = map[string]int{}
			}
			m[r.District]++
		}
	}
	return m
}

// upsertRequests is the transaction body of UpsertRequests, also used when sync pulls requests.
func upsertRequests(ctx context.Context, tx *sql.Tx, reqs []tafkik.Request) (UpsertResult, error) {
	var res UpsertResult
	sel, err := tx.PrepareContext(ctx, `SELECT rowid, district, created_at, category, text, address,
		lat, lon, channel, status, version FROM requests WHERE id = ?`)
	if err != nil {
		return res, err
	}
	defer sel.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO requests (id, district, created_at, category, text,
		address, lat, lon, channel, status, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return res, err
	}
	defer ins.Close()
	upd, err := tx.PrepareContext(ctx, `UPDATE requests SET district=?, created_at=?, category=?, text=?,
		address=?, lat=?, lon=?, channel=?, status=?, version=?, updated_at=? WHERE rowid=?`)
	if err != nil {
		return res, err
	}
	defer upd.Close()
	ftsDel, err := tx.PrepareContext(ctx, `DELETE FROM requests_fts WHERE rowid = ?`)
	if err != nil {
		return res, err
	}
	defer ftsDel.Close()
	ftsIns, err := tx.PrepareContext(ctx, `INSERT INTO requests_fts (rowid, body) VALUES (?, ?)`)
	if err != nil {
		return res, err
	}
	defer ftsIns.Close()

	var firstNew int64 // rowid of the first request this call inserts; 0 when none
	for i := range reqs {
		r := &reqs[i]
		if r.ID == "" {
			return res, fmt.Errorf("request %d: %w: empty id", i, ErrInvalid)
		}
		var (
			rowid           int64
			old             tafkik.Request
			created, status string
			lat, lon        sql.NullFloat64
			version         int64
		)
		err := sel.QueryRowContext(ctx, r.ID).Scan(&rowid, &old.District, &created, &old.Category, &old.Text,
			&old.Address, &lat, &lon, &old.Channel, &status, &version)
		lat2, lon2 := nullCoord(r)
		st := string(r.Status)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if st == "" {
				st = string(tafkik.StatusNew)
			}
			out, err := ins.ExecContext(ctx, r.ID, r.District, formatTime(r.CreatedAt), r.Category, r.Text,
				r.Address, lat2, lon2, r.Channel, st, r.Version, formatTime(r.UpdatedAt))
			if err != nil {
				return res, fmt.Errorf("insert request %s: %w", r.ID, err)
			}
			if rowid, err = out.LastInsertId(); err != nil {
				return res, err
			}
			if firstNew == 0 {
				firstNew = rowid
			}
			res.Inserted++
			continue // indexed below, all new rows in one statement
		case err != nil:
			return res, fmt.Errorf("read request %s: %w", r.ID, err)
		default:
			if st == "" {
				st = status
			}
			ver := r.Version
			if ver < version {
				ver = version
			}
			if old.District == r.District && created == formatTime(r.CreatedAt) && old.Category == r.Category &&
				old.Text == r.Text && old.Address == r.Address && lat == lat2 && lon == lon2 &&
				old.Channel == r.Channel && status == st && version == ver {
				res.Unchanged++
				continue
			}
			if _, err := upd.ExecContext(ctx, r.District, formatTime(r.CreatedAt), r.Category, r.Text, r.Address,
				lat2, lon2, r.Channel, st, ver, formatTime(r.UpdatedAt), rowid); err != nil {
				return res, fmt.Errorf("update request %s: %w", r.ID, err)
			}
			if _, err := ftsDel.ExecContext(ctx, rowid); err != nil {
				return res, err
			}
			res.Updated++
		}
		if _, err := ftsIns.ExecContext(ctx, rowid, fold(r.Text+" "+r.Address+" "+r.Category)); err != nil {
			return res, fmt.Errorf("index request %s: %w", r.ID, err)
		}
	}
	// New rows get rowids above every existing one (max+1), so rowid >= firstNew is exactly the
	// rows inserted by this transaction.
	if firstNew > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO requests_fts (rowid, body)
			SELECT rowid, tafkik_fold(text || ' ' || address || ' ' || category) FROM requests
			WHERE rowid >= ?`, firstNew); err != nil {
			return res, fmt.Errorf("index new requests: %w", err)
		}
	}
	return res, nil
}

func nullCoord(r *tafkik.Request) (sql.NullFloat64, sql.NullFloat64) {
	if !r.HasLocation {
		return sql.NullFloat64{}, sql.NullFloat64{}
	}
	return sql.NullFloat64{Float64: r.Lat, Valid: true}, sql.NullFloat64{Float64: r.Lon, Valid: true}
}

const requestCols = `r.id, r.district, r.created_at, r.category, r.text, r.address, r.lat, r.lon,
	r.channel, r.status, r.version, r.updated_at`

type scanner interface{ Scan(...any) error }

func scanRequest(s scanner, extra ...any) (tafkik.Request, error) {
	var (
		r                tafkik.Request
		created, updated string
		status           string
		lat, lon         sql.NullFloat64
	)
	dest := append([]any{&r.ID, &r.District, &created, &r.Category, &r.Text, &r.Address, &lat, &lon,
		&r.Channel, &status, &r.Version, &updated}, extra...)
	if err := s.Scan(dest...); err != nil {
		return r, err
	}
	r.CreatedAt, r.UpdatedAt = parseTime(created), parseTime(updated)
	r.Status = tafkik.Status(status)
	if lat.Valid && lon.Valid {
		r.Lat, r.Lon, r.HasLocation = lat.Float64, lon.Float64, true
	}
	return r, nil
}

// Request returns one request, or ErrNotFound.
func (db *DB) Request(ctx context.Context, id string) (tafkik.Request, error) {
	r, err := scanRequest(db.db.QueryRowContext(ctx, `SELECT `+requestCols+` FROM requests r WHERE r.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("request %s: %w", id, ErrNotFound)
	}
	return r, err
}

// AllRequests returns every request, oldest first (ties by id).
func (db *DB) AllRequests(ctx context.Context) ([]tafkik.Request, error) {
	n, err := db.CountRequests(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+requestCols+` FROM requests r ORDER BY r.created_at, r.id`)
	if err != nil {
		return nil, fmt.Errorf("all requests: %w", err)
	}
	defer rows.Close()
	out := make([]tafkik.Request, 0, n)
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CountRequests returns how many requests the district has on record.
func (db *DB) CountRequests(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM requests`).Scan(&n)
	return n, err
}

// RequestQuery selects, orders and pages requests for the inbox.
type RequestQuery struct {
	Text          string // what a clerk typed: every word must match (prefix, Persian-aware)
	Status        tafkik.Status
	Category      string
	Neighbourhood string
	IssueID       string
	Agency        tafkik.Agency
	NeedsReview   bool
	From, To      time.Time // created_at in [From, To)
	OrderBy       string    // created_at (default), id, category, status, neighbourhood
	Desc          bool
	Limit, Offset int
}

// RequestRow is a request with what triage says about it.
type RequestRow struct {
	tafkik.Request
	Neighbourhood string
	IssueID       string
	Agency        tafkik.Agency
	NeedsReview   bool
}

// outsideAgencies is the SQL list of every agency but the municipality.
var outsideAgencies = func() string {
	var codes []string
	for _, a := range tafkik.Agencies {
		if a.Outside() {
			codes = append(codes, "'"+string(a)+"'")
		}
	}
	return "(" + strings.Join(codes, ", ") + ")"
}()

var requestOrder = map[string]string{
	"": "r.created_at", "created_at": "r.created_at", "id": "r.id", "category": "r.category",
	"status": "r.status", "neighbourhood": "r.neighbourhood", "agency": "agency", "issue": "issue",
}

// ListRequests returns one page of the requests that match q, and how many match in all.
// The count and the page's row ids are found on the requests table alone, joining what
// triage knows only when a filter or the order needs it; the joins for the shown columns are
// made for the page's rows only (a deep page or a broad search over 100,000 rows stays fast).
func (db *DB) ListRequests(ctx context.Context, q RequestQuery) ([]RequestRow, int, error) {
	where, args := []string{"1=1"}, []any{}
	needM, needF := false, false
	add := func(cond string, v ...any) { where = append(where, cond); args = append(args, v...) }
	fq := ftsQuery(q.Text)
	lo, hi, byID := idPrefix(q.Text)
	switch {
	case fq != "" && byID:
		add(`(r.rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?) OR (r.id >= ? AND r.id < ?))`, fq, lo, hi)
	case fq != "":
		add(`r.rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)`, fq)
	}
	if q.Status != "" {
		add("r.status = ?", string(q.Status))
	}
	if q.Category != "" {
		add("r.category = ?", q.Category)
	}
	if q.Neighbourhood != "" {
		add("r.neighbourhood = ?", q.Neighbourhood)
	}
	if q.IssueID != "" {
		add("r.id IN (SELECT request_id FROM memberships WHERE issue_id = ?)", q.IssueID)
	}
	switch {
	case q.Agency == tafkik.AgencyMunicipality:
		// Listing the other agencies lets the flags_agency index find the few outside flags.
		add("r.id NOT IN (SELECT request_id FROM flags WHERE agency IN " + outsideAgencies + ")")
	case q.Agency != "":
		add("r.id IN (SELECT request_id FROM flags WHERE agency = ?)", string(q.Agency))
	}
	if q.NeedsReview {
		add("r.id IN (SELECT request_id FROM flags WHERE needs_review = 1 AND decided = 0)")
	}
	if !q.From.IsZero() {
		add("r.created_at >= ?", formatTime(q.From))
	}
	if !q.To.IsZero() {
		add("r.created_at < ?", formatTime(q.To))
	}
	cond := strings.Join(where, " AND ")

	var total int
	countSQL := `SELECT COUNT(*) FROM requests r WHERE ` + cond
	if len(where) == 2 && fq != "" && !byID {
		// Text alone: every indexed row is a request, so FTS counts its own matches.
		countSQL = `SELECT COUNT(*) FROM requests_fts WHERE requests_fts MATCH ?`
	}
	if err := db.db.QueryRowContext(ctx, countSQL, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count requests: %w", err)
	}
	col, ok := requestOrder[q.OrderBy]
	if !ok {
		return nil, 0, fmt.Errorf("%w: order by %q", ErrInvalid, q.OrderBy)
	}
	switch q.OrderBy {
	case "agency":
		needF = true
	case "issue":
		needM = true
	}
	joins := ""
	if needM {
		joins += " LEFT JOIN memberships m ON m.request_id = r.id"
	}
	if needF {
		joins += " LEFT JOIN flags f ON f.request_id = r.id"
	}
	innerCol := map[string]string{"agency": "COALESCE(f.agency, 'municipality')", "issue": "COALESCE(m.issue_id, '')"}[q.OrderBy]
	if innerCol == "" {
		innerCol = col
	}
	dir := "ASC"
	if q.Desc {
		dir = "DESC"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+requestCols+`, r.neighbourhood,
		COALESCE(m.issue_id, '') AS issue_id, COALESCE(f.agency, 'municipality') AS agency,
		COALESCE(f.needs_review AND NOT f.decided, 0)
		FROM (SELECT r.rowid AS rid, `+innerCol+` AS k FROM requests r`+joins+` WHERE `+cond+
		fmt.Sprintf(` ORDER BY k %s, r.id %s LIMIT ? OFFSET ?) p`, dir, dir)+`
		JOIN requests r ON r.rowid = p.rid
		LEFT JOIN memberships m ON m.request_id = r.id LEFT JOIN flags f ON f.request_id = r.id`+
		fmt.Sprintf(` ORDER BY p.k %s, r.id %s`, dir, dir),
		append(args, limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list requests: %w", err)
	}
	defer rows.Close()
	var out []RequestRow
	for rows.Next() {
		var row RequestRow
		var agency string
		row.Request, err = scanRequest(rows, &row.Neighbourhood, &row.IssueID, &agency, &row.NeedsReview)
		if err != nil {
			return nil, 0, err
		}
		row.Agency = tafkik.Agency(agency)
		out = append(out, row)
	}
	return out, total, rows.Err()
}

// SetNeighbourhoods records the neighbourhood triage parsed for each request (by id).
func (db *DB) SetNeighbourhoods(ctx context.Context, byRequest map[string]string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE requests SET neighbourhood = ? WHERE id = ? AND neighbourhood != ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for id, n := range byRequest {
		if _, err := st.ExecContext(ctx, n, id, n); err != nil {
			return fmt.Errorf("set neighbourhood %s: %w", id, err)
		}
	}
	return tx.Commit()
}

// SetSourceIDs records, for requests already stored, the id as their import file wrote it
// (exchange.Row.SourceID) when it is not the id kept; a value "" forgets it, for a request
// imported again as its id is kept. Ids of requests not stored (another district's) are
// passed over.
func (db *DB) SetSourceIDs(ctx context.Context, ids map[string]string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var have bool // any source id stored: only then can one need forgetting
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM source_ids)`).Scan(&have); err != nil {
		return err
	}
	set, err := tx.PrepareContext(ctx, `INSERT INTO source_ids (id, source_id)
		SELECT id, ? FROM requests WHERE id = ?
		ON CONFLICT(id) DO UPDATE SET source_id = excluded.source_id`)
	if err != nil {
		return err
	}
	defer set.Close()
	for id, src := range ids {
		switch {
		case src != "":
			_, err = set.ExecContext(ctx, src, id)
		case have:
			_, err = tx.ExecContext(ctx, `DELETE FROM source_ids WHERE id = ?`, id)
		}
		if err != nil {
			return fmt.Errorf("source id of %s: %w", id, err)
		}
	}
	return tx.Commit()
}

// SourceIDs returns the ids as import files wrote them, by the id kept, for the requests
// whose file wrote them otherwise.
func (db *DB) SourceIDs(ctx context.Context) (map[string]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, source_id FROM source_ids`)
	if err != nil {
		return nil, fmt.Errorf("source ids: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, src string
		if err := rows.Scan(&id, &src); err != nil {
			return nil, err
		}
		out[id] = src
	}
	return out, rows.Err()
}
