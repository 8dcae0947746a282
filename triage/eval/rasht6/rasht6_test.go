package rasht6

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	a, err := Generate(Options{Seed: 7, N: 1500})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(Options{Seed: 7, N: 1500})
	c, _ := Generate(Options{Seed: 8, N: 1500})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("seed 7 gave two different sets")
	}
	if reflect.DeepEqual(a, c) {
		t.Fatal("seeds 7 and 8 gave the same set")
	}
}

// TestWriteImportsAndTruthCovers writes a full-size set, reads it back with the real
// importer into a real store, and checks every request has exactly one truth row.
func TestWriteImportsAndTruthCovers(t *testing.T) {
	dir := t.TempDir()
	opt := Options{Seed: 7}
	if err := Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	located := 0
	for _, r := range reqs {
		if r.HasLocation {
			located++
		}
	}
	if located < 3000 || located > 4200 {
		t.Errorf("%d of 6000 requests have coordinates, want about 60%%", located)
	}

	raw, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("request_id,group_id,jurisdiction\n")) {
		t.Fatalf("truth header is %q", bytes.SplitN(raw, []byte("\n"), 2)[0])
	}
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	truth := map[string]bool{}
	for _, rec := range recs[1:] {
		if truth[rec[0]] {
			t.Errorf("request %s has two truth rows", rec[0])
		}
		truth[rec[0]] = true
		if !tafkik.Agency(rec[2]).Valid() {
			t.Errorf("request %s: jurisdiction %q is not an agency code", rec[0], rec[2])
		}
		if rec[1] == "" {
			t.Errorf("request %s has no group", rec[0])
		}
	}
	for _, r := range reqs {
		if !truth[r.ID] {
			t.Errorf("request %s has no truth row", r.ID)
		}
	}
	if len(truth) != len(reqs) {
		t.Errorf("%d truth rows for %d requests", len(truth), len(reqs))
	}
}

// TestShape keeps the set looking like a year of a district's calls, on several seeds.
func TestShape(t *testing.T) {
	for _, seed := range []int64{1, 7, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := Summarize(rows)
		outside := s.Requests - s.ByAgency["municipality"]
		checks := []struct {
			what   string
			got    float64
			lo, hi float64
		}{
			{"requests", float64(s.Requests), 6000, 6000},
			{"requests per issue", float64(s.Requests) / float64(s.Issues), 2.0, 3.5},
			{"share of issues with 1-3 requests", float64(s.Small) / float64(s.Issues), 0.78, 0.93},
			{"issues of 10 or more", float64(s.Large), 40, 250},
			{"largest issue", float64(s.Largest), 80, 150},
			{"outside share", float64(outside) / float64(s.Requests), 0.10, 0.16},
			{"located share", float64(s.WithLocation) / float64(s.Requests), 0.55, 0.65},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, c.what, c.got, c.lo, c.hi)
			}
		}
		for _, a := range tafkik.Agencies {
			if s.ByAgency[string(a)] == 0 {
				t.Errorf("seed %d: no request for %s", seed, a)
			}
		}
	}
}

// TestEpisodesAndNeighbours checks the hard structure is there: the same problem at the
// same place in two episodes months apart, the same problem in neighbouring alleys, and
// different problems in one alley, each a separate issue.
func TestEpisodesAndNeighbours(t *testing.T) {
	g, rows, err := build(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].CreatedAt.Before(rows[i-1].CreatedAt) {
			t.Fatalf("row %d is earlier than row %d", i, i-1)
		}
	}
	var episodes, neighbours, sameAlley int
	byAlley := map[*alley][]*issue{}
	for _, is := range g.issues {
		if is.size > 0 && is.pl.al != nil {
			byAlley[is.pl.al] = append(byAlley[is.pl.al], is)
		}
	}
	for al, iss := range byAlley {
		for i, a := range iss {
			for _, b := range iss[i+1:] {
				switch {
				case a.prob == b.prob && a.pl.dead == b.pl.dead && a.pl.plate == b.pl.plate:
					if gap := b.start.Sub(a.start.Add(a.span)); gap < 30*24*time.Hour && a.start.Sub(b.start.Add(b.span)) < 30*24*time.Hour {
						t.Errorf("issues %s and %s: same problem and place only %v apart", a.id, b.id, gap)
					}
					episodes++
				case a.prob != b.prob:
					sameAlley++
				}
			}
		}
		for _, nb := range al.st.alleys {
			if nb == al {
				continue
			}
			for _, a := range iss {
				for _, b := range byAlley[nb] {
					if a.prob == b.prob && absDur(a.start.Sub(b.start)) < 15*24*time.Hour {
						neighbours++
					}
				}
			}
		}
	}
	t.Logf("episode pairs %d, neighbour pairs %d, different problems in one alley %d", episodes, neighbours/2, sameAlley)
	if episodes < 20 || neighbours/2 < 20 || sameAlley < 50 {
		t.Errorf("too few hard cases: episodes %d, neighbours %d, same alley %d", episodes, neighbours/2, sameAlley)
	}
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// TestNoiseVariety keeps the text as messy and as varied as the brief asks.
func TestNoiseVariety(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	distinct := map[string]bool{}
	for _, r := range rows {
		distinct[r.Text] = true
		has := func(set string) bool { return strings.ContainsAny(r.Text+r.Address, set) }
		if has("يك") {
			count["arabic letters"]++
		}
		if has("0123456789") {
			count["latin digits"]++
		}
		if has("۰۱۲۳۴۵۶۷۸۹") {
			count["persian digits"]++
		}
		if has("٠١٢٣٤٥٦٧٨٩") {
			count["arabic-indic digits"]++
		}
		if !strings.ContainsFunc(r.Text, func(c rune) bool { return c >= 0x600 && c <= 0x6ff }) {
			count["finglish"]++
		}
		if has("😡🙏😔😤😞👎") {
			count["emoji"]++
		}
		if strings.Contains(r.Text, "\u200c") {
			count["zwnj kept"]++
		}
	}
	n := float64(len(rows))
	for _, c := range []struct {
		what   string
		lo, hi float64
	}{
		{"arabic letters", 0.02, 0.15},
		{"latin digits", 0.10, 0.6},
		{"persian digits", 0.10, 0.6},
		{"arabic-indic digits", 0.005, 0.15},
		{"finglish", 0.01, 0.06},
		{"emoji", 0.01, 0.10},
		{"zwnj kept", 0.2, 0.8},
	} {
		if got := float64(count[c.what]) / n; got < c.lo || got > c.hi {
			t.Errorf("%s in %.3f of requests, want %.3f..%.3f", c.what, got, c.lo, c.hi)
		}
	}
	if got := float64(len(distinct)) / n; got < 0.8 {
		t.Errorf("only %.2f of texts are distinct", got)
	}
	t.Logf("%v, distinct texts %d", count, len(distinct))
}

// TestWorldSize keeps the world big enough that unrelated issues rarely share an alley.
func TestWorldSize(t *testing.T) {
	w := newWorld()
	var streets, alleys, dead, named, marks, parks int
	for _, h := range w.hoods {
		parks += len(h.parks)
		for _, st := range h.streets {
			streets++
			marks += len(st.marks)
			for _, a := range st.alleys {
				alleys++
				if a.dead {
					dead++
				}
				if a.num == 0 {
					named++
				}
			}
		}
	}
	var cit, fin, nouns int
	for _, p := range problems {
		cit += len(p.cit)
		fin += len(p.fin)
		nouns += len(p.nouns)
	}
	t.Logf("%d neighbourhoods, %d streets, %d alleys (%d dead ends, %d named), %d landmarks, %d parks, %d squares; %d problem kinds, %d citizen templates, %d operator nouns, %d Finglish templates",
		len(w.hoods), streets, alleys, dead, named, marks, parks, len(w.squares), len(problems), cit, nouns, fin)
	if len(w.hoods) < 10 || streets < 60 || alleys < 600 || len(problems) < 30 || cit < 200 {
		t.Error("the world or the problem list shrank")
	}
	for _, p := range problems {
		if len(p.cit) == 0 || len(p.nouns) == 0 || len(p.cats) == 0 || p.maxSize < 1 {
			t.Errorf("problem %s lacks templates", p.code)
		}
		if !tafkik.Agency(p.agency).Valid() {
			t.Errorf("problem %s: agency %q", p.code, p.agency)
		}
	}
}
