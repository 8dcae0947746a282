package rasht18

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
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

func generate(t *testing.T, opt Options) []labelled.Row {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestDeterministic: one seed, one set, byte for byte; another seed, another set.
func TestDeterministic(t *testing.T) {
	a := encode(t, generate(t, Options{Seed: 7, N: 1500}))
	b := encode(t, generate(t, Options{Seed: 7, N: 1500}))
	c := encode(t, generate(t, Options{Seed: 8, N: 1500}))
	if !bytes.Equal(a, b) {
		t.Error("seed 7 gave two different sets")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 gave the same set")
	}
}

// TestFullSetImports writes the full set and reads it back through the real importer into
// a real SQLite store; the truth names every request once, with a known agency.
func TestFullSetImports(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 {
		t.Errorf("truth has %d requests, want 6000", len(truth.Groups))
	}
	known := map[string]bool{}
	for _, a := range agencies {
		known[a] = true
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
		if !known[string(truth.Agencies[r.ID])] {
			t.Errorf("request %s: agency %q", r.ID, truth.Agencies[r.ID])
		}
		if r.District != "1" || !r.Status.Valid() {
			t.Errorf("request %s: district %q status %q", r.ID, r.District, r.Status)
		}
	}
}

// TestDistribution holds each seed to floors the labelling rule and the brief ask for.
// 1,700–2,300 issues per 6,000 requests: about half singletons and a chronic tail gives ~3
// requests an issue; fewer issues would mean the grouping is scored on a few huge clusters,
// more would mean nearly nothing to group.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		t.Run(strconv.FormatInt(seed, 10), func(t *testing.T) {
			rows := generate(t, Options{Seed: seed})
			size := map[string]int{}
			byAgency := map[string]int{}
			located := 0
			start := time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
			for i, r := range rows {
				size[r.Group]++
				byAgency[r.Agency]++
				if r.Lat != nil {
					located++
					if *r.Lat < 37.18 || *r.Lat > 37.42 || *r.Lon < 49.48 || *r.Lon > 49.77 {
						t.Errorf("request %s at %f,%f: outside Rasht's outskirts", r.ID, *r.Lat, *r.Lon)
					}
				}
				if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
					t.Errorf("request %s is out of time order", r.ID)
				}
				if r.CreatedAt.Before(start) || !r.CreatedAt.Before(start.AddDate(1, 0, 0)) {
					t.Errorf("request %s at %s: outside the year", r.ID, r.CreatedAt)
				}
				if strings.TrimSpace(r.Text) == "" {
					t.Errorf("request %s has no text", r.ID)
				}
			}
			n := float64(len(rows))
			if other := 1 - float64(byAgency["municipality"])/n; other < 0.15 || other > 0.25 {
				t.Errorf("other agencies %.1f%%, want 15–25%%", 100*other)
			}
			for _, a := range agencies[1:] {
				if float64(byAgency[a])/n < 0.01 {
					t.Errorf("agency %s has %d requests, want at least 1%%", a, byAgency[a])
				}
			}
			if share := float64(located) / n; share < 0.2 || share > 0.45 {
				t.Errorf("%.1f%% with coordinates, want 20–45%%", 100*share)
			}
			largest, single := 0, 0
			for _, s := range size {
				largest = max(largest, s)
				if s == 1 {
					single++
				}
			}
			if largest < 60 || largest > 150 {
				t.Errorf("largest issue %d requests, want 60–150", largest)
			}
			if len(size) < 1700 || len(size) > 2300 {
				t.Errorf("%d issues, want 1,700–2,300", len(size))
			}
			if s := float64(single) / float64(len(size)); s < 0.4 || s > 0.65 {
				t.Errorf("%.0f%% of issues are singletons, want 40–65%%", 100*s)
			}
		})
	}
}

var quoted = regexp.MustCompile(`[0-9۰-۹٠-٩]{9}`)

// TestFollowUpsQuoteTheirIssue: a request quoting an earlier number belongs to that
// request's issue, and the quoted request came first.
func TestFollowUpsQuoteTheirIssue(t *testing.T) {
	rows := generate(t, Options{Seed: 23})
	group := map[string]string{}
	followUps := 0
	for _, r := range rows {
		if m := quoted.FindString(r.Text); m != "" {
			followUps++
			id := asciiDigits(m)
			g, ok := group[id]
			if !ok {
				t.Errorf("request %s quotes %s, which is not an earlier request", r.ID, id)
			} else if g != r.Group {
				t.Errorf("request %s (%s) quotes %s of issue %s", r.ID, r.Group, id, g)
			}
		}
		group[r.ID] = r.Group
	}
	if followUps < 100 {
		t.Errorf("%d follow-ups, want at least 100", followUps)
	}
}

func asciiDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '۰' && c <= '۹':
			c = '0' + c - '۰'
		case c >= '٠' && c <= '٩':
			c = '0' + c - '٠'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// TestEpisodeRule: no two issues of one problem at one place overlap within the gap, and a
// request with no place at all is an issue of its own.
func TestEpisodeRule(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 1))
	opt := Options{Seed: 42}.withDefaults()
	issues, err := planIssues(r, buildWorld(r), opt)
	if err != nil {
		t.Fatal(err)
	}
	byPlace := map[string][]*issue{}
	for _, is := range issues {
		if is.noPlace && is.size != 1 {
			t.Errorf("an issue with no place has %d requests", is.size)
		}
		k := placeKey(is)
		for _, o := range byPlace[k] {
			aEnd := is.start.AddDate(0, 0, is.days+is.p.gapDays)
			bEnd := o.start.AddDate(0, 0, o.days+o.p.gapDays)
			if is.start.Before(bEnd) && o.start.Before(aEnd) {
				t.Errorf("%s: episodes starting %s and %s overlap", k, is.start.Format(time.DateOnly), o.start.Format(time.DateOnly))
			}
		}
		byPlace[k] = append(byPlace[k], is)
	}
}

// TestPlaceNamed: a request of an issue with more than one request always says where,
// by address, coordinates or in its text, unless it quotes an earlier request.
func TestPlaceNamed(t *testing.T) {
	rows := generate(t, Options{Seed: 2026})
	size := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
	}
	var names []string
	for _, v := range villageSeeds {
		names = append(names, v.names...)
		names = append(names, v.finglish...)
	}
	fold := strings.NewReplacer("ي", "ی", "ك", "ک", "\u200c", "", " ", "")
	for _, r := range rows {
		if size[r.Group] == 1 || r.Address != "" || r.Lat != nil || quoted.MatchString(r.Text) {
			continue
		}
		text := fold.Replace(r.Text)
		found := false
		for _, n := range names {
			if strings.Contains(text, fold.Replace(n)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("request %s of issue %s (%d requests) names no place: %s", r.ID, r.Group, size[r.Group], r.Text)
		}
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(generate(t, Options{Seed: 7, N: 300}))
	for _, want := range []string{"requests 300,", "largest issues:", "municipality", "with coordinates"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}
