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
		summary: "group duplicates into issues and flag jurisdiction: triage --db PATH [--new] [--no-jurisdiction]",
		run:     runTriage,
	})
}

func runTriage(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	noJur := fs.Bool("no-jurisdiction", false, "leave the jurisdiction flags as they are")
	onlyNew := fs.Bool("new", false, "place only the requests in no issue yet (new arrivals); every grouped request stays in its issue")
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
	run := triage.Run
	if *onlyNew {
		run = triage.Arrivals
	}
	sum, err := run(ctx, db, triage.RunOptions{SkipJurisdiction: *noJur}, progress)
	if err != nil {
		return err
	}
	if *onlyNew {
		fmt.Printf("%d new requests placed: %d joined an issue, the others opened one; %d issues touched; %d for another agency, %d flags need review; %.1fs\n",
			sum.Requests, sum.Duplicates, sum.Issues, sum.Outside, sum.NeedsReview, sum.Elapsed.Seconds())
		return nil
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
