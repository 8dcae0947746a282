package rasht13

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	for _, tc := range []struct {
		name      string
		a, b      Options
		wantEqual bool
	}{
		{"same seed", Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{"other seed", Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Generate(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Generate(tc.b)
			if err != nil {
				t.Fatal(err)
			}
			if got := reflect.DeepEqual(a, b); got != tc.wantEqual {
				t.Errorf("equal = %v, want %v", got, tc.wantEqual)
			}
		})
	}
}

func TestOptionsRefused(t *testing.T) {
	at := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, o := range []Options{{N: -1}, {Start: at, End: at.Add(-time.Hour)}} {
		if _, err := Generate(o); err == nil {
			t.Errorf("Generate(%+v) gave no error", o)
		}
	}
}

// TestWrittenSetImports: every request has exactly one truth row with a valid agency, and
// the real importer reads every row without an error into a real SQLite store.
func TestWrittenSetImports(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	if err := Write(dir, Options{Seed: 7, N: n}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, n)
	truth := labelledtest.Truth(t, dir)
	located := 0
	for _, r := range reqs {
		if _, ok := truth.Groups[r.ID]; !ok {
			t.Errorf("request %s has no truth row", r.ID)
		}
		if r.HasLocation {
			located++
		}
	}
	if len(truth.Groups) != n {
		t.Errorf("truth has %d rows, want %d", len(truth.Groups), n)
	}
	if share := float64(located) / n; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of the requests have coordinates, want about 0.6", share)
	}

	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	if got, err := db.CountRequests(ctx); err != nil || got != n {
		t.Errorf("store holds %d requests (%v), want %d", got, err, n)
	}
}

// TestDistributions: a long tail of issue sizes, a share of other agencies' requests in the
// range the brief asks for, and old-system rows at the start of the year.
func TestDistributions(t *testing.T) {
	for _, seed := range []int64{7, 13, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		outside := 0
		lastAt := map[string]time.Time{}
		for _, r := range rows {
			// rows come in time order; no issue is silent longer than the rule allows
			if l, ok := lastAt[r.Group]; ok && r.CreatedAt.Sub(l) > 45*24*time.Hour {
				t.Errorf("seed %d: issue %s silent from %v to %v", seed, r.Group, l, r.CreatedAt)
			}
			lastAt[r.Group] = r.CreatedAt
			size[r.Group]++
			if r.Agency != "municipality" {
				outside++
			}
		}
		hist := map[string]int{}
		maxSize := 0
		for _, s := range size {
			maxSize = max(maxSize, s)
			switch {
			case s <= 3:
				hist["1-3"]++
			case s < 10:
				hist["4-9"]++
			case s <= 40:
				hist["10-40"]++
			default:
				hist[">40"]++
			}
		}
		small := float64(hist["1-3"]) / float64(len(size))
		if small < 0.7 || small > 0.9 || hist["10-40"] < 20 || hist[">40"] < 2 || maxSize < 60 || maxSize > 130 {
			t.Errorf("seed %d: %d issues, sizes %v, largest %d", seed, len(size), hist, maxSize)
		}
		if share := float64(outside) / float64(len(rows)); share < 0.09 || share > 0.16 {
			t.Errorf("seed %d: other agencies' share %.3f, want 0.09-0.16 (about 0.125)", seed, share)
		}
	}
}

// TestEpisodes checks the labelling rule on the plan: no silence inside an issue longer
// than maxGap, a come-back within two weeks of the fix, and two issues of one problem at
// one place always apart by the new-issue silence.
func TestEpisodes(t *testing.T) {
	for _, seed := range []uint64{11, 7, 42} {
		checkEpisodes(t, seed)
	}
}

func checkEpisodes(t *testing.T, seed uint64) {
	opt := Options{}.withDefaults()
	rng := rand.New(rand.NewPCG(seed, 1))
	issues := plan(rng, buildWorld(rng), opt)
	byKey := map[string][]*issue{}
	fixed := 0
	for _, is := range issues {
		for i := 1; i < len(is.times); i++ {
			if g := is.times[i].Sub(is.times[i-1]); g > maxGap || g < 0 {
				t.Errorf("%s: silence of %v inside the issue", is.id, g)
			}
		}
		if is.fixed > 0 {
			fixed++
			if d := is.times[is.fixed].Sub(is.fixAt); d <= 0 || d > fixReturn {
				t.Errorf("%s: come-back %v after the fix", is.id, d)
			}
		}
		k := is.pl.key(is.prob)
		byKey[k] = append(byKey[k], is)
	}
	recurrent := 0
	for k, list := range byKey {
		if len(list) > 1 {
			recurrent++
		}
		for i, a := range list {
			for _, b := range list[i+1:] {
				gap1 := b.times[0].Sub(a.times[len(a.times)-1])
				gap2 := a.times[0].Sub(b.times[len(b.times)-1])
				if gap1 < newAfter && gap2 < newAfter {
					t.Errorf("%s: issues %s and %s are not a new-issue silence apart", k, a.id, b.id)
				}
			}
		}
	}
	if fixed < 10 || recurrent < 10 {
		t.Errorf("%d come-backs after a fix and %d places with a second episode; want at least 10 each", fixed, recurrent)
	}
}

// TestWorldSize: the district is big enough that places rarely collide by chance, and
// every kind of problem and agency is present.
func TestWorldSize(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 0x137_13))
	w := buildWorld(rng)
	alleys, deadEnds, named := 0, 0, 0
	for _, st := range w.streets {
		alleys += len(st.alleys)
		for _, al := range st.alleys {
			if al.deadEnd {
				deadEnds++
			}
			if al.num == 0 {
				named++
			}
		}
	}
	says, agencies := 0, map[string]bool{}
	for _, p := range problems {
		says += len(p.says) + len(p.short) + len(p.nouns) + len(p.fin)
		agencies[p.agency] = true
	}
	t.Logf("%d neighbourhoods, %d streets, %d alleys (%d dead ends, %d named), %d landmarks (%d parks); %d problem kinds, %d phrases",
		len(w.hoods), len(w.streets), alleys, deadEnds, named, len(w.marks), len(w.parks), len(problems), says)
	if len(w.hoods) < 12 || len(w.streets) < 50 || alleys < 500 || deadEnds < 50 || named < 50 || len(w.marks) < 100 || len(w.parks) < 12 {
		t.Errorf("world too small")
	}
	if len(agencies) != 7 {
		t.Errorf("agencies %v, want all 7", agencies)
	}
	for _, p := range problems {
		if len(p.says) == 0 || len(p.short) == 0 || len(p.nouns) == 0 || len(p.fin) == 0 || len(p.cats) == 0 {
			t.Errorf("problem %s lacks words", p.key)
		}
	}
}

// TestHardCases: the traps the set is for are really in it. The same place is written many
// ways within one issue; one generic text stands in several issues; other agencies'
// issues are reported many times too; old-system rows carry no address field.
func TestHardCases(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	addrs := map[string]map[string]bool{}
	textGroups := map[string]map[string]bool{}
	size := map[string]int{}
	outsideSize := map[string]int{}
	oldWithAddr, old := 0, 0
	for _, r := range rows {
		size[r.Group]++
		if addrs[r.Group] == nil {
			addrs[r.Group] = map[string]bool{}
		}
		addrs[r.Group][r.Address] = true
		if textGroups[r.Text] == nil {
			textGroups[r.Text] = map[string]bool{}
		}
		textGroups[r.Text][r.Group] = true
		if r.Agency != "municipality" {
			outsideSize[r.Group]++
		}
		if len(r.ID) == 10 && r.ID[4] == '-' {
			old++
			if r.Address != "" {
				oldWithAddr++
			}
		}
	}
	biggest := ""
	for g, n := range size {
		if biggest == "" || n > size[biggest] || (n == size[biggest] && g < biggest) {
			biggest = g
		}
	}
	t.Logf("largest issue %d requests, %d address forms", size[biggest], len(addrs[biggest]))
	if n := len(addrs[biggest]); n < 15 {
		t.Errorf("the largest issue (%d requests) has only %d different address fields", size[biggest], n)
	}
	shared := 0
	for _, gs := range textGroups {
		if len(gs) >= 3 {
			shared++
		}
	}
	t.Logf("%d texts in three or more issues", shared)
	if shared < 10 {
		t.Errorf("only %d texts stand in three or more issues", shared)
	}
	bigOutside := 0
	for _, n := range outsideSize {
		if n >= 5 {
			bigOutside++
		}
	}
	t.Logf("%d other-agency issues of five or more; %d old rows, %d with an address field", bigOutside, old, oldWithAddr)
	if bigOutside < 10 {
		t.Errorf("only %d other-agency issues have five or more requests", bigOutside)
	}
	if old < 1000 || float64(oldWithAddr) > 0.25*float64(old) {
		t.Errorf("%d old-system rows, %d with an address field", old, oldWithAddr)
	}
}
