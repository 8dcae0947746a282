package rasht30

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

// TestDeterministic: the same seed writes the same bytes, another seed other bytes.
func TestDeterministic(t *testing.T) {
	a := jsonl(t, Options{Seed: 7, N: 1500})
	b := jsonl(t, Options{Seed: 7, N: 1500})
	c := jsonl(t, Options{Seed: 8, N: 1500})
	if !bytes.Equal(a, b) {
		t.Error("seed 7 twice wrote different sets")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetReadsBack writes a full 6,000-request set, imports it with the real importer
// into a real SQLite store and reads the truth back: every request is in the truth once,
// with a known agency.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, the import %d", len(truth.Groups), len(reqs))
	}
	raw, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(string(raw), "\n"); lines != 6001 {
		t.Errorf("truth.csv has %d lines, want a header and 6000 rows", lines)
	}
	known := map[string]bool{municipality: true, water: true, power: true, gas: true, telecom: true, police: true, other: true}
	for _, r := range reqs {
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Errorf("request %s has no truth", r.ID)
		}
		if !known[string(truth.Agencies[r.ID])] {
			t.Errorf("request %s has agency %q", r.ID, truth.Agencies[r.ID])
		}
		if r.District != "1" {
			t.Errorf("request %s in district %q, want the default 1", r.ID, r.District)
		}
	}
}

// TestDistribution holds each seed's set to floors that a broken generator misses.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		sizes := map[string]int{}
		agencyOf := map[string]string{}
		first := map[string]time.Time{}
		ids := map[string]bool{}
		others, pins := 0, 0
		start := time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
		for i, r := range rows {
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d out of time order", seed, i)
			}
			if r.CreatedAt.Before(start) || !r.CreatedAt.Before(start.AddDate(1, 0, 0)) {
				t.Errorf("seed %d: %s at %v, outside the year", seed, r.ID, r.CreatedAt)
			}
			if ids[r.ID] {
				t.Errorf("seed %d: id %s twice", seed, r.ID)
			}
			ids[r.ID] = true
			sizes[r.Group]++
			if a, ok := agencyOf[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s has agencies %s and %s", seed, r.Group, a, r.Agency)
			}
			agencyOf[r.Group] = r.Agency
			if _, ok := first[r.Group]; !ok {
				first[r.Group] = r.CreatedAt
			} else if r.CreatedAt.Sub(first[r.Group]) > 130*24*time.Hour {
				t.Errorf("seed %d: issue %s lasts past one episode (%v)", seed, r.Group, r.CreatedAt.Sub(first[r.Group]))
			}
			if r.Agency != municipality {
				others++
			}
			if r.Lat != nil {
				pins++
				if *r.Lat < 37.25 || *r.Lat > 37.30 || *r.Lon < 49.58 || *r.Lon > 49.64 {
					t.Errorf("seed %d: %s pinned outside the district at %v,%v", seed, r.ID, *r.Lat, *r.Lon)
				}
			}
			if r.Text == "" {
				t.Errorf("seed %d: %s has no text", seed, r.ID)
			}
		}
		// The rule: a request with no place at all is an issue of its own.
		for _, r := range rows {
			if r.Address == "" && r.Lat == nil && sizes[r.Group] > 1 && !namesPlace(r.Text) {
				t.Errorf("seed %d: %s gives no place but is one of %d requests of %s: %q", seed, r.ID, sizes[r.Group], r.Group, r.Text)
			}
		}
		largest, singles := 0, 0
		for _, n := range sizes {
			largest = max(largest, n)
			if n == 1 {
				singles++
			}
		}
		checks := []struct {
			name   string
			got    float64
			lo, hi float64
		}{
			{"issues", float64(len(sizes)), 1900, 3600},
			{"share of other agencies", float64(others) / 6000, 0.10, 0.30},
			{"share with coordinates", float64(pins) / 6000, 0.20, 0.60},
			{"largest issue", float64(largest), 60, 200},
			{"share of single-request issues", float64(singles) / float64(len(sizes)), 0.45, 0.75},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s %.3f, want %.2f..%.2f", seed, c.name, c.got, c.lo, c.hi)
			}
		}
	}
}

// TestNoise: the set carries the noise the held-out set is said to carry, each at least
// somewhere in 6,000 requests.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	sewageAsSurface, surfaceAsSewage := 0, 0
	for _, r := range rows {
		// The category is a hint: the truth follows the problem, not the operator's pick.
		if r.Category == "آبهای سطحی" && r.Agency == water {
			sewageAsSurface++
		}
		if r.Category == "فاضلاب" && r.Agency == municipality {
			surfaceAsSewage++
		}
		all.WriteString(r.Text + " | " + r.Address + "\n")
	}
	if sewageAsSurface == 0 || surfaceAsSewage == 0 {
		t.Errorf("no miscategorised sewage/surface water: %d sewage filed as surface water, %d the other way",
			sewageAsSurface, surfaceAsSewage)
	}
	s := all.String()
	for _, c := range []struct{ name, needle string }{
		{"Arabic yeh", "ي"}, {"Arabic kaf", "ك"}, {"ZWNJ", "\u200c"}, {"Persian digit", "۱"},
		{"Arabic-Indic digit", "١"}, {"Latin digit", "1"}, {"stretched letter", "یییی"},
		{"number word", "کوچه دوازدهم"}, {"Finglish", "kooche"}, {"landmark نبش", "نبش"},
		{"landmark روبروی", "روبروی"}, {"follow-up", "پیگیری"}, {"short alley ک", "ک "},
	} {
		if !strings.Contains(s, c.needle) {
			t.Errorf("no %s (%q) in the set", c.name, c.needle)
		}
	}
}

// namesPlace tells whether a text names a street, alley, neighbourhood or landmark of the
// district.
func namesPlace(text string) bool {
	text = strings.NewReplacer("ي", "ی", "ك", "ک").Replace(text)
	if strings.Contains(text, "کوچه") || strings.Contains(text, "ک ") || strings.Contains(text, "ک.") || strings.Contains(text, "بن") {
		return true
	}
	for _, h := range district3 {
		names := append([]string{h.name, h.fin}, h.landmarks...)
		for _, st := range h.streets {
			names = append(names, st.name, st.fin)
		}
		for _, n := range names {
			if strings.Contains(text, n) {
				return true
			}
		}
	}
	return false
}
