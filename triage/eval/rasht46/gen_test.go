package rasht46

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
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

// TestSizes: any N gives exactly N requests, sorted, in the year, in the district asked for.
func TestSizes(t *testing.T) {
	for _, c := range []struct {
		n        int
		district string
	}{{1, "4"}, {17, "4"}, {299, "4"}, {300, "04"}, {2500, "4"}} {
		rows, err := Generate(Options{Seed: 3, N: c.n, District: c.district})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != c.n {
			t.Errorf("N=%d: %d rows", c.n, len(rows))
		}
		for i, r := range rows {
			if r.District != c.district {
				t.Fatalf("N=%d: request %s in district %q", c.n, r.ID, r.District)
			}
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("N=%d: request %s comes before its predecessor", c.n, r.ID)
			}
		}
	}
	if _, err := Generate(Options{N: -1}); err == nil {
		t.Error("N=-1 was accepted")
	}
}

var quoted = regexp.MustCompile(`14044\d{6}`)

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
	groupAgencies := map[string]map[string]bool{}
	kindAgencies := map[string]map[string]bool{}
	manholeAgencies := map[string]bool{}
	index := map[string]int{}
	var months [12]int
	located := 0
	for i, r := range reqs {
		index[r.ID] = i
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		a := string(truth.Agencies[r.ID])
		size[g]++
		agencyRequests[a]++
		if groupAgencies[g] == nil {
			groupAgencies[g] = map[string]bool{}
		}
		groupAgencies[g][a] = true
		k := g[strings.LastIndex(g, "-")+1:]
		if kindAgencies[k] == nil {
			kindAgencies[k] = map[string]bool{}
		}
		kindAgencies[k][a] = true
		if strings.Contains(r.Text, "منهول") {
			manholeAgencies[a] = true
		}
		if r.HasLocation {
			located++
			if r.Lat < 37.255 || r.Lat > 37.300 || r.Lon < 49.595 || r.Lon > 49.655 {
				t.Errorf("request %s at %f,%f is outside District 4", r.ID, r.Lat, r.Lon)
			}
		}
		if r.District != "4" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if r.CreatedAt.Before(yearStart) || !r.CreatedAt.Before(yearEnd) {
			t.Errorf("request %s at %s is outside 1404", r.ID, r.CreatedAt)
		}
		if _, off := r.CreatedAt.Zone(); off != 3*3600+1800 {
			t.Errorf("request %s is not in Tehran time: %s", r.ID, r.CreatedAt)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s comes before its predecessor", r.ID)
		}
		if r.Status == "" || strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no status or no text: %+v", r.ID, r)
		}
		switch r.Channel {
		case "phone", "app", "web", "in_person":
		default:
			t.Errorf("request %s came by %q", r.ID, r.Channel)
		}
		if m := monthOf(labelled.Row{CreatedAt: r.CreatedAt}); m >= 0 {
			months[m]++
		}
	}
	// A follow-up that quotes a number quotes an earlier request of its own issue.
	follow := 0
	for i, r := range reqs {
		for _, id := range quoted.FindAllString(setDigits(r.Text, digitsLatin, nil), -1) {
			j, ok := index[id]
			if !ok || j >= i || truth.Groups[id] != truth.Groups[r.ID] {
				t.Errorf("request %s quotes %s, not an earlier request of its issue", r.ID, id)
			}
			follow++
		}
	}
	for g, as := range groupAgencies {
		if len(as) != 1 {
			t.Errorf("issue %s has agencies %v", g, as)
		}
	}
	for a := range agencyRequests {
		switch a {
		case municipality, water, power, gas, telecom, police, other:
		default:
			t.Errorf("agency %q", a)
		}
	}
	largest, second, singles := 0, 0, 0
	for _, n := range size {
		if n == 1 {
			singles++
		}
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
		{"issues", float64(len(size)), 2100, 2900, "about 2.4 requests a problem"},
		{"single-request issues", float64(singles) / float64(len(size)), 0.45, 0.65, "most issues draw one or two"},
		{"largest issue", float64(largest), 90, 120, "one alley's asphalt draws about a hundred"},
		{"second issue", float64(second), 40, 70, "the dark dead end draws dozens"},
		{"share not municipal", share(notMunicipal), 0.25, 0.40, "lighting, sewage, cuts, police"},
		{"share water", share(agencyRequests[water]), 0.08, 0.15, "sewage, bursts, cuts"},
		{"share power", share(agencyRequests[power]), 0.08, 0.15, "street lights and cuts"},
		{"share gas", share(agencyRequests[gas]), 0.015, 0.04, "smells, pressure, trenches"},
		{"share telecom", share(agencyRequests[telecom]), 0.01, 0.035, "lines and cabinets"},
		{"share police", share(agencyRequests[police]), 0.025, 0.06, "parking and noise"},
		{"share other", share(agencyRequests[other]), 0.01, 0.03, "schools, hygiene, livestock, welfare"},
		{"share with coordinates", share(located), 0.22, 0.36, "the app's pins, a few web and operator clicks"},
		{"quoted request numbers", float64(follow), 60, 400, "a third of follow-ups quote a number"},
		{"requests in Farvardin (Nowruz)", float64(months[0]), 120, 350, "a quiet Nowruz"},
		{"requests in Aban over Farvardin", float64(months[7]) / float64(months[0]), 1.5, 5, "the autumn rains"},
		{"excavations' agencies", float64(len(kindAgencies["excavation"])), 4, 5, "whoever dug it"},
		{"agencies of requests saying منهول", float64(len(manholeAgencies)), 2, 3, "sewage manhole or surface channel"},
		{"park problems' agencies", float64(len(kindAgencies["park"])), 1, 1, "a park's own lights are the municipality's"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
	for m, n := range months {
		if n < 120 {
			t.Errorf("month %s has %d requests", monthNames[m], n)
		}
	}
}

// TestNoise checks that the noise of the README is there at all.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, r := range rows {
		all.WriteString(r.Text + "\n" + r.Address + "\n" + r.Category + "\n")
	}
	s := all.String()
	for _, c := range []struct{ name, want string }{
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"Arabic alef maksura", "ى"}, {"teh marbuta", "ة"}, {"hamza", "ؤ"},
		{"izafe hamza", "ٔ"}, {"ZWNJ", "\u200c"}, {"joined می", "میشه"}, {"spaced ZWNJ", "شب ها"},
		{"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"},
		{"tanwin", "ً"}, {"kasra", "ِ"}, {"tatweel", "ـ"}, {"stretched letters", "ییی"},
		{"number word", "کوچه دوازدهم"}, {"cardinal alley", "کوچه دوازده "}, {"metre street", "۱۶ متری"},
		{"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"street abbreviation", "خ "}, {"alley abbreviation", "ک "},
		{"landmark", "روبروی"}, {"corner", "نبش"}, {"beside", "جنب"}, {"bank", "کنار بانک"}, {"dead-end", "بن"},
		{"plate", "پلاک"}, {"misspelled asphalt", "اسفالت"}, {"misspelled alley", "کوچع"}, {"colloquial street", "خیابون"},
		{"follow-up", "پیگیری مجدد"}, {"third call", "بار سوم است"}, {"Gilaki", "امی "}, {"politeness", "خواهشمند"},
		{"vague category", "درخواست شهروندی"}, {"excavation by gas", "گاز"}, {"named dead end", "شاهد"},
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
	for _, want := range []string{"requests 800", "largest issues", "municipality", "with coordinates", "Farvardin", "district 4"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if got := Summarize(nil); !strings.Contains(got, "requests 0") {
		t.Errorf("summary of nothing: %q", got)
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
	if truth := labelledtest.Truth(t, dir); len(truth.Groups) != 300 {
		t.Errorf("truth has %d requests, want 300", len(truth.Groups))
	}
}
