package rasht24

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeSet(t *testing.T, opt Options) (dir string, jsonl, truth []byte) {
	t.Helper()
	dir = t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	jsonl, err := os.ReadFile(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	truth, err = os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, jsonl, truth
}

// TestDeterministic: a seed writes the same bytes every time; another seed writes another set.
func TestDeterministic(t *testing.T) {
	_, a, at := writeSet(t, Options{Seed: 7, N: 800})
	_, b, bt := writeSet(t, Options{Seed: 7, N: 800})
	if !bytes.Equal(a, b) || !bytes.Equal(at, bt) {
		t.Error("seed 7 wrote two different sets")
	}
	_, c, ct := writeSet(t, Options{Seed: 8, N: 800})
	if bytes.Equal(a, c) || bytes.Equal(at, ct) {
		t.Error("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetImports: 6,000 requests go through the real importer into a real store, and the
// truth names every one of them once, with a known agency.
func TestFullSetImports(t *testing.T) {
	dir, _, truthBytes := writeSet(t, Options{Seed: 7})
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if lines := strings.Count(string(truthBytes), "\n"); lines != 6000+1 {
		t.Errorf("truth.csv has %d lines, want a header and 6000 rows", lines)
	}
	if len(truth.Groups) != 6000 {
		t.Errorf("truth covers %d requests, want 6000", len(truth.Groups))
	}
	seen := map[string]bool{}
	for i, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request id %s twice", r.ID)
		}
		seen[r.ID] = true
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Errorf("request %s has no truth", r.ID)
		}
		if a := truth.Agencies[r.ID]; !a.Valid() {
			t.Errorf("request %s: agency %q", r.ID, a)
		}
		if r.District != "1" {
			t.Errorf("request %s: district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s is out of time order", r.ID)
		}
		if !r.Status.Valid() {
			t.Errorf("request %s: status %q", r.ID, r.Status)
		}
	}
}

// TestDistribution holds each seed's year to the picture of README: floors and ceilings that
// a change to the generator can break.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		agencies := map[string]int{}
		located, outside := 0, 0
		for _, r := range rows {
			size[r.Group]++
			agencies[r.Agency]++
			if r.Lat != nil {
				located++
			}
			if tafkik.Agency(r.Agency).Outside() {
				outside++
			}
		}
		largest, singles := 0, 0
		for _, s := range size {
			largest = max(largest, s)
			if s == 1 {
				singles++
			}
		}
		n := float64(len(rows))
		checks := []struct {
			what   string
			got    float64
			lo, hi float64
		}{
			// 18,000 requests a year of which a hundred are one alley: many singletons, a
			// heavy tail; 2.0 to 3.0 requests an issue
			{"issues", float64(len(size)), 2000, 3200},
			{"largest issue", float64(largest), 60, 200},
			{"share of singleton issues", float64(singles) / float64(len(size)), 0.45, 0.75},
			{"share of other agencies", float64(outside) / n, 0.08, 0.22},
			{"share with a location", float64(located) / n, 0.25, 0.55},
			{"agencies present", float64(len(agencies)), 7, 7},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.2f..%.2f", seed, c.what, c.got, c.lo, c.hi)
			}
		}
	}
}

// placeNames are the names that tie a text to a place: neighbourhoods and named streets,
// in Persian and in Finglish.
func placeNames() []string {
	var out []string
	for _, h := range newWorld() {
		out = append(out, strings.TrimPrefix(strings.TrimPrefix(h.name, "شهرک "), "کوی "), h.fing)
		for _, s := range h.streets {
			if s.name != "" {
				out = append(out, s.name)
			}
			if s.fing != "" {
				out = append(out, s.fing)
			}
		}
	}
	return out
}

// TestNoPlaceStandsAlone checks the labelling rule's "no place" clause on the output: a
// request with no address, no location and no place name in its text is an issue of its
// own; and there are such requests.
func TestNoPlaceStandsAlone(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	names := placeNames()
	size := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
	}
	nowhere := 0
	for _, r := range rows {
		if r.Address != "" || r.Lat != nil || namesPlace(r.Text, names) {
			continue
		}
		nowhere++
		if size[r.Group] != 1 {
			t.Errorf("request %s names no place but is one of %d in %s: %s", r.ID, size[r.Group], r.Group, r.Text)
		}
	}
	if nowhere < len(rows)/200 {
		t.Errorf("%d requests name no place, want at least %d", nowhere, len(rows)/200)
	}
}

func namesPlace(text string, names []string) bool {
	text = strings.NewReplacer("ي", "ی", "ك", "ک").Replace(text)
	for _, n := range names {
		if strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// TestNoise: the noise the held-out set is said to carry is there, at a believable rate.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		what   string
		has    func(r labelled.Row) bool
		lo, hi float64
	}{
		{"Arabic ي or ك", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "يك") }, 0.04, 0.2},
		{"a ZWNJ", func(r labelled.Row) bool { return strings.Contains(r.Text+r.Address, "\u200c") }, 0.15, 0.7},
		{"Latin digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "0123456789") }, 0.1, 0.6},
		{"Persian digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, persianDigits) }, 0.2, 0.8},
		{"Arabic-Indic digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, arabicDigits) }, 0.005, 0.1},
		{"number words", func(r labelled.Row) bool {
			return strings.Contains(r.Text+r.Address, "دوم") || strings.Contains(r.Text+r.Address, "سوم") || strings.Contains(r.Text+r.Address, "هم ")
		}, 0.02, 0.4},
		{"Finglish", func(r labelled.Row) bool {
			return strings.Contains(r.Text, "kooche") || strings.Contains(r.Text, "ashghal") || strings.Contains(r.Text, "asfalt")
		}, 0.002, 0.05},
		{"a landmark", func(r labelled.Row) bool {
			s := r.Text + r.Address
			return strings.Contains(s, "نبش") || strings.Contains(s, "روبروی") || strings.Contains(s, "جنب") || strings.Contains(s, "کنار")
		}, 0.03, 0.4},
		{"a greeting", func(r labelled.Row) bool { return strings.Contains(r.Text, "سلام") }, 0.1, 0.5},
		{"a vague category", func(r labelled.Row) bool {
			return r.Category == "سایر" || r.Category == "عمومی" || r.Category == "شکایت"
		}, 0.05, 0.3},
	}
	for _, c := range cases {
		k := 0
		for _, r := range rows {
			if c.has(r) {
				k++
			}
		}
		if got := float64(k) / float64(len(rows)); got < c.lo || got > c.hi {
			t.Errorf("%s in %.3f of requests, want %.3f..%.2f", c.what, got, c.lo, c.hi)
		}
	}
}

// TestEpisodesApart checks the labelling rule's episode clause on the issues drawn: two
// issues of one problem family at one spot (or one inside the other) are at least the quiet
// gap apart, giants included.
func TestEpisodesApart(t *testing.T) {
	g := newGenerator(Options{Seed: 7}.withDefaults())
	issues := g.issues()
	recurring := 0
	for i, a := range issues {
		if a.noPlace {
			continue
		}
		for _, b := range issues[i+1:] {
			if b.noPlace || family(a.p.key) != family(b.p.key) {
				continue
			}
			ka, kb := a.at.key(), b.at.key()
			if !contains(ka, kb) && !contains(kb, ka) {
				continue
			}
			recurring++
			if a.start.Before(b.end.Add(quiet)) && b.start.Before(a.end.Add(quiet)) {
				t.Errorf("%s at %s (%s..%s) and %s at %s (%s..%s) are one episode", a.p.key, ka,
					a.start.Format("01-02"), a.end.Format("01-02"), b.p.key, kb, b.start.Format("01-02"), b.end.Format("01-02"))
			}
		}
	}
	// spots come back: a set without recurring episodes would not test the rule
	if recurring < len(issues)/10 {
		t.Errorf("%d pairs of episodes at one spot, want at least %d", recurring, len(issues)/10)
	}
}
