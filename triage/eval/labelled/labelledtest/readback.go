package labelledtest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/triage/eval"
)

// Import reads dir/requests.jsonl with the real importer, reporting every row it refuses,
// stores the requests in a real SQLite file and checks that n requests were read and stored.
func Import(t testing.TB, dir string, n int) []tafkik.Request {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var reqs []tafkik.Request
	if err := exchange.Read(f, exchange.JSONL, exchange.Options{File: "requests.jsonl"}, func(r exchange.Row) error {
		if r.Err != nil {
			t.Errorf("line %d refused: %v", r.Line, r.Err)
			return nil
		}
		reqs = append(reqs, r.Request)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(reqs) != n {
		t.Fatalf("read %d requests, want %d", len(reqs), n)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.UpsertRequests(ctx, reqs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Inserted != n {
		t.Errorf("inserted %d, want %d", res.Inserted, n)
	}
	if got, err := db.CountRequests(ctx); err != nil || got != n {
		t.Fatalf("store holds %d requests (%v), want %d", got, err, n)
	}
	return reqs
}

// Truth reads dir/truth.csv.
func Truth(t testing.TB, dir string) eval.Assignments {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	truth, err := eval.ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return truth
}
