package rasht45

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
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

func TestSizes(t *testing.T) {
	for _, n := range []int{1, 10, 299, 300, 800, 6000} {
		rows, err := Generate(Options{Seed: 3, N: n})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != n {
			t.Errorf("N=%d wrote %d requests", n, len(rows))
		}
	}
	if _, err := Generate(Options{Seed: 3, N: -1}); err == nil {
		t.Error("a negative N was accepted")
	}
}

// digits folds Persian and Arabic-Indic digits to ASCII, to find tracking codes in the words.
var digits = strings.NewReplacer("۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")

var codeRe = regexp.MustCompile(`1404\d{5}`)

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
	channel := map[string]int{}
	month := make([]int, 12)
	seen := map[string]int{}
	located, noAddress, vagueCat, followUps := 0, 0, 0, 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		a := string(truth.Agencies[r.ID])
		if prev, ok := groupAgency[g]; ok && prev != a {
			t.Errorf("issue %s has two agencies, %s and %s", g, prev, a)
		}
		groupAgency[g] = a
		size[g]++
		agencyRequests[a]++
		channel[r.Channel]++
		if _, dup := seen[r.ID]; dup {
			t.Errorf("request id %s twice", r.ID)
		}
		seen[r.ID] = i
		if r.HasLocation {
			located++
			if r.Lat < 37.18 || r.Lat > 37.28 || r.Lon < 49.55 || r.Lon > 49.68 {
				t.Errorf("request %s at %f,%f is outside District 5", r.ID, r.Lat, r.Lon)
			}
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddress++
		}
		if r.Category == "" || r.Category == catOther || r.Category == catCitizen {
			vagueCat++
		}
		if strings.Contains(r.Text, "پیگیری") || strings.Contains(r.Text, "پيگيري") || strings.Contains(r.Text, "peygiri") ||
			strings.Contains(r.Text, "تماس مجدد") || strings.Contains(r.Text, "قبلا هم") || strings.Contains(r.Text, "قبلي") || strings.Contains(r.Text, "قبلی") {
			followUps++
		}
		if r.District != "5" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if r.CreatedAt.Before(yearStart) || !r.CreatedAt.Before(yearEnd) {
			t.Errorf("request %s at %s is outside 1404", r.ID, r.CreatedAt)
		} else {
			month[monthOf(int(r.CreatedAt.Sub(yearStart)/day))]++
		}
		if _, off := r.CreatedAt.Zone(); off != 3*3600+1800 {
			t.Errorf("request %s is not in Tehran time: %s", r.ID, r.CreatedAt)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s comes before its predecessor", r.ID)
		}
		if !r.Status.Valid() {
			t.Errorf("request %s has status %q", r.ID, r.Status)
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no words", r.ID)
		}
	}
	// A tracking code quoted in the words is an earlier request of the same issue.
	cited := 0
	for i, r := range reqs {
		for _, c := range codeRe.FindAllString(digits.Replace(r.Text), -1) {
			j, ok := seen[c]
			if !ok {
				t.Errorf("request %s quotes %s, which is not a request", r.ID, c)
				continue
			}
			cited++
			if j >= i || truth.Groups[reqs[j].ID] != truth.Groups[r.ID] {
				t.Errorf("request %s quotes %s of another issue or a later one", r.ID, c)
			}
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
	quietest, busiest := month[0], 0
	for _, m := range month[1:] {
		quietest = min(quietest, m)
		busiest = max(busiest, m)
	}
	checks := []struct {
		name    string
		got     float64
		lo, hi  float64
		because string
	}{
		{"issues", float64(len(size)), 2200, 2900, "about two and a half requests an issue"},
		{"issues with one request", float64(singles) / float64(len(size)), 0.5, 0.7, "most problems are reported once"},
		{"largest issue", float64(largest), 90, 110, "one alley's asphalt in مسکن مهر draws about a hundred"},
		{"second issue", float64(second), 40, 70, "a summer water cut draws about fifty in two days"},
		{"share not municipal", share(6000 - agencyRequests[municipality]), 0.25, 0.42, "lighting, sewage, cuts, police"},
		{"share water", share(agencyRequests[water]), 0.07, 0.16, "sewage, bursts, cuts, trenches"},
		{"share power", share(agencyRequests[power]), 0.07, 0.16, "street lighting is the power company's"},
		{"share gas", share(agencyRequests[gas]), 0.01, 0.05, "smells, pressure, trenches"},
		{"share telecom", share(agencyRequests[telecom]), 0.003, 0.03, "lines, cabinets, fibre trenches"},
		{"share police", share(agencyRequests[police]), 0.02, 0.07, "cars blocking, noise"},
		{"share other", share(agencyRequests[other]), 0.015, 0.07, "schools, health, bakeries, welfare"},
		{"share with coordinates", share(located), 0.2, 0.35, "the app's pins, a few web and operator clicks"},
		{"share without address", share(noAddress), 0.2, 0.4, "app users leave it empty"},
		{"share vague or no category", share(vagueCat), 0.12, 0.3, "«سایر», «درخواست شهروندی», empty"},
		{"share by phone", share(channel["phone"]), 0.4, 0.6, "the 137 line is mostly a phone line"},
		{"share by app", share(channel["app"]), 0.28, 0.42, "the app"},
		{"share follow-ups", share(followUps), 0.06, 0.25, "people call again"},
		{"tracking codes quoted", float64(cited), 50, 500, "a third of follow-ups quote the code"},
		{"quietest month is Farvardin", float64(month[0] - quietest), 0, 0, "Nowruz"},
		{"busiest month", float64(busiest), 450, 800, "no month holds the year"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
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
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"alef maksura", "ى"}, {"teh marbuta", "ة"}, {"hamza", "ؤ"}, {"hamza above heh", "کوچهٔ"},
		{"ZWNJ", "\u200c"}, {"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"},
		{"number word", "کوچه دوازدهم"}, {"ordinal street", "خیابان دوازدهم"}, {"abbreviated street", "خ "}, {"abbreviated alley", "ک "},
		{"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"landmark", "روبروی"}, {"corner", "نبش"}, {"beside", "جنب"},
		{"stretched letters", "ییی"}, {"misspelling", "اسفالت"}, {"misspelled alley", "کوچع"}, {"tatweel", "ـ"}, {"diacritic", "\u064e"},
		{"follow-up", "پیگیری مجدد"}, {"third call", "بار سوم"}, {"tracking code", "کد رهگیری"}, {"dead end", "بن\u200cبست"},
		{"dead end with a space", "بن بست"}, {"plate", "پلاک"}, {"car plate", "ایران"}, {"Gilaki", "بوکونید"}, {"Gilaki rain", "وارش"},
		{"colloquial", "خیابون"}, {"politeness", "خواهشمند"}, {"no address given", "اعلام نشد"},
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
	for _, want := range []string{"requests 800", "largest issues", "municipality", "police", "with coordinates", "district 5", "فروردین"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if !strings.Contains(Summarize(nil), "requests 0") {
		t.Error("an empty set is not summarized")
	}
}

func TestWriteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := Write(dir, Options{Seed: 2026, N: 300, District: "5"}); err != nil {
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

// planned is the year of seed 7 before it is written.
func planned(t *testing.T) *gen {
	t.Helper()
	g := newGen(Options{Seed: 7}.withDefaults())
	g.plan()
	g.rows()
	return g
}

func shareKey(a, b *issue) bool {
	if a.p == nil || b.p == nil {
		return false
	}
	for _, x := range a.p.keys {
		for _, y := range b.p.keys {
			if x == y {
				return true
			}
		}
	}
	return false
}

// TestEpisodes checks the labelling rule on the plan itself: the same problem at the same
// place never runs as two issues at once, while the hard neighbours the README promises are
// there — two problems in one place at once, with different agencies; the same problem at
// the same place in a later episode.
func TestEpisodes(t *testing.T) {
	g := planned(t)
	overlapOther, later := 0, 0
	for i, a := range g.issues {
		for _, b := range g.issues[i+1:] {
			if !shareKey(a, b) {
				continue
			}
			overlap := a.start.Before(b.end) && b.start.Before(a.end)
			switch {
			case a.k.family == b.k.family:
				first, next := a, b
				if next.start.Before(first.start) {
					first, next = b, a
				}
				if next.start.Before(first.end.Add(tail(first.k))) {
					t.Errorf("%s and %s: the same problem at %s in one episode", first.k.code, next.k.code, first.p.desc)
				}
				later++
			case overlap && a.k.agency != b.k.agency:
				overlapOther++
			}
		}
	}
	if overlapOther < 5 {
		t.Errorf("%d pairs of problems with different agencies at one place at once, want at least 5", overlapOther)
	}
	if later < 50 {
		t.Errorf("%d later episodes of a problem at a place, want at least 50", later)
	}
}

// TestRequests checks each request against the rule: it is placed (address, words or pin)
// unless it is an issue of its own or quotes a tracking code; follow-ups, requests naming
// only the street and requests with a second problem come at the rates of the README.
func TestRequests(t *testing.T) {
	g := planned(t)
	n := 0
	var follow, streetOnly, aside, alone, reopen int
	for _, is := range g.issues {
		for _, s := range is.reqs {
			n++
			rd := renderer{rand.New(rand.NewPCG(s.seed, 0x45))}
			w := g.write(rd, s)
			placed := strings.TrimSpace(w.addr) != "" || w.mention != "" || s.pin
			switch {
			case is.p == nil:
				alone++
				if len(is.reqs) != 1 || w.mention != "" || s.pin {
					t.Errorf("request %s without a place is not an issue of its own", s.id)
				}
			case s.noPlace:
				if !s.cite || s.follow == nil || !strings.Contains(digits.Replace(w.text), s.follow.id) {
					t.Errorf("request %s has no place and quotes no code: %s", s.id, w.text)
				}
			case !placed:
				t.Errorf("request %s of %s gives no place: %q", s.id, is.p.desc, w.text)
			}
			if s.follow != nil {
				follow++
				if s.follow.is != is || !s.follow.at.Before(s.at) && !s.follow.at.Equal(s.at) {
					t.Errorf("request %s follows up a request of another issue or a later one", s.id)
				}
			}
			if s.streetOnly {
				streetOnly++
			}
			if s.aside != nil {
				aside++
				if s.aside.family == is.k.family {
					t.Errorf("request %s names its own problem twice", s.id)
				}
			}
			if s.reopen {
				reopen++
				if !s.at.After(is.end) || s.at.After(is.end.Add(30*24*time.Hour)) {
					t.Errorf("request %s reopens %s outside the 30 days after the fix", s.id, is.group)
				}
			}
		}
	}
	share := func(k int) float64 { return float64(k) / float64(n) }
	t.Logf("follow-ups %.3f, street only %.3f, two problems %.3f, no place alone %.3f, after a bad fix %d",
		share(follow), share(streetOnly), share(aside), share(alone), reopen)
	for _, c := range []struct {
		name   string
		got    float64
		lo, hi float64
	}{
		{"follow-ups", share(follow), 0.08, 0.18},
		{"street only", share(streetOnly), 0.02, 0.07},
		{"two problems", share(aside), 0.015, 0.05},
		{"no place, alone", share(alone), 0.01, 0.03},
		{"complaints after a bad fix", float64(reopen), 5, 200},
	} {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f]", c.name, c.got, c.lo, c.hi)
		}
	}
}

// TestVariants checks that every variant of every kind has its words in every register.
func TestVariants(t *testing.T) {
	r := renderer{rand.New(rand.NewPCG(1, 2))}
	for _, k := range kinds {
		if k.agency == "" || len(k.cats) == 0 || len(k.cit) == 0 || len(k.op) == 0 || len(k.fing) == 0 || k.aside == "" {
			t.Errorf("kind %s lacks words", k.code)
		}
		for v := 0; v < k.variants(); v++ {
			for _, c := range []struct {
				name string
				xs   []string
				subs []int
			}{{"citizen", k.cit, k.citSub}, {"operator", k.op, k.opSub}, {"Finglish", k.fing, k.fingSub}} {
				ok := false
				for i := range c.xs {
					if c.subs == nil || c.subs[i] == v || c.subs[i] == -1 {
						ok = true
					}
				}
				if !ok {
					t.Errorf("kind %s variant %d has no %s words", k.code, v, c.name)
				}
			}
		}
		for _, x := range append(append([]string{}, k.cit...), k.fing...) {
			if !strings.Contains(x, "{loc}") {
				t.Errorf("kind %s: %q names no place", k.code, x)
			}
		}
		if got := r.sentence(k.cit, k.citSub, 0); got == "" {
			t.Errorf("kind %s: no sentence", k.code)
		}
	}
}

func TestNumberWords(t *testing.T) {
	for _, c := range []struct {
		n             int
		cardinal, ord string
	}{
		{1, "یک", "اول"}, {3, "سه", "سوم"}, {12, "دوازده", "دوازدهم"}, {20, "بیست", "بیستم"},
		{21, "بیست و یک", "بیست و یکم"}, {23, "بیست و سه", "بیست و سوم"}, {30, "سی", "سی\u200cام"},
	} {
		if got := cardinal(c.n); got != c.cardinal {
			t.Errorf("cardinal(%d) = %q, want %q", c.n, got, c.cardinal)
		}
		if got := ordinal(c.n); got != c.ord {
			t.Errorf("ordinal(%d) = %q, want %q", c.n, got, c.ord)
		}
	}
}
