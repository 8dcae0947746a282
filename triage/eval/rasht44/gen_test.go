package rasht44

import (
	"bytes"
	"math"
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
	if b := render(t, Options{Seed: 7, N: 1500}); !bytes.Equal(a, b) {
		t.Fatal("seed 7 wrote two different sets")
	}
	if c := render(t, Options{Seed: 8, N: 1500}); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 wrote the same set")
	}
}

func TestOptions(t *testing.T) {
	for _, c := range []struct {
		opt      Options
		n        int
		district string
	}{
		{Options{Seed: 1, N: 1}, 1, "3"},
		{Options{Seed: 1, N: 12}, 12, "3"},
		{Options{Seed: 3, N: 250, District: "03"}, 250, "03"},
		{Options{Seed: 5}, 6000, "3"},
	} {
		rows, err := Generate(c.opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != c.n {
			t.Errorf("%+v: %d rows, want %d", c.opt, len(rows), c.n)
		}
		for _, r := range rows {
			if r.District != c.district {
				t.Fatalf("%+v: district %q, want %q", c.opt, r.District, c.district)
			}
		}
	}
	if _, err := Generate(Options{N: 2_000_000}); err == nil {
		t.Error("two million requests for one district were accepted")
	}
}

// TestFullSet writes the 6,000-request year, imports it through the real importer into a
// real store and checks the truth and the shape of the year against floors that a broken
// generator would miss.
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
	first := time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	last := time.Date(2026, 3, 21, 0, 0, 0, 0, tehran)
	size := map[string]int{}
	groupAgency := map[string]string{}
	agencyRequests := map[string]int{}
	channels := map[string]int{}
	months := map[int]int{}
	ids := map[string]bool{}
	located, emptyCategory, emptyAddress := 0, 0, 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		a := string(truth.Agencies[r.ID])
		if !tafkik.Agency(a).Valid() {
			t.Errorf("request %s has agency %q", r.ID, a)
		}
		if prev, ok := groupAgency[g]; ok && prev != a {
			t.Errorf("issue %s is both %s and %s", g, prev, a)
		}
		groupAgency[g] = a
		size[g]++
		agencyRequests[a]++
		channels[r.Channel]++
		if ids[r.ID] {
			t.Errorf("request id %s twice", r.ID)
		}
		ids[r.ID] = true
		if r.HasLocation {
			located++
			if r.Lat < 37.255 || r.Lat > 37.315 || r.Lon < 49.575 || r.Lon > 49.645 {
				t.Errorf("request %s at %f,%f is outside District 3", r.ID, r.Lat, r.Lon)
			}
		}
		if r.District != "3" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if r.CreatedAt.Before(first) || !r.CreatedAt.Before(last) {
			t.Errorf("request %s at %s is outside 1404", r.ID, r.CreatedAt)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s comes before its predecessor", r.ID)
		}
		if !r.Status.Valid() {
			t.Errorf("request %s has status %q", r.ID, r.Status)
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no text", r.ID)
		}
		if r.Category == "" {
			emptyCategory++
		}
		if r.Address == "" {
			emptyAddress++
		}
		m, _ := jalali(int(r.CreatedAt.Sub(first).Hours() / 24))
		months[m]++
	}
	largest, second, small := 0, 0, 0
	for _, n := range size {
		if n > largest {
			largest, second = n, largest
		} else if n > second {
			second = n
		}
		if n <= 2 {
			small++
		}
	}
	quietest := 6000
	for m := 1; m <= 12; m++ {
		quietest = min(quietest, months[m])
	}
	share := func(k int) float64 { return float64(k) / 6000 }
	checks := []struct {
		name    string
		got     float64
		lo, hi  float64
		because string
	}{
		{"issues", float64(len(size)), 1800, 2600, "about three requests an issue"},
		{"share of issues with one or two requests", float64(small) / float64(len(size)), 0.6, 0.85, "most issues draw one or two"},
		{"largest issue", float64(largest), 90, 120, "one alley's asphalt draws about a hundred"},
		{"second issue", float64(second), 40, 80, "a flooding channel, a dark boulevard draw dozens"},
		{"share not municipal", share(6000 - agencyRequests["municipality"]), 0.22, 0.38, "lights, cuts, sewage, police"},
		{"share water", share(agencyRequests["water"]), 0.07, 0.13, "sewage, bursts, cuts"},
		{"share power", share(agencyRequests["power"]), 0.08, 0.14, "street lighting is the power company's"},
		{"share police", share(agencyRequests["police"]), 0.02, 0.06, "parking and noise"},
		{"share other", share(agencyRequests["other"]), 0.01, 0.04, "schools, health, welfare"},
		{"share gas", share(agencyRequests["gas"]), 0.005, 0.03, "smells and open trenches"},
		{"share telecom", share(agencyRequests["telecom"]), 0.005, 0.03, "cables and trenches"},
		{"share with coordinates", share(located), 0.2, 0.35, "the app's pins, a few others"},
		{"share phone", share(channels["phone"]), 0.45, 0.6, "the 137 line is a phone line first"},
		{"share app", share(channels["app"]), 0.25, 0.37, "then the app"},
		{"share empty category", share(emptyCategory), 0.03, 0.12, "operators and the app leave it out"},
		{"share empty address", share(emptyAddress), 0.2, 0.45, "app users rely on the pin or the text"},
		{"quietest month", float64(quietest), 200, 700, "every month of the year has requests"},
	}
	for _, c := range checks {
		t.Logf("%s = %.3f", c.name, c.got)
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
}

// TestLabellingRule checks the plan behind the truth: one problem at one place in one
// episode, and the hard cases the README promises are there.
func TestLabellingRule(t *testing.T) {
	g, reqs := year(Options{Seed: 7}.norm())
	type span struct {
		is     *issue
		family string
	}
	byKey := map[string][]span{}
	for _, is := range g.issues {
		for _, k := range is.pl.keys() {
			byKey[is.k.family+"|"+k] = append(byKey[is.k.family+"|"+k], span{is, is.k.family})
		}
		for _, q := range is.reqs {
			if q.t < is.start || q.t > math.Max(is.end, is.start) || q.t >= yearDays {
				t.Errorf("issue %s: request at day %.2f outside its episode %.2f–%.2f", is.group, q.t, is.start, is.end)
			}
		}
	}
	returns := 0
	for key, ss := range byKey {
		for i := range ss {
			for j := i + 1; j < len(ss); j++ {
				a, b := ss[i].is, ss[j].is
				if a.start < b.end && b.start < a.end {
					t.Errorf("%s: issues %s and %s overlap in time at one place", key, a.group, b.group)
				} else if a.pl.level != lvArea {
					returns++ // an alley, block, house or landmark, not a neighbourhood's cut
				}
			}
		}
	}
	neighbours := 0
	for i, a := range g.issues {
		for _, b := range g.issues[i+1:] {
			if a.k == b.k && a.pl.level == lvAlley && b.pl.level == lvAlley && a.pl.st == b.pl.st &&
				a.pl.al != b.pl.al && abs(a.pl.al.idx-b.pl.al.idx) <= 2 && a.start < b.end && b.start < a.end {
				neighbours++
			}
		}
	}
	perKind := map[string]int{}
	for _, is := range g.issues {
		perKind[is.k.code]++
	}
	for _, k := range kinds {
		if perKind[k.code] == 0 {
			t.Errorf("no issue of kind %s in 6,000 requests", k.code)
		}
	}
	// the hard cases of jurisdiction: the same words, different agencies
	words := map[string]map[string]int{}
	for _, q := range reqs {
		for _, w := range []string{"جوی", "فاضلاب", "چراغ", "حفاری", "سیم برق", "پارک"} {
			if strings.Contains(q.row.Text, w) {
				if words[w] == nil {
					words[w] = map[string]int{}
				}
				words[w][q.row.Agency]++
			}
		}
	}
	// how much of the place the requests give (README: only the street, or nothing)
	full, streetOnly, nowhere := 0, 0, 0
	for _, q := range reqs {
		switch {
		case !q.inText && !q.inAddr:
			nowhere++
		case q.give == giveFull:
			full++
		case q.give == giveStreet:
			streetOnly++
		}
	}
	for _, c := range []struct {
		name   string
		got    int
		lo, hi float64
	}{
		{"requests giving the full place", full, 0.75, 0.92},
		{"requests giving only the street", streetOnly, 0.03, 0.09},
		{"requests giving no place in text or address", nowhere, 0.03, 0.12},
	} {
		t.Logf("%s: %.3f", c.name, float64(c.got)/float64(len(reqs)))
		if f := float64(c.got) / float64(len(reqs)); f < c.lo || f > c.hi {
			t.Errorf("%s: %.3f, want in [%.2f, %.2f]", c.name, f, c.lo, c.hi)
		}
	}
	wet := 0
	for _, is := range g.issues {
		if is.k.code == "channel" {
			for _, q := range is.reqs {
				if q.t >= float64(monthStart[6]) {
					wet++
				}
			}
		}
	}
	checks := []struct {
		name string
		got  int
		min  int
	}{
		{"the same problem back at the same alley, block or landmark after its fix", returns, 60},
		{"the same problem in the alley next door at the same time", neighbours, 80},
		{"«جوی» for the municipality (surface water)", words["جوی"]["municipality"], 40},
		{"«فاضلاب» for the water company (sewage network)", words["فاضلاب"]["water"], 40},
		{"«چراغ» for the power company (street lights)", words["چراغ"]["power"], 60},
		{"«چراغ» for the municipality (park lights)", words["چراغ"]["municipality"], 10},
		{"«حفاری» for the municipality (closed trench unpaved)", words["حفاری"]["municipality"], 10},
		{"«حفاری» for a utility (open trench)", words["حفاری"]["gas"] + words["حفاری"]["telecom"] + words["حفاری"]["water"], 5},
		{"«سیم برق» for the power company", words["سیم برق"]["power"], 10},
		{"surface-water requests from Mehr on", wet, 250},
	}
	for _, c := range checks {
		t.Logf("%s: %d", c.name, c.got)
		if c.got < c.min {
			t.Errorf("%s: %d, want at least %d", c.name, c.got, c.min)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestNoise checks that the noise the README describes is there at all.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	var all, cats strings.Builder
	for _, r := range rows {
		all.WriteString(r.Text + "\n" + r.Address + "\n")
		cats.WriteString(r.Category + "\n")
	}
	s := all.String()
	for _, c := range []struct{ name, want string }{
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"alef maksura", "ى"}, {"teh marbuta", "ة"}, {"ZWNJ", "\u200c"},
		{"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"}, {"number word", "کوچه دوازدهم"},
		{"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"landmark", "روبروی"}, {"corner", "نبش"}, {"next to", "جنب"},
		{"short of", "نرسیده به"}, {"relative alley", "کوچه دوم بعد از"}, {"stretched letters", "ییی"},
		{"misspelling", "اسفالت"}, {"misspelling", "کوچع"}, {"follow-up", "پیگیری مجدد"}, {"third time", "بار سوم"},
		{"tracking number cited", "پیرو درخواست شماره"}, {"dead end", "بن"}, {"plate", "پلاک"}, {"street abbreviation", "خ "},
		{"alley abbreviation", "ک "}, {"Gilaki", "بوکونیم"}, {"tatweel", "ـ"}, {"tanween", "اً"}, {"hamza form", "مسؤولین"},
		{"colloquial", "خیابون"}, {"second problem", "ضمنا"}, {"stretch of a boulevard", " تا "},
	} {
		if !strings.Contains(s, c.want) {
			t.Errorf("no %s (%q) in 6,000 requests", c.name, c.want)
		}
	}
	for _, want := range []string{"سایر", "درخواست شهروندی", "آبهای سطحی", "روشنایی معابر"} {
		if !strings.Contains(cats.String(), want) {
			t.Errorf("no category %q", want)
		}
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 42, N: 800})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 800", "largest issues", "municipality", "power", "with coordinates", "issue sizes"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if s := Summarize(nil); !strings.Contains(s, "requests 0") {
		t.Errorf("summary of nothing: %s", s)
	}
}

func TestWriteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := Write(dir, Options{Seed: 2026, N: 300}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file  string
		lines int
	}{{"requests.jsonl", 300}, {"truth.csv", 301}} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		if lines := bytes.Count(b, []byte("\n")); lines != c.lines {
			t.Errorf("%s has %d lines, want %d", c.file, lines, c.lines)
		}
	}
	labelledtest.Import(t, dir, 300)
	if truth := labelledtest.Truth(t, dir); len(truth.Groups) != 300 {
		t.Errorf("truth has %d requests, want 300", len(truth.Groups))
	}
}

func TestNumberWords(t *testing.T) {
	for _, c := range []struct {
		n          int
		card, ordn string
	}{
		{1, "یک", "اول"}, {2, "دو", "دوم"}, {3, "سه", "سوم"}, {12, "دوازده", "دوازدهم"}, {20, "بیست", "بیستم"},
		{23, "بیست و سه", "بیست و سوم"}, {30, "سی", "سی\u200cام"}, {39, "سی و نه", "سی و نهم"},
	} {
		if got := cardinal(c.n); got != c.card {
			t.Errorf("cardinal(%d) = %q, want %q", c.n, got, c.card)
		}
		if got := ordinal(c.n); got != c.ordn {
			t.Errorf("ordinal(%d) = %q, want %q", c.n, got, c.ordn)
		}
	}
}
