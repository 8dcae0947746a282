package rasht4

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Options
		wantSame bool
	}{
		{"same seed", Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{"other seed", Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Generate(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Generate(tt.b)
			if err != nil {
				t.Fatal(err)
			}
			if got := reflect.DeepEqual(a, b); got != tt.wantSame {
				t.Errorf("equal = %v, want %v", got, tt.wantSame)
			}
		})
	}
}

// TestWriteImportsAndTruthCovers writes a full set, reads it with the real importer into a
// real store, and checks the truth names every request once with a known agency.
func TestWriteImportsAndTruthCovers(t *testing.T) {
	for _, seed := range []int64{7, 11} {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed}); err != nil {
			t.Fatal(err)
		}
		reqs := labelledtest.Import(t, dir, 6000)

		tf, err := os.Open(filepath.Join(dir, "truth.csv"))
		if err != nil {
			t.Fatal(err)
		}
		truth, err := eval.ReadCSV(tf)
		tf.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(truth.Groups) != len(reqs) {
			t.Errorf("seed %d: truth has %d rows, want %d", seed, len(truth.Groups), len(reqs))
		}
		withCoord := 0
		for _, r := range reqs {
			if _, ok := truth.Groups[r.ID]; !ok {
				t.Errorf("seed %d: request %s has no truth", seed, r.ID)
			}
			if !truth.Agencies[r.ID].Valid() {
				t.Errorf("seed %d: request %s: agency %q", seed, r.ID, truth.Agencies[r.ID])
			}
			if r.HasLocation {
				withCoord++
			}
		}
		if share := float64(withCoord) / float64(len(reqs)); share < 0.5 || share > 0.7 {
			t.Errorf("seed %d: %.2f of rows have coordinates, want about 0.6", seed, share)
		}
		head, _ := os.ReadFile(filepath.Join(dir, "truth.csv"))
		if got := string(head[:len("request_id,group_id,jurisdiction\n")]); got != "request_id,group_id,jurisdiction\n" {
			t.Errorf("truth header %q", got)
		}
	}
}

// TestDistributions keeps the set shaped like a district's year: a long tail of issue sizes
// and 10-15% of requests for other agencies, each of them present.
func TestDistributions(t *testing.T) {
	for _, seed := range []int64{1, 7, 11, 23} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		agencies := map[string]int{}
		for _, r := range rows {
			size[r.Group]++
			agencies[r.Agency]++
		}
		var single, mid, big, largest int
		for _, n := range size {
			switch {
			case n == 1:
				single++
			case n >= 10 && n <= 40:
				mid++
			case n >= 60:
				big++
			}
			largest = max(largest, n)
		}
		issues := len(size)
		if f := float64(single) / float64(issues); f < 0.35 || f > 0.65 {
			t.Errorf("seed %d: %.2f of %d issues are single reports", seed, f, issues)
		}
		if mid < 40 || big < 2 || largest > 150 {
			t.Errorf("seed %d: %d issues of 10-40, %d of 60+, largest %d", seed, mid, big, largest)
		}
		outside := float64(len(rows)-agencies["municipality"]) / float64(len(rows))
		if outside < 0.10 || outside > 0.15 {
			t.Errorf("seed %d: outside share %.3f", seed, outside)
		}
		for _, a := range []string{"water", "power", "gas", "telecom", "police", "other"} {
			if agencies[a] == 0 {
				t.Errorf("seed %d: no %s requests", seed, a)
			}
		}
	}
}

// TestHardCases checks that the set holds the cases that must not be chained: another
// problem at the same place, the same problem next door, the same problem months later.
func TestHardCases(t *testing.T) {
	g := &gen{r: newRand(7)}
	g.opt = Options{Seed: 7}
	if err := g.opt.defaults(); err != nil {
		t.Fatal(err)
	}
	g.planIssues()
	var otherProblem, nextDoor, later int
	byPlace := map[string][]*issue{}
	for _, is := range g.issues {
		byPlace[is.place.key()] = append(byPlace[is.place.key()], is)
	}
	for _, is := range g.issues {
		for _, o := range byPlace[is.place.key()] {
			if o == is {
				continue
			}
			if baseKind(o.prob.id) != baseKind(is.prob.id) {
				otherProblem++
			} else if o.first.After(is.last) {
				later++
			}
		}
		if is.place.alleyNum > 0 {
			n := is.place
			n.alleyNum++
			for _, o := range byPlace[n.key()] {
				if o.prob.id == is.prob.id {
					nextDoor++
				}
			}
		}
	}
	// no two issues that nobody could tell apart: one kind, one place, overlapping months
	clashes := 0
	for _, is := range g.issues {
		for _, o := range byPlace[is.place.key()] {
			if o != is && baseKind(o.prob.id) == baseKind(is.prob.id) && !o.first.After(is.last.Add(30*24*time.Hour)) && !is.first.After(o.last.Add(30*24*time.Hour)) {
				clashes++
			}
		}
	}
	if clashes > 0 {
		t.Errorf("%d pairs of issues of one kind at one place within a month of each other", clashes/2)
	}
	if otherProblem < 50 || nextDoor < 20 || later < 20 {
		t.Errorf("other problem at the same place %d, same problem next door %d, same place later %d", otherProblem, nextDoor, later)
	}
}

// TestFollowUpsCiteTheirOwnIssue: a tracking code in a text is an earlier request of the
// same issue, so a grouping that follows codes is rewarded, never misled.
func TestFollowUpsCiteTheirOwnIssue(t *testing.T) {
	rows, err := Generate(Options{Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Row{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	cites := 0
	for _, r := range rows {
		for _, m := range codeRe.FindAllString(asciiDigitsOf(r.Text), -1) {
			c, ok := byID[m]
			if !ok {
				t.Errorf("%s cites unknown %s", r.ID, m)
				continue
			}
			cites++
			if c.Group != r.Group || !c.CreatedAt.Before(r.CreatedAt) && c.CreatedAt != r.CreatedAt {
				t.Errorf("%s (%s, %v) cites %s (%s, %v)", r.ID, r.Group, r.CreatedAt, c.ID, c.Group, c.CreatedAt)
			}
		}
	}
	if cites < 50 {
		t.Errorf("only %d tracking-code citations", cites)
	}
}

// TestNoiseShares: the marks of real typing are there, each in a minority of rows.
func TestNoiseShares(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		match  func(Row) bool
		lo, hi float64
	}{
		{"Arabic yeh or kaf", func(r Row) bool { return strings.ContainsAny(r.Text, "يك") }, 0.05, 0.25},
		{"Latin digits", func(r Row) bool { return strings.ContainsAny(r.Text+r.Address, "0123456789") }, 0.05, 0.6},
		{"Persian digits", func(r Row) bool { return strings.ContainsAny(r.Text+r.Address, "۰۱۲۳۴۵۶۷۸۹") }, 0.1, 0.8},
		{"Finglish", func(r Row) bool { return !hasPersian(r.Text) }, 0.01, 0.06},
		{"emoji", func(r Row) bool { return strings.ContainsAny(r.Text, "🙏😡😢🤬💔😞👎") }, 0.02, 0.15},
		{"vague category", func(r Row) bool { return r.Category == "سایر" || r.Category == "" }, 0.03, 0.2},
		{"operator summary", func(r Row) bool { return strings.Contains(r.Text, "شهروند") }, 0.15, 0.5},
		{"no address", func(r Row) bool { return r.Address == "" }, 0.2, 0.45},
	}
	for _, tt := range tests {
		n := 0
		for _, r := range rows {
			if tt.match(r) {
				n++
			}
		}
		if f := float64(n) / float64(len(rows)); f < tt.lo || f > tt.hi {
			t.Errorf("%s: %.3f of rows, want %.2f-%.2f", tt.name, f, tt.lo, tt.hi)
		}
	}
}

var codeRe = regexp.MustCompile(`\b1[34]\d{11}\b`)

func asciiDigitsOf(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c >= '۰' && c <= '۹':
			return '0' + c - '۰'
		case c >= '٠' && c <= '٩':
			return '0' + c - '٠'
		}
		return c
	}, s)
}

func hasPersian(s string) bool {
	for _, c := range s {
		if c >= 0x0600 && c <= 0x06FF {
			return true
		}
	}
	return false
}
