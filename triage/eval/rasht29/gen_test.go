package rasht29

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeSet(t *testing.T, opt Options) string {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	return dir
}

func read(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDeterministic: one seed writes the same bytes twice; another seed writes other bytes.
func TestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		a, b Options
		same bool
	}{
		{Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
		{Options{Seed: 42, N: 800, District: "2"}, Options{Seed: 42, N: 800, District: "2"}, true},
	} {
		da, db := writeSet(t, tc.a), writeSet(t, tc.b)
		for _, f := range []string{"requests.jsonl", "truth.csv"} {
			same := bytes.Equal(read(t, da, f), read(t, db, f))
			if same != tc.same {
				t.Errorf("%+v vs %+v: %s identical = %v, want %v", tc.a, tc.b, f, same, tc.same)
			}
		}
	}
}

// TestFullSetImportsAndHolds writes the default 6,000 requests, imports them through the
// real importer into SQLite, reads the truth back and checks the shape the README claims.
func TestFullSetImportsAndHolds(t *testing.T) {
	opt := Options{Seed: 7}
	dir := writeSet(t, opt)
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth holds %d groups, %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	sizes := map[string]int{}
	agencies := map[string]int{}
	pins := 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		sizes[g]++
		agencies[string(truth.Agencies[r.ID])]++
		if r.HasLocation {
			pins++
			if r.Lat < 37.27 || r.Lat > 37.33 || r.Lon < 49.55 || r.Lon > 49.64 {
				t.Errorf("request %s pinned outside the district: %v,%v", r.ID, r.Lat, r.Lon)
			}
		}
		if r.District != "1" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s out of time order", r.ID)
		}
	}
	var bySize []int
	for _, n := range sizes {
		bySize = append(bySize, n)
	}
	slices.Sort(bySize)
	slices.Reverse(bySize)
	share := func(n int) float64 { return float64(n) / 6000 }
	others := 6000 - agencies["municipality"]
	for _, c := range []struct {
		what     string
		got      float64
		min, max float64
	}{
		// 2,000–3,200 issues: most draw one or two requests, a few dozens (README)
		{"issues", float64(len(sizes)), 2000, 3200},
		{"largest issue", float64(bySize[0]), 80, 130},
		{"tenth largest issue", float64(bySize[9]), 15, 60},
		{"other agencies' share", share(others), 0.12, 0.30},
		{"water share", share(agencies["water"]), 0.04, 0.14},
		{"power share", share(agencies["power"]), 0.03, 0.12},
		{"police share", share(agencies["police"]), 0.005, 0.04},
		{"share with coordinates", share(pins), 0.18, 0.35},
	} {
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f]", c.what, c.got, c.min, c.max)
		}
	}
	for _, a := range []string{"gas", "telecom", "other"} {
		if agencies[a] == 0 {
			t.Errorf("no request for %s", a)
		}
	}
}

// TestNoise: the noise the held-out set is said to carry is present at all.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what string
		has  func(s string) bool
		min  int
	}{
		{"Arabic yeh", func(s string) bool { return strings.Contains(s, "ي") }, 150},
		{"Persian digits", func(s string) bool { return strings.ContainsAny(s, "۱۲۳۴۵") }, 1000},
		{"Arabic-Indic digits", func(s string) bool { return strings.ContainsAny(s, "١٢٣٤٥") }, 60},
		{"ZWNJ", func(s string) bool { return strings.Contains(s, "\u200c") }, 1000},
		{"ordinal alley", func(s string) bool {
			return strings.Contains(s, "کوچه دوازدهم") || strings.Contains(s, "کوچه دوم")
		}, 20},
		{"landmark", func(s string) bool {
			return strings.Contains(s, "روبروی") || strings.Contains(s, "جنب") || strings.Contains(s, "نبش")
		}, 300},
		{"Finglish", func(s string) bool {
			return strings.Contains(s, "kooche") || strings.Contains(s, "koche") || strings.Contains(s, "khiaban")
		}, 5},
		{"stretched letters", func(s string) bool { return strings.Contains(s, "یییی") || strings.Contains(s, "وووو") }, 20},
	} {
		n := 0
		for _, r := range rows {
			if c.has(r.Text + " " + r.Address) {
				n++
			}
		}
		if n < c.min {
			t.Errorf("%s in %d requests, want at least %d", c.what, n, c.min)
		}
	}
}

// TestTruthOnceEach: truth.csv has one line per request, in the order of requests.jsonl.
func TestTruthOnceEach(t *testing.T) {
	dir := writeSet(t, Options{Seed: 2026, N: 3000})
	lines := strings.Split(strings.TrimSpace(string(read(t, dir, "truth.csv"))), "\n")
	reqs := strings.Split(strings.TrimSpace(string(read(t, dir, "requests.jsonl"))), "\n")
	if len(lines) != 3001 || len(reqs) != 3000 {
		t.Fatalf("truth has %d lines, requests %d, want 3001 and 3000", len(lines), len(reqs))
	}
	seen := map[string]bool{}
	for i, l := range lines[1:] {
		id := strings.SplitN(l, ",", 2)[0]
		if seen[id] {
			t.Errorf("request %s twice in the truth", id)
		}
		seen[id] = true
		if !strings.HasPrefix(reqs[i], `{"id":"`+id+`"`) {
			t.Errorf("truth line %d is %s, requests line is %.40s", i+1, id, reqs[i])
		}
	}
}

// TestEpisodesApart: two episodes of one problem at one spot never overlap and are two
// weeks apart (the labelling rule), and some spots do see a problem come back.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 23} {
		rng := newRand(seed)
		w := newWorld(rng)
		issues := planIssues(rng, w, 6000)
		type key struct {
			kind                    int
			street, alley, landmark int
			stretch                 bool
		}
		byKey := map[key][]issue{}
		for _, is := range issues {
			if is.placeless {
				continue
			}
			k := key{is.kind, is.sp.street, is.sp.alley, is.sp.landmark, is.sp.stretch}
			byKey[k] = append(byKey[k], is)
		}
		recurring := 0
		for k, eps := range byKey {
			if len(eps) > 1 {
				recurring++
			}
			for i := range eps {
				for j := i + 1; j < len(eps); j++ {
					a, b := eps[i], eps[j]
					if a.start < b.start+b.days+14 && b.start < a.start+a.days+14 {
						t.Errorf("seed %d: %s at %+v: episodes at day %.0f and %.0f overlap", seed, kinds[k.kind].code, k, a.start, b.start)
					}
				}
			}
		}
		if recurring < 50 {
			t.Errorf("seed %d: only %d problems come back at the same spot", seed, recurring)
		}
	}
}
