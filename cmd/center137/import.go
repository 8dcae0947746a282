package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/sync/center"
)

// runImport loads an exchange file into the center in one transaction: bad rows are
// reported with their line and reason and the good ones still import (exit status 3).
func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "center database file (created if missing)")
	district := fs.String("district", "", "district for rows that name none")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *dbPath == "" || len(pos) != 1 {
		return errors.New("usage: center137 import --db PATH [--district D] FILE")
	}
	path := pos[0]
	reqs, bad, err := readRequests(path, *district, stderr)
	if err != nil {
		return err
	}
	db, err := center.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.ImportRequests(ctx, reqs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %s: %d new, %d updated, %d unchanged, %d bad rows\n",
		path, st.Inserted, st.Updated, st.Unchanged, bad)
	if bad > 0 {
		return &exitError{code: 3, err: fmt.Errorf("%d bad rows skipped", bad)}
	}
	return nil
}

// readRequests reads a file in the import format; each bad row is reported on stderr with its
// line and skipped, and counted. district fills rows that name none.
func readRequests(path, district string, stderr io.Writer) ([]tafkik.Request, int, error) {
	format, err := exchange.FormatFromPath(path)
	if err != nil {
		return nil, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var reqs []tafkik.Request
	bad := 0
	err = exchange.Read(f, format, exchange.Options{File: path}, func(row exchange.Row) error {
		if row.Err != nil {
			bad++
			fmt.Fprintln(stderr, row.Err)
			return nil
		}
		if row.Warn != nil {
			fmt.Fprintln(stderr, row.Warn)
		}
		r := row.Request
		if r.District == "" {
			r.District = district
		}
		if r.District == "" {
			bad++
			fmt.Fprintf(stderr, "%s:%d: district: missing (give --district)\n", path, row.Line)
			return nil
		}
		reqs = append(reqs, r)
		return nil
	})
	return reqs, bad, err
}
