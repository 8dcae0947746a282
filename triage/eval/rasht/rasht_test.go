package rasht

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	for _, seed := range []int64{1, 7, 42} {
		a, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("seed %d: two runs differ", seed)
		}
		c, err := Generate(Options{Seed: seed + 1, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		if reflect.DeepEqual(a, c) {
			t.Errorf("seeds %d and %d give the same set", seed, seed+1)
		}
	}
}

// TestWriteImportsAndTruthCovers writes a full set, imports the JSONL with the real reader
// into a real store, and checks the truth names every request exactly once.
func TestWriteImportsAndTruthCovers(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	if err := Write(dir, Options{Seed: 7, N: n}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, n)

	truth := labelledtest.Truth(t, dir) // refuses a request named twice or an unknown agency
	if len(truth.Groups) != n {
		t.Errorf("truth has %d requests, want %d", len(truth.Groups), n)
	}
	located := 0
	for _, r := range reqs {
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Errorf("request %s has no truth", r.ID)
		}
		if r.HasLocation {
			located++
		}
	}
	if share := float64(located) / n; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of requests have coordinates, want about 0.6", share)
	}
	head, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(head), "request_id,group_id,jurisdiction\n") {
		t.Errorf("truth header is %q", strings.SplitN(string(head), "\n", 2)[0])
	}
}

func TestDistributions(t *testing.T) {
	for _, seed := range []int64{3, 7, 11} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := Summarise(rows)
		if s.Requests != 6000 {
			t.Errorf("seed %d: %d requests, want the default 6000", seed, s.Requests)
		}
		small := s.Sizes["1"] + s.Sizes["2"] + s.Sizes["3"]
		if frac := float64(small) / float64(s.Issues); frac < 0.7 || frac > 0.9 {
			t.Errorf("seed %d: %.2f of issues have 1-3 requests, want most (0.7-0.9)\n%s", seed, frac, s)
		}
		if s.Sizes["10-40"] < 40 || s.Sizes["41+"] < 2 || s.Sizes["41+"] > 15 {
			t.Errorf("seed %d: tail is not long enough or too fat\n%s", seed, s)
		}
		if s.MaxSize < 80 || s.MaxSize > 130 {
			t.Errorf("seed %d: largest issue %d, want about a hundred", seed, s.MaxSize)
		}
		outside := s.Requests - s.Agencies[tafkik.AgencyMunicipality]
		if frac := float64(outside) / float64(s.Requests); frac < 0.09 || frac > 0.17 {
			t.Errorf("seed %d: %.3f of requests are other agencies', want 0.10-0.15\n%s", seed, frac, s)
		}
		for _, a := range tafkik.Agencies {
			if s.Agencies[a] < 30 {
				t.Errorf("seed %d: only %d requests for %s", seed, s.Agencies[a], a)
			}
		}
		if s.Issues < 1200 || s.Issues > 2400 {
			t.Errorf("seed %d: %d issues for 6000 requests", seed, s.Issues)
		}
	}
}

// TestRowsAreWellFormed checks what the importer does not: ids, district, time order, the
// year's bounds, and one problem and agency per issue.
func TestRowsAreWellFormed(t *testing.T) {
	end := time.Date(2026, 3, 19, 23, 0, 0, 0, tehran)
	start := end.AddDate(0, -6, 0)
	rows, err := Generate(Options{Seed: 5, N: 3000, District: "7", Start: start, End: end})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	problem := map[string]string{}
	agency := map[string]tafkik.Agency{}
	for i, r := range rows {
		if ids[r.ID] {
			t.Errorf("id %s twice", r.ID)
		}
		ids[r.ID] = true
		if r.District != "7" {
			t.Errorf("%s: district %q", r.ID, r.District)
		}
		if r.CreatedAt.Before(start) || r.CreatedAt.After(end) {
			t.Errorf("%s: %s outside %s..%s", r.ID, r.CreatedAt, start, end)
		}
		if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
			t.Errorf("%s: out of time order", r.ID)
		}
		if strings.TrimSpace(r.Text) == "" || strings.Contains(r.Text, "|") || strings.Contains(r.Text, "%s") {
			t.Errorf("%s: text %q is empty or has a template's marks", r.ID, r.Text)
		}
		if p, ok := problem[r.GroupID]; ok && (p != r.Problem || agency[r.GroupID] != r.Agency) {
			t.Errorf("%s: issue %s mixes %s/%s with %s/%s", r.ID, r.GroupID, p, agency[r.GroupID], r.Problem, r.Agency)
		}
		problem[r.GroupID], agency[r.GroupID] = r.Problem, r.Agency
		if !r.Status.Valid() {
			t.Errorf("%s: status %q", r.ID, r.Status)
		}
	}
}

func TestBadOptions(t *testing.T) {
	end := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, opt := range []Options{
		{N: -1},
		{Start: end, End: end},
		{Start: end.AddDate(0, 0, 1), End: end},
	} {
		if _, err := Generate(opt); err == nil {
			t.Errorf("Generate(%+v) did not fail", opt)
		}
	}
}

func TestSmallSets(t *testing.T) {
	for _, n := range []int{1, 2, 10, 999} {
		rows, err := Generate(Options{Seed: 3, N: n})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != n {
			t.Errorf("N=%d: got %d rows", n, len(rows))
		}
		for _, r := range rows {
			if r.GroupID == "" || !r.Agency.Valid() {
				t.Errorf("N=%d: %s has no truth", n, r.ID)
			}
		}
	}
}
