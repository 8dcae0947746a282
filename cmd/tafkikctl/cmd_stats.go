package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
)

func init() {
	register(command{
		name:    "stats",
		summary: "raw requests vs distinct issues vs outside: stats --db PATH [--json]",
		run:     runStats,
	})
}

func runStats(ctx context.Context, args []string) error { return statsTo(ctx, args, os.Stdout) }

func statsTo(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "one JSON object (keys requests, issues, outside, by_status, by_category, ...)")
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
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	writeStatsText(out, s)
	return nil
}

func writeStatsText(w io.Writer, s store.Stats) {
	fmt.Fprintf(w, "requests      %7d  raw, as received\n", s.Requests)
	fmt.Fprintf(w, "issues        %7d  distinct (an ungrouped request counts as one)\n", s.Issues)
	fmt.Fprintf(w, "outside       %7d  requests for another agency (%d issues)\n", s.Outside, s.OutsideIssues)
	fmt.Fprintf(w, "needs review  %7d  flags waiting for a clerk\n", s.NeedsReview)
	fmt.Fprintf(w, "open issues   %7d\n", s.OpenIssues)

	fmt.Fprintln(w, "\nby status:")
	for _, st := range tafkik.Statuses {
		if n := s.ByStatus[st]; n > 0 {
			fmt.Fprintf(w, "  %-12s %7d\n", st, n)
		}
	}
	if len(s.ByAgency) > 0 {
		fmt.Fprintln(w, "\nby agency:")
		for _, a := range tafkik.Agencies {
			if n := s.ByAgency[a]; n > 0 {
				fmt.Fprintf(w, "  %-12s %7d\n", a, n)
			}
		}
	}
	writeCounts(w, "by problem (triage)", s.ByProblem)
	writeCounts(w, "by category (operator)", s.ByCategory)
	writeCounts(w, "by neighbourhood", s.ByNeighbourhood)
}

// writeCounts lists the biggest slices first: that is what a manager reads.
func writeCounts(w io.Writer, title string, m map[string]store.Counts) {
	// A single empty key means the column is not filled yet (neighbourhoods before triage).
	if _, onlyEmpty := m[""]; len(m) == 0 || (len(m) == 1 && onlyEmpty) {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]].Requests != m[keys[j]].Requests {
			return m[keys[i]].Requests > m[keys[j]].Requests
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "\n%-32s %8s %8s %8s\n", title+":", "requests", "issues", "outside")
	for _, k := range keys {
		c := m[k]
		name := k
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(w, "  %-30s %8d %8d %8d\n", name, c.Requests, c.Issues, c.Outside)
	}
}
