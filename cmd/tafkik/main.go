package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/client"
)

func main() {
	dbPath := flag.String("db", defaultDB(), "the district's local database")
	server := flag.String("server", "", "the central 137 server, e.g. http://127.0.0.1:8137 (default: meta server_url)")
	tokenFile := flag.String("token-file", "", "file holding this device's token, mode 0600 (default: meta token_file)")
	shot := flag.String("screenshot", "", "render --screen into this PNG file and exit")
	screen := flag.String("screen", "", "screen to show: inbox|request|issues|jurisdiction|dashboard|sync")
	gallery := flag.Bool("gallery", false, "show the right-to-left widget gallery")
	showVersion := flag.Bool("version", false, "print the version and exit")
	actor := flag.String("user", os.Getenv("USER"), "the person using the app (for the audit trail)")
	role := flag.String("role", "", "clerk|supervisor|manager (default: the token's role)")
	flag.Parse()
	if *showVersion {
		fmt.Println("tafkik", tafkik.Version)
		return
	}
	if err := run(*dbPath, *server, *tokenFile, *shot, *screen, *gallery, *actor, app.Role(*role)); err != nil {
		fmt.Fprintln(os.Stderr, "tafkik:", err)
		os.Exit(1)
	}
}

func run(dbPath, server, tokenFile, shot, screen string, gallery bool, actor string, role app.Role) error {
	opt := app.RunOptions{Screenshot: shot, Screen: screen, Gallery: gallery}
	if gallery {
		return app.Run(app.Config{}, opt)
	}
	ctx := context.Background()
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return err
	}
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if server == "" {
		server, _ = db.Meta(ctx, "server_url")
	}
	if tokenFile == "" {
		tokenFile, _ = db.Meta(ctx, "token_file")
	}
	var closers []func()
	defer func() {
		for _, c := range closers {
			c()
		}
	}()
	cfg := app.Config{Store: db, Actor: actor, Role: role, Regroup: regroup(db), Setup: firstStart(db, actor, &closers)}
	if server != "" && tokenFile != "" {
		tok, err := client.LoadToken(tokenFile)
		if err != nil {
			return err
		}
		c := client.New(server, tok)
		if err := c.Open(); err != nil {
			return err
		}
		defer c.Close()
		if err := app.LearnRole(ctx, db, c); err != nil {
			fmt.Fprintln(os.Stderr, "tafkik: center not reachable, working offline:", err)
		}
		e := client.NewEngine(db, c)
		e.Actor, e.Arrivals = actor, arrivals(db)
		cfg.Sync = app.SyncEngine(e)
	}
	return app.Run(cfg, opt)
}
