package rasht41

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func render(t *testing.T, opt Options) []byte {
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
	a := render(t, Options{Seed: 7, N: 1500})
	b := render(t, Options{Seed: 7, N: 1500})
	if !bytes.Equal(a, b) {
		t.Fatal("seed 7 wrote two different sets")
	}
	if c := render(t, Options{Seed: 8, N: 1500}); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSet writes the 6,000-request year, imports it into a real store and checks the
// truth and the shape of the year against floors that a broken generator would miss.
func TestFullSet(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 {
		t.Fatalf("truth has %d requests, want 6000", len(truth.Groups))
	}
	size := map[string]int{}
	agencyRequests := map[string]int{}
	located := 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		size[g]++
		agencyRequests[string(truth.Agencies[r.ID])]++
		if r.HasLocation {
			located++
			if r.Lat < 37.20 || r.Lat > 37.30 || r.Lon < 49.52 || r.Lon > 49.64 {
				t.Errorf("request %s at %f,%f is outside District 4", r.ID, r.Lat, r.Lon)
			}
		}
		if r.District != "4" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s comes before its predecessor", r.ID)
		}
		if r.Status == "" {
			t.Errorf("request %s has no status", r.ID)
		}
	}
	largest, second := 0, 0
	for _, n := range size {
		if n > largest {
			largest, second = n, largest
		} else if n > second {
			second = n
		}
	}
	share := func(k int) float64 { return float64(k) / 6000 }
	notMunicipal := 6000 - agencyRequests[municipality]
	checks := []struct {
		name    string
		got     float64
		lo, hi  float64
		because string
	}{
		// 6,000 requests at about three a problem: a district clerk's "a hundred calls about
		// one alley" is the tail, most problems are reported once or twice.
		{"issues", float64(len(size)), 1600, 2700, "most issues draw one or two requests"},
		{"largest issue", float64(largest), 80, 130, "one alley's asphalt draws about a hundred"},
		{"second issue", float64(second), 40, 100, "a dark lane draws dozens"},
		{"share not municipal", share(notMunicipal), 0.15, 0.35, "lighting, sewage, cuts, police"},
		{"share police", share(agencyRequests[police]), 0.01, 0.06, "parking and noise"},
		{"share other", share(agencyRequests[other]), 0.004, 0.04, "health, welfare, livestock"},
		{"share water", share(agencyRequests[water]), 0.03, 0.12, "sewage, bursts, cuts"},
		{"share power", share(agencyRequests[power]), 0.05, 0.15, "street lighting is the power company's"},
		{"share with coordinates", share(located), 0.2, 0.4, "the app's pins, a few web and operator clicks"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
}

// TestNoise checks that the noise of the described held-out set is there at all.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, r := range rows {
		all.WriteString(r.Text + "\n" + r.Address + "\n")
	}
	s := all.String()
	for _, c := range []struct{ name, want string }{
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"ZWNJ", "\u200c"}, {"Persian digit", "۱"}, {"Arabic-Indic digit", "١"},
		{"Latin digit", "1"}, {"number word", "کوچه دوازدهم"}, {"Finglish", "salam"}, {"landmark", "روبروی"},
		{"corner", "نبش"}, {"stretched letters", "ییی"}, {"misspelling", "اسفالت"}, {"follow-up", "پیگیری مجدد"},
		{"dead-end", "بن"}, {"plate", "پلاک"},
	} {
		if !strings.Contains(s, c.want) {
			t.Errorf("no %s (%q) in 6,000 requests", c.name, c.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 42, N: 800})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 800", "largest issues", "municipality", "with coordinates"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 2026, N: 300}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"requests.jsonl", "truth.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if lines := bytes.Count(b, []byte("\n")); lines < 300 {
			t.Errorf("%s has %d lines, want at least 300", f, lines)
		}
	}
	labelledtest.Import(t, dir, 300)
}
