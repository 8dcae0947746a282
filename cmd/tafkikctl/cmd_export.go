package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/store/exchange"
)

// exportKinds holds every `tafkikctl export KIND` handler. Kinds register themselves from
// their own files in init, so a new export (e.g. referrals) needs no edit here.
var exportKinds = map[string]func(ctx context.Context, args []string) error{}

// registerExport adds `tafkikctl export NAME ...`; fn receives the arguments after NAME.
// It panics on a duplicate name because that is a programming error found at start-up.
func registerExport(name string, fn func(ctx context.Context, args []string) error) {
	if _, dup := exportKinds[name]; dup {
		panic("tafkikctl: export kind registered twice: " + name)
	}
	exportKinds[name] = fn
}

func init() {
	register(command{
		name:    "export",
		summary: "write data out: export KIND --db PATH --out FILE (export -h lists kinds)",
		run:     runExport,
	})
}

func exportNames() []string {
	names := make([]string, 0, len(exportKinds))
	for n := range exportKinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func runExport(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(os.Stderr, "usage: tafkikctl export KIND [flags]\nkinds: %s\n",
			strings.Join(exportNames(), ", "))
		return &exitError{code: 2, err: fmt.Errorf("missing export kind")}
	}
	fn, ok := exportKinds[args[0]]
	if !ok {
		return &exitError{code: 2, err: fmt.Errorf("unknown export kind %q (kinds: %s)",
			args[0], strings.Join(exportNames(), ", "))}
	}
	return fn(ctx, args[1:])
}

func init() {
	registerExport("triage", exportTriage)
	registerExport("requests", exportRequests)
}

// exportFlags parses the flags every export kind shares.
func exportFlags(kind string, args []string) (dbPath, out string, err error) {
	fs := flag.NewFlagSet("export "+kind, flag.ContinueOnError)
	fs.StringVar(&dbPath, "db", "", "database file")
	fs.StringVar(&out, "out", "", "output file, - for standard output")
	if err := fs.Parse(args); err != nil {
		return "", "", &exitError{code: 2, err: err}
	}
	if dbPath == "" || out == "" || fs.NArg() > 0 {
		fs.Usage()
		return "", "", &exitError{code: 2, err: fmt.Errorf("export %s: need --db PATH --out FILE", kind)}
	}
	return dbPath, out, nil
}

// stdoutPath is the --out that means standard output, as in
// `tafkikctl export triage --db d.db --out - | head`.
const stdoutPath = "-"

// writeOutAtomic writes path through a temporary file in the same folder and renames it
// into place, so a failed or interrupted export never leaves a half file under the name.
// Path "-" is standard output, written as it goes.
func writeOutAtomic(path string, write func(io.Writer) error) error {
	if path == stdoutPath {
		return write(os.Stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	// CreateTemp makes the file private; an export is meant to be handed on.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// exportTriage writes request_id,group_id,jurisdiction: the triage verdict for each request
// in the form the city's evaluation expects. An ungrouped request is its own group; an
// unflagged one is the municipality's.
func exportTriage(ctx context.Context, args []string) error {
	dbPath, out, err := exportFlags("triage", args)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	reqs, err := db.AllRequests(ctx)
	if err != nil {
		return err
	}
	members, err := db.Memberships(ctx)
	if err != nil {
		return err
	}
	flags, err := db.Flags(ctx)
	if err != nil {
		return err
	}
	source, err := db.SourceIDs(ctx)
	if err != nil {
		return err
	}
	err = writeOutAtomic(out, func(w io.Writer) error {
		return writeTriageCSV(w, reqs, members, flags, source)
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	reportWrote(out, "wrote %d rows to %s\n", len(reqs), out)
	return nil
}

// reportWrote prints an export's summary line: on standard error when the export itself
// went to standard output, so that a pipe gets only the data.
func reportWrote(out, format string, args ...any) {
	w := os.Stdout
	if out == stdoutPath {
		w = os.Stderr
	}
	fmt.Fprintf(w, format, args...)
}

// writeTriageCSV writes each request under the id its import file gave it (source, by the id
// kept, for the ids written with other digits), so that the export joins back to the file.
func writeTriageCSV(w io.Writer, reqs []tafkik.Request, members map[string]tafkik.Membership,
	flags map[string]tafkik.Flag, source map[string]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
		return err
	}
	for _, r := range reqs {
		group := r.ID
		if m, ok := members[r.ID]; ok && m.IssueID != "" {
			group = m.IssueID
		}
		agency := tafkik.AgencyMunicipality
		if f, ok := flags[r.ID]; ok && f.Agency.Valid() {
			agency = f.Agency
		}
		id := r.ID
		if s, ok := source[r.ID]; ok {
			id = s
		}
		if err := cw.Write([]string{id, group, string(agency)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportRequests writes every request back out in the import format, chosen by --out's
// extension; importing the file again changes nothing.
func exportRequests(ctx context.Context, args []string) error {
	dbPath, out, err := exportFlags("requests", args)
	if err != nil {
		return err
	}
	format := exchange.JSONL // on standard output, as import reads standard input
	if out != stdoutPath {
		if format, err = exchange.FormatFromPath(out); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	reqs, err := db.AllRequests(ctx)
	if err != nil {
		return err
	}
	err = writeOutAtomic(out, func(w io.Writer) error {
		ew, err := exchange.NewWriter(w, format)
		if err != nil {
			return err
		}
		for _, r := range reqs {
			if err := ew.Write(r); err != nil {
				return err
			}
		}
		return ew.Close()
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	reportWrote(out, "wrote %d requests to %s\n", len(reqs), out)
	return nil
}
