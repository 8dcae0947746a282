package rasht35

import (
	"bytes"
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

func encode(t *testing.T, rows []labelled.Row) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := labelled.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func generate(t *testing.T, opt Options) []labelled.Row {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestDeterministic: a seed is a set, byte for byte in both files; another seed is
// another set.
func TestDeterministic(t *testing.T) {
	read := func(seed int64) [2][]byte {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed}); err != nil {
			t.Fatal(err)
		}
		var out [2][]byte
		for i, name := range []string{"requests.jsonl", "truth.csv"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			out[i] = b
		}
		return out
	}
	a, b, c := read(7), read(7), read(8)
	for i, name := range []string{"requests.jsonl", "truth.csv"} {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("seed 7 wrote two different %s", name)
		}
		if bytes.Equal(a[i], c[i]) {
			t.Errorf("seeds 7 and 8 wrote the same %s", name)
		}
	}
	if !bytes.Equal(encode(t, generate(t, Options{Seed: 7, N: 500})), encode(t, generate(t, Options{Seed: 7, N: 500}))) {
		t.Error("Generate is not deterministic for N 500")
	}
}

// TestPlaceForms: one alley in گلسار is written in every way the held-out set is said to
// write it.
func TestPlaceForms(t *testing.T) {
	w := newWorld()
	var sp *spot
	for _, s := range w.spots {
		if s.al != nil && s.al.num == 12 && s.st.num > 0 && !s.al.deadEnd {
			sp = s
			break
		}
	}
	if sp == nil {
		t.Fatal("no alley 12 off a numbered street in گلسار")
	}
	n := sp.st.name
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	for range 3000 {
		seen[address(r, sp, false)] = true
		seen[address(r, sp, true)] = true
		seen[placeInText(r, sp)] = true
		seen[finglishPlace(r, sp)] = true
	}
	for _, want := range []string{
		"گلسار، خیابان " + n + "، کوچه 12",
		"کوچه دوازدهم " + n + " گلسار",
		"گلسار " + n + " ک 12",
		"گلسار خیابان " + n + " کوچه دوازدهم",
		"kooche 12 golsar",
		"kooche 12 kh " + n + " golsar",
	} {
		found := false
		for s := range seen {
			if strings.HasPrefix(s, want) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no place written as %q", want)
		}
	}
}

// TestImportsAndTruth: the full set goes through the real importer into a real store, and
// the truth names every request once, with a known agency.
func TestImportsAndTruth(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, the import %d", len(truth.Groups), len(reqs))
	}
	known := map[string]bool{}
	for _, a := range agencies {
		known[a] = true
	}
	seen := map[string]bool{}
	for _, q := range reqs {
		if seen[q.ID] {
			t.Errorf("request %s twice", q.ID)
		}
		seen[q.ID] = true
		if truth.Groups[q.ID] == "" {
			t.Errorf("request %s has no issue in the truth", q.ID)
		}
		if !known[string(truth.Agencies[q.ID])] {
			t.Errorf("request %s: agency %q", q.ID, truth.Agencies[q.ID])
		}
		if q.District != "2" || q.Status == "" {
			t.Errorf("request %s: district %q status %q", q.ID, q.District, q.Status)
		}
	}
}

// TestDistribution holds the picture of the README on several seeds: the shares and sizes
// a District 2 year has, with floors that fail when the generator drifts.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows := generate(t, Options{Seed: seed})
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		size := map[string]int{}
		agency := map[string]string{}
		other, pins, noPlace := 0, 0, 0
		start := time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
		for i, r := range rows {
			size[r.Group]++
			if a, ok := agency[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s has agencies %s and %s", seed, r.Group, a, r.Agency)
			}
			agency[r.Group] = r.Agency
			if r.Agency != "municipality" {
				other++
			}
			if r.Lat != nil {
				pins++
			}
			if strings.Contains(r.Group, "-R") {
				noPlace++
			}
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d out of time order", seed, i)
			}
			if r.CreatedAt.Before(start) || !r.CreatedAt.Before(start.Add(year)) {
				t.Errorf("seed %d: %s outside the year", seed, r.CreatedAt)
			}
		}
		var sizes []int
		for _, n := range size {
			sizes = append(sizes, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
		share := func(x int) float64 { return float64(x) / float64(len(rows)) }
		checks := []struct {
			name     string
			got      float64
			min, max float64
		}{
			// a fifth of a district's 137 calls are another agency's business
			{"other-agency share", share(other), 0.14, 0.28},
			{"share with a pin", share(pins), 0.25, 0.45},
			{"no-place share", share(noPlace), 0.02, 0.07},
			// README: about 1.9–3.75 requests an issue
			{"issues", float64(len(size)), 1600, 3200},
			{"largest issue", float64(sizes[0]), 80, 110},
			{"second issue", float64(sizes[1]), 25, 70},
			{"issues of 20 or more", float64(countAtLeast(sizes, 20)), 8, 40},
			{"singleton share of issues", float64(countExactly(sizes, 1)) / float64(len(sizes)), 0.45, 0.72},
		}
		for _, c := range checks {
			if c.got < c.min || c.got > c.max {
				t.Errorf("seed %d: %s %.3f, want %.3f–%.3f", seed, c.name, c.got, c.min, c.max)
			}
		}
	}
}

func countAtLeast(sizes []int, n int) int {
	c := 0
	for _, s := range sizes {
		if s >= n {
			c++
		}
	}
	return c
}

func countExactly(sizes []int, n int) int {
	c := 0
	for _, s := range sizes {
		if s == n {
			c++
		}
	}
	return c
}

// TestNoise: the set carries every kind of noise the held-out set is said to have, at
// rates in the range the README gives.
func TestNoise(t *testing.T) {
	rows := generate(t, Options{Seed: 7})
	checks := []struct {
		name     string
		re       *regexp.Regexp
		min, max float64
	}{
		{"Arabic ي or ك", regexp.MustCompile(`[يك]`), 0.04, 0.2},
		{"ZWNJ", regexp.MustCompile("\u200c"), 0.1, 0.7},
		{"Persian digits", regexp.MustCompile(`[۰-۹]`), 0.3, 0.9},
		{"Latin digits", regexp.MustCompile(`[0-9]`), 0.1, 0.6},
		{"Arabic-Indic digits", regexp.MustCompile(`[٠-٩]`), 0.005, 0.1},
		{"repeated letters", regexp.MustCompile(`(ی{3,}|ه{3,}|ا{3,})`), 0.005, 0.08},
		{"Finglish", regexp.MustCompile(`(?i)\b(kooche|koche|asfalt|ashghal|salam)\b`), 0.01, 0.06},
		{"ordinal alley", regexp.MustCompile(`(کوچه|بن‌?بست) (اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم)`), 0.03, 0.3},
		{"landmark", regexp.MustCompile(`(روبروی|روبه‌?روی|جنب|نبش|کنار|نزدیک) `), 0.1, 0.6},
		{"politeness", regexp.MustCompile(`(سلام|لطفا|لطفن|ممنون|خواهشا|تشکر|درود)`), 0.15, 0.6},
		{"follow-up", regexp.MustCompile(`(پیگیری|قبلا|مجدد|دفعه سوم|چند بار)`), 0.03, 0.2},
	}
	for _, c := range checks {
		n := 0
		for _, r := range rows {
			if c.re.MatchString(r.Text + " " + r.Address) {
				n++
			}
		}
		got := float64(n) / float64(len(rows))
		if got < c.min || got > c.max {
			t.Errorf("%s in %.3f of requests, want %.3f–%.3f", c.name, got, c.min, c.max)
		}
	}
}

// TestEpisodesDoNotOverlap: the labelling rule says two episodes of one problem at one spot
// are three quiet weeks apart; two at once would be one issue.
func TestEpisodesDoNotOverlap(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		opt := Options{Seed: seed}.withDefaults()
		issues := plan(rand.New(rand.NewPCG(uint64(seed), 0x35)), newWorld(), opt)
		type key struct {
			kind string
			spot int
		}
		byKey := map[key][]*issue{}
		for _, is := range issues {
			k := key{is.kind.code, is.spot.id}
			byKey[k] = append(byKey[k], is)
		}
		// a stretch named by an alley and the alley itself never hold the same problem at once
		for _, is := range issues {
			for _, n := range is.spot.near {
				for _, o := range byKey[key{is.kind.code, n.id}] {
					if is.start.Before(o.end) && o.start.Before(is.end) {
						t.Errorf("seed %d: %s at spot %d and near spot %d at once (issues %d, %d)",
							seed, is.kind.code, is.spot.id, n.id, is.idx, o.idx)
					}
				}
			}
		}
		recurring := 0
		for k, list := range byKey {
			sort.Slice(list, func(i, j int) bool { return list[i].start.Before(list[j].start) })
			for i := 1; i < len(list); i++ {
				recurring++
				if gap := list[i].start.Sub(list[i-1].end); gap < 21*24*time.Hour {
					t.Errorf("seed %d: %v: episodes %d and %d only %v apart", seed, k, list[i-1].idx, list[i].idx, gap)
				}
			}
		}
		if recurring < 50 {
			t.Errorf("seed %d: only %d episodes come back at a spot", seed, recurring)
		}
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(generate(t, Options{Seed: 7, N: 600}))
	for _, want := range []string{"requests 600", "largest issues", "municipality", "with a pin"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}
