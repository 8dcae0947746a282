package rasht8

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	cases := []struct {
		seed int64
		n    int
	}{{7, 1500}, {2026, 800}}
	for _, c := range cases {
		a, b := t.TempDir(), t.TempDir()
		if err := Write(a, Options{Seed: c.seed, N: c.n}); err != nil {
			t.Fatal(err)
		}
		if err := Write(b, Options{Seed: c.seed, N: c.n}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"requests.jsonl", "truth.csv"} {
			x, _ := os.ReadFile(filepath.Join(a, f))
			y, _ := os.ReadFile(filepath.Join(b, f))
			if len(x) == 0 || !bytes.Equal(x, y) {
				t.Errorf("seed %d: %s differs between two runs (or is empty)", c.seed, f)
			}
		}
		other := t.TempDir()
		if err := Write(other, Options{Seed: c.seed + 1, N: c.n}); err != nil {
			t.Fatal(err)
		}
		x, _ := os.ReadFile(filepath.Join(a, "requests.jsonl"))
		y, _ := os.ReadFile(filepath.Join(other, "requests.jsonl"))
		if bytes.Equal(x, y) {
			t.Errorf("seed %d and %d give the same set", c.seed, c.seed+1)
		}
	}
}

// TestImportsAndTruthCovers reads the JSONL with the real importer into a real SQLite file
// and checks that truth.csv has exactly one valid row per imported request.
func TestImportsAndTruthCovers(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	if err := Write(dir, Options{Seed: 7, N: n}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, n)
	located := 0
	for _, r := range reqs {
		if r.HasLocation {
			located++
		}
		if r.Status == "" {
			t.Errorf("%s: status did not import", r.ID)
		}
	}
	if share := float64(located) / n; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of requests have coordinates, want about 0.6", share)
	}

	tf, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer tf.Close()
	recs, err := csv.NewReader(tf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := recs[0]; len(h) != 3 || h[0] != "request_id" || h[1] != "group_id" || h[2] != "jurisdiction" {
		t.Fatalf("truth header %v", h)
	}
	truth := map[string]bool{}
	for _, rec := range recs[1:] {
		if _, err := tafkik.ParseAgency(rec[2]); err != nil {
			t.Errorf("truth %s: %v", rec[0], err)
		}
		if truth[rec[0]] {
			t.Errorf("truth has %s twice", rec[0])
		}
		truth[rec[0]] = true
	}
	for _, r := range reqs {
		if !truth[r.ID] {
			t.Errorf("request %s has no truth row", r.ID)
		}
	}
	if len(truth) != len(reqs) {
		t.Errorf("truth has %d rows, requests %d", len(truth), len(reqs))
	}
}

// TestShape keeps the set looking like a district's year: a long tail of issue sizes with
// most issues small and a few huge, and an eighth or so of requests for other agencies.
func TestShape(t *testing.T) {
	for _, seed := range []int64{7, 11, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		size := map[string]int{}
		outside := 0
		for _, r := range rows {
			size[r.GroupID]++
			if r.Jurisdiction != "municipality" {
				outside++
			}
		}
		var sizes []int
		for _, s := range size {
			sizes = append(sizes, s)
		}
		sort.Ints(sizes)
		small, big := 0, 0
		for _, s := range sizes {
			if s <= 3 {
				small++
			}
			if s >= 10 {
				big++
			}
		}
		largest := sizes[len(sizes)-1]
		share := float64(outside) / float64(len(rows))
		t.Logf("seed %d: %d issues, %.0f%% of size 1-3, %d of 10+, largest %d, outside %.1f%%",
			seed, len(sizes), 100*float64(small)/float64(len(sizes)), big, largest, 100*share)
		if f := float64(small) / float64(len(sizes)); f < 0.7 || f > 0.95 {
			t.Errorf("seed %d: %.2f of issues have 1-3 requests", seed, f)
		}
		if big < 20 || largest < 70 || largest > 130 {
			t.Errorf("seed %d: %d issues of 10+, largest %d", seed, big, largest)
		}
		if share < 0.09 || share > 0.17 {
			t.Errorf("seed %d: %.3f of requests are outside the municipality", seed, share)
		}
	}
}
