package rasht37

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeSet(t *testing.T, opt Options) (jsonl, truth []byte) {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	j, err := os.ReadFile(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return j, tr
}

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name   string
		a, b   int64
		wantEq bool
	}{
		{"same seed", 7, 7, true},
		{"other seed", 7, 8, false},
		{"seed 0 vs 1", 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ja, ta := writeSet(t, Options{Seed: tt.a, N: 1500})
			jb, tb := writeSet(t, Options{Seed: tt.b, N: 1500})
			eq := bytes.Equal(ja, jb) && bytes.Equal(ta, tb)
			if eq != tt.wantEq {
				t.Errorf("seeds %d and %d: identical output = %v, want %v", tt.a, tt.b, eq, tt.wantEq)
			}
		})
	}
}

// TestFullSetReadsBack writes 6,000 requests, imports them into a real store and checks
// the truth covers every request once with a known agency.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, store %d", len(truth.Groups), len(reqs))
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in truth", r.ID)
		}
		if _, ok := truth.Agencies[r.ID]; !ok {
			t.Errorf("request %s has no agency in truth", r.ID)
		}
		if r.District != "1" {
			t.Errorf("request %s district %q", r.ID, r.District)
		}
	}
}

// TestDistribution holds the shape the README promises, for several seeds.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		groups := map[string]int{}
		other, withLoc, arabic, latinDigits := 0, 0, 0, 0
		for i, r := range rows {
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d out of time order", seed, i)
			}
			groups[r.Group]++
			if r.Agency != "municipality" {
				other++
			}
			if r.Lat != nil {
				withLoc++
			}
			if strings.ContainsAny(r.Text, "يك") {
				arabic++
			}
			if strings.ContainsAny(r.Text+r.Address, "0123456789") {
				latinDigits++
			}
		}
		largest := 0
		for _, n := range groups {
			largest = max(largest, n)
		}
		share := func(n int) float64 { return float64(n) / float64(len(rows)) }
		checks := []struct {
			name   string
			got    float64
			lo, hi float64
		}{
			// 2,300–3,400 issues: most issues draw one or two requests (README).
			{"issues", float64(len(groups)), 2300, 3400},
			{"other agencies share", share(other), 0.12, 0.25},
			{"with coordinates share", share(withLoc), 0.22, 0.42},
			{"largest issue", float64(largest), 80, 110},
			{"arabic letters share", share(arabic), 0.06, 0.20},
			{"latin digits share", share(latinDigits), 0.10, 0.45},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want in [%.2f, %.2f]", seed, c.name, c.got, c.lo, c.hi)
			}
		}
	}
}

// TestSummarize checks the summary names what the report needs.
func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 600})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 600", "issues ", "largest issues", "municipality", "phone"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if _, err := Generate(Options{N: -1}); err == nil {
		t.Error("negative N accepted")
	}
}

// TestEpisodesApart: two issues of the same problem at the same spot must be at least
// the clearance apart, or a clerk would have counted them as one (README).
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rng := rand.New(rand.NewPCG(uint64(seed), 1))
		w := newWorld(rng)
		issues := drawIssues(rng, w, 6000)
		byKey := map[busyKey][]issue{}
		for _, is := range issues {
			key := busyKey{is.spot, is.kind}
			for _, o := range byKey[key] {
				a0, a1 := is.start, is.start+episodeLength(is.size)
				b0, b1 := o.start, o.start+episodeLength(o.size)
				if a0 < b1+clearance && a1+clearance > b0 {
					t.Errorf("seed %d: %s and %s: %s at spot %s overlap (days %.0f–%.0f, %.0f–%.0f)",
						seed, is.id, o.id, kinds[is.kind].name, w.spots[is.spot], a0, a1, b0, b1)
				}
			}
			byKey[key] = append(byKey[key], is)
		}
	}
}

// TestSpotsDistinct: no two spots share a name, so the place tells them apart.
func TestSpotsDistinct(t *testing.T) {
	w := newWorld(rand.New(rand.NewPCG(7, 1)))
	seen := map[string]bool{}
	for _, s := range w.spots {
		name := s.String() + "/" + s.landmark
		if seen[name] {
			t.Errorf("two spots named %s", name)
		}
		seen[name] = true
	}
	if len(w.spots) < 300 {
		t.Errorf("only %d spots in the district", len(w.spots))
	}
}
