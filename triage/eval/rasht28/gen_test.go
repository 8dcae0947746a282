package rasht28

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func jsonl(t *testing.T, opt Options) []byte {
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
	a := jsonl(t, Options{Seed: 7, N: 2000})
	b := jsonl(t, Options{Seed: 7, N: 2000})
	if !bytes.Equal(a, b) {
		t.Error("seed 7 written twice differs")
	}
	if c := jsonl(t, Options{Seed: 8, N: 2000}); bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 wrote the same set")
	}
}

// TestImportsAndTruth writes a full set and reads it back through the real importer into a
// real SQLite store, and checks that the truth covers every request exactly once.
func TestImportsAndTruth(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups and %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	ids := map[string]bool{}
	for _, r := range reqs {
		if ids[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		ids[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in truth.csv", r.ID)
		}
		if r.District != "1" || r.Status == "" {
			t.Errorf("request %s: district %q status %q", r.ID, r.District, r.Status)
		}
	}
}

// TestDistribution holds the set to the picture in README.md, for several seeds.
func TestDistribution(t *testing.T) {
	agencies := []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		groups := map[string][]labelled.Row{}
		other, coords := 0, 0
		for i, r := range rows {
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d is out of time order", seed, i)
			}
			if !slices.Contains(agencies, r.Agency) {
				t.Fatalf("seed %d: agency %q", seed, r.Agency)
			}
			if r.Agency != "municipality" {
				other++
			}
			if r.Lat != nil {
				coords++
			}
			groups[r.Group] = append(groups[r.Group], r)
		}
		var sizes []int
		singles := 0
		for g, rs := range groups {
			sizes = append(sizes, len(rs))
			if len(rs) == 1 {
				singles++
			}
			for _, r := range rs {
				if r.Agency != rs[0].Agency {
					t.Errorf("seed %d: issue %s has agencies %s and %s", seed, g, rs[0].Agency, r.Agency)
				}
				// the labelling rule: a request with no place at all is its own issue
				if len(rs) > 1 && r.Lat == nil && r.Address == "" && !mentionsPlace(r.Text) {
					t.Errorf("seed %d: issue %s of %d holds a request with no place: %q", seed, g, len(rs), r.Text)
				}
			}
		}
		slices.Sort(sizes)
		slices.Reverse(sizes)
		share := func(k int) float64 { return float64(k) / float64(len(rows)) }
		checks := []struct {
			name     string
			got      float64
			min, max float64
		}{
			// ~2.4 requests an issue: a plain year, neither one-issue-per-call nor all storms
			{"issues", float64(len(groups)), 2000, 3000},
			{"single-request share of issues", float64(singles) / float64(len(groups)), 0.55, 0.75},
			{"other agencies' share", share(other), 0.14, 0.30},
			{"share with coordinates", share(coords), 0.20, 0.34},
			{"largest issue", float64(sizes[0]), 90, 110},
			{"issues of 30 or more", float64(countAtLeast(sizes, 30)), 3, 25},
		}
		for _, c := range checks {
			if c.got < c.min || c.got > c.max {
				t.Errorf("seed %d: %s = %.3f, want [%g, %g]", seed, c.name, c.got, c.min, c.max)
			}
		}
	}
}

func countAtLeast(sizes []int, k int) int {
	n := 0
	for _, s := range sizes {
		if s >= k {
			n++
		}
	}
	return n
}

// mentionsPlace is a rough test for a place word in a text; the test uses it only to catch
// a multi-request issue whose request gives no place clue.
func mentionsPlace(s string) bool {
	for _, w := range []string{"کوچه", "كوچه", "کوچع", "ک ", "ك ", "خ ", "خیابان", "خيابان", "خیابون", "خيابون", "بلوار", "پارک", "پارك", "بوستان",
		"بن", "گلسار", "معلم", "kooche", "golsar", "moallem", "manzarieh", "hamidian", "taleghani",
		"مطهری", "مطهري", "لاله", "فردوسی", "فردوسي", "بهشتی", "بهشتي", "منظریه", "منظريه", "انصاری", "انصاري", "سعدی", "سعدي",
		"حمیدیان", "حميديان", "چمران", "بهمن", "طالقانی", "طالقاني", "عراق", "نواب"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func TestSmallAndBadN(t *testing.T) {
	for _, n := range []int{1, 10, 599, 600} {
		rows, err := Generate(Options{Seed: 1, N: n})
		if err != nil || len(rows) != n {
			t.Errorf("N %d: %d rows, %v", n, len(rows), err)
		}
	}
	if _, err := Generate(Options{N: -1}); err == nil {
		t.Error("N -1 accepted")
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 1000})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 1000", "issues ", "largest issues: [", "municipality", "with coordinates"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestNoiseRates holds the writing noise of the held-out description to the rates README.md
// gives, so that a change that silently drops one kind of noise fails.
func TestNoiseRates(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	count := func(match func(s string) bool) float64 {
		n := 0
		for _, r := range rows {
			if match(r.Text + " " + r.Address) {
				n++
			}
		}
		return float64(n) / float64(len(rows))
	}
	has := func(subs ...string) func(string) bool {
		return func(s string) bool {
			for _, sub := range subs {
				if strings.Contains(s, sub) {
					return true
				}
			}
			return false
		}
	}
	latin := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	cases := []struct {
		name     string
		got      float64
		min, max float64
	}{
		{"Arabic ي or ك", count(has("ي", "ك")), 0.06, 0.25},
		{"Latin digits", count(latin), 0.15, 0.45},
		{"Persian digits", count(has("۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹", "۰")), 0.25, 0.7},
		{"Arabic-Indic digits", count(has("١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "٠")), 0.003, 0.06},
		{"ZWNJ", count(has(zwnj)), 0.2, 0.8},
		{"alley as a number word", count(has("کوچه دوازدهم", "کوچه اول", "کوچه دوم", "کوچه سوم", "کوچه پنجم", "کوچه دهم",
			"كوچه دوازدهم", "کوچه هفتم", "کوچه نهم", "کوچه چهارم", "کوچه ششم", "کوچه هشتم")), 0.01, 0.15},
		{"landmark", count(has("نبش", "روبروی", "روبروي", "جنب", "کنار بانک", "كنار بانك")), 0.1, 0.5},
		{"repeated letters", count(has("ییییی", "يييي", "اااا", "ههههه")), 0.003, 0.05},
		{"Finglish", count(has("kooche", "asfalt", "ashghal", "cheragh", "sag ", "ab gerefte", "fazelab", "nakhale", "mashin", "zobale", "joob", "lampe")), 0.001, 0.02},
		{"politeness", count(has("سلام", "لطفا", "ممنون", "تشکر", "تشكر", "خواهشا")), 0.15, 0.6},
	}
	for _, c := range cases {
		t.Logf("%s: %.3f", c.name, c.got)
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s in %.3f of requests, want [%g, %g]", c.name, c.got, c.min, c.max)
		}
	}
}
