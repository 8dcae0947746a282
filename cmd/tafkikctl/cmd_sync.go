package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/client"
	"github.com/tafkik/tafkik/triage"
)

func init() {
	register(command{
		name:    "sync",
		summary: "sync with the center: sync --db PATH [--server URL --token-file F] [--watch] [--place=false] [-v]",
		run:     runSync,
	})
}

// The server URL and token file are remembered so that later syncs (and the desktop app,
// which reads the same keys) need only the database.
const (
	metaServer    = "server_url"
	metaTokenFile = "token_file"
)

func runSync(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file (created if missing: an empty database takes the token's district)")
	server := fs.String("server", "", "center URL, e.g. https://137.example.ir (remembered in the database)")
	tokenFile := fs.String("token-file", "", "file holding the device token (mode 0600)")
	watch := fs.Bool("watch", false, "keep syncing in the background until interrupted")
	interval := fs.Duration("interval", time.Minute, "with --watch: sync at least this often")
	timeout := fs.Duration("timeout", 30*time.Second, "per HTTP attempt")
	verbose := fs.Bool("v", false, "log each call to stderr (the token is never logged)")
	place := fs.Bool("place", true, "place the new requests into issues after each round, as the app does (a district with no grouping yet is grouped whole)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *dbPath == "" || fs.NArg() > 0 {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH")}
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *tokenFile == "" {
		if *tokenFile, err = db.Meta(ctx, metaTokenFile); err != nil {
			return err
		}
		if *tokenFile == "" {
			return &exitError{code: 2, err: errors.New("need --token-file F (first sync of this database)")}
		}
	}
	tok, err := client.LoadToken(*tokenFile)
	if err != nil {
		return err
	}
	if *server == "" {
		if *server, err = db.Meta(ctx, metaServer); err != nil {
			return err
		}
		if *server == "" {
			return &exitError{code: 2, err: errors.New("need --server URL (first sync of this database)")}
		}
	}
	c := client.New(*server, tok)
	c.Timeout = *timeout
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	c.Logger = logger
	if err := c.Open(); err != nil {
		return err
	}
	defer c.Close()
	eng := client.NewEngine(db, c)
	eng.Logger = logger
	eng.Interval = *interval
	if u := os.Getenv("USER"); u != "" {
		eng.Actor = u
	}
	if *place {
		eng.Arrivals = func(ctx context.Context) (int, error) {
			sum, err := triage.Arrivals(ctx, db, triage.RunOptions{}, nil)
			return sum.Requests, err
		}
	}

	if *watch {
		cancel := eng.Subscribe(func(s client.State) {
			if !s.Syncing {
				fmt.Println(syncStateLine(s))
			}
		})
		defer cancel()
		return eng.Run(ctx)
	}
	start := time.Now()
	before, _ := db.SyncCursor(ctx)
	if err := eng.Sync(ctx); err != nil {
		return err
	}
	// Remembered only after a sync worked, so a typo is not kept.
	if err := db.SetMeta(ctx, metaServer, strings.TrimRight(*server, "/")); err != nil {
		return err
	}
	if abs, err := filepath.Abs(*tokenFile); err == nil {
		// Only the path: the token itself never goes into the database.
		if err := db.SetMeta(ctx, metaTokenFile, abs); err != nil {
			return err
		}
	}
	after, _ := db.SyncCursor(ctx)
	district, _ := db.Meta(ctx, store.MetaDistrict)
	n, _ := db.CountRequests(ctx)
	st := eng.State()
	fmt.Printf("district %s: cursor %d → %d, %d requests, %d new placed into issues, %d pending, %d conflicts, %s\n",
		district, before, after, n, st.Arrived, st.Pending, st.Conflicts, time.Since(start).Round(time.Millisecond))
	if st.Conflicts > 0 {
		fmt.Println("some edits were not taken by the center: see `tafkikctl conflicts --db " + *dbPath + "`")
	}
	return nil
}

func syncStateLine(s client.State) string {
	line := fmt.Sprintf("%s online=%t pending=%d conflicts=%d", time.Now().Format(time.TimeOnly), s.Online, s.Pending, s.Conflicts)
	if s.Arrived > 0 {
		line += fmt.Sprintf(" placed=%d", s.Arrived)
	}
	if s.Err != nil {
		line += " error: " + s.Err.Error()
	}
	return line
}
