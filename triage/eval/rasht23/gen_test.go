package rasht23

import (
	"bytes"
	"math"
	"path/filepath"
	"slices"
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

// TestDeterministic: a seed gives the same bytes every time, another seed others.
func TestDeterministic(t *testing.T) {
	gen := func(seed int64) []byte {
		rows, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		return encode(t, rows)
	}
	a, b, c := gen(7), gen(7), gen(8)
	if !bytes.Equal(a, b) {
		t.Error("seed 7 gave two different sets")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 gave the same set")
	}
}

// TestFullSetReadsBack: a 6,000-request set goes through the real importer into a real
// SQLite store, and its truth covers every request once with a known agency.
func TestFullSetReadsBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "r23")
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, DefaultN)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, the set %d", len(truth.Groups), len(reqs))
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in the truth", r.ID)
		}
		if !truth.Agencies[r.ID].Valid() {
			t.Errorf("request %s has agency %q", r.ID, truth.Agencies[r.ID])
		}
		if r.District != DefaultDistrict {
			t.Errorf("request %s in district %q", r.ID, r.District)
		}
	}
}

// TestDistribution holds the set to the picture of README.md, for several seeds. The
// bounds are wide enough for seed-to-seed variation and narrow enough to catch a tuning
// that drifts away from an ordinary district.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		n := float64(len(rows))
		sizes := map[string]int{}
		agency := map[string]string{}
		var other, located, noAddr, arabic, latin, zw int
		for i, r := range rows {
			sizes[r.Group]++
			if a, ok := agency[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s has agencies %s and %s", seed, r.Group, a, r.Agency)
			}
			agency[r.Group] = r.Agency
			if r.Agency != "municipality" {
				other++
			}
			if r.Lat != nil {
				located++
				if d := metresBetween(*r.Lat, *r.Lon, 37.279, 49.590); d > 2500 {
					t.Errorf("seed %d: request %s pinned %.0f m from the old core", seed, r.ID, d)
				}
			}
			if r.Address == "" {
				noAddr++
			}
			if bytes.ContainsAny([]byte(r.Text+r.Address), "يك") {
				arabic++
			}
			if bytes.ContainsAny([]byte(r.Text+r.Address), "0123456789") {
				latin++
			}
			if bytes.Contains([]byte(r.Text+r.Address), []byte(zwnj)) {
				zw++
			}
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("seed %d: request %d out of time order", seed, i)
			}
		}
		var all []int
		for _, s := range sizes {
			all = append(all, s)
		}
		slices.Sort(all)
		slices.Reverse(all)
		issues := float64(len(all))
		atMost2 := 0
		for _, s := range all {
			if s <= 2 {
				atMost2++
			}
		}
		for _, c := range []struct {
			what     string
			got      float64
			low, hig float64
		}{
			// about a fifth of what reaches 137 is another agency's
			{"share of other agencies", float64(other) / n, .15, .32},
			// app pins and a few web and operator ones
			{"share with coordinates", float64(located) / n, .2, .45},
			// the app's pin-only reports and the no-place ones
			{"share with an empty address", float64(noAddr) / n, .05, .25},
			// one alley's asphalt draws about a hundred
			{"largest issue", float64(all[0]), 70, 150},
			{"second largest issue", float64(all[1]), 40, 110},
			{"tenth largest issue", float64(all[9]), 15, 60},
			// most issues draw one or two requests, so 6,000 requests are 2,000 to 3,000
			// issues: between 2 and 3 requests an issue
			{"issues per 6000 requests", issues * 6000 / n, 2000, 3000},
			{"share of issues of one or two requests", float64(atMost2) / issues, .65, .85},
			{"share with Arabic ي/ك", float64(arabic) / n, .04, .3},
			{"share with Latin digits", float64(latin) / n, .03, .4},
			{"share with a ZWNJ", float64(zw) / n, .15, .8},
		} {
			if c.got < c.low || c.got > c.hig {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, c.what, c.got, c.low, c.hig)
			}
		}
	}
}

// TestEpisodesApart checks the labelling rule on the generator's own record: two issues of
// one problem at one spot are at least minEpisodeGap apart, and no issue is silent that
// long, after the clock has moved every request to its hour.
func TestEpisodesApart(t *testing.T) {
	reqs, _, err := generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	type span struct{ first, last time.Time }
	spans := map[*issue]*span{}
	for _, r := range reqs {
		s, ok := spans[r.iss]
		if !ok {
			spans[r.iss] = &span{r.at, r.at}
			continue
		}
		if gap := r.at.Sub(s.last); gap >= minEpisodeGap {
			t.Errorf("issue %s: a silence of %v inside one episode", r.iss.group, gap)
		}
		s.last = r.at
	}
	byKey := map[string][]*issue{}
	for _, r := range reqs {
		if r.iss.noPlace || r.seq != 0 {
			continue
		}
		k := r.iss.sp.key + "|" + r.iss.p.code
		byKey[k] = append(byKey[k], r.iss)
	}
	checked := 0
	for k, list := range byKey {
		slices.SortFunc(list, func(a, b *issue) int { return spans[a].first.Compare(spans[b].first) })
		for i := 1; i < len(list); i++ {
			checked++
			prev, cur := spans[list[i-1]], spans[list[i]]
			if gap := cur.first.Sub(prev.last); gap < minEpisodeGap {
				t.Errorf("%s: episodes %s and %s only %v apart", k, list[i-1].group, list[i].group, gap)
			}
		}
	}
	t.Logf("%d pairs of episodes at one spot", checked)
	if checked < 50 {
		t.Errorf("only %d pairs of episodes at one spot: the rule is hardly exercised", checked)
	}
}

func metresBetween(lat1, lon1, lat2, lon2 float64) float64 {
	dn := (lat1 - lat2) * metresPerDegLat
	de := (lon1 - lon2) * metresPerDegLon
	return math.Hypot(dn, de)
}
