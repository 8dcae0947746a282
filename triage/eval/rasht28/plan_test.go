package rasht28

import (
	"math/rand/v2"
	"testing"
)

// TestEpisodesApart checks the labelling rule in the plan itself: two issues of one problem
// at one spot are at least episodeGap days apart, and such comeback episodes exist.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []uint64{7, 23} {
		rng := rand.New(rand.NewPCG(seed, 1))
		issues := planIssues(rng, newWorld(rng), 6000)
		total := 0
		last := map[string][]issue{}
		comebacks := 0
		for _, is := range issues {
			total += is.size
			k := is.problem.key + "|" + is.place.key()
			for _, o := range last[k] {
				if is.start <= o.start+o.span+episodeGap && is.start+is.span+episodeGap >= o.start {
					t.Errorf("seed %d: issues %s and %s are one problem at one spot %.0f and %.0f days into the year",
						seed, o.group, is.group, o.start, is.start)
				}
			}
			if len(last[k]) > 0 {
				comebacks++
			}
			last[k] = append(last[k], is)
		}
		if total != 6000 {
			t.Errorf("seed %d: plan holds %d requests", seed, total)
		}
		if comebacks < 30 || comebacks > 400 {
			t.Errorf("seed %d: %d comeback episodes, want 30..400", seed, comebacks)
		}
	}
}
