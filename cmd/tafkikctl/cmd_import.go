package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/store/exchange"
)

func init() {
	register(command{
		name:    "import",
		summary: "import requests: import --db PATH [--strict] [--map field=column] [--format F] FILE.jsonl|.csv|.xlsx|-...",
		run:     runImport,
	})
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// parseFlagsAndFiles lets flags come after the file names too (tafkikctl import a.csv --db x),
// which the flag package alone does not.
func parseFlagsAndFiles(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, &exitError{code: 2, err: err}
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(files, rest...), nil
		}
		if len(rest) == 0 {
			return files, nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// importBatch collects the good rows of every file; a request id seen twice keeps its last
// row, so the one transaction never writes the same request twice.
type importBatch struct {
	reqs  []tafkik.Request
	index map[string]int
	dups  int
	// source is, by id kept, the id as the file wrote it ("" when the same): see
	// exchange.Row.SourceID
	source map[string]string
}

func (b *importBatch) add(r tafkik.Request) {
	if i, ok := b.index[r.ID]; ok {
		b.reqs[i] = r
		b.dups++
		return
	}
	b.index[r.ID] = len(b.reqs)
	b.reqs = append(b.reqs, r)
}

func runImport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file (created if missing)")
	strict := fs.Bool("strict", false, "any bad row aborts the import: nothing is written")
	check := fs.Bool("check", false, "read and report only, by district: nothing is written (no --db needed)")
	sheet := fs.String("sheet", "", "XLSX worksheet (default: the first)")
	district := fs.String("district", "", "the database's district: rows of others are not imported (default: the database's, or the one the file names)")
	formatName := fs.String("format", "", "jsonl, csv or xlsx for every FILE (default: by extension; - reads standard input)")
	var maps stringList
	fs.Var(&maps, "map", "field=column: read field from this column (header name or 1-based number); repeatable")
	files, err := parseFlagsAndFiles(fs, args)
	if err != nil {
		return err
	}
	if (*dbPath == "" && !*check) || len(files) == 0 {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH (or --check) and at least one FILE")}
	}
	mapping, err := exchange.ParseMap(maps)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	format := exchange.Format(*formatName)
	switch format {
	case "", exchange.JSONL, exchange.CSV, exchange.XLSX:
	default:
		return &exitError{code: 2, err: fmt.Errorf("--format %q: want jsonl, csv or xlsx", *formatName)}
	}

	batch := importBatch{index: map[string]int{}}
	rejected := 0
	start := time.Now()
	for _, path := range files {
		good, bad, err := importReadFile(path, format, exchange.Options{File: path, Map: mapping, Sheet: *sheet}, os.Stderr, &batch)
		if err != nil {
			// importReadFile added nothing: a file that fails half-way is not half-imported.
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// The whole file is unusable (unreadable, no header, not an XLSX...): report it
			// like a bad row so the other files still import.
			fmt.Fprintln(os.Stderr, err)
			rejected++
			continue
		}
		rejected += bad
		fmt.Printf("%s: %d rows read, %d rejected\n", path, good+bad, bad)
	}
	if *strict && rejected > 0 {
		return &exitError{code: 3, err: fmt.Errorf("--strict: %d bad rows or files; nothing imported", rejected)}
	}
	if batch.dups > 0 {
		fmt.Printf("%d rows repeated an earlier id; the last one counts\n", batch.dups)
	}

	if *check {
		byDistrict := map[string]int{}
		for _, r := range batch.reqs {
			d := r.District
			if d == "" {
				d = "none"
			}
			byDistrict[d]++
		}
		fmt.Printf("%d requests read, by district: %s; nothing written (--check)\n", len(batch.reqs), districtCounts(byDistrict))
	} else if len(batch.reqs) > 0 {
		db, err := store.Open(ctx, *dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		fmt.Printf("writing %d requests to %s (read in %.2fs)\n", len(batch.reqs), *dbPath, time.Since(start).Seconds())
		wstart := time.Now()
		res, err := db.UpsertDistrictRequests(ctx, exchange.DistrictCode(*district), batch.reqs)
		if err != nil {
			return fmt.Errorf("nothing imported: %w", err)
		}
		if err := db.SetSourceIDs(ctx, batch.source); err != nil {
			return fmt.Errorf("requests imported, but not the ids as the file wrote them: %w", err)
		}
		fmt.Printf("imported %d requests: %d new, %d updated, %d unchanged (written in %.2fs)\n",
			res.Inserted+res.Updated+res.Unchanged, res.Inserted, res.Updated, res.Unchanged, time.Since(wstart).Seconds())
		if n := res.Skipped(); n > 0 {
			fmt.Fprintf(os.Stderr, "%d requests of other districts (%s) not imported: this database is district %s's\n",
				n, districtCounts(res.OtherDistrict), res.District)
		}
		if len(res.Districts) > 1 {
			fmt.Fprintf(os.Stderr, "the requests name %d districts (%s), all imported: this database has no district yet (import with --district D to keep one district's)\n",
				len(res.Districts), districtCounts(res.Districts))
		}
	}
	if rejected > 0 {
		return &exitError{code: 3, err: fmt.Errorf("%d rows rejected (listed above)", rejected)}
	}
	return nil
}

// maxWarnings is how many rows read with something left out (exchange.Row.Warn) an import
// lists one by one for each file; the rest are counted.
const maxWarnings = 20

// importReadFile reads one file into batch, reporting each bad row on errw as FILE:LINE: reason.
// The file's rows join the batch only when the whole file could be read. With --strict the
// good rows are still collected: the caller discards everything.
func importReadFile(path string, format exchange.Format, opt exchange.Options, errw io.Writer,
	batch *importBatch) (good, bad int, err error) {
	f := os.Stdin
	if path == "-" {
		opt.File = "stdin"
		if format == "" {
			format = exchange.JSONL
		}
	} else {
		if format == "" {
			if format, err = exchange.FormatFromPath(path); err != nil {
				return 0, 0, err
			}
		}
		if f, err = os.Open(path); err != nil {
			return 0, 0, err
		}
		defer f.Close()
	}
	var reqs []tafkik.Request
	// Growing a slice of 100,000 requests by doubling copies it again and again; a row of the
	// central export is rarely under 250 bytes.
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && format != exchange.XLSX {
		reqs = make([]tafkik.Request, 0, min(st.Size()/250, 2_000_000))
	}
	warned := 0
	var srcs []string // each good row's SourceID
	err = exchange.Read(f, format, opt, func(row exchange.Row) error {
		if row.Err != nil {
			bad++
			fmt.Fprintln(errw, row.Err)
			return nil
		}
		if row.Warn != nil {
			// read all the same, not a rejected row; a file whose every row has, say, a status
			// word not known would bury the rejected rows under its warnings
			if warned++; warned <= maxWarnings {
				fmt.Fprintln(errw, row.Warn)
			}
		}
		good++
		reqs = append(reqs, row.Request)
		srcs = append(srcs, row.SourceID)
		return nil
	})
	if warned > maxWarnings {
		fmt.Fprintf(errw, "%s: %d more rows read with something left out, as above\n", opt.File, warned-maxWarnings)
	}
	if err != nil {
		return good, bad, err
	}
	if len(batch.reqs) == 0 {
		batch.reqs = slices.Grow(batch.reqs, len(reqs))
	}
	for i, r := range reqs {
		batch.add(r)
		if batch.source == nil {
			batch.source = map[string]string{}
		}
		batch.source[r.ID] = srcs[i]
	}
	return good, bad, nil
}

// districtCounts lists districts and their counts, largest first: "5: 900, 7: 12".
func districtCounts(m map[string]int) string {
	ds := slices.Collect(maps.Keys(m))
	slices.SortFunc(ds, func(a, b string) int { return cmp.Or(m[b]-m[a], strings.Compare(a, b)) })
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = fmt.Sprintf("%s: %d", d, m[d])
	}
	return strings.Join(parts, ", ")
}
