package rasht11

import (
	"math/rand"
	"testing"
	"time"
)

// TestEpisodesFollowTheClerksRule checks the truth against README's rule 3: within one
// issue no silence reaches 40 days, and the same problem at the same place opens a new
// issue only 60 days after the previous one's last report.
func TestEpisodesFollowTheClerksRule(t *testing.T) {
	for _, seed := range []int64{3, 7, 2026} {
		o := Options{Seed: seed}
		if err := o.defaults(); err != nil {
			t.Fatal(err)
		}
		g := &gen{r: rand.New(rand.NewSource(seed)), o: o, lastEnd: map[string]time.Time{}}
		g.w = buildWorld(g.r)
		g.plan()
		type span struct{ first, last time.Time }
		byKey := map[string][]span{}
		for _, is := range g.issues {
			if len(is.times) != is.size || is.size == 0 {
				t.Fatalf("seed %d: issue %s has %d times for size %d", seed, is.id, len(is.times), is.size)
			}
			for i := 1; i < len(is.times); i++ {
				if gap := is.times[i].Sub(is.times[i-1]); gap >= 40*24*time.Hour {
					t.Errorf("seed %d: issue %s silent %v inside one episode", seed, is.id, gap)
				}
			}
			k := is.prob.code + "@" + placeKey(is.pl)
			byKey[k] = append(byKey[k], span{is.times[0], is.times[len(is.times)-1]})
		}
		repeats := 0
		for k, ss := range byKey {
			for i := range ss {
				for j := range ss {
					if i == j || ss[j].first.Before(ss[i].first) {
						continue
					}
					repeats++
					if ss[j].first.Sub(ss[i].last) < 60*24*time.Hour {
						t.Errorf("seed %d: %s: episodes %v..%v and %v.. closer than 60 days", seed, k, ss[i].first, ss[i].last, ss[j].first)
					}
				}
			}
		}
		if repeats < 20 {
			t.Errorf("seed %d: only %d returning episodes; the set should test them", seed, repeats)
		}
	}
}

// TestWorldSize keeps the world as large as the README says.
func TestWorldSize(t *testing.T) {
	w := buildWorld(rand.New(rand.NewSource(7)))
	streets, alleys, dead := 0, 0, 0
	for _, h := range w.hoods {
		streets += len(h.streets)
		for _, s := range h.streets {
			alleys += len(s.alleys)
			for _, a := range s.alleys {
				if a.deadEnd || a.subDeadEnd > 0 {
					dead++
				}
			}
		}
	}
	cores, ops := 0, 0
	for _, p := range problems {
		cores += len(p.cores)
		ops += len(p.op)
	}
	t.Logf("quarters %d, streets %d, alleys/blocks %d (dead ends %d), places %d, parks %d, main-avenue spots %d, problems %d, citizen cores %d, operator phrases %d",
		len(w.hoods), streets, alleys, dead, len(w.places), len(w.parks), len(w.mains), len(problems), cores, ops)
	if len(w.hoods) < 12 || alleys < 300 || len(problems) < 25 || cores < 150 {
		t.Errorf("world too small: %d quarters, %d alleys, %d problems, %d cores", len(w.hoods), alleys, len(problems), cores)
	}
}
