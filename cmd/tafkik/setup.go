package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/tafkik/tafkik/app"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/client"
	"github.com/tafkik/tafkik/triage"
)

// defaultDB is the district database in the user's data folder: ~/.local/share/tafkik on
// Linux (XDG_DATA_HOME), %AppData%\tafkik on Windows, ~/Library/Application Support/tafkik
// on macOS. Not beside the binary, which an office may keep in a read-only folder.
func defaultDB() string {
	dir := ""
	if runtime.GOOS == "linux" || runtime.GOOS == "freebsd" {
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" {
			if home, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(home, ".local", "share")
			}
		}
	} else if d, err := os.UserConfigDir(); err == nil {
		dir = d
	}
	if dir == "" {
		return "tafkik.db"
	}
	return filepath.Join(dir, "tafkik", "tafkik.db")
}

// firstStart offers an empty database the demo district or the server.
func firstStart(db *store.DB, actor string, closers *[]func()) *app.Setup {
	return &app.Setup{
		CreateDemo: func(ctx context.Context, progress func(done, total int)) error {
			// The demo year ends today, so ages and overdue issues look as they would in use.
			ds := demo.Generate(demo.Options{Seed: 137, N: 18000, Start: time.Now().AddDate(-1, 0, 0)})
			if _, err := db.UpsertRequests(ctx, ds.Requests); err != nil {
				return err
			}
			if err := db.SetMeta(ctx, "district", ds.Requests[0].District); err != nil {
				return err
			}
			_, err := triage.Run(ctx, db, triage.RunOptions{}, progress)
			return err
		},
		Connect: func(ctx context.Context, server, tokenFile string, progress func(done, total int)) (app.Syncer, error) {
			tok, err := client.LoadToken(tokenFile)
			if err != nil {
				return nil, err
			}
			c := client.New(server, tok)
			if err := c.Open(); err != nil {
				return nil, err
			}
			e := client.NewEngine(db, c)
			e.Actor = actor // the first round's requests are grouped whole below, then arrivals one by one
			if err := e.Sync(ctx); err != nil {
				c.Close()
				return nil, err
			}
			*closers = append(*closers, func() { c.Close() })
			for k, v := range map[string]string{"server_url": server, "token_file": tokenFile} {
				if err := db.SetMeta(ctx, k, v); err != nil {
					return nil, err
				}
			}
			if err := app.LearnRole(ctx, db, c); err != nil {
				fmt.Fprintln(os.Stderr, "tafkik: role not learnt:", err)
			}
			if err := regroup(db)(ctx, progress); err != nil {
				return nil, err
			}
			e.Arrivals = arrivals(db)
			return app.SyncEngine(e), nil
		},
	}
}
