package rasht22

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
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

// TestDeterministic: one seed writes the same bytes twice; another seed writes others.
func TestDeterministic(t *testing.T) {
	write := func(seed int64) []byte {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed, N: 1500}); err != nil {
			t.Fatal(err)
		}
		return readBoth(t, dir)
	}
	a, b, c := write(7), write(7), write(8)
	if !bytes.Equal(a, b) {
		t.Error("seed 7 wrote different bytes twice")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 wrote the same bytes")
	}
}

// TestFullSetReadsBack: 6,000 requests through the real importer into a real SQLite store,
// and a truth that names every one of them exactly once with a real agency.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth names %d requests, the set has %d", len(truth.Groups), len(reqs))
	}
	for i, r := range reqs {
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if r.District != "1" {
			t.Fatalf("request %s in district %q, want the default 1", r.ID, r.District)
		}
		if r.Status == "" {
			t.Fatalf("request %s: status not read", r.ID)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s is out of time order", r.ID)
		}
	}
}

var distSeeds = []int64{7, 23, 42, 2026}

func generate(t *testing.T, seed int64, n int) []labelled.Row {
	t.Helper()
	rows, err := Generate(Options{Seed: seed, N: n})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n {
		t.Fatalf("seed %d: %d rows, want %d", seed, len(rows), n)
	}
	return rows
}

// TestDistribution holds the set to the picture of README.md, for several seeds.
func TestDistribution(t *testing.T) {
	for _, seed := range distSeeds {
		rows := generate(t, seed, 6000)
		size := map[string]int{}
		var other, pinned, app, phone int
		for _, r := range rows {
			size[r.Group]++
			if r.Agency != "municipality" {
				other++
			}
			if r.Lat != nil {
				pinned++
			}
			switch r.Channel {
			case "app":
				app++
			case "phone":
				phone++
			}
		}
		sizes := make([]int, 0, len(size))
		singles := 0
		for _, s := range size {
			sizes = append(sizes, s)
			if s == 1 {
				singles++
			}
		}
		sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
		share := func(k int) float64 { return float64(k) / float64(len(rows)) }
		checks := []struct {
			name   string
			got    float64
			lo, hi float64
		}{
			// README: about a quarter of requests belong to another agency
			{"share for another agency", share(other), 0.18, 0.35},
			// the app brings most requests and pins 93% of them; the web two in five
			{"share with a pin", share(pinned), 0.5, 0.72},
			{"share from the app", share(app), 0.5, 0.7},
			{"share by phone", share(phone), 0.2, 0.35},
			// one famous issue of about a hundred, a second of about seventy
			{"largest issue", float64(sizes[0]), 80, 130},
			{"second issue", float64(sizes[1]), 50, 100},
			{"issues of 10 or more", float64(countAtLeast(sizes, 10)), 40, 200},
			// the labelling rule with these sizes: 2.0 to 2.6 requests an issue
			{"issues", float64(len(size)), 2300, 3000},
			{"issues of one request", float64(singles) / float64(len(size)), 0.55, 0.8},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f to %.3f", seed, c.name, c.got, c.lo, c.hi)
			}
		}
	}
}

func countAtLeast(sizes []int, n int) int {
	k := 0
	for _, s := range sizes {
		if s >= n {
			k++
		}
	}
	return k
}

// TestNoise: every kind of noise the held-out set is said to carry is there, at a rate.
func TestNoise(t *testing.T) {
	rows := generate(t, 7, 6000)
	checks := []struct {
		name   string
		match  func(s string) bool
		lo, hi float64
	}{
		{"Arabic ي or ك", func(s string) bool { return strings.ContainsAny(s, "يك") }, 0.05, 0.3},
		{"ZWNJ", func(s string) bool { return strings.Contains(s, "\u200c") }, 0.1, 0.7},
		{"Persian digits", func(s string) bool { return strings.ContainsAny(s, "۰۱۲۳۴۵۶۷۸۹") }, 0.1, 0.9},
		{"Arabic-Indic digits", func(s string) bool { return strings.ContainsAny(s, "٠١٢٣٤٥٦٧٨٩") }, 0.005, 0.2},
		{"Latin digits", func(s string) bool { return strings.ContainsAny(s, "0123456789") }, 0.1, 0.9},
		{"Finglish", regexp.MustCompile(`\b(kooche|ashghal|asfalt|bargh|cheragh|sag|ab)\b`).MatchString, 0.005, 0.08},
		{"stretched letters", stretched, 0.01, 0.15},
		{"number words", regexp.MustCompile(`(کوچه|خیابان|كوچه|خيابان|بن.?بست) (یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|دوازدهم|سيزدهم|یازدهم|دو|سه|چهار|پنج|شش)`).MatchString, 0.02, 0.3},
		{"landmarks", regexp.MustCompile(`(نبش|روبروی|روبروي|جنب|کنار|كنار|پشت) `).MatchString, 0.05, 0.6},
		{"politeness", regexp.MustCompile(`(سلام|لطفا|ممنون|تشکر|تشكر|خواهش|درود)`).MatchString, 0.1, 0.7},
		{"follow-ups", regexp.MustCompile(`(پیگیری|پيگيري|دوباره ثبت)`).MatchString, 0.01, 0.2},
	}
	for _, c := range checks {
		k := 0
		for _, r := range rows {
			if c.match(r.Text + " " + r.Address) {
				k++
			}
		}
		got := float64(k) / float64(len(rows))
		if got < c.lo || got > c.hi {
			t.Errorf("%s in %.3f of requests, want %.3f to %.3f", c.name, got, c.lo, c.hi)
		}
	}
}

// stretched: one Persian letter four times in a row, «خیلییییی».
func stretched(s string) bool {
	var last rune
	run := 0
	for _, r := range s {
		if r == last && r >= 0x600 && r <= 0x6ff {
			run++
			if run >= 4 {
				return true
			}
		} else {
			last, run = r, 1
		}
	}
	return false
}

var digitsFold = strings.NewReplacer("۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")

// TestLabellingRule checks the rule of README.md on the rows: a quoted tracking number is
// an earlier request of the same issue; a request with no place at all is an issue alone;
// every issue has one agency.
func TestLabellingRule(t *testing.T) {
	for _, seed := range distSeeds[:2] {
		rows := generate(t, seed, 6000)
		byID := map[string]labelled.Row{}
		agency := map[string]string{}
		quoted := 0
		for _, r := range rows {
			if a, ok := agency[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s has agencies %s and %s", seed, r.Group, a, r.Agency)
			}
			agency[r.Group] = r.Agency
			for _, num := range regexp.MustCompile(`\d{11}`).FindAllString(digitsFold.Replace(r.Text), -1) {
				q, ok := byID[num]
				if !ok {
					t.Errorf("seed %d: request %s quotes %s, no earlier request", seed, r.ID, num)
					continue
				}
				quoted++
				if q.Group != r.Group {
					t.Errorf("seed %d: request %s quotes %s of another issue", seed, r.ID, num)
				}
			}
			byID[r.ID] = r
			if strings.HasPrefix(r.Group, "P") && (r.Address != "" || r.Lat != nil) {
				t.Errorf("seed %d: request %s is an issue alone but gives a place", seed, r.ID)
			}
		}
		if quoted < 20 {
			t.Errorf("seed %d: only %d follow-ups quote a tracking number", seed, quoted)
		}
	}
}

// TestEpisodesApart: two episodes of one problem at one spot are at least 30 quiet days
// apart, the rule that makes them two issues.
func TestEpisodesApart(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	g := &generator{rng: rng, towns: newWorld(rng), used: map[string][]window{}}
	issues := g.issues(6000)
	byKey := map[string][]*issue{}
	var keys []string
	again := 0
	for _, is := range issues {
		k := spotProblem(is.spot, is.prob, is.aspect)
		if len(byKey[k]) == 0 {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], is)
		if is.again {
			again++
		}
	}
	for _, k := range keys {
		eps := byKey[k]
		sort.Slice(eps, func(i, j int) bool { return eps[i].start.Before(eps[j].start) })
		for i := 1; i < len(eps); i++ {
			if gap := eps[i].start.Sub(eps[i-1].end()); gap < quiet {
				t.Errorf("%s: episodes %s and %s only %v apart", k, eps[i-1].id, eps[i].id, gap.Round(time.Hour))
			}
		}
	}
	if again < 30 {
		t.Errorf("only %d episodes come back", again)
	}
}

// TestPins: a pin is 20–150 m from its spot, now and then far off.
func TestPins(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	g := &generator{rng: rng}
	s := spot{lat: 37.29, lon: 49.63}
	near, far := 0, 0
	for range 2000 {
		lat, lon := g.pin(s)
		dy := (*lat - s.lat) * 111_000
		dx := (*lon - s.lon) * 111_000 * math.Cos(s.lat*math.Pi/180)
		switch d := math.Hypot(dx, dy); {
		case d >= 19 && d <= 151:
			near++
		case d > 250:
			far++
		default:
			t.Fatalf("a pin %.0f m off", d)
		}
	}
	if near < 1900 || far == 0 {
		t.Errorf("%d pins near, %d far", near, far)
	}
}
