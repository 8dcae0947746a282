package rasht27

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func readBoth(t *testing.T, dir string) []byte {
	t.Helper()
	var all []byte
	for _, f := range []string{"requests.jsonl", "truth.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return all
}

func TestSameSeedSameBytes(t *testing.T) {
	tmp := t.TempDir()
	for _, tc := range []struct {
		name     string
		a, b     Options
		wantSame bool
	}{
		{"same seed", Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{"other seed", Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
		{"other district", Options{Seed: 7, N: 300}, Options{Seed: 7, N: 300, District: "2"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			da, db := filepath.Join(tmp, tc.name, "a"), filepath.Join(tmp, tc.name, "b")
			if err := Write(da, tc.a); err != nil {
				t.Fatal(err)
			}
			if err := Write(db, tc.b); err != nil {
				t.Fatal(err)
			}
			if same := bytes.Equal(readBoth(t, da), readBoth(t, db)); same != tc.wantSame {
				t.Errorf("outputs equal = %v, want %v", same, tc.wantSame)
			}
		})
	}
}

// TestFullSetReadsBack writes the 6,000-request set, imports it with the real importer into
// a real SQLite store and checks that the truth covers every request exactly once.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups, %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in the truth", r.ID)
		}
		if !truth.Agencies[r.ID].Valid() {
			t.Errorf("request %s: agency %q", r.ID, truth.Agencies[r.ID])
		}
		if r.District != "1" || !r.Status.Valid() {
			t.Errorf("request %s: district %q status %q", r.ID, r.District, r.Status)
		}
	}
}

func sizes(rows []labelled.Row) []int {
	m := map[string]int{}
	for _, r := range rows {
		m[r.Group]++
	}
	var s []int
	for _, n := range m {
		s = append(s, n)
	}
	slices.Sort(s)
	slices.Reverse(s)
	return s
}

// TestDistributionFloors holds the picture of README.md for several seeds. The issue count
// range: most issues draw one or two requests, a few tens, one about a hundred, which
// makes 1.75 to 2.3 requests an issue, 2,600 to 3,400 issues per 6,000 requests.
func TestDistributionFloors(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		n := float64(len(rows))
		outside, located, app, appLocated := 0, 0, 0, 0
		for i, r := range rows {
			if r.Agency != "municipality" {
				outside++
			}
			if r.Lat != nil {
				located++
			}
			if r.Channel == "app" {
				app++
				if r.Lat != nil {
					appLocated++
				}
			}
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d out of time order", seed, i)
			}
		}
		sz := sizes(rows)
		single := 0
		for _, s := range sz {
			if s == 1 {
				single++
			}
		}
		for _, c := range []struct {
			what     string
			got      float64
			low, top float64
		}{
			{"share for another agency", float64(outside) / n, 0.13, 0.27},
			{"share with coordinates", float64(located) / n, 0.20, 0.40},
			{"share of app requests with a pin", float64(appLocated) / float64(app), 0.75, 0.95},
			{"largest issue", float64(sz[0]), 80, 130},
			{"second largest issue", float64(sz[1]), 15, 80},
			{"issues", float64(len(sz)), 2600, 3400},
			{"share of one-request issues", float64(single) / float64(len(sz)), 0.55, 0.80},
		} {
			if c.got < c.low || c.got > c.top {
				t.Errorf("seed %d: %s %.3f, want %.3f..%.3f", seed, c.what, c.got, c.low, c.top)
			}
		}
	}
}

// TestNoise: every kind of noise the held-out set is said to carry is there, at a rate
// that is neither absent nor everywhere.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what     string
		re       *regexp.Regexp
		low, top float64
	}{
		{"Arabic ي or ك", regexp.MustCompile(`[يك]`), 0.03, 0.35},
		{"ZWNJ", regexp.MustCompile("\u200c"), 0.03, 0.6},
		{"Persian digits", regexp.MustCompile(`[۰-۹]`), 0.15, 0.7},
		{"Arabic-Indic digits", regexp.MustCompile(`[٠-٩]`), 0.005, 0.1},
		{"Latin digits", regexp.MustCompile(`[0-9]`), 0.15, 0.7},
		{"stretched letters", regexp.MustCompile(`ییی|ييي|ااا|ددد|ههه|ننن`), 0.005, 0.08},
		{"Finglish", regexp.MustCompile(`(?i)kooche|koche|kuche|golsar|asfalt|ashghala|zobale|sag |cheragh|derakht|joob|ab gereftegi`), 0.003, 0.05},
		{"ordinal alley", regexp.MustCompile(`(کوچه|بن ?بست|بن‌بست) (اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم)`), 0.01, 0.2},
		{"landmark", regexp.MustCompile(`نبش|روبروی|روبه روی|جنب|کنار|نرسیده به|بعد از|قبل از`), 0.05, 0.5},
		{"politeness", regexp.MustCompile(`سلام|لطفا|ممنون|تشکر|خسته نباشید`), 0.1, 0.8},
		{"follow-up", regexp.MustCompile(`پیگیری|مجدد|دوباره|باز هم|قبلا|بار چندم`), 0.02, 0.2},
	} {
		hits := 0
		for _, r := range rows {
			if c.re.MatchString(r.Text + " " + r.Address) {
				hits++
			}
		}
		if share := float64(hits) / float64(len(rows)); share < c.low || share > c.top {
			t.Errorf("%s in %.3f of requests, want %.3f..%.3f", c.what, share, c.low, c.top)
		}
	}
}

// TestEpisodes checks the labelling rule inside the generator: an issue's requests fall
// within its episode (plus a night for walk-ins typed next morning), and two episodes of
// one problem at one spot never overlap.
func TestEpisodes(t *testing.T) {
	rng := newRNG(23)
	g := &gen{rng: rng, world: newWorld(rng), opt: Options{N: 6000}.withDefaults()}
	g.planIssues()
	reqs := g.scheduleRequests()
	for _, r := range reqs {
		// a later caller calls at a waking hour of the day the episode reached; a walk-in
		// outside office hours is typed on the next working morning (Thursday noon to
		// Saturday 9:30 is the longest wait)
		slack := 24 * time.Hour
		if r.channel == "in_person" {
			slack = 3 * 24 * time.Hour
		}
		end := r.iss.start.Add(time.Duration(r.iss.days*24*float64(time.Hour)) + slack)
		if r.at.Before(r.iss.start) || (r.at.After(end) && r.at.Before(yearEnd.Add(-11*time.Hour))) {
			t.Errorf("issue %s (%s, %.1f days from %s): request at %s", r.iss.id, r.iss.k.code, r.iss.days, r.iss.start, r.at)
		}
		if r.channel == "in_person" && (r.at.Weekday() == time.Friday || r.at.Hour() < 8 || r.at.Hour() >= 14) {
			t.Errorf("a walk-in typed at %s", r.at)
		}
		if r.followUp && r.at.Sub(r.iss.start) < 24*time.Hour {
			t.Errorf("issue %s: a follow-up %s after the first report", r.iss.id, r.at.Sub(r.iss.start))
		}
		if r.noPlace && !r.followUp && r.iss.size != 1 {
			t.Errorf("issue %s: a request with no place in an issue of %d", r.iss.id, r.iss.size)
		}
	}
	type span struct{ from, to time.Time }
	bySpot := map[string][]span{}
	for _, is := range g.issues {
		k := family(is.k) + "|" + is.topic + "|" + is.sp.key()
		s := span{is.start, is.start.Add(time.Duration(is.days * 24 * float64(time.Hour)))}
		for _, o := range bySpot[k] {
			if s.from.Before(o.to) && o.from.Before(s.to) {
				t.Errorf("two episodes of %s overlap: %v and %v", k, s, o)
			}
		}
		bySpot[k] = append(bySpot[k], s)
	}
}

// TestPlaceless: only requests written as placeless (one-request issues) and follow-ups
// quoting a tracking code go without an address, a pin and a place in the text.
func TestPlaceless(t *testing.T) {
	rng := newRNG(42)
	g := &gen{rng: rng, world: newWorld(rng), opt: Options{N: 6000}.withDefaults()}
	for range 9 {
		g.operators = append(g.operators, newWriter(rng, false))
	}
	g.planIssues()
	reqs := g.scheduleRequests()
	slices.SortStableFunc(reqs, func(a, b *req) int { return a.at.Compare(b.at) })
	placeless := 0
	for i, r := range reqs {
		r.id = fmt.Sprint(i + 1)
		if r.iss.firstID == "" {
			r.iss.firstID = r.id
		}
	}
	for _, r := range reqs {
		g.render(r)
		bare := strings.Trim(r.row.Address, " -") == "" || r.row.Address == "رشت" || r.row.Address == "نامشخص"
		if !bare || r.row.Lat != nil || r.placed {
			continue
		}
		placeless++
		if r.dupOf == nil && !r.noPlace && !r.citesCode {
			t.Errorf("request %s of %s (%s) gives no place: %q", r.id, r.iss.id, r.channel, r.row.Text)
		}
	}
	if placeless < 30 || placeless > 400 {
		t.Errorf("%d placeless requests, want 30..400", placeless)
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 500})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 500", "issues", "largest issues:", "municipality", "with coordinates"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestTopics: an issue about a park's swing never borrows the words of its dark lamps.
func TestTopics(t *testing.T) {
	park := kindByCode("park")
	if got := park.topics(); !slices.Equal(got, []string{"play", "light", "wc", "grass"}) {
		t.Errorf("park topics %q", got)
	}
	if got := kindByCode("asphalt").topics(); !slices.Equal(got, []string{""}) {
		t.Errorf("asphalt topics %q", got)
	}
	for i := range kinds {
		k := &kinds[i]
		for _, topic := range k.topics() {
			for _, list := range [][]string{k.op, k.cit} {
				words := phrasesFor(list, topic)
				for _, p := range list {
					if tp, w := splitTopic(p); tp != topic && tp != "" && slices.Contains(words, w) {
						t.Errorf("%s/%s would borrow %q of %s", k.code, topic, w, tp)
					}
				}
			}
		}
	}
	for _, tc := range []struct {
		list  []string
		topic string
		want  []string
	}{
		{park.cit, "light", []string{"شبا پارک تاریکه لامپاش سوخته"}},
		{park.cit, "grass", []string{"چمن پارک خشک شده کسی بهش نمیرسه"}},
		{kindByCode("garbage").op, "bin", []string{"مخزن زباله شکسته است"}},
		{[]string{"a:x", "y"}, "b", []string{"y"}},
	} {
		if got := phrasesFor(tc.list, tc.topic); !slices.Equal(got, tc.want) {
			t.Errorf("phrasesFor(%q, %q) = %q, want %q", tc.list, tc.topic, got, tc.want)
		}
	}
}
