package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/persian"
)

func init() {
	register(command{
		name:    "issues",
		summary: "the largest issues: issues --db PATH [--top N] [--open] [--search WORDS] [--order count|last_at|oldest|silence|doubtful]",
		run:     func(ctx context.Context, args []string) error { return issuesTo(ctx, args, os.Stdout) },
	})
}

func issuesTo(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("issues", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	top := fs.Int("top", 20, "how many issues, largest first")
	open := fs.Bool("open", false, "only issues still open")
	search := fs.String("search", "", "only issues whose place, problem or id, or one of whose requests, holds every word (as the app's issue search; a tracking number finds its request's issue)")
	order := fs.String("order", "count", "count (the largest first), last_at (the latest request first), oldest (the oldest first), silence (the longest time between two of an issue's requests first: the ones that may be two episodes) or doubtful (the most requests joined on little evidence first)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if !slices.Contains([]string{"count", "last_at", "oldest", store.SilenceOrder, store.DoubtfulOrder}, *order) {
		return &exitError{code: 2, err: fmt.Errorf("--order %q: want count, last_at, oldest, silence or doubtful", *order)}
	}
	if *dbPath == "" || fs.NArg() > 0 || *top <= 0 {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH and a positive --top")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	issues, err := db.ListIssues(ctx, store.IssueQuery{OrderBy: *order, OpenOnly: *open, Text: *search, Limit: *top})
	if err != nil {
		return err
	}
	if len(issues) == 0 && strings.TrimSpace(*search) != "" {
		fmt.Fprintf(out, "no issue matches %q\n", *search)
		return nil
	}
	if len(issues) == 0 {
		// an empty table reads as a broken command: say why it is empty and what to do
		return writeNoIssues(ctx, out, db, *dbPath, *open)
	}
	var reviews []review
	if *order == store.SilenceOrder || *order == store.DoubtfulOrder {
		// what put each issue where it is in the list
		for _, is := range issues {
			silence, doubtful, err := db.IssueReview(ctx, is.ID)
			if err != nil {
				return err
			}
			reviews = append(reviews, review{days: int(silence / (24 * time.Hour)), doubtful: doubtful})
		}
	}
	writeIssues(out, issues, reviews)
	return nil
}

// review is an issue's longest silence in days and its doubtful joins (store.IssueReview).
type review struct{ days, doubtful int }

// writeIssues writes the issues as a table; with reviews (one per issue), two more columns.
func writeIssues(w io.Writer, issues []tafkik.Issue, reviews []review) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := "count\tproblem\tplace\tfirst\tlast\tagency\tstatus\tissue"
	if reviews != nil {
		head += "\tsilence\tdoubtful"
	}
	fmt.Fprintln(tw, head)
	for i, is := range issues {
		agency := string(is.Agency)
		if is.Mixed {
			agency += "*"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s", is.Count, persian.ProblemTitle(is.Problem), is.Place,
			jalaliDay(is.FirstAt), jalaliDay(is.LastAt), agency, is.Status, is.ID)
		if reviews != nil {
			fmt.Fprintf(tw, "\t%dd\t%d", reviews[i].days, reviews[i].doubtful)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// writeNoIssues explains an empty list: a district not grouped yet, or one whose issues are
// all closed when only the open ones were asked for.
func writeNoIssues(ctx context.Context, out io.Writer, db *store.DB, dbPath string, open bool) error {
	if open {
		some, err := db.ListIssues(ctx, store.IssueQuery{Limit: 1})
		if err != nil {
			return err
		}
		if len(some) > 0 {
			fmt.Fprintln(out, "no open issues: every issue is closed (without --open they are all listed)")
			return nil
		}
	}
	fmt.Fprintf(out, "no issues yet: group the requests first with  tafkikctl triage --db %s\n", dbPath)
	return nil
}
