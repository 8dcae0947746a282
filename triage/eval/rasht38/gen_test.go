package rasht38

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func render(t *testing.T, opt Options) (jsonl, truth []byte) {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := labelled.WriteJSONL(&a, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return a.Bytes(), b.Bytes()
}

func TestDeterministic(t *testing.T) {
	j1, t1 := render(t, Options{Seed: 7, N: 1500})
	j2, t2 := render(t, Options{Seed: 7, N: 1500})
	if !bytes.Equal(j1, j2) || !bytes.Equal(t1, t2) {
		t.Fatal("seed 7 twice gave different output")
	}
	j3, t3 := render(t, Options{Seed: 8, N: 1500})
	if bytes.Equal(j1, j3) || bytes.Equal(t1, t3) {
		t.Fatal("seeds 7 and 8 gave the same output")
	}
}

// TestFullSetImports writes the 6,000 requests, reads them back through the real importer
// into a real store, and checks that the truth names every request exactly once.
func TestFullSetImports(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)

	f, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, r := range recs[1:] {
		seen[r[0]]++
	}
	if len(recs) != 6001 || len(truth.Groups) != 6000 {
		t.Fatalf("truth has %d rows and %d requests, want 6000", len(recs)-1, len(truth.Groups))
	}
	valid := map[string]bool{}
	for _, a := range agencies {
		valid[a] = true
	}
	for _, r := range reqs {
		if seen[r.ID] != 1 {
			t.Errorf("request %s appears %d times in the truth", r.ID, seen[r.ID])
		}
		if truth.Groups[r.ID] == "" || !valid[string(truth.Agencies[r.ID])] {
			t.Errorf("request %s: group %q agency %q", r.ID, truth.Groups[r.ID], truth.Agencies[r.ID])
		}
		if r.District != "5" || r.Status == "" || r.Channel == "" {
			t.Errorf("request %s read back as %+v", r.ID, r)
		}
	}
}

type shape struct {
	issues, singles        int
	sizes                  []int // descending
	other, coords, noPlace float64
	arabicYK, latinDigits  float64
	finglish, noZWNJ       float64
	byAgency               map[string]int
}

func measure(rows []labelled.Row) shape {
	sz := map[string]int{}
	s := shape{byAgency: map[string]int{}}
	var other, coords, noPlace, ayk, latin, fing, nozw int
	for _, r := range rows {
		sz[r.Group]++
		s.byAgency[r.Agency]++
		if r.Agency != "municipality" {
			other++
		}
		if r.Lat != nil {
			coords++
		}
		if strings.Contains(r.Group, "-np") {
			noPlace++
		}
		txt := r.Text + r.Address
		if strings.ContainsAny(txt, "يك") {
			ayk++
		}
		if strings.ContainsAny(txt, "0123456789") {
			latin++
		}
		if strings.ContainsAny(r.Text, "aeiou") {
			fing++
		}
		if !strings.Contains(txt, zwnj) {
			nozw++
		}
	}
	for _, n := range sz {
		s.sizes = append(s.sizes, n)
		if n == 1 {
			s.singles++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(s.sizes)))
	s.issues = len(sz)
	n := float64(len(rows))
	s.other, s.coords, s.noPlace = float64(other)/n, float64(coords)/n, float64(noPlace)/n
	s.arabicYK, s.latinDigits, s.finglish, s.noZWNJ = float64(ayk)/n, float64(latin)/n, float64(fing)/n, float64(nozw)/n
	return s
}

// TestDistribution holds the set to the picture of README.md for several seeds. The issue
// range: most issues draw one or two requests and the tail is long, so 6,000 requests make
// between 1,700 and 3,200 issues (2.0–3.5 requests an issue).
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := measure(rows)
		for _, c := range []struct {
			name     string
			got      float64
			min, max float64
		}{
			{"issues", float64(s.issues), 1700, 3200},
			{"share of one-request issues", float64(s.singles) / float64(s.issues), 0.45, 0.75},
			{"largest issue", float64(s.sizes[0]), 60, 130},
			{"second largest issue", float64(s.sizes[1]), 25, 70},
			{"issues of 20 or more", float64(countAtLeast(s.sizes, 20)), 3, 15},
			{"share of other agencies", s.other, 0.12, 0.30},
			{"share with coordinates", s.coords, 0.18, 0.40},
			{"share placed nowhere", s.noPlace, 0.005, 0.05},
			{"share with Arabic ي/ك", s.arabicYK, 0.02, 0.15},
			{"share with Latin digits", s.latinDigits, 0.05, 0.40},
			{"share in Finglish", s.finglish, 0.003, 0.03},
			{"share without any ZWNJ", s.noZWNJ, 0.15, 0.85},
		} {
			if c.got < c.min || c.got > c.max {
				t.Errorf("seed %d: %s = %.3f, want %.3f–%.3f", seed, c.name, c.got, c.min, c.max)
			}
		}
		for _, a := range agencies {
			if s.byAgency[a] < 20 {
				t.Errorf("seed %d: only %d requests for %s", seed, s.byAgency[a], a)
			}
		}
		for i := 1; i < len(rows); i++ {
			if rows[i].CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: row %d is earlier than row %d", seed, i, i-1)
			}
		}
		if first, last := rows[0].CreatedAt, rows[len(rows)-1].CreatedAt; first.Before(yearStart) || !last.Before(yearEnd) {
			t.Errorf("seed %d: requests from %v to %v, outside 1404", seed, first, last)
		}
	}
}

func countAtLeast(desc []int, n int) int {
	k := 0
	for k < len(desc) && desc[k] >= n {
		k++
	}
	return k
}

// TestNoEpisodeOverlap: two issues of one problem family at one spot never share time,
// or the truth would split what a clerk counts as one.
func TestNoEpisodeOverlap(t *testing.T) {
	g := &gen{rng: rand.New(rand.NewPCG(7, 1)), d: buildDistrict(), opt: Options{N: 6000}.withDefaults(),
		taken: map[string][][2]time.Time{}}
	g.makeRains()
	g.makeIssues()
	type key struct{ family, spot string }
	by := map[key][]*issue{}
	for _, is := range g.issues {
		k := key{is.k.family, is.sp.key}
		by[k] = append(by[k], is)
	}
	for k, list := range by {
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				a, b := list[i], list[j]
				if a.start.Before(b.end) && b.start.Before(a.end) {
					t.Errorf("%v: issues %s and %s overlap", k, a.id, b.id)
				}
			}
		}
	}
	if len(g.issues) < 1000 {
		t.Errorf("only %d issues", len(g.issues))
	}
}

func TestHabitApply(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		name string
		h    habit
		in   string
		want string
	}{
		{"as typed", habit{digits: "fa"}, "کوچه‌ی ۱۲", "کوچه‌ی ۱۲"},
		{"latin digits", habit{digits: "latin"}, "کوچه ۱۲", "کوچه 12"},
		{"arabic-indic digits", habit{digits: "arabic"}, "کوچه ۱۲", "کوچه ١٢"},
		{"arabic keyboard", habit{digits: "fa", arabicYK: true}, "یخ‌سازی کوچه", "يخ‌سازي كوچه"},
		{"zwnj dropped", habit{digits: "fa", zwnjMode: 1}, "می‌شود", "میشود"},
		{"zwnj as space", habit{digits: "fa", zwnjMode: 2}, "می‌شود", "می شود"},
	} {
		if got := c.h.apply(rng, c.in); got != c.want {
			t.Errorf("%s: apply(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestFill(t *testing.T) {
	for _, c := range []struct{ tmpl, place, prep, want string }{
		{"آسفالت کوچه{p} خراب است.", "یخ‌سازی، کوچه ۱۲", "در", "آسفالت یخ‌سازی، کوچه ۱۲ خراب است."},
		{"آسفالت کوچه{p} خراب است.", "یخ‌سازی، خیابان صدوقی", "در", "آسفالت کوچه در یخ‌سازی، خیابان صدوقی خراب است."},
		{"زباله{p} جمع نشده", "ک ۱۲", "تو", "زباله تو ک ۱۲ جمع نشده"},
		{"زباله{p} جمع نشده", "", "تو", "زباله جمع نشده"},
		{"تاب پارک{p} شکسته", "پارک بعثت", "تو", "تاب پارک بعثت شکسته"},
	} {
		if got := fill(c.tmpl, c.place, c.prep); got != c.want {
			t.Errorf("fill(%q, %q) = %q, want %q", c.tmpl, c.place, got, c.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 600})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 600", "issues ", "agencies: municipality", "with coordinates"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}
