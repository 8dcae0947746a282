package main

import (
	"context"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
)

// regroup runs the whole triage pipeline (grouping and jurisdiction), keeping every decision.
func regroup(db *store.DB) func(ctx context.Context, progress func(done, total int)) error {
	return func(ctx context.Context, progress func(done, total int)) error {
		_, err := triage.Run(ctx, db, triage.RunOptions{}, progress)
		return err
	}
}
