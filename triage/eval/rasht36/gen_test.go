package rasht36

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func jsonl(t *testing.T, opt Options) []byte {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := labelled.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name string
		a, b Options
		same bool
	}{
		{"same seed", Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{"other seed", Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
		{"defaults spelled out", Options{Seed: 3, N: 800}, Options{Seed: 3, N: 800, District: "4"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bytes.Equal(jsonl(t, tc.a), jsonl(t, tc.b)); got != tc.same {
				t.Errorf("identical = %v, want %v", got, tc.same)
			}
		})
	}
}

// TestFullSet writes the 6,000-request set, reads it back through the real importer into a
// real SQLite store and checks the truth and the shape of the year.
func TestFullSet(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups and %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	seen := map[string]bool{}
	for i, r := range reqs {
		if seen[r.ID] {
			t.Fatalf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if r.District != "4" {
			t.Fatalf("request %s in district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s out of time order", r.ID)
		}
	}
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	checkShape(t, rows)
}

// checkShape holds the floors a plain district year must meet; each can fail.
func checkShape(t *testing.T, rows []labelled.Row) {
	t.Helper()
	gs := groupSizes(rows)
	n := len(rows)
	var outside, pinned, placeless int
	for _, r := range rows {
		if r.Agency != "municipality" {
			outside++
		}
		if r.Lat != nil {
			pinned++
			if *r.Lat < 37.24 || *r.Lat > 37.32 || *r.Lon < 49.57 || *r.Lon > 49.67 {
				t.Errorf("request %s pinned outside east Rasht: %v,%v", r.ID, *r.Lat, *r.Lon)
			}
		}
		if r.Address == "" && r.Lat == nil {
			placeless++
		}
	}
	tests := []struct {
		name     string
		got      float64
		min, max float64
	}{
		// District 4 draws 2,000–3,000 issues per 6,000 requests (2–3 requests an issue):
		// about 60% of issues are reported once, a quarter twice, a few draw dozens, and the
		// handful of big ones take about a tenth of the requests.
		{"issues", float64(len(gs)), 2000, 3000},
		{"largest issue", float64(gs[0].n), 80, 130},
		{"issues of 20+", float64(countAtLeast(gs, 20)), 8, 60},
		{"singleton share", float64(countAtMost(gs, 1)) / float64(len(gs)), 0.45, 0.7},
		{"other agencies' share", float64(outside) / float64(n), 0.08, 0.2},
		{"share with coordinates", float64(pinned) / float64(n), 0.18, 0.4},
		{"share with neither address nor pin", float64(placeless) / float64(n), 0.02, 0.2},
	}
	for _, tc := range tests {
		t.Logf("%s = %.3f", tc.name, tc.got)
		if tc.got < tc.min || tc.got > tc.max {
			t.Errorf("%s = %.3f, want in [%v, %v]", tc.name, tc.got, tc.min, tc.max)
		}
	}
}

func countAtLeast(gs []groupSize, k int) int {
	c := 0
	for _, g := range gs {
		if g.n >= k {
			c++
		}
	}
	return c
}

func countAtMost(gs []groupSize, k int) int {
	c := 0
	for _, g := range gs {
		if g.n <= k {
			c++
		}
	}
	return c
}

// TestSeedsKeepShape: the floors hold for other seeds too.
func TestSeedsKeepShape(t *testing.T) {
	for _, seed := range []int64{23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		checkShape(t, rows)
	}
}

// TestEpisodes: inside one issue no silence reaches the episode gap (batches typed in later
// move a request by at most a day), and each issue has one agency.
func TestEpisodes(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	last := map[string]labelled.Row{}
	for _, r := range rows {
		if p, ok := last[r.Group]; ok {
			if gap := r.CreatedAt.Sub(p.CreatedAt); gap >= (episodeGap-1)*24*time.Hour {
				t.Errorf("issue %s: %v between %s and %s", r.Group, gap, p.ID, r.ID)
			}
			if p.Agency != r.Agency {
				t.Errorf("issue %s has agencies %s and %s", r.Group, p.Agency, r.Agency)
			}
		}
		last[r.Group] = r
	}
}

// TestNoise: the writing noise of the held-out description is present at a visible rate.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		has  func(string) bool
		min  float64
	}{
		{"Arabic ye or kaf", func(s string) bool { return strings.ContainsAny(s, "يك") }, 0.04},
		{"Latin digits", func(s string) bool { return strings.ContainsAny(s, "0123456789") }, 0.1},
		{"Persian digits", func(s string) bool { return strings.ContainsAny(s, "۰۱۲۳۴۵۶۷۸۹") }, 0.15},
		{"Arabic-Indic digits", func(s string) bool { return strings.ContainsAny(s, "٠١٢٣٤٥٦٧٨٩") }, 0.01},
		{"ordinal alley", func(s string) bool {
			return strings.Contains(s, "کوچه دوم") || strings.Contains(s, "کوچه سوم")
		}, 0.005},
		{"landmark", func(s string) bool {
			return strings.Contains(s, "روبروی") || strings.Contains(s, "جنب") || strings.Contains(s, "نبش")
		}, 0.1},
		{"Finglish", func(s string) bool { return strings.Contains(s, "kooche") }, 0.001},
		{"stretched letters", func(s string) bool { return strings.Contains(s, "یییی") || strings.Contains(s, "اااا") }, 0.005},
	}
	for _, tc := range tests {
		c := 0
		for _, r := range rows {
			if tc.has(r.Text + " " + r.Address) {
				c++
			}
		}
		if share := float64(c) / float64(len(rows)); share < tc.min {
			t.Errorf("%s in %.3f of requests, want at least %v", tc.name, share, tc.min)
		}
	}
}

// TestWriteFiles: Write leaves both files.
func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 1, N: 50}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"requests.jsonl", "truth.csv"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
}
