package rasht31

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeSet(t *testing.T, opt Options) (string, []byte, []byte) {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	req, err := os.ReadFile(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	truth, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, req, truth
}

// TestDeterministic: a seed fixes the output byte for byte; another seed changes it.
func TestDeterministic(t *testing.T) {
	cases := []struct {
		name   string
		a, b   int64
		inSame bool
	}{
		{"same seed", 7, 7, true},
		{"other seed", 7, 8, false},
		{"negative seed", -3, -3, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ra, ta := writeSet(t, Options{Seed: c.a, N: 1500})
			_, rb, tb := writeSet(t, Options{Seed: c.b, N: 1500})
			same := bytes.Equal(ra, rb) && bytes.Equal(ta, tb)
			if same != c.inSame {
				t.Errorf("seeds %d and %d: identical output %v, want %v", c.a, c.b, same, c.inSame)
			}
		})
	}
}

// TestFullSetReadsBack: 6,000 requests go through the real importer into a real SQLite
// store, and the truth names every request exactly once.
func TestFullSetReadsBack(t *testing.T) {
	dir, _, _ := writeSet(t, Options{Seed: 7})
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups, %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if seen[r.ID] {
			t.Fatalf("request id %s twice", r.ID)
		}
		seen[r.ID] = true
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if a := truth.Agencies[r.ID]; !a.Valid() {
			t.Fatalf("request %s: agency %q is not a code", r.ID, a)
		}
	}
	for i := 1; i < len(reqs); i++ {
		if reqs[i].CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s at %v before %s at %v", reqs[i].ID, reqs[i].CreatedAt, reqs[i-1].ID, reqs[i-1].CreatedAt)
		}
	}
}

// TestDistribution: floors and ceilings that the world of README.md promises, per seed.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := measure(rows)
		checks := []struct {
			name     string
			got      float64
			min, max float64
		}{
			{"requests", float64(len(rows)), 6000, 6000},
			// Most issues draw one or two requests, a few dozens: 2.0–3.0 requests an issue.
			{"issues", float64(s.issues), 2000, 3000},
			{"share not municipality", s.share["other agencies"], 0.12, 0.24},
			{"share water", s.share["water"], 0.025, 0.08},
			{"share power", s.share["power"], 0.04, 0.10},
			{"share police", s.share["police"], 0.01, 0.04},
			{"share with coordinates", s.located, 0.22, 0.38},
			{"share phone", s.channel["phone"], 0.45, 0.6},
			{"largest issue", float64(s.sizes[0]), 60, 130},
			{"second issue", float64(s.sizes[1]), 30, 130},
			{"tenth issue", float64(s.sizes[9]), 15, 45},
			{"single-request issues", float64(s.single) / float64(s.issues), 0.45, 0.7},
			{"share Arabic ye/kaf", s.arabic, 0.05, 0.2},
			{"share with no address", s.noAddress, 0.03, 0.15},
		}
		for _, c := range checks {
			if c.got < c.min || c.got > c.max {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, c.name, c.got, c.min, c.max)
			}
		}
	}
}

type stats struct {
	issues, single  int
	sizes           []int
	share, channel  map[string]float64
	located, arabic float64
	noAddress       float64
}

func measure(rows []labelled.Row) stats {
	size := map[string]int{}
	s := stats{share: map[string]float64{}, channel: map[string]float64{}}
	n := float64(len(rows))
	for _, r := range rows {
		size[r.Group]++
		s.share[r.Agency] += 1 / n
		if r.Agency != "municipality" {
			s.share["other agencies"] += 1 / n
		}
		s.channel[r.Channel] += 1 / n
		if r.Lat != nil {
			s.located += 1 / n
		}
		if strings.ContainsAny(r.Text+r.Address, "يك") {
			s.arabic += 1 / n
		}
		if r.Address == "" || r.Address == "-" {
			s.noAddress += 1 / n
		}
	}
	for _, k := range size {
		s.sizes = append(s.sizes, k)
		if k == 1 {
			s.single++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(s.sizes)))
	s.issues = len(size)
	return s
}

// TestEpisodesDoNotOverlap: two issues of one problem at one spot are at least a month
// apart, or a clerk would have counted them as one.
func TestEpisodesDoNotOverlap(t *testing.T) {
	r := newRand(11)
	issues := planIssues(r, Options{N: 6000}.withDefaults())
	type span struct{ first, last int64 }
	byKey := map[[5]int][]span{}
	for _, is := range issues {
		if is.noPlace {
			continue
		}
		k := is.sp.key()
		key := [5]int{k[0], k[1], k[2], k[3], is.prob}
		byKey[key] = append(byKey[key], span{is.times[0].Unix(), is.times[len(is.times)-1].Unix()})
	}
	const month = 30 * 24 * 3600
	checked := 0
	for key, spans := range byKey {
		sort.Slice(spans, func(i, j int) bool { return spans[i].first < spans[j].first })
		for i := 1; i < len(spans); i++ {
			checked++
			if spans[i].first-spans[i-1].last < month {
				t.Errorf("spot and problem %v: episodes %v and %v less than a month apart", key, spans[i-1], spans[i])
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d recurring episodes, want at least 50", checked)
	}
}

// TestOrdinal: alleys are called by number words as people say them.
func TestOrdinal(t *testing.T) {
	cases := map[int]string{1: "اول", 2: "دوم", 3: "سوم", 12: "دوازدهم", 13: "سیزدهم", 20: "بیستم",
		21: "بیست و یکم", 23: "بیست و سوم", 30: "سی\u200cام", 34: "سی و چهارم"}
	for n, want := range cases {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestJitter: a pin is 20–150 m from the spot, as the held-out set's coordinates are.
func TestJitter(t *testing.T) {
	r := newRand(5)
	cases := []struct{ lat, lon float64 }{{37.2790, 49.6015}, {37.2655, 49.6310}}
	for _, c := range cases {
		for i := 0; i < 2000; i++ {
			lat, lon := jitter(r, c.lat, c.lon)
			dn := (lat - c.lat) * 111320
			de := (lon - c.lon) * 111320 * math.Cos(c.lat*math.Pi/180)
			if d := math.Hypot(dn, de); d < 19.8 || d > 150.2 {
				t.Fatalf("pin %.1f m from the spot, want 20–150", d)
			}
		}
	}
}

// TestGiantsAreAlleys: the hundred-request issues are one alley each, as the brief's story
// of an alley's asphalt has it.
func TestGiantsAreAlleys(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		issues := planIssues(newRand(seed), Options{N: 6000}.withDefaults())
		giants := 0
		for _, is := range issues {
			if len(is.times) >= 60 {
				giants++
				if is.sp.alley == 0 {
					t.Errorf("seed %d: a giant of %d requests is not an alley: %+v", seed, len(is.times), is.sp)
				}
			}
		}
		if giants < 1 || giants > 3 {
			t.Errorf("seed %d: %d giants, want 1..3", seed, giants)
		}
	}
}
