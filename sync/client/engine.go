package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/protocol"
)

// State is what the UI shows about sync. Subscribers receive a copy on every change, on the
// engine's goroutine: the UI moves it onto its own thread (fyne.Do).
type State struct {
	Online      bool      // the last attempt reached the center
	Syncing     bool      // a sync round is running
	Pending     int       // local edits not yet accepted by the center
	Conflicts   int       // conflicts and rejections waiting for a person
	LastSuccess time.Time // end of the last complete round
	// Arrived is how many new requests the last complete round placed into issues
	// (Engine.Arrivals).
	Arrived  int
	Err      error // the last round's error, nil after a success
	Progress Progress
}

// Progress is how far the current round is. Total is 0 while unknown (the feed does not say
// how long it is; Done then counts changes pulled).
type Progress struct {
	Phase       string // "pull" or "push"
	Done, Total int
}

// Engine moves changes between one database and the center: pull pages of the district's
// feed, push the outbox in batches, keep conflicts and rejections for a person. Sync does one
// round; Run keeps syncing in the background until its context ends.
type Engine struct {
	DB     *store.DB
	Client *Client
	// Actor is who resolves conflicts on this device (the audit trail names them).
	Actor     string
	PageSize  int           // changes per pull page
	BatchSize int           // ops per push
	Interval  time.Duration // Run syncs at least this often
	// MinRetry and MaxRetry bound Run's back-off after a failed round (the client has
	// retried each call already; this spaces whole rounds while the center is away).
	MinRetry, MaxRetry time.Duration
	Logger             *slog.Logger
	// Arrivals, when set, ends every round that reached the center: it places the requests
	// that are in no issue yet (the ones just pulled, or left over from a round cut short)
	// into the issues, and says how many it placed. cmd/tafkik sets it to triage.Arrivals,
	// which this package cannot import.
	Arrivals func(ctx context.Context) (int, error)

	notify chan struct{}
	round  sync.Mutex // one round at a time (Run and a manual Sync may meet)

	mu       sync.Mutex
	state    State
	subs     map[int]func(State)
	nextSub  int
	me       *protocol.Me
	district string
}

// NewEngine returns an engine with defaults filled in.
func NewEngine(db *store.DB, c *Client) *Engine {
	return &Engine{
		DB: db, Client: c, Actor: "local",
		PageSize: protocol.MaxChangesLimit, BatchSize: protocol.MaxOpsPerBatch,
		Interval: time.Minute, MinRetry: 2 * time.Second, MaxRetry: 5 * time.Minute,
		Logger: slog.New(slog.DiscardHandler),
		notify: make(chan struct{}, 1),
		subs:   map[int]func(State){},
	}
}

// Notify asks Run for a round soon (after a local edit). It never blocks.
func (e *Engine) Notify() {
	select {
	case e.notify <- struct{}{}:
	default:
	}
}

// Subscribe registers fn for every state change and calls it once with the current state.
// fn runs on the engine's goroutine and must not block; cancel unregisters it.
func (e *Engine) Subscribe(fn func(State)) (cancel func()) {
	e.mu.Lock()
	id := e.nextSub
	e.nextSub++
	e.subs[id] = fn
	st := e.state
	e.mu.Unlock()
	fn(st)
	return func() {
		e.mu.Lock()
		delete(e.subs, id)
		e.mu.Unlock()
	}
}

// State returns the current state.
func (e *Engine) State() State {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.state
}

func (e *Engine) update(f func(*State)) {
	e.mu.Lock()
	f(&e.state)
	st := e.state
	fns := make([]func(State), 0, len(e.subs))
	for _, fn := range e.subs {
		fns = append(fns, fn)
	}
	e.mu.Unlock()
	for _, fn := range fns {
		fn(st)
	}
}

// Run syncs now, then whenever Notify is called or Interval passes, backing off with jitter
// after a failed round, until ctx ends (the shape of litestream's replica monitor). A refused
// token or a wrong district is not retried quickly: it waits for Notify or the interval.
func (e *Engine) Run(ctx context.Context) error {
	ticker := time.NewTicker(e.Interval)
	defer ticker.Stop()
	var backoff time.Duration
	for {
		err := e.Sync(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil && retryable(err) {
			backoff = min(max(backoff*2, e.MinRetry), e.MaxRetry)
			wait := backoff/2 + rand.N(backoff/2+1)
			e.Logger.Warn("sync round failed", "err", err.Error(), "retry_in", wait)
			t := time.NewTimer(wait)
			for waiting := true; waiting; {
				select {
				case <-ctx.Done():
					t.Stop()
					return nil
				case <-t.C:
					waiting = false
				case <-e.notify:
					// A local edit while the center is away: no round before the back-off
					// ends, but the UI's pending count moves at once.
					e.refresh(ctx)
				}
			}
			continue
		}
		backoff = 0
		select {
		case <-ctx.Done():
			return nil
		case <-e.notify:
		case <-ticker.C:
		}
	}
}

// refresh updates the counts of pending ops and conflicts without syncing.
func (e *Engine) refresh(ctx context.Context) {
	pending, err := e.DB.PendingCount(ctx)
	if err != nil {
		return
	}
	conflicts, err := e.DB.Conflicts(ctx)
	if err != nil {
		return
	}
	e.update(func(s *State) { s.Pending, s.Conflicts = pending, len(conflicts) })
}

// Sync does one round: learn the district (an empty database takes the token's), pull, push,
// and pull again when something was pushed so that this device sees its ops' echoes and what
// others did meanwhile.
func (e *Engine) Sync(ctx context.Context) (err error) {
	e.round.Lock()
	defer e.round.Unlock()
	e.update(func(s *State) { s.Syncing, s.Progress = true, Progress{} })
	arrived := 0
	defer func() {
		pending, _ := e.DB.PendingCount(context.WithoutCancel(ctx))
		conflicts, _ := e.DB.Conflicts(context.WithoutCancel(ctx))
		e.update(func(s *State) {
			s.Syncing, s.Err, s.Pending, s.Conflicts = false, err, pending, len(conflicts)
			if !errors.Is(err, context.Canceled) { // a round cut short by shutdown says nothing
				s.Online = err == nil || !(errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTimeout))
			}
			if err == nil {
				s.LastSuccess, s.Arrived = time.Now(), arrived
			}
		})
		if err == nil {
			_ = e.DB.SetMeta(context.WithoutCancel(ctx), store.MetaLastSuccess, time.Now().UTC().Format(time.RFC3339))
		}
	}()
	district, me, err := e.learnDistrict(ctx)
	if err != nil {
		return err
	}
	if _, err := e.Pull(ctx, district); err != nil {
		return err
	}
	if me.Role.CanPush() { // a manager's device only reads; its outbox stays as it is
		pushed, err := e.Push(ctx, district)
		if err != nil {
			return err
		}
		if pushed > 0 {
			if _, err := e.Pull(ctx, district); err != nil {
				return err
			}
		}
	}
	if e.Arrivals != nil {
		e.update(func(s *State) { s.Progress = Progress{Phase: "place"} })
		if arrived, err = e.Arrivals(ctx); err != nil {
			return fmt.Errorf("%w: %w", ErrArrivals, err)
		}
	}
	return nil
}

func (e *Engine) learnDistrict(ctx context.Context) (string, protocol.Me, error) {
	e.mu.Lock()
	me, district := e.me, e.district
	e.mu.Unlock()
	if me != nil {
		return district, *me, nil
	}
	m, err := e.Client.Me(ctx)
	if err != nil {
		return "", m, fmt.Errorf("who am I: %w", err)
	}
	district, err = e.DB.Meta(ctx, store.MetaDistrict)
	if err != nil {
		return "", m, err
	}
	switch {
	case m.District == "":
		return "", m, ErrNoDistrict
	case district == "":
		if err := e.DB.SetMeta(ctx, store.MetaDistrict, m.District); err != nil {
			return "", m, err
		}
		district = m.District
	case district != m.District:
		return "", m, fmt.Errorf("%w: database %s, token %s", ErrWrongDistrict, district, m.District)
	}
	e.mu.Lock()
	e.me, e.district = &m, district
	e.mu.Unlock()
	return district, m, nil
}

// Pull applies the feed page by page from the stored cursor until the center has no more;
// each page and its cursor commit together. The next page is fetched while the current one
// is written (the center and the network work while SQLite does), which is safe because it
// starts exactly at the cursor the current page commits. It returns the number of changes read.
func (e *Engine) Pull(ctx context.Context, district string) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops a prefetch nobody will read
	type fetched struct {
		page protocol.ChangesPage
		err  error
	}
	fetch := func(after int64) <-chan fetched {
		ch := make(chan fetched, 1)
		go func() {
			p, err := e.Client.Changes(ctx, district, after, e.PageSize)
			ch <- fetched{p, err}
		}()
		return ch
	}
	cur, err := e.DB.SyncCursor(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	next := fetch(cur)
	for next != nil {
		f := <-next
		if f.err != nil {
			return done, fmt.Errorf("pull after %d: %w", cur, f.err)
		}
		page := f.page
		next = nil
		if page.More && page.Next > cur {
			next = fetch(page.Next)
		}
		changes := make([]store.RemoteChange, len(page.Changes))
		for i := range page.Changes {
			changes[i] = remoteChange(&page.Changes[i])
		}
		if _, err := e.DB.ApplyChanges(ctx, changes, page.Next); err != nil {
			return done, fmt.Errorf("apply changes after %d: %w", cur, err)
		}
		done += len(changes)
		cur = page.Next
		e.update(func(s *State) { s.Online, s.Progress = true, Progress{Phase: "pull", Done: done} })
	}
	return done, nil
}

// Push sends the outbox in batches and records every answer. An op this device should never
// have written (one the protocol refuses outright) is recorded as rejected here, so it waits
// for a person instead of blocking the queue. It returns the number of ops answered.
func (e *Engine) Push(ctx context.Context, district string) (int, error) {
	total, err := e.DB.PendingCount(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	batch := e.BatchSize
	for {
		ops, err := e.DB.PendingOps(ctx, batch)
		if err != nil || len(ops) == 0 {
			return done, err
		}
		var send []tafkik.Op
		var local []store.OpResult
		changed := map[string]bool{}
		for _, op := range ops {
			// Two state changes of one entity never travel in one batch: the second was made on
			// top of the first, and only the first's answer tells its new base version (see
			// store.RecordOpResults). The batch ends there; the next one starts with it.
			if key := stateKey(op); key != "" {
				if changed[key] {
					break
				}
				changed[key] = true
			}
			w := wireOp(op, district)
			if _, err := protocol.DecodeOp(w); err != nil {
				local = append(local, store.OpResult{OpID: op.ID, Outcome: tafkik.OpRejected,
					Reason: "refused before sending: " + err.Error()})
				continue
			}
			send = append(send, w)
		}
		if len(local) > 0 {
			if err := e.DB.RecordOpResults(ctx, local); err != nil {
				return done, err
			}
		}
		if len(send) > 0 {
			results, err := e.Client.PushOps(ctx, district, send)
			if errors.Is(err, ErrRequestLarge) {
				// Long notes can make a batch too big: halve it; a single op too big for the
				// center is kept for a person like a rejection.
				if len(send) > 1 {
					batch = max(1, len(send)/2)
					continue
				}
				if err := e.DB.RecordOpResults(ctx, []store.OpResult{{OpID: send[0].ID, Outcome: tafkik.OpRejected,
					Reason: "refused before sending: " + err.Error()}}); err != nil {
					return done, err
				}
				done++
				continue
			}
			if err != nil {
				ids := make([]string, len(send))
				for i, op := range send {
					ids[i] = op.ID
				}
				_ = e.DB.RecordPushFailure(context.WithoutCancel(ctx), ids, err.Error())
				return done, fmt.Errorf("push %d ops: %w", len(send), err)
			}
			rs := make([]store.OpResult, len(results))
			for i, r := range results {
				rs[i] = store.OpResult{OpID: r.OpID, Outcome: r.Outcome, Version: r.Version, Status: r.Status,
					Title: r.Title, Reason: r.Reason, Seq: r.Seq}
				if err := e.serverValue(ctx, district, send[i], &rs[i]); err != nil {
					// Nothing recorded yet: the next push gets the same answers again.
					return done, err
				}
			}
			if err := e.DB.RecordOpResults(ctx, rs); err != nil {
				return done, err
			}
		}
		done += len(ops)
		e.update(func(s *State) {
			s.Online, s.Progress = true, Progress{Phase: "push", Done: done, Total: max(total, done)}
		})
	}
}

// serverValue fills in the center's current status for a rejected status change (a rejection
// carries only a reason), so that the device shows what the center has while the rejection
// waits for a person, as it does for a conflict.
func (e *Engine) serverValue(ctx context.Context, district string, op tafkik.Op, r *store.OpResult) error {
	if r.Outcome != tafkik.OpRejected || op.Kind != tafkik.OpSetStatus || op.Entity != "request" || r.Status != "" {
		return nil
	}
	d, err := e.Client.Request(ctx, district, op.EntityID)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read request %s after a rejection: %w", op.EntityID, err)
	}
	r.Status, r.Version = d.Request.Status, d.Request.Version
	return nil
}

// Conflicts returns the conflicts and rejections waiting for a person.
func (e *Engine) Conflicts(ctx context.Context) ([]store.Conflict, error) { return e.DB.Conflicts(ctx) }

// ResolveConflict settles one: keepMine re-queues the edit on top of the server's version
// (pushed on the next round), otherwise the server's value stays.
func (e *Engine) ResolveConflict(ctx context.Context, opID string, keepMine bool) error {
	if err := e.DB.ResolveConflict(ctx, e.Actor, opID, keepMine); err != nil {
		return err
	}
	e.Notify()
	return nil
}

// stateKey names what a base-versioned op changes ("" for append-only ops).
func stateKey(op tafkik.Op) string {
	switch op.Kind {
	case tafkik.OpSetStatus, tafkik.OpSetIssueInfo:
		return op.Entity + "\x00" + op.EntityID
	case tafkik.OpDecideFlag:
		return "flag\x00" + op.EntityID
	}
	return ""
}

// wireOp adapts an outbox op to the protocol where the store's local form differs: an issue
// status is set_issue_info on the wire, and a group decision names entity "issue".
func wireOp(op tafkik.Op, district string) tafkik.Op {
	op.District = district
	switch {
	case op.Kind == tafkik.OpSetStatus && op.Entity == "issue":
		var f protocol.SetStatusFields
		if err := json.Unmarshal(op.Fields, &f); err == nil {
			w, err := protocol.NewOp(tafkik.OpSetIssueInfo, "issue", op.EntityID, op.BaseVersion,
				protocol.SetIssueInfoFields{Status: f.Status})
			if err == nil {
				op.Kind, op.Fields = w.Kind, w.Fields
			}
		}
	case op.Kind == tafkik.OpDecideGroup && op.Entity != "issue":
		op.Entity = "issue"
	}
	return op
}

// remoteChange converts a wire change to the store's form.
func remoteChange(c *protocol.Change) store.RemoteChange {
	rc := store.RemoteChange{Seq: c.Seq, Kind: string(c.Kind), Entity: c.Entity, EntityID: c.EntityID,
		Version: c.Version, At: c.At, OpID: c.OpID, Actor: c.Actor, Device: c.Device,
		Note: c.Note, Visit: c.Visit, Decision: c.Decision}
	if c.Request != nil {
		r := c.Request.Domain()
		rc.Request = &r
	}
	if c.Status != nil {
		rc.StatusFrom, rc.StatusNote = c.Status.From, c.Status.Note
		if rc.Request != nil && c.Status.To != "" {
			rc.Request.Status = c.Status.To
		}
	}
	if c.Flag != nil {
		rc.Flag = &tafkik.Flag{RequestID: c.Flag.RequestID, Agency: c.Flag.Agency, Confidence: 1, RuleID: "clerk",
			Decided: true, DecidedBy: c.Flag.DecidedBy, DecidedAt: c.Flag.DecidedAt}
		rc.FlagNote = c.Flag.Note
	}
	if c.Issue != nil {
		rc.Issue = &tafkik.Issue{ID: c.Issue.ID, Title: c.Issue.Title, Status: c.Issue.Status, Version: c.Issue.Version}
	}
	if rc.Actor == "" {
		rc.Actor = strings.TrimSpace(c.Device)
	}
	return rc
}
