package app

import (
	"context"
	"sync"
	"time"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/client"
)

// engineSyncer adapts sync/client's Engine to the screens.
type engineSyncer struct{ e *client.Engine }

// SyncEngine wraps a sync engine for Config.Sync: a manual round, its state for the footer,
// the background loop, and a nudge after each local edit.
func SyncEngine(e *client.Engine) Syncer { return engineSyncer{e} }

func (s engineSyncer) SyncNow(ctx context.Context, progress func(done, total int)) error {
	cancel := s.e.Subscribe(func(st client.State) {
		if st.Syncing {
			progress(st.Progress.Done, st.Progress.Total)
		}
	})
	defer cancel()
	return s.e.Sync(ctx)
}

func (s engineSyncer) Subscribe(fn func(SyncState)) {
	s.e.Subscribe(func(st client.State) {
		fn(SyncState{Online: st.Online, Pending: st.Pending, LastSuccess: st.LastSuccess, Err: st.Err,
			Done: st.Progress.Done, Total: st.Progress.Total, Arrived: st.Arrived})
	})
}

func (s engineSyncer) Run(ctx context.Context) error { return s.e.Run(ctx) }
func (s engineSyncer) Notify()                       { s.e.Notify() }

// backgroundRunner is a Syncer that keeps syncing on its own while the window is open.
type backgroundRunner interface {
	Run(ctx context.Context) error
}

// notifier is a Syncer that wants to hear of each local edit, to push it soon.
type notifier interface{ Notify() }

// LearnRole asks the center who the token is and keeps the role in meta "role", so the next
// start offline still opens on the right screen. It gives up quickly: the app must open
// without a network.
func LearnRole(ctx context.Context, db *store.DB, c *client.Client) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	me, err := c.Me(ctx)
	if err != nil {
		return err
	}
	return db.SetMeta(ctx, "role", string(me.Role))
}

// latestState hands the newest sync state to the UI thread; states that arrive while one
// is waiting replace it, so the footer never goes back in time.
type latestState struct {
	mu      sync.Mutex
	s       SyncState
	waiting bool
}
