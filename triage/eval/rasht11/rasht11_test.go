package rasht11

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	tests := []struct {
		a, b Options
		same bool
	}{
		{Options{Seed: 7, N: 800}, Options{Seed: 7, N: 800}, true},
		{Options{Seed: 7, N: 800}, Options{Seed: 8, N: 800}, false},
	}
	for _, tc := range tests {
		ra, err := Generate(tc.a)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := Generate(tc.b)
		if err != nil {
			t.Fatal(err)
		}
		if got := reflect.DeepEqual(ra, rb); got != tc.same {
			t.Errorf("seeds %d/%d: equal = %v, want %v", tc.a.Seed, tc.b.Seed, got, tc.same)
		}
	}
}

// TestWriteImportsAndTruthCovers writes the set, reads it with the real importer into a
// real store, and checks that the truth names every imported request exactly once.
func TestWriteImportsAndTruthCovers(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed}); err != nil {
			t.Fatal(err)
		}
		reqs := labelledtest.Import(t, dir, 6000)

		tf, err := os.Open(filepath.Join(dir, "truth.csv"))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(tf).ReadAll()
		tf.Close()
		if err != nil {
			t.Fatal(err)
		}
		if h := recs[0]; len(h) != 3 || h[0] != "request_id" || h[1] != "group_id" || h[2] != "jurisdiction" {
			t.Fatalf("truth header %q", h)
		}
		agencies := map[string]bool{"municipality": true, "water": true, "power": true, "gas": true, "telecom": true, "police": true, "other": true}
		seen := map[string]int{}
		for _, rec := range recs[1:] {
			seen[rec[0]]++
			if !agencies[rec[2]] {
				t.Errorf("unknown agency %q", rec[2])
			}
		}
		for _, r := range reqs {
			if seen[r.ID] != 1 {
				t.Errorf("seed %d: request %s in truth %d times", seed, r.ID, seen[r.ID])
			}
		}
		if len(seen) != len(reqs) {
			t.Errorf("seed %d: truth has %d ids, requests %d", seed, len(seen), len(reqs))
		}
	}
}

// TestShape checks the distributions the README promises, on several seeds.
func TestShape(t *testing.T) {
	for _, seed := range []int64{1, 7, 42} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		agency := map[string]string{}
		outside, withLoc := 0, 0
		for _, r := range rows {
			size[r.Group]++
			if a, ok := agency[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s is both %s and %s", seed, r.Group, a, r.Agency)
			}
			agency[r.Group] = r.Agency
			if r.Text == "" {
				t.Errorf("seed %d: %s has no text", seed, r.ID)
			}
			if r.Agency != "municipality" {
				outside++
			}
			if r.Lat != nil {
				withLoc++
			}
			if r.CreatedAt.Before(time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)) || r.CreatedAt.After(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("seed %d: %s at %v, outside the year", seed, r.ID, r.CreatedAt)
			}
		}
		var sizes []int
		singles, small := 0, 0
		for _, n := range size {
			sizes = append(sizes, n)
			if n == 1 {
				singles++
			}
			if n <= 3 {
				small++
			}
		}
		sort.Ints(sizes)
		issues := len(sizes)
		check := func(name string, v, lo, hi float64) {
			if v < lo || v > hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, name, v, lo, hi)
			}
		}
		check("issues", float64(issues), 1500, 2600)
		check("share of issues with 1-3 reports", float64(small)/float64(issues), 0.75, 0.92)
		check("largest issue", float64(sizes[len(sizes)-1]), 80, 130)
		check("issues of 10+", float64(countAtLeast(sizes, 10)), 40, 200)
		check("outside share", float64(outside)/float64(len(rows)), 0.09, 0.16)
		check("share with coordinates", float64(withLoc)/float64(len(rows)), 0.52, 0.68)
	}
}

func countAtLeast(xs []int, n int) int {
	c := 0
	for _, x := range xs {
		if x >= n {
			c++
		}
	}
	return c
}
