package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik"
)

func init() {
	register(command{
		name:    "status",
		summary: "change a status offline: status set --db PATH ID STATUS [--note T] [--issue] [--actor A]",
		run:     runStatus,
	})
}

// runStatus writes the change, its audit event and its outbox op in one transaction; the next
// sync carries it to the center. It needs no network.
func runStatus(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "set" {
		return &exitError{code: 2, err: errors.New("usage: status set --db PATH ID STATUS [--note T] [--issue]")}
	}
	fs := flag.NewFlagSet("status set", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	note := fs.String("note", "", "a note that goes with the change")
	issue := fs.Bool("issue", false, "ID names an issue, not a request")
	actor := fs.String("actor", os.Getenv("USER"), "who makes the change (for the audit trail)")
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if *dbPath == "" || len(pos) != 2 {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH, an ID and a STATUS")}
	}
	st, err := tafkik.ParseStatus(pos[1])
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *actor == "" {
		*actor = "tafkikctl"
	}
	if *issue {
		err = db.SetIssueStatus(ctx, *actor, pos[0], st, *note)
	} else {
		err = db.SetRequestStatus(ctx, *actor, pos[0], st, *note)
	}
	if err != nil {
		return err
	}
	n, _ := db.PendingCount(ctx)
	fmt.Printf("%s → %s (%d edits waiting for the next sync)\n", pos[0], st, n)
	return nil
}

// parseInterleaved parses flags that may come before, between or after positional arguments
// (`status set --db x 12 resolved --note y`), which flag.Parse alone does not allow.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		args = fs.Args()
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
