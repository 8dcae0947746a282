package rasht7

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func generate(t *testing.T, opt Options) []Row {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestDeterministicPerSeed(t *testing.T) {
	files := func(seed int64) (string, string) {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed, N: 2000}); err != nil {
			t.Fatal(err)
		}
		a, _ := os.ReadFile(filepath.Join(dir, "requests.jsonl"))
		b, _ := os.ReadFile(filepath.Join(dir, "truth.csv"))
		return string(a), string(b)
	}
	r1, t1 := files(7)
	r2, t2 := files(7)
	r3, _ := files(8)
	if r1 != r2 || t1 != t2 {
		t.Error("the same seed gave different files")
	}
	if r1 == r3 {
		t.Error("seeds 7 and 8 gave the same requests")
	}
}

func TestTruthCoversEveryRequest(t *testing.T) {
	for _, tc := range []struct {
		seed int64
		n    int
	}{{7, 6000}, {2026, 6000}, {1, 300}} {
		rows := generate(t, Options{Seed: tc.seed, N: tc.n})
		if len(rows) != tc.n {
			t.Fatalf("seed %d: %d rows, want %d", tc.seed, len(rows), tc.n)
		}
		var truth bytes.Buffer
		if err := WriteTruth(&truth, rows); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&truth).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := recs[0]; !slices.Equal(got, []string{"request_id", "group_id", "jurisdiction"}) {
			t.Fatalf("header %v", got)
		}
		ids := map[string]bool{}
		for _, r := range rows {
			if ids[r.ID] {
				t.Fatalf("seed %d: id %s twice", tc.seed, r.ID)
			}
			ids[r.ID] = true
		}
		for _, rec := range recs[1:] {
			if !ids[rec[0]] {
				t.Errorf("seed %d: truth names unknown request %s", tc.seed, rec[0])
			}
			delete(ids, rec[0])
			if rec[1] == "" {
				t.Errorf("seed %d: %s has no group", tc.seed, rec[0])
			}
			if !tafkik.Agency(rec[2]).Valid() {
				t.Errorf("seed %d: %s: agency %q", tc.seed, rec[0], rec[2])
			}
		}
		if len(ids) != 0 {
			t.Errorf("seed %d: %d requests missing from the truth", tc.seed, len(ids))
		}
	}
}

// TestImportsCleanly reads the JSONL with the real reader and writes it to a real store.
func TestImportsCleanly(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	withLoc := 0
	for _, r := range reqs {
		if r.HasLocation {
			withLoc++
		}
	}
	if share := float64(withLoc) / 6000; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of rows have coordinates, want about 0.6", share)
	}
}

// TestShape checks the set looks like a district's year: a long tail of issue sizes and
// 10-15% of requests for other agencies.
func TestShape(t *testing.T) {
	for _, seed := range []int64{7, 11, 2026} {
		rows := generate(t, Options{Seed: seed})
		size := map[string]int{}
		outside := 0
		for _, r := range rows {
			size[r.Group]++
			if r.Agency.Outside() {
				outside++
			}
		}
		var sizes []int
		for _, n := range size {
			sizes = append(sizes, n)
		}
		small, mid, big := 0, 0, 0
		for _, n := range sizes {
			switch {
			case n <= 3:
				small++
			case n >= 10 && n <= 40:
				mid++
			}
			if n >= 60 {
				big++
			}
		}
		issues := len(sizes)
		if f := float64(small) / float64(issues); f < 0.7 {
			t.Errorf("seed %d: only %.2f of issues have 1-3 requests", seed, f)
		}
		if mid < 20 {
			t.Errorf("seed %d: %d issues of 10-40 requests, want some", seed, mid)
		}
		if big < 1 || slices.Max(sizes) > 130 {
			t.Errorf("seed %d: %d issues of 60+ (largest %d), want one or a few near 100", seed, big, slices.Max(sizes))
		}
		if f := float64(outside) / float64(len(rows)); f < 0.10 || f > 0.15 {
			t.Errorf("seed %d: %.3f of requests belong to other agencies, want 0.10-0.15", seed, f)
		}
		if issues < 1500 || issues > 3500 {
			t.Errorf("seed %d: %d issues for 6000 requests", seed, issues)
		}
	}
}

// TestLogSummary prints the numbers of the suggested seeds (go test -run LogSummary -v).
func TestLogSummary(t *testing.T) {
	for _, seed := range []int64{7, 2026, 23, 42} {
		t.Logf("seed %d\n%s", seed, Summary(generate(t, Options{Seed: seed})))
	}
}

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{124, "صد و بیست و چهار"}, {62, "شصت و دو"}, {108, "صد و هشت"}, {12, "دوازده"}, {7, "هفت"}, {141, "صد و چهل و یک"}, {300, "سیصد"}} {
		if got := numberWords(tc.n); got != tc.want {
			t.Errorf("numberWords(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestEpisodesApart checks the labelling convention: the same problem at the same place is
// one issue while people keep reporting it, and a new issue only after a long quiet.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		g, err := plan(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		recur := 0
		for i, a := range g.issues {
			for _, b := range g.issues[i+1:] {
				if a.prob != b.prob || !a.at.same(b.at) {
					continue
				}
				recur++
				first, second := a, b
				if b.start.Before(a.start) {
					first, second = b, a
				}
				if gap := second.start.Sub(first.start.Add(first.spread)); gap < 60*24*time.Hour {
					t.Errorf("seed %d: %s at the same place twice, %v apart", seed, a.prob.key, gap)
				}
			}
		}
		if recur < 20 {
			t.Errorf("seed %d: only %d recurrences of a problem at the same place", seed, recur)
		}
	}
}
