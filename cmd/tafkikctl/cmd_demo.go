package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/store"
)

func init() {
	register(command{
		name:    "demo",
		summary: "create a demo Rasht district: demo [--db PATH] [--seed N] [--n 18000] [--truth FILE.csv] [--jsonl FILE] [--split a|b] [--hold N --intake FILE]",
		run:     runDemo,
	})
}

func runDemo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	dbPath := fs.String("db", "", "SQLite database to fill (created if missing)")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same district")
	n := fs.Int("n", 18000, "number of requests")
	district := fs.String("district", "3", "district code")
	days := fs.Int("days", 365, "days the requests span, from 1 Farvardin 1404 (or up to today with --recent)")
	recent := fs.Bool("recent", false, "end the span today instead of starting it on 1 Farvardin 1404, so ages and overdue issues look as in use (not reproducible across days)")
	truthPath := fs.String("truth", "", "write the truth as CSV (request_id,group_id,jurisdiction)")
	jsonlPath := fs.String("jsonl", "", "write the requests as JSON Lines in the import format")
	split := fs.String("split", "", `use one half of the wording ("a" or "b") to check what tuning learnt by heart`)
	hold := fs.Int("hold", 0, "with --intake: hold the latest N requests back from --db and --jsonl")
	intakePath := fs.String("intake", "", "write the held-back requests as JSON Lines, for center137 serve --intake to file while a demo runs")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *dbPath == "" && *truthPath == "" && *jsonlPath == "" {
		return &exitError{code: 2, err: fmt.Errorf("nothing to do: give --db, --jsonl or --truth")}
	}
	if (*hold > 0) != (*intakePath != "") || *hold < 0 || *hold >= *n {
		return &exitError{code: 2, err: fmt.Errorf("--hold N (0 < N < --n) and --intake FILE go together")}
	}
	if *split != "" && *split != "a" && *split != "b" {
		return &exitError{code: 2, err: fmt.Errorf("--split is a or b, not %q", *split)}
	}
	opt := demo.Options{Seed: *seed, N: *n, District: *district, Days: *days, Split: *split}
	if *recent {
		opt.Start = time.Now().AddDate(0, 0, -*days)
	}
	ds := demo.Generate(opt)
	reqs := ds.Requests
	if *hold > 0 {
		// the latest requests come in while the demo runs (center137 serve --intake)
		byTime := slices.Clone(reqs)
		sort.SliceStable(byTime, func(i, j int) bool { return byTime[i].CreatedAt.Before(byTime[j].CreatedAt) })
		held := byTime[len(byTime)-*hold:]
		if err := writeFile(*intakePath, func(w io.Writer) error { return demo.WriteJSONL(w, held) }); err != nil {
			return err
		}
		late := make(map[string]bool, len(held))
		for _, r := range held {
			late[r.ID] = true
		}
		reqs = slices.DeleteFunc(slices.Clone(reqs), func(r tafkik.Request) bool { return late[r.ID] })
	}

	if *jsonlPath != "" {
		if err := writeFile(*jsonlPath, func(w io.Writer) error { return demo.WriteJSONL(w, reqs) }); err != nil {
			return err
		}
	}
	if *truthPath != "" {
		if err := writeFile(*truthPath, func(w io.Writer) error { return demo.WriteTruthCSV(w, ds.Truth) }); err != nil {
			return err
		}
	}
	if *dbPath != "" {
		db, err := store.Open(ctx, *dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		res, err := db.UpsertRequests(ctx, reqs)
		if err != nil {
			return fmt.Errorf("write requests: %w", err)
		}
		if err := db.SetMeta(ctx, "district", *district); err != nil {
			return err
		}
		fmt.Printf("database %s: %d inserted, %d updated, %d unchanged\n", *dbPath, res.Inserted, res.Updated, res.Unchanged)
	}
	groups := map[string]bool{}
	outside, located := 0, 0
	for i, t := range ds.Truth {
		groups[t.GroupID] = true
		if t.Agency.Outside() {
			outside++
		}
		if ds.Requests[i].HasLocation {
			located++
		}
	}
	fmt.Printf("district %s, seed %d: %d requests, %d true issues, %d outside jurisdiction, %d with location\n",
		*district, *seed, len(ds.Requests), len(groups), outside, located)
	if *hold > 0 {
		fmt.Printf("the latest %d held back for the intake: %s\n", *hold, *intakePath)
	}
	if ds.Crowded > 0 {
		fmt.Fprintf(os.Stderr, "warning: %d issues share a place and weeks with another of the same problem; "+
			"their truth is ambiguous (raise --days for this many requests)\n", ds.Crowded)
	}
	return nil
}

// writeFile writes through a temporary file and renames it, so a failed run never leaves a
// half-written file behind under the real name.
func writeFile(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
