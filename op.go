package tafkik

import (
	"encoding/json"
	"time"
)

// OpKind names what a local edit did; an op travels from a device's outbox to the center.
type OpKind string

const (
	OpSetStatus    OpKind = "set_status"     // fields: status, note
	OpAddNote      OpKind = "add_note"       // fields: note (a Note)
	OpAddVisit     OpKind = "add_visit"      // fields: visit (a Visit)
	OpDecideGroup  OpKind = "decide_group"   // fields: decision (a Decision)
	OpDecideFlag   OpKind = "decide_flag"    // fields: agency, note
	OpSetIssueInfo OpKind = "set_issue_info" // fields: title, status
)

// Op is one local edit, recorded in the outbox in the same transaction as the edit, and
// pushed to the center. Its ID is a UUID, so a retried push is applied once.
type Op struct {
	ID          string          `json:"id"`
	District    string          `json:"district"`
	Kind        OpKind          `json:"kind"`
	Entity      string          `json:"entity"` // "request" or "issue"
	EntityID    string          `json:"entity_id"`
	BaseVersion int64           `json:"base_version"`
	Fields      json.RawMessage `json:"fields"`
	Actor       string          `json:"actor"`
	Device      string          `json:"device,omitempty"`
	CreatedAt   time.Time       `json:"created_at"`
}

// OpOutcome is the center's answer to one pushed op.
type OpOutcome string

const (
	OpApplied        OpOutcome = "applied"
	OpAlreadyApplied OpOutcome = "already_applied"
	OpConflict       OpOutcome = "conflict"
	OpRejected       OpOutcome = "rejected"
)
