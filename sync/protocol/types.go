package protocol

import (
	"encoding/json"
	"time"

	"github.com/tafkik/tafkik"
)

// Paths and limits both sides agree on. A client may ask for less than MaxLimit; the server
// clamps larger limits instead of refusing them so that an old client keeps working.
const (
	PathPrefix = "/api/v1"

	DefaultChangesLimit = 500
	MaxChangesLimit     = 5000
	// MaxPageBytes: the server ends a changes page early (More set) once the page holds this
	// many bytes of changes, so that a page of long texts stays well under a client's
	// response limit. A page always holds at least one change.
	MaxPageBytes = 8 << 20
	// MaxOpsPerBatch bounds one push; a longer outbox is pushed in several batches.
	MaxOpsPerBatch = 500
	// MaxBodyBytes bounds any request body the server reads (an ops batch, an Open311 POST).
	MaxBodyBytes = 4 << 20

	MediaJSON    = "application/json"
	MediaProblem = "application/problem+json"
)

// ChangesPath, OpsPath, RequestPath and MePath build the endpoint paths (without the host).
func ChangesPath(district string) string { return PathPrefix + "/districts/" + district + "/changes" }
func OpsPath(district string) string     { return PathPrefix + "/districts/" + district + "/ops" }
func RequestPath(district, id string) string {
	return PathPrefix + "/districts/" + district + "/requests/" + id
}

const MePath = PathPrefix + "/me"

// Role is what a device token may do. Every role reads its district; clerks and supervisors
// push ops; a manager reads only; an intake key only files Open311 requests.
type Role string

const (
	RoleClerk      Role = "clerk"
	RoleSupervisor Role = "supervisor"
	RoleManager    Role = "manager"
	RoleIntake     Role = "intake"
)

// Roles lists every role.
var Roles = []Role{RoleClerk, RoleSupervisor, RoleManager, RoleIntake}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if x == r {
			return true
		}
	}
	return false
}

// CanRead reports whether r may pull its district's changes and requests.
func (r Role) CanRead() bool { return r == RoleClerk || r == RoleSupervisor || r == RoleManager }

// CanPush reports whether r may push ops.
func (r Role) CanPush() bool { return r == RoleClerk || r == RoleSupervisor }

// Me is the answer of GET /api/v1/me: what the presented token is. An empty database takes
// its district from here.
type Me struct {
	District string `json:"district"`
	Role     Role   `json:"role"`
	TokenID  string `json:"token_id"` // the public id of the token, never the secret
	// ServerTime lets a client notice a badly set clock before it stamps ops with it.
	ServerTime time.Time `json:"server_time"`
}

// Request is tafkik.Request on the wire. Lat and Lon are null when the request has no
// location, because tafkik.Request keeps HasLocation out of JSON and 0,0 is a real place.
type Request struct {
	ID        string        `json:"id"`
	District  string        `json:"district"`
	CreatedAt time.Time     `json:"created_at"`
	Category  string        `json:"category"`
	Text      string        `json:"text"`
	Address   string        `json:"address"`
	Lat       *float64      `json:"lat"`
	Lon       *float64      `json:"lon"`
	Channel   string        `json:"channel"`
	Status    tafkik.Status `json:"status"`
	Version   int64         `json:"version"`
	UpdatedAt time.Time     `json:"updated_at"`
}

// FromRequest converts a domain request to its wire form.
func FromRequest(r tafkik.Request) Request {
	w := Request{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt, Category: r.Category,
		Text: r.Text, Address: r.Address, Channel: r.Channel, Status: r.Status,
		Version: r.Version, UpdatedAt: r.UpdatedAt}
	if r.HasLocation {
		lat, lon := r.Lat, r.Lon
		w.Lat, w.Lon = &lat, &lon
	}
	return w
}

// Domain converts the wire form back to a domain request.
func (w Request) Domain() tafkik.Request {
	r := tafkik.Request{ID: w.ID, District: w.District, CreatedAt: w.CreatedAt,
		Category: w.Category, Text: w.Text, Address: w.Address, Channel: w.Channel,
		Status: w.Status, Version: w.Version, UpdatedAt: w.UpdatedAt}
	if w.Lat != nil && w.Lon != nil {
		r.Lat, r.Lon, r.HasLocation = *w.Lat, *w.Lon, true
	}
	return r
}

// RequestDetail is the answer of GET /api/v1/districts/{d}/requests/{id}: the request with
// its status and version, and what the center knows of its triage.
type RequestDetail struct {
	Request Request `json:"request"`
	// StatusVersion is the request version at which the status last changed; a set_status op
	// whose base_version is below it is a conflict.
	StatusVersion int64 `json:"status_version"`
	// Agency is the clerk-decided jurisdiction, empty while none has been decided.
	Agency tafkik.Agency `json:"agency,omitempty"`
	// DuplicateOf is the first request of its duplicate group, when it is not that one.
	DuplicateOf string        `json:"duplicate_of,omitempty"`
	Notes       []tafkik.Note `json:"notes"`
}

// ChangeKind names what one entry of the changes feed carries.
type ChangeKind string

const (
	// ChangeRequest: a request was created or its imported content changed; Request holds
	// the full request (an upsert).
	ChangeRequest ChangeKind = "request"
	// ChangeStatus: a request's status moved; Request holds the full request after the move
	// and Status the move itself.
	ChangeStatus   ChangeKind = "status"
	ChangeNote     ChangeKind = "note"     // Note holds the note (append-only)
	ChangeVisit    ChangeKind = "visit"    // Visit holds the visit (append-only)
	ChangeDecision ChangeKind = "decision" // Decision holds a clerk's group decision
	ChangeFlag     ChangeKind = "flag"     // Flag holds a clerk's jurisdiction decision
	ChangeIssue    ChangeKind = "issue"    // Issue holds the issue's title and status after the change
)

// ChangeKinds lists every change kind.
var ChangeKinds = []ChangeKind{ChangeRequest, ChangeStatus, ChangeNote, ChangeVisit,
	ChangeDecision, ChangeFlag, ChangeIssue}

// Change is one entry of a district's changes feed, in server order. Exactly one payload
// field is set, the one named by Kind (Status comes with Request).
type Change struct {
	Seq      int64      `json:"seq"`
	Kind     ChangeKind `json:"kind"`
	Entity   string     `json:"entity"` // "request" or "issue"
	EntityID string     `json:"entity_id"`
	// Version is the entity's version after this change for request, status and issue
	// changes; 0 for notes, visits, decisions and flags, which do not version an entity.
	Version int64     `json:"version"`
	At      time.Time `json:"at"`
	// OpID, Device and Actor name the pushed op that caused the change; OpID is empty for
	// changes that came from an import or an Open311 intake. A device skips the echo of its
	// own ops by OpID (it has applied them already) but still advances its cursor.
	OpID   string `json:"op_id,omitempty"`
	Device string `json:"device,omitempty"`
	Actor  string `json:"actor,omitempty"`

	Request  *Request         `json:"request,omitempty"`
	Status   *StatusChange    `json:"status,omitempty"`
	Note     *tafkik.Note     `json:"note,omitempty"`
	Visit    *tafkik.Visit    `json:"visit,omitempty"`
	Decision *tafkik.Decision `json:"decision,omitempty"`
	Flag     *FlagDecision    `json:"flag,omitempty"`
	Issue    *IssueInfo       `json:"issue,omitempty"`
}

// StatusChange is a status move of a request. Note, when set, is the text that came with
// the move (it is not repeated as a separate note change).
type StatusChange struct {
	From tafkik.Status `json:"from"`
	To   tafkik.Status `json:"to"`
	Note string        `json:"note,omitempty"`
}

// FlagDecision is a clerk's jurisdiction decision on a request.
type FlagDecision struct {
	RequestID string        `json:"request_id"`
	Agency    tafkik.Agency `json:"agency"`
	Note      string        `json:"note,omitempty"`
	DecidedBy string        `json:"decided_by"`
	DecidedAt time.Time     `json:"decided_at"`
}

// IssueInfo is the shared part of an issue: the rest (members, counts, place) each device
// derives from requests and decisions.
type IssueInfo struct {
	ID      string        `json:"id"`
	Title   string        `json:"title"`
	Status  tafkik.Status `json:"status"`
	Version int64         `json:"version"`
}

// ChangesPage is the answer of GET /api/v1/districts/{d}/changes?after=SEQ&limit=N.
// Next is the cursor for the following call (the last Seq of the page, or after itself when
// the page is empty); More says whether changes after Next existed when the page was read.
type ChangesPage struct {
	Changes []Change `json:"changes"`
	Next    int64    `json:"next"`
	More    bool     `json:"more"`
}

// OpsBatch is the body of POST /api/v1/districts/{d}/ops. Ops are applied in order.
type OpsBatch struct {
	Ops []tafkik.Op `json:"ops"`
}

// OpResult is the center's answer to one op of a batch, in the batch's order.
type OpResult struct {
	OpID    string           `json:"op_id"`
	Outcome tafkik.OpOutcome `json:"outcome"`
	// Version is the entity's version after the op (applied, already_applied) or the
	// server's current version (conflict).
	Version int64 `json:"version,omitempty"`
	// Status is the server's current status, on a conflict and on a rejected status move of
	// a known request or issue (Version is then its current version too).
	Status tafkik.Status `json:"status,omitempty"`
	// Title is the server's current issue title, on a set_issue_info conflict.
	Title string `json:"title,omitempty"`
	// Reason says why an op was rejected or conflicted, in English for the log; the client
	// shows its own Persian sentence by Outcome.
	Reason string `json:"reason,omitempty"`
	// Seq is the feed position of the change the op produced, when it produced one.
	Seq int64 `json:"seq,omitempty"`
}

// OpsResult is the answer of POST /api/v1/districts/{d}/ops.
type OpsResult struct {
	Results []OpResult `json:"results"`
}

// Problem is an RFC 9457 error body (application/problem+json).
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

// Problem types. The URIs name the problem; they need not resolve.
const (
	ProblemUnauthorized = "https://tafkik.ir/problems/unauthorized"
	ProblemForbidden    = "https://tafkik.ir/problems/forbidden"
	ProblemNotFound     = "https://tafkik.ir/problems/not-found"
	ProblemBadRequest   = "https://tafkik.ir/problems/bad-request"
	ProblemTooLarge     = "https://tafkik.ir/problems/too-large"
	ProblemInternal     = "https://tafkik.ir/problems/internal"
	ProblemUnsupported  = "https://tafkik.ir/problems/unsupported-media-type"
	ProblemNotAllowed   = "https://tafkik.ir/problems/method-not-allowed"
)

// Typed op fields, one per tafkik.OpKind. Op.Fields holds one of these as JSON.
type (
	// SetStatusFields: set_status on entity "request", or on "issue" where it is the same as
	// set_issue_info with only a status.
	SetStatusFields struct {
		Status tafkik.Status `json:"status"`
		Note   string        `json:"note,omitempty"`
	}
	// AddNoteFields: add_note on entity "request" or "issue".
	AddNoteFields struct {
		Note tafkik.Note `json:"note"`
	}
	// AddVisitFields: add_visit on entity "issue".
	AddVisitFields struct {
		Visit tafkik.Visit `json:"visit"`
	}
	// DecideGroupFields: decide_group on entity "issue" (EntityID the issue the clerk was
	// looking at) or "decision" (EntityID the decision's id); the entity is informative only.
	DecideGroupFields struct {
		Decision tafkik.Decision `json:"decision"`
	}
	// DecideFlagFields: decide_flag on entity "request".
	DecideFlagFields struct {
		Agency tafkik.Agency `json:"agency"`
		Note   string        `json:"note,omitempty"`
	}
	// SetIssueInfoFields: set_issue_info on entity "issue". An empty Title or Status leaves
	// that field as it is; the first op naming an unknown issue creates it on the center.
	SetIssueInfoFields struct {
		Title  string        `json:"title,omitempty"`
		Status tafkik.Status `json:"status,omitempty"`
	}
)

// NewOp builds an op with its fields marshalled; the caller sets ID, District, Actor, Device
// and CreatedAt.
func NewOp(kind tafkik.OpKind, entity, entityID string, baseVersion int64, fields any) (tafkik.Op, error) {
	b, err := json.Marshal(fields)
	if err != nil {
		return tafkik.Op{}, err
	}
	return tafkik.Op{Kind: kind, Entity: entity, EntityID: entityID, BaseVersion: baseVersion,
		Fields: b}, nil
}
