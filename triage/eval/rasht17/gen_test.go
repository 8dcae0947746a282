package rasht17

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func writeSet(t *testing.T, opt Options) (jsonl, truth []byte) {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	j, err := os.ReadFile(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return j, tr
}

// TestDeterministic: one seed, one set, byte for byte; another seed, another set.
func TestDeterministic(t *testing.T) {
	a1, t1 := writeSet(t, Options{Seed: 7, N: 1500})
	a2, t2 := writeSet(t, Options{Seed: 7, N: 1500})
	if !bytes.Equal(a1, a2) || !bytes.Equal(t1, t2) {
		t.Error("seed 7 wrote two different sets")
	}
	b, _ := writeSet(t, Options{Seed: 8, N: 1500})
	if bytes.Equal(a1, b) {
		t.Error("seeds 7 and 8 wrote the same requests")
	}
}

// TestImportsWithTruth: the full default set goes through the real importer into a real
// SQLite file, and the truth names every request once with a known agency.
func TestImportsWithTruth(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, the set %d", len(truth.Groups), len(reqs))
	}
	agencies := map[string]bool{"municipality": true, "water": true, "power": true, "gas": true,
		"telecom": true, "police": true, "other": true}
	seen := map[string]bool{}
	for i, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in the truth", r.ID)
		}
		if !agencies[string(truth.Agencies[r.ID])] {
			t.Errorf("request %s: agency %q", r.ID, truth.Agencies[r.ID])
		}
		if r.District != "1" || r.Text == "" || !r.Status.Valid() {
			t.Errorf("request %s read back as %+v", r.ID, r)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s is out of time order", r.ID)
		}
	}
}

type shape struct {
	issues, singles   int
	sizes             []int // descending
	notMunicipality   float64
	withCoordinates   float64
	groupSize         map[string]int
	placelessOversize int
}

func measure(rows []labelled.Row) shape {
	s := shape{groupSize: map[string]int{}}
	other, pinned := 0, 0
	for _, r := range rows {
		s.groupSize[r.Group]++
		if r.Agency != "municipality" {
			other++
		}
		if r.Lat != nil {
			pinned++
		}
	}
	for g, n := range s.groupSize {
		s.sizes = append(s.sizes, n)
		if n == 1 {
			s.singles++
		}
		if strings.HasSuffix(g, "-general") && n != 1 {
			s.placelessOversize++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(s.sizes)))
	s.issues = len(s.groupSize)
	s.notMunicipality = float64(other) / float64(len(rows))
	s.withCoordinates = float64(pinned) / float64(len(rows))
	return s
}

// TestShape: floors that a change to the world or the weights can break. Issues per 6,000
// requests: 1,200–2,000, a mean of 3–5 requests an issue (half the issues single reports,
// a few shared problems of 50–150), as a district's record of new towns looks.
func TestShape(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6000 {
			t.Fatalf("seed %d: %d rows", seed, len(rows))
		}
		s := measure(rows)
		for _, c := range []struct {
			what     string
			got      float64
			low, top float64
		}{
			{"issues", float64(s.issues), 1200, 2000},
			{"single-request issues", float64(s.singles), 500, 1100},
			{"share of other agencies", s.notMunicipality, 0.10, 0.20},
			{"share with coordinates", s.withCoordinates, 0.55, 0.75},
			{"largest issue", float64(s.sizes[0]), 60, 150},
			{"third largest issue", float64(s.sizes[2]), 40, 150},
			{"tenth largest issue", float64(s.sizes[9]), 25, 150},
		} {
			if c.got < c.low || c.got > c.top {
				t.Errorf("seed %d: %s %.3f, want %.2f–%.2f", seed, c.what, c.got, c.low, c.top)
			}
		}
		if s.placelessOversize != 0 {
			t.Errorf("seed %d: %d placeless issues hold more than one request", seed, s.placelessOversize)
		}
	}
}

// TestEpisodesApart: two issues of one family whose spots meet (the same block, or a block
// inside a phase- or town-wide issue's area) are at least minGap apart, so the truth never
// hangs on where an episode ends (README: episode).
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		g := newGen(Options{Seed: seed}.withDefaults())
		g.plan()
		pairs := 0
		for i, a := range g.issues {
			for _, b := range g.issues[:i] {
				if a.k.scope == scopeNone || a.k.family != b.k.family || a.town != b.town {
					continue
				}
				if a.phase != 0 && b.phase != 0 && a.phase != b.phase {
					continue
				}
				if a.blk != nil && b.blk != nil && a.blk != b.blk {
					continue
				}
				pairs++
				first, second := a, b
				if second.start.Before(first.start) {
					first, second = second, first
				}
				if second.start.Sub(first.start.Add(first.dur)) < minGap {
					t.Errorf("seed %d: %s and %s share a spot less than %v apart", seed, a.id(), b.id(), minGap)
				}
			}
		}
		if pairs == 0 {
			t.Errorf("seed %d: no two issues of one family at one spot: the check checks nothing", seed)
		}
	}
}

// TestPlacesReadable: requests that are not placeless name a place somewhere a clerk looks
// (text, address) or carry a pin.
func TestPlacesReadable(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	placeWords := []string{"شهرک", "شهرك", "فاز", "بلوک", "بلوك", "مسکن", "مسكن", "مجتمع", "برج", "قدس", "بعثت",
		"فرهنگیان", "فرهنگيان", "امام", "سبز", "بلوار", "جاده", "کمربندی", "كمربندي", "faz", "block", "shahrak", "bolvar", "ghods", "besat", "mojtama", "borj", "maskan"}
	checked := 0
	for _, c := range complexNames {
		placeWords = append(placeWords, c.fa)
	}
	arabic := strings.NewReplacer("ي", "ی", "ك", "ک")
	for _, r := range rows {
		if strings.ContainsAny(r.Text+r.Address, "{}") {
			t.Errorf("request %s keeps a template slot: %q / %q", r.ID, r.Text, r.Address)
		}
		if strings.HasSuffix(r.Group, "-general") || r.Lat != nil {
			continue
		}
		checked++
		found := false
		for _, w := range placeWords {
			if strings.Contains(arabic.Replace(r.Text), w) || strings.Contains(arabic.Replace(r.Address), w) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("request %s (%s) names no place: %q / %q", r.ID, r.Group, r.Text, r.Address)
		}
	}
	if checked < 1500 {
		t.Errorf("only %d requests without a pin: expected about a third of 6000", checked)
	}
}

// TestComplexNames: a complex named alone must be the only one of its name anywhere, and one
// named with its town the only one in that town; towers repeat across phases and need both.
func TestComplexNames(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		g := newGen(Options{Seed: seed}.withDefaults())
		where := map[string][]*block{}
		for _, tw := range g.towns {
			for _, ph := range tw.phases {
				for _, b := range ph.blocks {
					if b.complex != "" {
						where[b.complex] = append(where[b.complex], b)
					}
				}
			}
		}
		unique, inTown := 0, 0
		for name, bs := range where {
			for _, b := range bs {
				if b.complexInWorld {
					unique++
					if len(bs) != 1 {
						t.Errorf("seed %d: %s is marked unique but names %d blocks", seed, name, len(bs))
					}
				}
				if b.complexInTown {
					inTown++
					for _, o := range bs {
						if o != b && o.town == b.town {
							t.Errorf("seed %d: %s is marked unique in %s but names two of its blocks", seed, name, b.town.name)
						}
					}
				}
			}
		}
		if unique == 0 || inTown == 0 {
			t.Errorf("seed %d: %d complexes unique in the world, %d in their town: the names say nothing", seed, unique, inTown)
		}
	}
}
