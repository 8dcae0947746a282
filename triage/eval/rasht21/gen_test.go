package rasht21

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

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

// TestDeterministic: one seed, one set, byte for byte; another seed, another set.
func TestDeterministic(t *testing.T) {
	a := encode(t, generate(t, Options{Seed: 7, N: 2000}))
	b := encode(t, generate(t, Options{Seed: 7, N: 2000}))
	if !bytes.Equal(a, b) {
		t.Fatal("seed 7 gave two different sets")
	}
	if c := encode(t, generate(t, Options{Seed: 8, N: 2000})); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 gave the same set")
	}
}

// TestFullSetImports writes the default 6,000-request set, reads it back through the real
// importer into a real SQLite store, and checks that the truth covers every request once.
func TestFullSetImports(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups and %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	pinned := 0
	for i, r := range reqs {
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if r.District != "1" {
			t.Fatalf("request %s in district %q, want the default 1", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s out of time order", r.ID)
		}
		if r.HasLocation {
			pinned++
		}
	}
	if share := float64(pinned) / 6000; share < 0.2 || share > 0.45 {
		t.Errorf("%.1f%% of imported requests have a location, want 20-45%%", 100*share)
	}
}

type setStats struct {
	issues, singles, big10 int
	sizes                  []int // descending
	agency                 map[string]int
	pinned                 int
}

func stats(rows []labelled.Row) setStats {
	s := setStats{agency: map[string]int{}}
	size := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
		s.agency[r.Agency]++
		if r.Lat != nil {
			s.pinned++
		}
	}
	for _, n := range size {
		s.sizes = append(s.sizes, n)
		if n == 1 {
			s.singles++
		}
		if n >= 10 {
			s.big10++
		}
	}
	slices.SortFunc(s.sizes, func(a, b int) int { return b - a })
	s.issues = len(size)
	return s
}

// TestDistributionFloors holds every seed to the picture of the README. The issue count:
// most issues draw one or two requests and a few draw dozens, so 6,000 requests make
// between 2,700 and 3,900 issues (1.5 to 2.2 requests an issue).
func TestDistributionFloors(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows := generate(t, Options{Seed: seed})
		s := stats(rows)
		n := float64(len(rows))
		share := func(a string) float64 { return float64(s.agency[a]) / n }
		checks := []struct {
			what   string
			got    float64
			lo, hi float64
		}{
			{"requests", n, 6000, 6000},
			{"issues", float64(s.issues), 2700, 3900},
			{"share of single-request issues", float64(s.singles) / float64(s.issues), 0.5, 0.75},
			{"largest issue", float64(s.sizes[0]), 80, 130},
			{"second largest issue", float64(s.sizes[1]), 35, 100},
			{"issues of 10 or more", float64(s.big10), 10, 70},
			{"share for another agency", 1 - share("municipality"), 0.10, 0.25},
			{"water", share("water"), 0.025, 0.08},
			{"power", share("power"), 0.03, 0.09},
			{"gas", share("gas"), 0.004, 0.03},
			{"telecom", share("telecom"), 0.003, 0.02},
			{"police", share("police"), 0.01, 0.05},
			{"other", share("other"), 0.004, 0.03},
			{"share with coordinates", float64(s.pinned) / n, 0.2, 0.45},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f to %.3f", seed, c.what, c.got, c.lo, c.hi)
			}
		}
	}
}

var (
	codeRe    = regexp.MustCompile(`[0-9۰-۹٠-٩]{10}`)
	placeWord = func() *regexp.Regexp {
		words := []string{`کوچه`, `کوچمون`, `بن‌?\s?بست`, `(^|\s)ک[ .]`, `خیابان`, `خیابون`, `بلوار`, `پارک`, `بوستان`, `نبش`,
			`kooche`, `koche`, `kuche`, `khiaban`, `bolvar`, `park`}
		for _, nb := range nbNames {
			words = append(words, nb.name, nb.fing)
			for _, st := range nb.streets {
				words = append(words, st[1], st[2])
			}
		}
		arabic := strings.NewReplacer("ی", "ي", "ک", "ك")
		for _, w := range slices.Clone(words) {
			words = append(words, arabic.Replace(w))
		}
		return regexp.MustCompile(strings.Join(words, "|"))
	}()
)

var spelledAlley = regexp.MustCompile(`(کوچه|بن‌بست) (` + strings.Join(append(slices.Clone(ordinals[1:]), cardinals[1:]...), "|") + `)`)

// heldDown reports three of one Persian letter in a row («خیلییی»).
func heldDown(s string) bool {
	var last rune
	run := 0
	for _, c := range s {
		if c == last && unicode.Is(unicode.Arabic, c) {
			run++
			if run >= 3 {
				return true
			}
			continue
		}
		last, run = c, 1
	}
	return false
}

func digitsOf(s string) string {
	return strings.Map(func(c rune) rune {
		if v := digitValue(c); v >= 0 {
			return '0' + rune(v)
		}
		return c
	}, s)
}

// TestLabellingRule checks the rule of the README on the rows themselves: a follow-up's
// tracking code names an earlier request of the same issue, and a request that names no
// place, has no pin and chases nothing is an issue of its own.
func TestLabellingRule(t *testing.T) {
	rows := generate(t, Options{Seed: 23})
	byID := map[string]int{}
	size := map[string]int{}
	for i, r := range rows {
		byID[r.ID] = i
		size[r.Group]++
	}
	followUps, bare := 0, 0
	for i, r := range rows {
		code := codeRe.FindString(r.Text)
		if code != "" {
			j, ok := byID[digitsOf(code)]
			if !ok || j >= i || rows[j].Group != r.Group {
				t.Fatalf("request %s chases %s, which is not an earlier request of its issue", r.ID, code)
			}
			followUps++
			continue
		}
		if r.Address == "" && r.Lat == nil && !placeWord.MatchString(r.Text) {
			bare++
			if size[r.Group] != 1 {
				t.Errorf("request %s names no place but shares issue %s with %d others: %q", r.ID, r.Group, size[r.Group]-1, r.Text)
			}
		}
	}
	if followUps < 50 || bare < 50 {
		t.Errorf("%d follow-ups by code and %d placeless requests, want at least 50 of each", followUps, bare)
	}
}

// TestNoise checks that the noise of the held-out description is there at rates that can
// fail: each kind in at least the share given.
func TestNoise(t *testing.T) {
	rows := generate(t, Options{Seed: 42})
	latin := func(s string) bool {
		letters := 0
		for _, c := range s {
			if c < unicode.MaxASCII && unicode.IsLetter(c) {
				letters++
			}
		}
		return letters > 10
	}
	cases := []struct {
		what string
		has  func(r labelled.Row) bool
		min  float64
	}{
		{"Arabic ي or ك", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "يك") }, 0.03},
		{"ZWNJ", func(r labelled.Row) bool { return strings.Contains(r.Text+r.Address, zwnj) }, 0.15},
		{"Persian digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "۰۱۲۳۴۵۶۷۸۹") }, 0.2},
		{"Arabic-Indic digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "٠١٢٣٤٥٦٧٨٩") }, 0.01},
		{"Latin digits", func(r labelled.Row) bool { return strings.ContainsAny(r.Text+r.Address, "0123456789") }, 0.1},
		{"held-down keys", func(r labelled.Row) bool { return heldDown(r.Text) }, 0.01},
		{"Finglish", func(r labelled.Row) bool { return latin(r.Text) }, 0.01},
		{"ordinal or spelled alley", func(r labelled.Row) bool {
			return spelledAlley.MatchString(r.Text + " " + r.Address)
		}, 0.02},
		{"landmark", func(r labelled.Row) bool {
			return regexp.MustCompile(`نبش|روبروی|روبه‌روی|جنب|کنار|نزدیک`).MatchString(r.Text + r.Address)
		}, 0.15},
		{"no category", func(r labelled.Row) bool { return r.Category == "" }, 0.005},
		{"vague category", func(r labelled.Row) bool { return r.Category == "سایر" || r.Category == "خدمات شهری" }, 0.08},
		{"app", func(r labelled.Row) bool { return r.Channel == "app" }, 0.15},
		{"phone", func(r labelled.Row) bool { return r.Channel == "phone" }, 0.55},
	}
	for _, c := range cases {
		n := 0
		for _, r := range rows {
			if c.has(r) {
				n++
			}
		}
		if share := float64(n) / float64(len(rows)); share < c.min {
			t.Errorf("%s in %.2f%% of requests, want at least %.2f%%", c.what, 100*share, 100*c.min)
		}
	}
}

func TestSummarize(t *testing.T) {
	got := Summarize(generate(t, Options{Seed: 7, N: 600}))
	for _, want := range []string{"requests 600,", "largest issues:", "municipality", "with coordinates"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
}

// TestEpisodesApart: two issues of one problem at one spot are two episodes, so their
// requests are at least 30 days apart; otherwise a clerk would count them as one.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		g := newGen(Options{Seed: seed, N: 6000})
		type key struct {
			p  *problem
			sp *spot
		}
		seen := map[key][]*issue{}
		recurring := 0
		for _, is := range g.issues {
			if is.placeless || len(is.reqs) == 0 {
				continue
			}
			k := key{is.p, is.sp}
			for _, other := range seen[k] {
				a, b := is.reqs, other.reqs
				if a[0].at.After(b[0].at) {
					a, b = b, a
				}
				if gap := b[0].at.Sub(a[len(a)-1].at); gap < 30*24*time.Hour {
					t.Errorf("seed %d: issues %d and %d of %s at one spot only %v apart", seed, is.seq, other.seq, is.p.key, gap)
				}
				recurring++
			}
			seen[k] = append(seen[k], is)
		}
		t.Logf("seed %d: %d pairs of episodes of one problem at one spot", seed, recurring)
		if recurring < 20 {
			t.Errorf("seed %d: %d episodes come back at their spot, want at least 20", seed, recurring)
		}
	}
}
