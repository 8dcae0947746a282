package rasht

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestNumberWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		n             int
		cardinal, ord string
	}{
		{2, "دو", "دوم"},
		{3, "سه", "سوم"},
		{12, "دوازده", "دوازدهم"},
		{23, "بیست و سه", "بیست و سوم"},
		{100, "صد", "صدم"},
		{124, "صد و بیست و چهار", "صد و بیست و چهارم"},
		{163, "صد و شصت و سه", "صد و شصت و سوم"},
	} {
		if got := words(c.n); got != c.cardinal {
			t.Errorf("words(%d) = %q, want %q", c.n, got, c.cardinal)
		}
		if got := ordinal(rng, c.n); got != c.ord {
			t.Errorf("ordinal(%d) = %q, want %q", c.n, got, c.ord)
		}
	}
}

// TestEpisodesAreSeparate checks the rule the truth rests on: two issues of one problem at
// one place never overlap in time (with a month's margin), and the look-alikes the grouping
// must keep apart are all there.
func TestEpisodesAreSeparate(t *testing.T) {
	g, _ := generator(t, 6000, 9)
	const margin = 30 * 24 * time.Hour
	recurrences, nextAlley, sameAlley := 0, 0, 0
	byAlley := map[*alley][]*issue{}
	for key, iss := range g.byKey {
		for i, a := range iss {
			for _, b := range iss[i+1:] {
				if a.start.Before(b.end.Add(margin)) && b.start.Before(a.end.Add(margin)) {
					t.Errorf("%s and %s: %s at one place at one time", a.id, b.id, key.code)
				}
			}
			if i > 0 {
				recurrences++
			}
		}
	}
	for _, is := range g.issues {
		if is.pl.level == atAlley {
			byAlley[is.pl.alley] = append(byAlley[is.pl.alley], is)
		}
	}
	for a, iss := range byAlley {
		kinds := map[string]bool{}
		for _, is := range iss {
			kinds[is.k.code] = true
		}
		if len(kinds) > 1 {
			sameAlley++
		}
		if a.next != nil {
			for _, is := range iss {
				for _, o := range byAlley[a.next] {
					if o.k == is.k && o.start.Sub(is.start).Abs() < 30*24*time.Hour {
						nextAlley++
					}
				}
			}
		}
	}
	nearUtility := 0 // municipal problems placed by another agency's building or kit
	for _, is := range g.issues {
		if is.pl.mark != nil && is.pl.mark.utility && !is.k.agency.Outside() {
			nearUtility++
		}
	}
	if nearUtility < 20 {
		t.Errorf("only %d municipal issues by another agency's landmark", nearUtility)
	}
	if recurrences < 20 || nextAlley < 10 || sameAlley < 50 {
		t.Errorf("look-alikes: %d recurrences, %d next-alley pairs, %d alleys with several problems", recurrences, nextAlley, sameAlley)
	}
}

// TestNoiseIsThere checks the set carries each kind of noise the brief names, in a
// plausible share, so that a change cannot silently make the text clean.
func TestNoiseIsThere(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name     string
		re       *regexp.Regexp
		min, max float64
	}{
		{"Arabic yeh or kaf", regexp.MustCompile(`[يك]`), 0.03, 0.15},
		{"Persian digits", regexp.MustCompile(`[۰-۹]`), 0.1, 0.6},
		{"ASCII digits", regexp.MustCompile(`[0-9]`), 0.05, 0.5},
		{"Arabic-Indic digits", regexp.MustCompile(`[٠-٩]`), 0.002, 0.1},
		{"ZWNJ", regexp.MustCompile("\u200c"), 0.1, 0.6},
		{"emoji", regexp.MustCompile(`[🙏😡😢👎😠💔😤]`), 0.01, 0.1},
		{"operator summary", regexp.MustCompile(`شهروند|تماس‌?گیرنده|تماس گیرنده`), 0.2, 0.6},
		{"stretched letters or marks", regexp.MustCompile(`ییی|ااا|ددد|ززز|ااا|لللل|!!|؟؟`), 0.02, 0.15},
		{"tracking code", regexp.MustCompile(`[0-9۰-۹٠-٩]{12}`), 0.01, 0.1},
		{"dead end", regexp.MustCompile(`بن ?‌?بست|bon ?bast`), 0.03, 0.3},
		{"Finglish text", regexp.MustCompile(`^[\x00-\x7f]+$`), 0.005, 0.05},
	}
	for _, c := range checks {
		hits := 0
		for _, r := range rows {
			s := r.Text + " " + r.Address
			if strings.HasPrefix(c.name, "Finglish") {
				s = r.Text
			}
			if c.re.MatchString(s) {
				hits++
			}
		}
		if frac := float64(hits) / float64(len(rows)); frac < c.min || frac > c.max {
			t.Errorf("%s in %.3f of requests, want %.3f-%.3f", c.name, frac, c.min, c.max)
		}
	}
	// One place, many spellings: Golsar's avenue 124 must appear in several forms.
	forms := map[string]bool{}
	for _, r := range rows {
		s := r.Text + " " + r.Address
		for _, f := range []string{"خیابان 124", "خیابان ۱۲۴", "خ 124", "خ ۱۲۴", "صد و بیست و چهارم", "kh 124", "۱۲۴ گلسار", "124 گلسار"} {
			if strings.Contains(s, f) {
				forms[f] = true
			}
		}
	}
	if len(forms) < 5 {
		t.Errorf("avenue 124 written in only %d ways: %v", len(forms), forms)
	}
}

// generator runs the generator's first stages and keeps its state for inspection.
func generator(t *testing.T, n int, seed int64) (*gen, []*draft) {
	t.Helper()
	opt, err := Options{Seed: seed, N: n}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	g := newGen(opt)
	g.makeStorms()
	g.makeIssues()
	return g, g.makeDrafts()
}

// TestKindsAreConsistent guards the tables: a mixed kind's entries are paraphrase groups,
// a plain kind's are single sentences, and every kind can be placed and said.
func TestKindsAreConsistent(t *testing.T) {
	codes := map[string]bool{}
	for _, k := range kinds {
		if codes[k.code] {
			t.Errorf("kind %s twice", k.code)
		}
		codes[k.code] = true
		if len(k.say) == 0 || len(k.levels) == 0 || k.weight <= 0 || k.cat == "" {
			t.Errorf("kind %s is incomplete", k.code)
		}
		if !k.facets && len(k.noun) == 0 {
			t.Errorf("kind %s has no noun for operators", k.code)
		}
		for _, s := range k.say {
			if strings.Contains(s, "|") != k.facets {
				t.Errorf("kind %s (facets %v): %q", k.code, k.facets, s)
			}
		}
	}
}
