package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sort"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/center"
)

// intake files the requests of a file one at a time, every interval, in time order, each
// stamped with the moment it is filed, as the 137 line takes calls while a demo runs. A
// request the center holds already is skipped, so a restarted demo goes on where it stopped.
// It returns when every request is filed or ctx ends.
func intake(ctx context.Context, db *center.DB, reqs []tafkik.Request, every time.Duration, logger *slog.Logger) error {
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].CreatedAt.Before(reqs[j].CreatedAt) })
	t := time.NewTicker(every)
	defer t.Stop()
	for _, r := range reqs {
		if _, err := db.Request(ctx, r.District, r.ID); err == nil {
			continue
		} else if !errors.Is(err, center.ErrNotFound) {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		r.CreatedAt = time.Now().UTC().Truncate(time.Second)
		if _, err := db.ImportRequests(ctx, []tafkik.Request{r}); err != nil {
			return err
		}
		logger.Info("intake: request filed", "id", r.ID, "district", r.District)
	}
	return nil
}

// loadIntake reads the intake file; its bad rows are reported and skipped.
func loadIntake(path string, stderr io.Writer) ([]tafkik.Request, error) {
	reqs, _, err := readRequests(path, "", stderr)
	return reqs, err
}
