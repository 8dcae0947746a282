package rasht47

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

func TestOptions(t *testing.T) {
	for _, c := range []struct {
		name    string
		opt     Options
		n       int
		wantErr bool
	}{
		{"default size", Options{Seed: 1}, 6000, false},
		{"one request", Options{Seed: 1, N: 1}, 1, false},
		{"small year", Options{Seed: 3, N: 57, District: "5"}, 57, false},
		{"negative", Options{N: -1}, 0, true},
		{"too many", Options{N: 1 << 30}, 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := Generate(c.opt)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if len(rows) != c.n {
				t.Fatalf("%d rows, want %d", len(rows), c.n)
			}
			want := c.opt.District
			if want == "" {
				want = "2"
			}
			for _, r := range rows {
				if r.District != want {
					t.Fatalf("request %s in district %q, want %q", r.ID, r.District, want)
				}
			}
		})
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
	validAgency := map[string]bool{}
	for _, a := range agencies {
		validAgency[a] = true
	}
	validChannel := map[string]bool{"phone": true, "app": true, "web": true, "in_person": true}
	validStatus := map[string]bool{"new": true, "reviewing": true, "assigned": true, "in_progress": true,
		"resolved": true, "referred": true, "rejected": true}
	size := map[string]int{}
	groupAgency := map[string]string{}
	agencyRequests := map[string]int{}
	ids := map[string]bool{}
	months := make([]int, 12)
	located, noAddress, fridays := 0, 0, 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		ag := string(truth.Agencies[r.ID])
		if !validAgency[ag] {
			t.Errorf("request %s has agency %q", r.ID, ag)
		}
		if prev, ok := groupAgency[g]; ok && prev != ag {
			t.Errorf("issue %s has requests for %s and for %s", g, prev, ag)
		}
		groupAgency[g] = ag
		size[g]++
		agencyRequests[ag]++
		if ids[r.ID] {
			t.Errorf("id %s twice", r.ID)
		}
		ids[r.ID] = true
		if r.HasLocation {
			located++
			if r.Lat < minLat || r.Lat > maxLat || r.Lon < minLon || r.Lon > maxLon {
				t.Errorf("request %s at %f,%f is outside District 2", r.ID, r.Lat, r.Lon)
			}
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddress++
		}
		if r.District != "2" {
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
		if !validChannel[r.Channel] {
			t.Errorf("request %s has channel %q", r.ID, r.Channel)
		}
		if !validStatus[string(r.Status)] {
			t.Errorf("request %s has status %q", r.ID, r.Status)
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no text", r.ID)
		}
		months[monthOfTime(r.CreatedAt)]++
		if r.CreatedAt.Weekday() == time.Friday {
			fridays++
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
	leanest := months[0]
	for _, k := range months {
		leanest = min(leanest, k)
	}
	checks := []struct {
		name    string
		got     float64
		lo, hi  float64
		because string
	}{
		{"issues", float64(len(size)), 2200, 2950, "most issues draw one or two requests"},
		{"share of issues with one request", float64(singles) / float64(len(size)), 0.48, 0.66, "most problems are reported once"},
		{"largest issue", float64(largest), 90, 110, "bistoon alley 14's asphalt draws about a hundred"},
		{"second issue", float64(second), 40, 70, "the Mordad water cut in Manzarieh"},
		{"share municipality", share(agencyRequests[municipality]), 0.64, 0.78, "most of 137 is the municipality's"},
		{"share water", share(agencyRequests[water]), 0.06, 0.13, "sewage, bursts, cuts"},
		{"share power", share(agencyRequests[power]), 0.08, 0.15, "street lighting is the power company's"},
		{"share gas", share(agencyRequests[gas]), 0.01, 0.04, "smells and trenches"},
		{"share telecom", share(agencyRequests[telecom]), 0.005, 0.025, "cabinets and cables"},
		{"share police", share(agencyRequests[police]), 0.025, 0.07, "parking and noise"},
		{"share other", share(agencyRequests[other]), 0.008, 0.03, "hygiene, schools, clinics"},
		{"share with coordinates", share(located), 0.24, 0.37, "the app's pins, some web, a few operators"},
		{"share with no address", share(noAddress), 0.25, 0.45, "citizens in the app leave it out"},
		{"leanest month", float64(leanest), 250, 600, "every month of the year is there"},
		{"a Friday against a mean day", float64(fridays) / 52 / (6000.0 / 365), 0.45, 0.85, "Friday is the weekend"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
}

// TestTruthRule checks the labelling rule of README.md on what the generator knows.
func TestTruthRule(t *testing.T) {
	for _, seed := range truthSeeds {
		t.Run(itoa(int(seed)), func(t *testing.T) { checkTruthRule(t, seed) })
	}
}

var truthSeeds = []int64{7, 8, 2026}

func checkTruthRule(t *testing.T, seed int64) {
	reqs, err := generate(Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	issues := map[*issue][]*request{}
	var order []*issue
	for _, q := range reqs {
		if _, ok := issues[q.Issue]; !ok {
			order = append(order, q.Issue)
		}
		issues[q.Issue] = append(issues[q.Issue], q)
	}
	// one problem at one place in one episode: no two issues of one family at one place overlap
	byPlace := map[string][]*issue{}
	for _, is := range order {
		k := family(is.Prob.Code) + "|" + is.Place.key()
		for _, o := range byPlace[k] {
			if is.Start.Before(o.end()) && o.Start.Before(is.end()) {
				t.Errorf("issues %s and %s are one problem at one place at one time", is.Group, o.Group)
			}
		}
		byPlace[k] = append(byPlace[k], is)
	}
	groups := map[string]*issue{}
	recur, next, carried := 0, 0, 0
	for _, is := range order {
		if o, ok := groups[is.Group]; ok && o != is {
			t.Errorf("group %s names two issues", is.Group)
		}
		groups[is.Group] = is
		if is.Recur {
			recur++
		}
		if is.Next {
			next++
		}
		if is.Start.Before(yearStart) {
			carried++
		}
		for _, q := range issues[is] {
			if q.Row.Group != is.Group || q.Row.Agency != is.Prob.Agency {
				t.Errorf("request %s of %s is labelled %s/%s", q.Row.ID, is.Group, q.Row.Group, q.Row.Agency)
			}
			if is.Start.After(yearStart) && q.At.Before(is.Start.Truncate(1e9)) {
				t.Errorf("request %s comes before its issue %s began", q.Row.ID, is.Group)
			}
			if q.At.After(is.end().Add(3600e9)) {
				t.Errorf("request %s comes after its issue %s ended", q.Row.ID, is.Group)
			}
		}
	}
	// the Nowruz lull (1-4 Farvardin), the named Nowruz garbage aside
	nowruz := 0
	for _, q := range reqs {
		if q.At.Before(yearStart.AddDate(0, 0, 4)) && q.Issue.Hot == "" {
			nowruz++
		}
	}
	if mean := 4 * float64(len(reqs)) / yearDays; float64(nowruz) > 0.9*mean || nowruz == 0 {
		t.Errorf("%d requests in the first four days of Farvardin, want a lull below %.0f", nowruz, 0.9*mean)
	}
	// the named hard cases are there
	hot := map[string]*issue{}
	for _, is := range order {
		if is.Hot != "" {
			hot[is.Hot] = is
		}
	}
	for _, h := range hotSpecs {
		is, ok := hot[h.name]
		if !ok {
			t.Errorf("hard case %s is missing", h.name)
			continue
		}
		if len(issues[is]) != h.size {
			t.Errorf("hard case %s has %d requests, want %d", h.name, len(issues[is]), h.size)
		}
	}
	a, b, c := hot["bistoon14-trench"], hot["bistoon14-restore"], hot["bistoon14-asphalt"]
	if a == nil || b == nil || c == nil || a.Place.key() != c.Place.key() || b.Place.key() != c.Place.key() ||
		a.Group == b.Group || b.Group == c.Group || a.Prob.Agency != water || c.Prob.Agency != municipality {
		t.Errorf("bistoon alley 14 does not have its three issues")
	}
	if cut := hot["manzarie-watercut"]; cut != nil {
		alleys := map[int]bool{}
		for _, q := range issues[cut] {
			alleys[q.Home.Alley] = true
		}
		if len(alleys) < 15 {
			t.Errorf("the Manzarieh water cut's callers live in %d alleys, want many", len(alleys))
		}
	}
	for _, c := range []struct {
		name   string
		got    int
		lo, hi int
	}{
		{"later episodes at an earlier place", recur, 60, 400},
		{"next-door issues at the same time", next, 20, 200},
		{"issues left over from 1403", carried, 40, 250},
	} {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s: %d, want in [%d, %d]", c.name, c.got, c.lo, c.hi)
		}
	}
}

// TestPlaceRates checks the rates README.md promises for how much place a request gives and
// how far off its coordinates are.
func TestPlaceRates(t *testing.T) {
	for _, seed := range []int64{11, 12} {
		t.Run(itoa(int(seed)), func(t *testing.T) { checkPlaceRates(t, seed) })
	}
}

func checkPlaceRates(t *testing.T, seed int64) {
	reqs, err := generate(Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	lv := map[placeKind][5]int{}
	total := map[placeKind]int{}
	follow, late, home := 0, 0, 0
	for _, q := range reqs {
		k := q.Issue.Place.Kind
		c := lv[k]
		c[q.Level]++
		lv[k] = c
		total[k]++
		if q.Row.Lat != nil {
			d := dist(q.Spot, point{*q.Row.Lat, *q.Row.Lon})
			if d < 19.5 || d > 150.5 {
				t.Errorf("request %s is %.1f m off its spot, want 20-150", q.Row.ID, d)
			}
		}
		if q.K > 0 && q.At.Sub(q.Issue.Start).Hours() > 24 {
			late++
			if q.Follow {
				follow++
			}
		}
		if q.AddrHome {
			home++
		}
	}
	rate := func(k placeKind, l level) float64 { return float64(lv[k][l]) / float64(total[k]) }
	for _, c := range []struct {
		name   string
		got    float64
		lo, hi float64
	}{
		{"alley problems with street and alley", rate(pAlley, lvFull), 0.56, 0.68},
		{"alley problems without the alley", rate(pAlley, lvStreet), 0.15, 0.25},
		{"alley problems with no place", rate(pAlley, lvNone), 0.04, 0.10},
		{"street problems with the street", rate(pBlock, lvFull) + rate(pBlock, lvStreet), 0.74, 0.86},
		{"area problems with only the neighbourhood", rate(pArea, lvHood), 0.18, 0.32},
		{"late requests that say they follow up", float64(follow) / float64(late), 0.4, 0.65},
		{"addresses that are the caller's home", float64(home) / float64(len(reqs)), 0.01, 0.06},
	} {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s: %.3f, want in [%.3f, %.3f]", c.name, c.got, c.lo, c.hi)
		}
	}
}

// TestNoise checks that the noise of the described set is there at all.
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
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"alef maksura", "ى"}, {"teh marbuta", "ة"},
		{"ZWNJ", "\u200c"}, {"hamza above", "ٔ"}, {"hamza spelling", "رییس"}, {"diacritic", "ً"}, {"tatweel", "ـ"},
		{"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"},
		{"abbreviated street", "خ "}, {"abbreviated alley", "ک "},
		{"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"landmark", "روبروی"}, {"corner", "نبش"}, {"next to", "جنب"},
		{"bank", "کنار بانک"}, {"stretched letters", "ییی"}, {"misspelling", "اسفالت"}, {"misspelt alley", "کوچع"},
		{"follow-up", "پیگیری مجدد"}, {"third time", "بار سوم"}, {"dead end", "بن"}, {"plate", "پلاک"},
		{"Gilaki", "امی کوچه"}, {"grid address", "منظریه 113"}, {"tracking code", "1404"}, {"colloquial", "خیابون"},
		{"vague category words", "درخواست"}, {"Nowruz greeting", "سلام"},
	} {
		if !strings.Contains(s, c.want) {
			t.Errorf("no %s (%q) in 6,000 requests", c.name, c.want)
		}
	}
	words := 0
	for _, o := range ordinals[2:] {
		if strings.Contains(s, "کوچه "+o+" ") || strings.Contains(s, "کوچه "+o+"،") {
			words++
		}
	}
	if words < 8 {
		t.Errorf("alleys written in number words («کوچه دوازدهم») for only %d numbers", words)
	}
	cats := map[string]int{}
	for _, r := range rows {
		cats[r.Category]++
	}
	for _, c := range []string{"", "سایر", "درخواست شهروندی"} {
		if cats[c] < 60 {
			t.Errorf("category %q on %d requests, want some", c, cats[c])
		}
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 42, N: 800})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 800", "largest issues", "municipality", "police", "with coordinates", "by month"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if s := Summarize(nil); !strings.Contains(s, "requests 0") {
		t.Errorf("summary of nothing: %s", s)
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
	if err := Write(dir, Options{N: -5}); err == nil {
		t.Error("Write accepted a negative size")
	}
}
