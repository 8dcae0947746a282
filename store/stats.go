package store

import (
	"context"
	"fmt"
	"strconv"

	"github.com/tafkik/tafkik"
)

// Stats are the numbers the mission is about: raw requests against distinct issues against
// requests that are another agency's business.
type Stats struct {
	Requests      int                   `json:"requests"`
	Issues        int                   `json:"issues"`         // distinct issues; an ungrouped request counts as one
	Outside       int                   `json:"outside"`        // requests flagged for another agency
	OutsideIssues int                   `json:"outside_issues"` // distinct issues among those
	NeedsReview   int                   `json:"needs_review"`   // flags waiting for a clerk
	OpenIssues    int                   `json:"open_issues"`
	ByStatus      map[tafkik.Status]int `json:"by_status"`
	ByAgency      map[tafkik.Agency]int `json:"by_agency"`
	ByCategory    map[string]Counts     `json:"by_category"`
	// ByProblem counts by the problem triage found (its code, e.g. "asphalt"); operators file
	// one problem under several categories («آسفالت معابر», «ترمیم آسفالت», «سایر»), so a
	// manager's "what is wrong" is this, not ByCategory. "" is an ungrouped request.
	ByProblem       map[string]Counts `json:"by_problem"`
	ByNeighbourhood map[string]Counts `json:"by_neighbourhood"`
}

// Counts splits one slice of the district into the three numbers.
type Counts struct {
	Requests int `json:"requests"`
	Issues   int `json:"issues"`
	Outside  int `json:"outside"`
}

// Stats counts the district in one read transaction, so the numbers agree with each other.
// It reads every request once with its group and agency and counts in Go: one scan instead of
// one grouped query per breakdown (2.7 s → a few hundred ms on 100,000 requests).
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{ByStatus: map[tafkik.Status]int{}, ByAgency: map[tafkik.Agency]int{},
		ByCategory: map[string]Counts{}, ByProblem: map[string]Counts{}, ByNeighbourhood: map[string]Counts{}}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return s, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT r.status, r.category, r.neighbourhood,
		COALESCE(m.issue_id, ''), COALESCE(i.problem, ''), COALESCE(f.agency, 'municipality'),
		COALESCE(f.needs_review AND NOT f.decided, 0)
		FROM requests r LEFT JOIN memberships m ON m.request_id = r.id LEFT JOIN issues i ON i.id = m.issue_id
		LEFT JOIN flags f ON f.request_id = r.id`)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	type groupSet map[string]struct{}
	groups, outsideGroups := groupSet{}, groupSet{}
	catGroups, nbGroups, probGroups := map[string]groupSet{}, map[string]groupSet{}, map[string]groupSet{}
	ungroupedOpen := 0
	count := func(into map[string]Counts, sets map[string]groupSet, key, grp string, outside bool) {
		c := into[key]
		c.Requests++
		if outside {
			c.Outside++
		}
		if sets[key] == nil {
			sets[key] = groupSet{}
		}
		sets[key][grp] = struct{}{}
		into[key] = c
	}
	var status, category, nb, grp, problem, agency string
	var review bool
	for rows.Next() {
		if err := rows.Scan(&status, &category, &nb, &grp, &problem, &agency, &review); err != nil {
			return s, err
		}
		if grp == "" { // an ungrouped request is an issue of its own
			grp = "\x00" + strconv.Itoa(s.Requests)
			if tafkik.Status(status).Open() {
				ungroupedOpen++
			}
		}
		outside := tafkik.Agency(agency).Outside()
		s.Requests++
		groups[grp] = struct{}{}
		if outside {
			s.Outside++
			outsideGroups[grp] = struct{}{}
		}
		if review {
			s.NeedsReview++
		}
		s.ByStatus[tafkik.Status(status)]++
		s.ByAgency[tafkik.Agency(agency)]++
		count(s.ByCategory, catGroups, category, grp, outside)
		count(s.ByNeighbourhood, nbGroups, nb, grp, outside)
		count(s.ByProblem, probGroups, problem, grp, outside)
	}
	if err := rows.Err(); err != nil {
		return s, err
	}
	s.Issues, s.OutsideIssues = len(groups), len(outsideGroups)
	for k, set := range catGroups {
		c := s.ByCategory[k]
		c.Issues = len(set)
		s.ByCategory[k] = c
	}
	for _, b := range []struct {
		into map[string]Counts
		sets map[string]groupSet
	}{{s.ByNeighbourhood, nbGroups}, {s.ByProblem, probGroups}} {
		for k, set := range b.sets {
			c := b.into[k]
			c.Issues = len(set)
			b.into[k] = c
		}
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM issues WHERE count > 0
		AND status NOT IN ('resolved', 'referred', 'rejected')`).Scan(&s.OpenIssues); err != nil {
		return s, err
	}
	s.OpenIssues += ungroupedOpen
	return s, nil
}
