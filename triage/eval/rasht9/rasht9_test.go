package rasht9

import (
	"encoding/csv"
	"math/rand/v2"
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
	tests := []struct {
		name string
		a, b Options
		same bool
	}{
		{"same seed", Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{"other seed", Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, err := Generate(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			y, err := Generate(tc.b)
			if err != nil {
				t.Fatal(err)
			}
			if got := reflect.DeepEqual(x, y); got != tc.same {
				t.Fatalf("DeepEqual = %v, want %v", got, tc.same)
			}
		})
	}
}

func TestOptionsRefused(t *testing.T) {
	for _, o := range []Options{{N: -1}, {Start: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}} {
		if _, err := Generate(o); err == nil {
			t.Errorf("Generate(%+v) succeeded", o)
		}
	}
}

// TestWriteTruthAndImport writes a set, reads it back through the real importer into a
// real SQLite store, and checks that the truth names every request exactly once.
func TestWriteTruthAndImport(t *testing.T) {
	for _, n := range []int{6000, 300} {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: 11, N: n}); err != nil {
			t.Fatal(err)
		}
		truth := readTruth(t, filepath.Join(dir, "truth.csv"))
		if len(truth) != n {
			t.Fatalf("truth has %d rows, want %d", len(truth), n)
		}

		reqs := labelledtest.Import(t, dir, n)
		located := 0
		for _, r := range reqs {
			if _, ok := truth[r.ID]; !ok {
				t.Fatalf("request %s has no truth row", r.ID)
			}
			if r.HasLocation {
				located++
			}
			if r.District != "3" || r.Text == "" {
				t.Fatalf("request %s: district %q, text %q", r.ID, r.District, r.Text)
			}
		}
		if share := float64(located) / float64(n); share < 0.5 || share > 0.7 {
			t.Errorf("%.2f of rows have coordinates, want about 0.6", share)
		}

	}
}

type truthRow struct{ group, agency string }

func readTruth(t *testing.T, path string) map[string]truthRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "request_id,group_id,jurisdiction" {
		t.Fatalf("header %q", got)
	}
	out := map[string]truthRow{}
	groupAgency := map[string]string{}
	for _, r := range recs[1:] {
		if _, dup := out[r[0]]; dup {
			t.Fatalf("request %s twice in truth", r[0])
		}
		if !tafkik.Agency(r[2]).Valid() {
			t.Fatalf("request %s: agency %q", r[0], r[2])
		}
		if a, ok := groupAgency[r[1]]; ok && a != r[2] {
			t.Fatalf("group %s mixes %s and %s", r[1], a, r[2])
		}
		groupAgency[r[1]] = r[2]
		out[r[0]] = truthRow{r[1], r[2]}
	}
	return out
}

// TestDistributions keeps the set shaped like a district's year: a long tail of issue
// sizes, 10-15% of requests for other agencies, and every kind of noise the issues list.
func TestDistributions(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		outside := 0
		for _, r := range rows {
			size[r.GroupID]++
			if r.Agency.Outside() {
				outside++
			}
		}
		var single, small, big, maxSize int
		for _, s := range size {
			switch {
			case s == 1:
				single++
			case s <= 3:
				small++
			case s >= 10:
				big++
			}
			maxSize = max(maxSize, s)
		}
		n := float64(len(size))
		checks := []struct {
			what   string
			v      float64
			lo, hi float64
		}{
			{"issues per request", n / float64(len(rows)), 0.25, 0.45},
			{"single-request issues", float64(single) / n, 0.45, 0.65},
			{"issues of 1-3", float64(single+small) / n, 0.70, 0.90},
			{"issues of 10+", float64(big) / n, 0.03, 0.12},
			{"largest issue", float64(maxSize), 80, 130},
			{"outside share", float64(outside) / float64(len(rows)), 0.10, 0.15},
			{"Arabic ي/ك", share(rows, func(r Row) bool { return strings.ContainsAny(r.Text, "يك") }), 0.04, 0.15},
			{"Persian digits", share(rows, func(r Row) bool { return strings.ContainsAny(r.Text+r.Address, "۰۱۲۳۴۵۶۷۸۹") }), 0.3, 0.8},
			{"Latin digits", share(rows, func(r Row) bool { return strings.ContainsAny(r.Text+r.Address, "0123456789") }), 0.2, 0.7},
			{"Arabic-Indic digits", share(rows, func(r Row) bool { return strings.ContainsAny(r.Text+r.Address, "٠١٢٣٤٥٦٧٨٩") }), 0.01, 0.15},
			{"Finglish", share(rows, isFinglish), 0.005, 0.05},
			{"emoji", share(rows, func(r Row) bool { return strings.ContainsAny(r.Text, "😡🙏😔💔😤😢") }), 0.01, 0.06},
			{"vague category", share(rows, func(r Row) bool { return r.Category == "سایر" }), 0.08, 0.25},
			{"no address", share(rows, func(r Row) bool { return r.Address == "" }), 0.1, 0.3},
			{"cites a tracking code", share(rows, citesEarlier(rows)), 0.01, 0.08},
		}
		for _, c := range checks {
			if c.v < c.lo || c.v > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, c.what, c.v, c.lo, c.hi)
			}
		}
	}
}

func share(rows []Row, f func(Row) bool) float64 {
	k := 0
	for _, r := range rows {
		if f(r) {
			k++
		}
	}
	return float64(k) / float64(len(rows))
}

func isFinglish(r Row) bool {
	for _, c := range r.Text {
		if c >= 0x0600 && c <= 0x06FF {
			return false
		}
	}
	return true
}

// citesEarlier reports rows whose text names the id of another request of the same issue
// (residents also cite their own requests about other problems; those are not counted).
func citesEarlier(rows []Row) func(Row) bool {
	group := map[string]string{}
	for _, r := range rows {
		group[r.ID] = r.GroupID
	}
	return func(r Row) bool {
		for _, w := range strings.FieldsFunc(r.Text, func(c rune) bool { return c < '0' || c > '9' }) {
			if g, ok := group[w]; ok && w != r.ID && g == r.GroupID {
				return true
			}
		}
		return false
	}
}

// TestProblemTable guards the hand-written table: a fixed kind names each core with its own
// short phrase, and every kind has words, a category and a place to happen.
func TestProblemTable(t *testing.T) {
	for _, p := range problems {
		if p.fixed && len(p.short) != len(p.core) {
			t.Errorf("%s: %d short phrases for %d cores", p.code, len(p.short), len(p.core))
		}
		if len(p.core) == 0 || len(p.short) == 0 || len(p.cats) == 0 || p.where == 0 || p.weight <= 0 || !p.agency.Valid() {
			t.Errorf("%s: incomplete", p.code)
		}
	}
}

// TestWorldNamesUnique: two alleys or landmarks of one quarter with the same name would
// make the truth say "different" where no text could.
func TestWorldNamesUnique(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		w := buildWorld(rand.New(rand.NewPCG(uint64(seed), 1)))
		var alleys, deadEnds, marks int
		for _, h := range w.hoods {
			seen := map[string]bool{}
			for _, s := range h.streets {
				nums := map[int]bool{}
				for _, a := range s.alleys {
					alleys++
					deadEnds += len(a.subs)
					if a.name != "" && seen["alley "+a.name] || a.num > 0 && nums[a.num] {
						t.Errorf("seed %d: %s %s has two alleys %q/%d", seed, h.name, s.name, a.name, a.num)
					}
					seen["alley "+a.name], nums[a.num] = a.name != "", a.num > 0
				}
				for _, m := range s.marks {
					marks++
					if seen["mark "+m.name] {
						t.Errorf("seed %d: %s has two %q", seed, h.name, m.name)
					}
					seen["mark "+m.name] = true
				}
			}
		}
		t.Logf("seed %d: %d quarters, %d streets, %d alleys, %d dead ends, %d landmarks, %d parks",
			seed, len(w.hoods), len(w.streets), alleys, deadEnds, marks, len(w.parks))
	}
}

// TestEpisodesApart checks the labelling rule on the plan itself: two issues of one problem
// at one spot are at least 70 days apart, every issue has its requests inside the window,
// and a fixed kind's issue keeps one complaint.
func TestEpisodesApart(t *testing.T) {
	opt := Options{Seed: 7}
	if err := opt.defaults(); err != nil {
		t.Fatal(err)
	}
	p := newPlanner(opt)
	p.plan()
	bySpot := map[string][]*issue{}
	for _, is := range p.issues {
		if is.times[0].Before(opt.Start) || is.last().After(opt.End) {
			t.Errorf("issue %d runs %v..%v, outside the window", is.n, is.times[0], is.last())
		}
		if is.prob.fixed != (is.sub >= 0) {
			t.Errorf("issue %d (%s): sub %d", is.n, is.prob.code, is.sub)
		}
		k := is.prob.code + "|" + is.pl.key()
		for _, o := range bySpot[k] {
			a, b := o, is
			if b.times[0].Before(a.times[0]) {
				a, b = b, a
			}
			if b.times[0].Sub(a.last()) < 70*24*time.Hour {
				t.Errorf("issues %d and %d: %s at one spot %v apart", a.n, b.n, is.prob.code, b.times[0].Sub(a.last()))
			}
		}
		bySpot[k] = append(bySpot[k], is)
	}
	if p.total != opt.N {
		t.Errorf("planned %d requests, want %d", p.total, opt.N)
	}
}
