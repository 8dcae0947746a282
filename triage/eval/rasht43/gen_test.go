package rasht43

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
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

// TestSizes: Generate returns exactly N requests for small and odd sizes too, and the
// district it was given.
func TestSizes(t *testing.T) {
	for _, c := range []struct {
		n        int
		district string
	}{{1, "2"}, {17, "2"}, {300, "02"}, {2500, "2"}} {
		rows, err := Generate(Options{Seed: 3, N: c.n, District: c.district})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != c.n {
			t.Errorf("N=%d gave %d requests", c.n, len(rows))
		}
		for _, r := range rows {
			if r.District != c.district {
				t.Fatalf("N=%d: request %s in district %q, want %q", c.n, r.ID, r.District, c.district)
			}
		}
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
	groupAgency := map[string]string{}
	agencyRequests := map[string]int{}
	ids := map[string]bool{}
	located, noAddress, emptyCat := 0, 0, 0
	channels := map[string]int{}
	first, last := reqs[0].CreatedAt, reqs[len(reqs)-1].CreatedAt
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if ids[r.ID] {
			t.Fatalf("request id %s twice", r.ID)
		}
		ids[r.ID] = true
		a := string(truth.Agencies[r.ID])
		if !tafkik.Agency(a).Valid() {
			t.Errorf("request %s has agency %q", r.ID, a)
		}
		if prev, ok := groupAgency[g]; ok && prev != a {
			t.Errorf("issue %s has requests for %s and %s", g, prev, a)
		}
		groupAgency[g] = a
		size[g]++
		agencyRequests[a]++
		if r.HasLocation {
			located++
			if r.Lat < 37.262 || r.Lat > 37.298 || r.Lon < 49.578 || r.Lon > 49.625 {
				t.Errorf("request %s at %f,%f is outside District 2", r.ID, r.Lat, r.Lon)
			}
		}
		if r.District != "2" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s comes before its predecessor", r.ID)
		}
		if r.CreatedAt.Before(yearStart) || !r.CreatedAt.Before(yearEnd) {
			t.Errorf("request %s at %s is outside 1404", r.ID, r.CreatedAt)
		}
		if !r.Status.Valid() {
			t.Errorf("request %s has status %q", r.ID, r.Status)
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no text", r.ID)
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddress++
		}
		if r.Category == "" {
			emptyCat++
		}
		channels[r.Channel]++
	}
	if first.Sub(yearStart) > 48*time.Hour || yearEnd.Sub(last) > 48*time.Hour {
		t.Errorf("the year runs from %s to %s, want all of 1404", first, last)
	}
	largest, second, singles, big := 0, 0, 0, 0
	for _, n := range size {
		if n > largest {
			largest, second = n, largest
		} else if n > second {
			second = n
		}
		if n == 1 {
			singles++
		}
		if n >= 10 {
			big++
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
		{"issues", float64(len(size)), 2200, 2900, "most issues draw one or two requests"},
		{"singleton share of issues", float64(singles) / float64(len(size)), 0.55, 0.75, "most problems are reported once"},
		{"issues of ten or more", float64(big), 60, 220, "a tail of chronic and busy problems"},
		{"largest issue", float64(largest), 90, 110, "the asphalt of Hajiabad alley 12"},
		{"second issue", float64(second), 45, 65, "the Javan channel or the dark Nastaran alley"},
		{"share not municipal", share(notMunicipal), 0.24, 0.36, "lighting, sewage, cuts, police"},
		{"share water", share(agencyRequests[water]), 0.08, 0.13, "sewage, bursts, cuts, trenches"},
		{"share power", share(agencyRequests[power]), 0.07, 0.13, "street lighting is the power company's"},
		{"share gas", share(agencyRequests[gas]), 0.012, 0.035, "smell, pressure, trenches"},
		{"share telecom", share(agencyRequests[telecom]), 0.01, 0.03, "cables, landlines, trenches"},
		{"share police", share(agencyRequests[police]), 0.03, 0.055, "parking and noise"},
		{"share other", share(agencyRequests[other]), 0.015, 0.04, "schools, hygiene, welfare"},
		{"share with coordinates", share(located), 0.28, 0.42, "the app's pins, a few web and operator clicks"},
		{"share without address", share(noAddress), 0.25, 0.45, "app users write the place in the text or not at all"},
		{"share without category", share(emptyCat), 0.04, 0.11, "some operators leave it empty"},
		{"share phone", share(channels["phone"]), 0.35, 0.5, "137 is a phone line first"},
		{"share app", share(channels["app"]), 0.33, 0.48, "the app"},
		{"share in person", share(channels["in_person"]), 0.03, 0.1, "office hours only"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
}

// TestHardCases: the truth follows the README's rule on the cases it singles out.
func TestHardCases(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	agencyWith := func(words ...string) map[string]int {
		m := map[string]int{}
		for _, r := range rows {
			ok := true
			for _, w := range words {
				ok = ok && strings.Contains(r.Text, w)
			}
			if ok {
				m[r.Agency]++
			}
		}
		return m
	}
	for _, c := range []struct {
		name   string
		words  []string
		agency string
	}{
		{"sewage manhole", []string{"منهول فاضلاب"}, water},
		{"surface channel", []string{"کانال آب‌های سطحی"}, municipality},
		{"trench the water company left", []string{"آبفا", "کندن"}, water},
		{"trench the gas company left", []string{"گاز", "حفاری"}, gas},
		{"park lights", []string{"روشنایی", "معتادها"}, municipality},
		{"traffic light", []string{"چراغ راهنمایی"}, municipality},
		{"blocked garage", []string{"جلوی درب پارکینگ"}, police},
		{"school toilets", []string{"سرویس بهداشتی"}, other},
	} {
		got := agencyWith(c.words...)
		total := 0
		for _, n := range got {
			total += n
		}
		if total == 0 {
			t.Errorf("%s: no request says %q", c.name, c.words)
			continue
		}
		if got[c.agency] != total {
			t.Errorf("%s: %v, want all %s", c.name, got, c.agency)
		}
	}

	// A question is an issue of its own.
	byGroup := map[string][]labelled.Row{}
	for _, r := range rows {
		byGroup[r.Group] = append(byGroup[r.Group], r)
	}
	questions := 0
	for _, r := range rows {
		if strings.Contains(r.Text, "ساعت کاری شهرداری") || strings.Contains(r.Text, "saat kari") {
			questions++
			if n := len(byGroup[r.Group]); n != 1 {
				t.Errorf("question %s shares issue %s with %d requests", r.ID, r.Group, n-1)
			}
		}
	}
	if questions == 0 {
		t.Error("no question about office hours in the year")
	}
}

// TestNoise checks that the noise of real requests is there at all.
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
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"alef maksura", "ى"}, {"ta marbuta", "ة"}, {"ZWNJ", "\u200c"},
		{"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"}, {"number word", "کوچه دوازدهم"},
		{"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"landmark", "روبروی"}, {"corner", "نبش"}, {"beside", "جنب"},
		{"stretched letters", "ییی"}, {"tatweel", "ـ"}, {"tanvin", "ً"}, {"misspelling", "اسفالت"}, {"misspelt alley", "کوچع"},
		{"hamza form", "رضائی"}, {"follow-up", "پیگیری مجدد"}, {"third time", "بار سوم"}, {"earlier request", "پیرو درخواست"},
		{"dead-end", "بن‌بست"}, {"dead-end without ZWNJ", "بنبست"}, {"plate", "پلاک"}, {"street abbreviation", "خ "},
		{"alley abbreviation", "ک "}, {"Gilaki", "بوسته"}, {"colloquial", "تورو خدا"}, {"politeness", "با سلام و احترام"},
		{"second problem", "ضمنا"}, {"square's two names", "میدان صیقلان"},
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
	for _, want := range []string{"requests 800", "largest issues", "municipality", "police", "with coordinates", "months:"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if Summarize(nil) != "requests 0\n" {
		t.Errorf("empty summary is %q", Summarize(nil))
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
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 300 {
		t.Errorf("truth has %d requests, want 300", len(truth.Groups))
	}
}
