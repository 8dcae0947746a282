package main

import (
	"context"
	"sync"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
)

// triageMu keeps a clerk's regrouping and the sync round's placing of new arrivals apart:
// each reads the grouping the other writes.
var triageMu sync.Mutex

// regroup runs the whole triage pipeline (grouping and jurisdiction), keeping every decision.
func regroup(db *store.DB) func(ctx context.Context, progress func(done, total int)) error {
	return func(ctx context.Context, progress func(done, total int)) error {
		triageMu.Lock()
		defer triageMu.Unlock()
		_, err := triage.Run(ctx, db, triage.RunOptions{}, progress)
		return err
	}
}

// arrivals places the requests a sync round brought into the issues (client.Engine.Arrivals),
// leaving every grouped request where it is.
func arrivals(db *store.DB) func(ctx context.Context) (int, error) {
	return func(ctx context.Context) (int, error) {
		triageMu.Lock()
		defer triageMu.Unlock()
		sum, err := triage.Arrivals(ctx, db, triage.RunOptions{}, nil)
		return sum.Requests, err
	}
}
