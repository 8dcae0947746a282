package app

import (
	"context"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
)

// Store is what the screens need from the local database; *store.DB provides it.
type Store interface {
	UpsertRequests(ctx context.Context, reqs []tafkik.Request) (store.UpsertResult, error)
	SetSourceIDs(ctx context.Context, ids map[string]string) error
	CountRequests(ctx context.Context) (int, error)
	ListRequests(ctx context.Context, q store.RequestQuery) ([]store.RequestRow, int, error)
	Request(ctx context.Context, id string) (tafkik.Request, error)
	ListIssues(ctx context.Context, q store.IssueQuery) ([]tafkik.Issue, error)
	CountIssues(ctx context.Context, q store.IssueQuery) (int, error)
	Issue(ctx context.Context, id string) (tafkik.Issue, error)
	IssueMembers(ctx context.Context, issueID string) ([]store.RequestRow, []tafkik.Membership, error)
	AddDecision(ctx context.Context, d tafkik.Decision) error
	Flag(ctx context.Context, requestID string) (tafkik.Flag, error)
	DecideFlag(ctx context.Context, actor, requestID string, a tafkik.Agency, note string) error
	SetRequestStatus(ctx context.Context, actor, id string, s tafkik.Status, note string) error
	SetIssueStatus(ctx context.Context, actor, id string, s tafkik.Status, note string) error
	AddNote(ctx context.Context, n tafkik.Note) error
	Notes(ctx context.Context, entity, id string) ([]tafkik.Note, error)
	History(ctx context.Context, entity, id string) ([]tafkik.Event, error)
	Stats(ctx context.Context) (store.Stats, error)
	AddVisit(ctx context.Context, v tafkik.Visit) error
	PendingCount(ctx context.Context) (int, error)
	Conflicts(ctx context.Context) ([]store.Conflict, error)
	ResolveConflict(ctx context.Context, actor, opID string, keepMine bool) error
	Meta(ctx context.Context, key string) (string, error)
	SetMeta(ctx context.Context, key, value string) error
}

var _ Store = (*store.DB)(nil)

// SyncState is what the field screen and the status bar show about synchronisation.
type SyncState struct {
	Online      bool
	Pending     int
	LastSuccess time.Time
	Err         error
	Done, Total int // progress of the sync under way; Total 0 when idle
	Arrived     int // new requests the last complete round placed into issues
}

// Syncer is the sync engine seen from the UI; cmd/tafkik adapts sync/client to it.
type Syncer interface {
	// SyncNow runs one pull+push round, reporting progress, until done or ctx is cancelled.
	SyncNow(ctx context.Context, progress func(done, total int)) error
}

// SyncWatcher is a Syncer that also reports its background state (from any goroutine).
type SyncWatcher interface {
	Subscribe(fn func(SyncState))
}

// Role is what the device token allows; it picks the first screen.
type Role string

const (
	RoleClerk      Role = "clerk"
	RoleSupervisor Role = "supervisor"
	RoleManager    Role = "manager"
)

// Config wires the screens to the engines. Only Store is required.
type Config struct {
	Store Store
	// Actor names the person in audit events and notes (the token's user).
	Actor string
	// Role, when empty, is read from the store's meta "role".
	Role Role
	// Regroup re-runs duplicate grouping so a merge or split shows; nil leaves grouping as is.
	Regroup func(ctx context.Context, progress func(done, total int)) error
	Sync    Syncer
	// Setup, when set, lets a first start (an empty database, no server) create the demo
	// district or connect to the server before the screens open.
	Setup *Setup
	// SLADays is the number of days an open issue of a category may stay open; "" is the default.
	SLADays map[string]int
	Now     func() time.Time

	// inline runs background work on the caller's goroutine. Fyne's test driver runs
	// fyne.Do on the calling goroutine instead of the UI thread, so tests need the screens'
	// work serialised to be free of data races; the real app never sets it.
	inline bool
	// skipFilterLists leaves the inbox's category and neighbourhood lists empty, so that the
	// first-screen benchmark times what a clerk waits for; the app reads them after the first page.
	skipFilterLists bool
}
