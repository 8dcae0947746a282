package store

import (
	"context"
	"fmt"

	"github.com/tafkik/tafkik"
)

// Stats are the numbers the mission is about: raw requests against distinct issues against
// requests that are another agency's business.
type Stats struct {
	Requests        int                   `json:"requests"`
	Issues          int                   `json:"issues"`         // distinct issues; an ungrouped request counts as one
	Outside         int                   `json:"outside"`        // requests flagged for another agency
	OutsideIssues   int                   `json:"outside_issues"` // distinct issues among those
	NeedsReview     int                   `json:"needs_review"`   // flags waiting for a clerk
	OpenIssues      int                   `json:"open_issues"`
	ByStatus        map[tafkik.Status]int `json:"by_status"`
	ByAgency        map[tafkik.Agency]int `json:"by_agency"`
	ByCategory      map[string]Counts     `json:"by_category"`
	ByNeighbourhood map[string]Counts     `json:"by_neighbourhood"`
}

// Counts splits one slice of the district into the three numbers.
type Counts struct {
	Requests int `json:"requests"`
	Issues   int `json:"issues"`
	Outside  int `json:"outside"`
}

// statsBase is every request with its group (its own id when ungrouped) and agency.
const statsBase = `SELECT r.id, r.status, r.category, r.neighbourhood,
	COALESCE(m.issue_id, 'r:' || r.id) AS grp, COALESCE(f.agency, 'municipality') AS agency,
	COALESCE(f.needs_review AND NOT f.decided, 0) AS review
	FROM requests r LEFT JOIN memberships m ON m.request_id = r.id LEFT JOIN flags f ON f.request_id = r.id`

// Stats counts the district in one read transaction, so the numbers agree with each other.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{ByStatus: map[tafkik.Status]int{}, ByAgency: map[tafkik.Agency]int{},
		ByCategory: map[string]Counts{}, ByNeighbourhood: map[string]Counts{}}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return s, err
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT grp),
		COALESCE(SUM(agency != 'municipality'), 0),
		COUNT(DISTINCT CASE WHEN agency != 'municipality' THEN grp END), COALESCE(SUM(review), 0)
		FROM (`+statsBase+`)`).Scan(&s.Requests, &s.Issues, &s.Outside, &s.OutsideIssues, &s.NeedsReview)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM issues WHERE count > 0
		AND status NOT IN ('resolved', 'referred', 'rejected')`).Scan(&s.OpenIssues); err != nil {
		return s, err
	}
	// Ungrouped requests are open issues of their own while their status is open.
	var ungroupedOpen int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM requests r WHERE NOT EXISTS
		(SELECT 1 FROM memberships m WHERE m.request_id = r.id)
		AND r.status NOT IN ('resolved', 'referred', 'rejected')`).Scan(&ungroupedOpen); err != nil {
		return s, err
	}
	s.OpenIssues += ungroupedOpen

	rows, err := tx.QueryContext(ctx, `SELECT status, COUNT(*) FROM requests GROUP BY status`)
	if err != nil {
		return s, err
	}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			rows.Close()
			return s, err
		}
		s.ByStatus[tafkik.Status(st)] = n
	}
	rows.Close()
	rows, err = tx.QueryContext(ctx, `SELECT agency, COUNT(*) FROM (`+statsBase+`) GROUP BY agency`)
	if err != nil {
		return s, err
	}
	for rows.Next() {
		var a string
		var n int
		if err := rows.Scan(&a, &n); err != nil {
			rows.Close()
			return s, err
		}
		s.ByAgency[tafkik.Agency(a)] = n
	}
	rows.Close()
	for col, into := range map[string]map[string]Counts{"category": s.ByCategory, "neighbourhood": s.ByNeighbourhood} {
		rows, err := tx.QueryContext(ctx, `SELECT `+col+`, COUNT(*), COUNT(DISTINCT grp),
			COALESCE(SUM(agency != 'municipality'), 0) FROM (`+statsBase+`) GROUP BY `+col)
		if err != nil {
			return s, err
		}
		for rows.Next() {
			var k string
			var c Counts
			if err := rows.Scan(&k, &c.Requests, &c.Issues, &c.Outside); err != nil {
				rows.Close()
				return s, err
			}
			into[k] = c
		}
		rows.Close()
	}
	return s, nil
}
