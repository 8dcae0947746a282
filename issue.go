package tafkik

import "time"

// Issue is one distinct problem at one place in one episode: a group of duplicate requests.
type Issue struct {
	ID       string `json:"id"`
	District string `json:"district"`
	Title    string `json:"title"`     // a short Persian description for people
	Problem  string `json:"problem"`   // problem code, e.g. "asphalt", "garbage"
	PlaceKey string `json:"place_key"` // the most precise shared place key
	Place    string `json:"place"`     // the place as people read it
	Status   Status `json:"status"`
	// Agency follows the members' flags; Mixed is set when members disagree.
	Agency    Agency    `json:"agency"`
	Mixed     bool      `json:"mixed,omitempty"`
	Count     int       `json:"count"`
	FirstAt   time.Time `json:"first_at"`
	LastAt    time.Time `json:"last_at"`
	Version   int64     `json:"version,omitempty"`
	UpdatedAt time.Time `json:"updated_at,omitempty"`
}

// Membership places one request in one issue, with why.
type Membership struct {
	RequestID string  `json:"request_id"`
	IssueID   string  `json:"issue_id"`
	Score     float64 `json:"score"`  // similarity to the group, 0..1
	Reason    string  `json:"reason"` // e.g. "same alley; asphalt; 0.82; 3 days apart"
}

// Doubtful reports whether grouping joined the request to its issue on little evidence (only
// the street or the neighbourhood, a pin, the one similar issue there): worth a clerk's look.
// On the sixteen ordinary-district authors' 32 labelled sets (104,000 joins, 364 doubtful
// per district of 6,000 requests), joins scored under DoubtfulScore were right for 66% of
// requests, the others for 92%; on thirty other authors' 60 sets, 70% and 92%.
func (m Membership) Doubtful() bool { return m.Score < DoubtfulScore }

// DoubtfulScore: see Membership.Doubtful. A clerk's decision and an issue's first request
// score 1.
const DoubtfulScore = 0.65

// DecisionKind is a clerk's grouping decision; every later regrouping keeps it.
type DecisionKind string

const (
	// DecisionSame: these requests are one issue (a merge, or "same issue").
	DecisionSame DecisionKind = "same"
	// DecisionDifferent: these requests are not duplicates (a split, or "not a duplicate").
	// With Others set, no request of RequestIDs may share an issue with any of Others (a split:
	// RequestIDs leave, Others stay). With Others empty, no two of RequestIDs may be together.
	DecisionDifferent DecisionKind = "different"
)

// Decision is a clerk's grouping constraint over a set of requests.
type Decision struct {
	ID         string       `json:"id"`
	Kind       DecisionKind `json:"kind"`
	RequestIDs []string     `json:"request_ids"`
	Others     []string     `json:"others,omitempty"`
	Actor      string       `json:"actor"`
	At         time.Time    `json:"at"`
	Note       string       `json:"note,omitempty"`
}
