package rasht42

import (
	"bytes"
	"math"
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
	if _, err := Generate(Options{N: -1}); err == nil {
		t.Error("a negative size was accepted")
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
	from := time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	to := time.Date(2026, 3, 21, 0, 0, 0, 0, tehran)
	channels := map[string]bool{"phone": true, "app": true, "web": true, "in_person": true}
	size := map[string]int{}
	agencyOfGroup := map[string]string{}
	agencyRequests := map[string]int{}
	located, withAddress, withCategory := 0, 0, 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		ag := string(truth.Agencies[r.ID])
		size[g]++
		agencyRequests[ag]++
		if prev, ok := agencyOfGroup[g]; ok && prev != ag {
			t.Errorf("issue %s has requests for %s and %s", g, prev, ag)
		}
		agencyOfGroup[g] = ag
		if r.HasLocation {
			located++
			if r.Lat < 37.27 || r.Lat > 37.32 || r.Lon < 49.55 || r.Lon > 49.61 {
				t.Errorf("request %s at %f,%f is outside District 1", r.ID, r.Lat, r.Lon)
			}
		}
		if r.Address != "" {
			withAddress++
		}
		if r.Category != "" {
			withCategory++
		}
		if r.District != "1" {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
		if r.CreatedAt.Before(from) || !r.CreatedAt.Before(to) {
			t.Errorf("request %s at %s is outside 1404", r.ID, r.CreatedAt)
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
		if !channels[r.Channel] {
			t.Errorf("request %s came by %q", r.ID, r.Channel)
		}
		if strings.TrimSpace(r.Text) == "" || strings.Contains(r.Text, "{") || strings.Contains(r.Text, "_") {
			t.Errorf("request %s has a broken text %q", r.ID, r.Text)
		}
		if strings.Contains(r.Address, "_") || strings.Contains(r.Address, "{") {
			t.Errorf("request %s has a broken address %q", r.ID, r.Address)
		}
	}
	largest, second, singles := 0, 0, 0
	largestGroup := ""
	for g, n := range size {
		if n == 1 {
			singles++
		}
		if n > largest {
			largest, second, largestGroup = n, largest, g
		} else if n > second {
			second = n
		}
	}
	share := func(k int) float64 { return float64(k) / 6000 }
	checks := []struct {
		name    string
		got     float64
		lo, hi  float64
		because string
	}{
		{"issues", float64(len(size)), 2200, 3200, "most issues draw one or two requests"},
		{"share of issues reported once", float64(singles) / float64(len(size)), 0.5, 0.7, "most problems are reported once"},
		{"largest issue", float64(largest), 85, 125, "one alley's asphalt draws about a hundred"},
		{"second issue", float64(second), 40, 70, "a dark alley draws dozens"},
		{"share not municipal", share(6000 - agencyRequests[municipality]), 0.22, 0.36, "lighting, sewage, cuts, police"},
		{"share water", share(agencyRequests[water]), 0.05, 0.13, "sewage, bursts, cuts, trenches"},
		{"share power", share(agencyRequests[power]), 0.07, 0.15, "street lighting and cuts are the power company's"},
		{"share gas", share(agencyRequests[gas]), 0.01, 0.04, "smells and trenches"},
		{"share telecom", share(agencyRequests[telecom]), 0.008, 0.035, "cables and cabinets"},
		{"share police", share(agencyRequests[police]), 0.02, 0.06, "blocked garages and night noise"},
		{"share other", share(agencyRequests[other]), 0.01, 0.05, "schools, food, disputes"},
		{"share with coordinates", share(located), 0.25, 0.42, "the app's pins, a few web and operator clicks"},
		{"share with an address", share(withAddress), 0.6, 0.85, "the address is often empty"},
		{"share with a category", share(withCategory), 0.8, 0.95, "the category is sometimes empty"},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f] (%s)", c.name, c.got, c.lo, c.hi, c.because)
		}
	}
	if agencyOfGroup[largestGroup] != municipality {
		t.Errorf("the largest issue %s is %s's, want the municipality's asphalt", largestGroup, agencyOfGroup[largestGroup])
	}
}

var digitFold = strings.NewReplacer(
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")

// TestTrackingCodes: a follow-up that cites a tracking code cites an earlier request of its
// own issue.
func TestTrackingCodes(t *testing.T) {
	rows, err := Generate(Options{Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, r := range rows {
		byID[r.ID] = i
	}
	code := regexp.MustCompile(`1404\d{7}`)
	cited := 0
	for i, r := range rows {
		for _, c := range code.FindAllString(digitFold.Replace(r.Text), -1) {
			j, ok := byID[c]
			switch {
			case !ok:
				t.Errorf("request %s cites %s, which does not exist", r.ID, c)
			case j >= i:
				t.Errorf("request %s cites %s, which is not earlier", r.ID, c)
			case rows[j].Group != r.Group:
				t.Errorf("request %s (%s) cites %s of another issue (%s)", r.ID, r.Group, c, rows[j].Group)
			default:
				cited++
			}
		}
	}
	if cited < 50 {
		t.Errorf("only %d follow-ups cite a tracking code", cited)
	}
}

// TestEpisodesApart: two issues of the same problem at the same place never overlap and
// are separated by the gap the labelling rule promises.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 8, 9} {
		pl := &planner{w: buildWorld(), rng: rand.New(rand.NewPCG(uint64(seed), 1)), busy: map[string][]interval{}}
		issues := pl.plan(6000)
		by := map[string][]*issue{}
		for _, is := range issues {
			k := pl.occKey(is.k, is.site)
			by[k] = append(by[k], is)
		}
		for key, list := range by {
			for i, a := range list {
				for _, b := range list[i+1:] {
					gap := time.Duration(min(a.k.gap, b.k.gap)) * 24 * time.Hour
					if a.start.Before(b.end.Add(gap)) && b.start.Before(a.end.Add(gap)) {
						t.Errorf("seed %d: %s and %s at %s overlap", seed, a.group, b.group, key)
					}
				}
			}
		}
		for _, is := range issues {
			if len(is.times) != is.size || is.size == 0 {
				t.Fatalf("seed %d: issue %s has %d times for %d requests", seed, is.group, len(is.times), is.size)
			}
			if is.times[0].Before(is.start.Truncate(time.Second)) || is.times[len(is.times)-1].After(is.end) && is.end.Before(yearEnd) {
				t.Errorf("seed %d: issue %s has requests outside its episode", seed, is.group)
			}
		}
	}
}

// TestPins: a pin is 20 to 150 m off the real spot.
func TestPins(t *testing.T) {
	w := buildWorld()
	g := &gen{w: w, rng: rand.New(rand.NewPCG(3, 4))}
	is := &issue{k: kindByID("asphalt"), site: site{kind: stAlley, al: w.alleys[17]}}
	lat0, lon0 := is.site.spot()
	n := 0
	for i := 0; i < 2000; i++ {
		lat, lon := g.coords(is, nil, &writer{channel: "app"})
		if lat == nil {
			continue
		}
		n++
		dn := (*lat - lat0) * mPerDegLat
		de := (*lon - lon0) * mPerDegLat * math.Cos(lat0*math.Pi/180)
		if d := math.Hypot(dn, de); d < 19 || d > 151 {
			t.Fatalf("pin %.0f m off the spot", d)
		}
	}
	if n < 1400 || n > 1800 {
		t.Errorf("%d of 2000 app requests have a pin, want about 80%%", n)
	}
}

func TestNumberWords(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{1, "اول"}, {2, "دوم"}, {3, "سوم"}, {12, "دوازدهم"}, {23, "بیست و سوم"}, {30, "سی_ام"}, {124, "صد و بیست و چهارم"}} {
		if got := ordinal(c.n); got != c.want {
			t.Errorf("ordinal(%d) = %q, want %q", c.n, got, c.want)
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
		{"Arabic ye", "ي"}, {"Arabic kaf", "ك"}, {"alef maksura", "ى"}, {"teh marbuta", "ة"}, {"hamza on waw", "ؤ"},
		{"hamza on ye", "ائی"}, {"tanvin", "ً"}, {"tatweel", "ـ"}, {"ZWNJ", "\u200c"}, {"no ZWNJ", "میشود"},
		{"spaced ZWNJ", "می شود"}, {"Persian digit", "۱"}, {"Arabic-Indic digit", "١"}, {"Latin digit", "1"},
		{"number word", "کوچه دوازدهم"}, {"Finglish", "salam"}, {"Finglish alley", "kooche"}, {"landmark", "روبروی"},
		{"corner", "نبش"}, {"next to", "جنب"}, {"bank", "کنار بانک"}, {"stretched letters", "ییی"}, {"misspelling", "اسفالت"},
		{"misspelt alley", "کوچع"}, {"follow-up", "پیگیری مجدد"}, {"third time", "بار سوم"}, {"tracking code", "کد رهگیری"},
		{"dead-end", "بن\u200cبست"}, {"plate", "پلاک"}, {"abbreviated street", "خ "}, {"abbreviated alley", "ک "},
		{"Gilaki", "امی کوچه"}, {"colloquial", "بارون"}, {"politeness", "خواهشمندم"}, {"second problem", "ضمنا"},
		{"golsar compact", "گلسار 124"},
	} {
		if !strings.Contains(s, c.want) {
			t.Errorf("no %s (%q) in 6,000 requests", c.name, c.want)
		}
	}
	// «کوچه دوازدهم ۱۲۴ گلسار»: an alley by its number word before its street and neighbourhood
	if !regexp.MustCompile(`کوچه \S+م [0-9]+ گلسار`).MatchString(digitFold.Replace(s)) {
		t.Error("no alley written «کوچه <number word> <street> گلسار»")
	}
	cats := map[string]int{}
	for _, r := range rows {
		cats[r.Category]++
	}
	if cats[""] < 300 || cats["سایر"] < 100 {
		t.Errorf("categories are too clean: %d empty, %d «سایر»", cats[""], cats["سایر"])
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 42, N: 800})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 800", "largest issues", "municipality", "with coordinates", "issue sizes"} {
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
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 300 {
		t.Errorf("truth has %d requests, want 300", len(truth.Groups))
	}
}
