package tafkik

import "time"

// Request is one citizen's request as the central 137 system recorded it.
// Text and Address are kept exactly as written (display text is never altered);
// comparison forms are derived by triage/persian.
type Request struct {
	ID        string    `json:"id"`
	District  string    `json:"district"`
	CreatedAt time.Time `json:"created_at"`
	Category  string    `json:"category"`
	Text      string    `json:"text"`
	Address   string    `json:"address"`
	// Lat and Lon are WGS84 degrees; HasLocation tells a real 0,0 from a missing one.
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	HasLocation bool    `json:"-"`
	Channel     string  `json:"channel"`
	Status      Status  `json:"status"`
	// Version grows by one with every change the central server accepts.
	Version   int64     `json:"version,omitempty"`
	UpdatedAt time.Time `json:"updated_at,omitempty"`
}

// Note is free text a clerk or supervisor attached to a request or an issue.
type Note struct {
	ID        string    `json:"id"`
	RequestID string    `json:"request_id,omitempty"`
	IssueID   string    `json:"issue_id,omitempty"`
	Author    string    `json:"author"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
}

// Visit is a field supervisor's record of a site visit to an issue.
type Visit struct {
	ID        string    `json:"id"`
	IssueID   string    `json:"issue_id"`
	Author    string    `json:"author"`
	Finding   string    `json:"finding"`
	Lat       float64   `json:"lat,omitempty"`
	Lon       float64   `json:"lon,omitempty"`
	VisitedAt time.Time `json:"visited_at"`
}

// Event is one line of the audit trail: who changed what, when, from what to what.
// It is written in the same transaction as the change it records.
type Event struct {
	ID       int64     `json:"id"`
	At       time.Time `json:"at"`
	Actor    string    `json:"actor"`
	Entity   string    `json:"entity"` // "request", "issue", "flag", "decision", "note", "visit"
	EntityID string    `json:"entity_id"`
	Action   string    `json:"action"`
	Before   string    `json:"before,omitempty"` // JSON of the changed fields before
	After    string    `json:"after,omitempty"`  // JSON of the changed fields after
}
