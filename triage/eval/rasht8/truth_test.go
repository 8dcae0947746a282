package rasht8

import (
	"testing"
	"time"
)

// TestIssuesAreDistinguishable checks the labelling rule a clerk relies on: two issues of
// the same family at the same place are at least 60 days apart, so that the truth never
// splits what no one could tell apart.
func TestIssuesAreDistinguishable(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		g, err := build(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		byKey := map[string][]*issue{}
		total := 0
		for _, is := range g.issues {
			total += len(is.times)
			k := famOf(is.p) + "|" + is.placeKey()
			byKey[k] = append(byKey[k], is)
		}
		if total != 6000 {
			t.Errorf("seed %d: issues hold %d reports, want 6000", seed, total)
		}
		for k, list := range byKey {
			for i := range list {
				for j := i + 1; j < len(list); j++ {
					a, b := list[i], list[j]
					gap := b.times[0].Sub(a.times[len(a.times)-1])
					if b.times[0].Before(a.times[0]) {
						gap = a.times[0].Sub(b.times[len(b.times)-1])
					}
					if gap < 60*24*time.Hour {
						t.Errorf("seed %d: %s: two issues %v apart", seed, k, gap)
					}
				}
			}
		}
		moving, repeats := 0, 0
		for _, list := range byKey {
			if len(list) > 1 {
				repeats++
			}
			for _, is := range list {
				if is.moving {
					moving++
				}
			}
		}
		if moving == 0 || repeats < 20 {
			t.Errorf("seed %d: %d moving trenches, %d places with a later episode", seed, moving, repeats)
		}
	}
}

// TestPlaceSpellings checks that one alley is written in several ways across a set.
func TestPlaceSpellings(t *testing.T) {
	g, err := build(Options{Seed: 7, N: 300})
	if err != nil {
		t.Fatal(err)
	}
	var a *alley
	for _, x := range g.w.alleys {
		if x.num == 12 && x.street.num > 0 && x.parent == nil {
			a = x
			break
		}
	}
	if a == nil {
		t.Skip("no alley 12 on a numbered street in this world")
	}
	forms := map[string]bool{}
	for i := 0; i < 300; i++ {
		forms[placeInText(spot{lvl: atAlley, h: a.street.hood, s: a.street, a: a}, g.rng)] = true
	}
	if len(forms) < 15 {
		t.Errorf("alley 12 is written only %d ways: %v", len(forms), forms)
	}
}
