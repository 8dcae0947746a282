package rasht40

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeFiles(t *testing.T, opt Options) (string, []byte, []byte) {
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

// TestDeterministic: one seed writes the same bytes twice; another seed writes others.
func TestDeterministic(t *testing.T) {
	_, a, at := writeFiles(t, Options{Seed: 7, N: 1500})
	_, b, bt := writeFiles(t, Options{Seed: 7, N: 1500})
	if !bytes.Equal(a, b) || !bytes.Equal(at, bt) {
		t.Fatal("seed 7 wrote two different sets")
	}
	_, c, ct := writeFiles(t, Options{Seed: 8, N: 1500})
	if bytes.Equal(a, c) || bytes.Equal(at, ct) {
		t.Fatal("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetReadsBack writes 6,000 requests, imports them into a real store and checks the
// truth and the shape of the year against floors that a broken generator would miss.
func TestFullSetReadsBack(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		dir, _, _ := writeFiles(t, Options{Seed: seed})
		reqs := labelledtest.Import(t, dir, 6000)
		truth := labelledtest.Truth(t, dir)
		if len(truth.Groups) != 6000 {
			t.Fatalf("seed %d: truth covers %d requests, want 6000", seed, len(truth.Groups))
		}
		size := map[string]int{}
		other, pinned := 0, 0
		for i, r := range reqs {
			g, ok := truth.Groups[r.ID]
			if !ok {
				t.Fatalf("seed %d: request %s has no truth", seed, r.ID)
			}
			size[g]++
			if a := truth.Agencies[r.ID]; a != "municipality" {
				other++
			}
			if r.HasLocation {
				pinned++
			}
			if r.District != "2" {
				t.Fatalf("seed %d: request %s in district %q", seed, r.ID, r.District)
			}
			if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
				t.Fatalf("seed %d: request %s out of time order", seed, r.ID)
			}
		}
		var sizes []int
		for _, n := range size {
			sizes = append(sizes, n)
		}
		slices.Sort(sizes)
		slices.Reverse(sizes)
		share := func(k int) float64 { return float64(k) / 6000 }
		for _, c := range []struct {
			name     string
			got      float64
			low, top float64
		}{
			// one issue in two to three requests: most issues draw one or two calls
			{"issues", float64(len(size)), 2100, 3300},
			{"share of other agencies", share(other), 0.12, 0.26},
			{"share with coordinates", share(pinned), 0.25, 0.45},
			{"largest issue", float64(sizes[0]), 80, 120},
			{"fifth largest issue", float64(sizes[4]), 20, 60},
			{"issues of 10 or more", float64(countAtLeast(sizes, 10)), 40, 160},
			{"single-request issues", float64(countAtLeast(sizes, 1) - countAtLeast(sizes, 2)), 1300, 2100},
		} {
			if c.got < c.low || c.got > c.top {
				t.Errorf("seed %d: %s = %v, want in [%v, %v]", seed, c.name, c.got, c.low, c.top)
			}
		}
	}
}

func countAtLeast(sorted []int, k int) int {
	n := 0
	for _, s := range sorted {
		if s >= k {
			n++
		}
	}
	return n
}

// TestNoise: the writing noise the held-out set is said to carry is present, at rates a
// clerk would recognise, and every request that belongs to a placed issue gives a place.
func TestNoise(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	count := func(f func(r labelled.Row) bool) float64 {
		n := 0
		for _, r := range rows {
			if f(r) {
				n++
			}
		}
		return float64(n) / float64(len(rows))
	}
	all := func(r labelled.Row) string { return r.Text + " " + r.Address }
	for _, c := range []struct {
		name     string
		got      float64
		low, top float64
	}{
		{"Arabic ي/ك", count(func(r labelled.Row) bool { return strings.ContainsAny(all(r), "يك") }), 0.03, 0.15},
		{"Persian digits", count(func(r labelled.Row) bool { return strings.ContainsAny(all(r), "۰۱۲۳۴۵۶۷۸۹") }), 0.3, 0.8},
		{"Latin digits", count(func(r labelled.Row) bool { return strings.ContainsAny(all(r), "0123456789") }), 0.08, 0.4},
		{"Arabic-Indic digits", count(func(r labelled.Row) bool { return strings.ContainsAny(all(r), "٠١٢٣٤٥٦٧٨٩") }), 0.005, 0.08},
		{"ZWNJ", count(func(r labelled.Row) bool { return strings.Contains(all(r), "\u200c") }), 0.05, 0.5},
		{"number-word alleys", count(func(r labelled.Row) bool {
			return strings.Contains(all(r), "دوازدهم") || strings.Contains(all(r), "کوچه دوم")
		}), 0.005, 0.1},
		{"Finglish", count(func(r labelled.Row) bool {
			return strings.Contains(strings.ToLower(all(r)), "kooche") || strings.Contains(all(r), "golsar")
		}), 0.003, 0.05},
		{"landmarks", count(func(r labelled.Row) bool {
			return strings.Contains(all(r), "نبش") || strings.Contains(all(r), "روبروی") || strings.Contains(all(r), "جنب")
		}), 0.05, 0.4},
		{"follow-ups", count(func(r labelled.Row) bool { return strings.Contains(r.Text, "پیگیر") }), 0.02, 0.15},
	} {
		if c.got < c.low || c.got > c.top {
			t.Errorf("%s on %.3f of requests, want in [%v, %v]", c.name, c.got, c.low, c.top)
		}
	}
	// a placed issue's request with no address and no pin must name its place in the text
	size := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
	}
	var places []string
	for _, st := range district() {
		places = append(places, st.hood, st.name, setDigits(st.name, persianDigits), setDigits(st.name, arabicDigits))
	}
	places = append(places, "golsar")
	names := func(text string) bool {
		text = strings.NewReplacer("ي", "ی", "ك", "ک").Replace(text)
		for _, p := range places {
			if strings.Contains(text, p) {
				return true
			}
		}
		return false
	}
	for _, r := range rows {
		for _, h := range []string{"گلسار", "منظریه", "معلم", "حمیدیان", "یخسازی"} {
			if strings.Contains(strings.NewReplacer("ي", "ی", "ك", "ک").Replace(r.Address), h+" "+h) {
				t.Errorf("request %s writes the neighbourhood twice: %q", r.ID, r.Address)
			}
		}
		if r.Address == "" && r.Lat == nil && size[r.Group] > 1 && !names(r.Text) {
			t.Errorf("request %s of issue %s gives no place: %q", r.ID, r.Group, r.Text)
		}
	}
}

// TestFollowUpsQuoteEarlierRequests: a follow-up's quoted tracking number is an older
// request of the same issue.
func TestFollowUpsQuoteEarlierRequests(t *testing.T) {
	rows, err := Generate(Options{Seed: 23, N: 3000})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]labelled.Row{}
	quoted := 0
	for _, r := range rows {
		byID[r.ID] = r
	}
	for _, r := range rows {
		ascii := setDigitsBack(r.Text)
		for _, f := range strings.FieldsFunc(ascii, func(c rune) bool { return c < '0' || c > '9' }) {
			if len(f) != 9 {
				continue
			}
			old, ok := byID[f]
			if !ok {
				t.Errorf("request %s quotes %s, which is not in the set", r.ID, f)
				continue
			}
			quoted++
			if old.Group != r.Group || !old.CreatedAt.Before(r.CreatedAt) {
				t.Errorf("request %s (issue %s) quotes %s (issue %s, %v)", r.ID, r.Group, f, old.Group, old.CreatedAt)
			}
		}
	}
	if quoted < 20 {
		t.Errorf("only %d follow-ups quote a tracking number", quoted)
	}
}

func setDigitsBack(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '۰' && r <= '۹':
			r = '0' + r - '۰'
		case r >= '٠' && r <= '٩':
			r = '0' + r - '٠'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestHardCasesSideBySide: the other agencies' business sits next to the municipality's
// at the same place in the same days, as the README promises.
func TestHardCasesSideBySide(t *testing.T) {
	issues := planIssues(rand.New(rand.NewPCG(7, 1)), 6000)
	pairs := map[string]int{}
	for _, a := range issues {
		if a.prob == nil {
			continue
		}
		for _, b := range issues {
			if b.prob == nil || a.prob.agency == b.prob.agency || a.sp.st != b.sp.st || a.start.After(b.start) ||
				b.start.Sub(a.start) > 5*24*time.Hour {
				continue
			}
			if a.sp.key() == b.sp.key() || b.prob.code == "park" || a.prob.code == "park" {
				pairs[a.prob.code+"+"+b.prob.code]++
			}
		}
	}
	for _, c := range []struct {
		a, b string
		min  int
	}{{"sewage", "surfacewater", 12}, {"parking", "obstruction", 5}, {"streetlight", "park", 20}} {
		if got := pairs[c.a+"+"+c.b] + pairs[c.b+"+"+c.a]; got < c.min {
			t.Errorf("%s next to %s %d times, want at least %d", c.a, c.b, got, c.min)
		} else {
			t.Logf("%s next to %s %d times", c.a, c.b, got)
		}
	}
}
