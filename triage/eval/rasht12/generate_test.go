package rasht12

import (
	"reflect"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

// TestLatinStreetNames: every named street has the Latin name an English-language map shows.
func TestLatinStreetNames(t *testing.T) {
	for _, st := range buildWorld().streets {
		if st.num == 0 && latinStreets[st.name] == "" {
			t.Errorf("no Latin name for %s %s", st.kind, st.name)
		}
	}
}

func TestDeterministicPerSeed(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		a, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
	}
	a, _ := Generate(Options{Seed: 1, N: 500})
	b, _ := Generate(Options{Seed: 2, N: 500})
	if reflect.DeepEqual(a, b) {
		t.Fatal("seeds 1 and 2 gave the same set")
	}
}

// TestWriteImportsCleanly: both files written, every request read by the real importer and
// stored in a real SQLite file, and the truth covers every request with a known agency.
func TestWriteImportsCleanly(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	if err := Write(dir, Options{Seed: 7, N: n}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, n)
	located := 0
	for _, r := range reqs {
		if r.HasLocation {
			located++
		}
	}
	if share := float64(located) / n; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of requests have coordinates, want about 0.6", share)
	}

	truth := labelledtest.Truth(t, dir)
	for _, r := range reqs {
		if truth.Groups[r.ID] == "" {
			t.Fatalf("request %s has no issue in truth.csv", r.ID)
		}
		switch truth.Agencies[r.ID] {
		case "municipality", "water", "power", "gas", "telecom", "police", "other":
		default:
			t.Fatalf("request %s: agency %q", r.ID, truth.Agencies[r.ID])
		}
	}
	if len(truth.Groups) != n {
		t.Errorf("truth has %d rows, want %d", len(truth.Groups), n)
	}
}

// TestShape: the long tail of issue sizes, the other agencies' share, and a few issues of
// about a hundred requests, on the default 6,000.
func TestShape(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		sizes := map[string]int{}
		outside := 0
		for _, r := range rows {
			sizes[r.Group]++
			if r.Agency != "municipality" {
				outside++
			}
		}
		small, big, max := 0, 0, 0
		for _, s := range sizes {
			if s <= 3 {
				small++
			}
			if s >= 10 {
				big++
			}
			if s > max {
				max = s
			}
		}
		if len(rows) != 6000 {
			t.Errorf("seed %d: %d rows", seed, len(rows))
		}
		if f := float64(small) / float64(len(sizes)); f < 0.7 {
			t.Errorf("seed %d: %.2f of issues have 1-3 requests, want most", seed, f)
		}
		if big < 20 || max < 80 || max > 130 {
			t.Errorf("seed %d: %d issues of 10 or more, the largest %d", seed, big, max)
		}
		if f := float64(outside) / float64(len(rows)); f < 0.09 || f > 0.17 {
			t.Errorf("seed %d: %.3f of requests belong to other agencies, want 0.10-0.15", seed, f)
		}
		if n := len(sizes); n < 1200 || n > 3000 {
			t.Errorf("seed %d: %d issues", seed, n)
		}
	}
}

// TestEpisodesAreSeparate: two issues of one problem at one spot are at least episodeGap
// apart, and some issues do come back in a second episode.
func TestEpisodesAreSeparate(t *testing.T) {
	for _, seed := range []int64{3, 7, 11, 42, 2026} {
		g := newGen(Options{Seed: seed}.withDefaults())
		g.plan()
		byKey := map[episodeKey][]*issue{}
		for _, is := range g.issues {
			if len(is.reports) == 0 {
				continue
			}
			k := episodeKey{is.prob.key, spotOf(is.pl)}
			byKey[k] = append(byKey[k], is)
		}
		recurs := 0
		for _, list := range byKey {
			for i := range list {
				for j := i + 1; j < len(list); j++ {
					a, b := span(list[i]), span(list[j])
					if a[0].Before(b[1].Add(episodeGap)) && b[0].Before(a[1].Add(episodeGap)) {
						t.Errorf("seed %d: issues %s and %s: one problem at one spot, episodes too close", seed, list[i].id, list[j].id)
					}
					recurs++
				}
			}
		}
		if recurs < 10 {
			t.Errorf("seed %d: only %d issues came back in a later episode", seed, recurs)
		}
	}
}

func span(is *issue) [2]time.Time {
	s := [2]time.Time{is.reports[0].at, is.reports[0].at}
	for _, r := range is.reports {
		if r.at.Before(s[0]) {
			s[0] = r.at
		}
		if r.at.After(s[1]) {
			s[1] = r.at
		}
	}
	return s
}
