package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage"
)

func init() {
	register(command{
		name:    "triage",
		summary: "group duplicates into issues and flag jurisdiction: triage --db PATH [--no-jurisdiction]",
		run:     runTriage,
	})
}

func runTriage(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	noJur := fs.Bool("no-jurisdiction", false, "leave the jurisdiction flags as they are")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *dbPath == "" || fs.NArg() > 0 {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	var progress func(done, total int)
	if isTerminal(os.Stderr) {
		progress = func(done, total int) {
			fmt.Fprintf(os.Stderr, "\rgrouping %d/%d requests", done, total)
			if done == total {
				fmt.Fprintln(os.Stderr)
			}
		}
	}
	sum, err := triage.Run(ctx, db, triage.RunOptions{SkipJurisdiction: *noJur}, progress)
	if err != nil {
		return err
	}
	fmt.Printf("%d requests → %d issues (%d duplicates); %d for another agency, %d flags need review; %d clerk decisions kept; %.1fs\n",
		sum.Requests, sum.Issues, sum.Duplicates, sum.Outside, sum.NeedsReview, sum.Decisions, sum.Elapsed.Seconds())
	return nil
}

// isTerminal reports whether f is a terminal, so progress is drawn only for a person.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
