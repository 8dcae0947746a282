package rasht14

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	tests := []struct {
		a, b Options
		same bool
	}{
		{Options{Seed: 7, N: 1500}, Options{Seed: 7, N: 1500}, true},
		{Options{Seed: 7, N: 1500}, Options{Seed: 8, N: 1500}, false},
	}
	for _, tc := range tests {
		var ja, jb bytes.Buffer
		ra, err := Generate(tc.a)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := Generate(tc.b)
		if err != nil {
			t.Fatal(err)
		}
		if err := labelled.WriteJSONL(&ja, ra); err != nil {
			t.Fatal(err)
		}
		if err := labelled.WriteJSONL(&jb, rb); err != nil {
			t.Fatal(err)
		}
		if got := bytes.Equal(ja.Bytes(), jb.Bytes()); got != tc.same {
			t.Errorf("seeds %d and %d: same output %v, want %v", tc.a.Seed, tc.b.Seed, got, tc.same)
		}
	}
}

var agencies = map[string]bool{"municipality": true, "water": true, "power": true, "gas": true, "telecom": true, "police": true, "other": true}

// TestWriteImportsAndTruthCovers writes a full 6,000-request set, reads it back with the real
// importer into a real store, and checks that the truth names every request once.
func TestWriteImportsAndTruthCovers(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	located := 0
	for _, r := range reqs {
		if r.HasLocation {
			located++
		}
	}
	if share := float64(located) / 6000; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of requests have coordinates, want about 0.6", share)
	}

	tf, err := os.ReadFile(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(tf)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != "request_id,group_id,jurisdiction" {
		t.Fatalf("truth header %q", recs[0])
	}
	truth := map[string]bool{}
	for _, rec := range recs[1:] {
		if truth[rec[0]] {
			t.Errorf("request %s twice in the truth", rec[0])
		}
		truth[rec[0]] = true
		if !agencies[rec[2]] {
			t.Errorf("request %s: agency %q", rec[0], rec[2])
		}
	}
	for _, r := range reqs {
		if !truth[r.ID] {
			t.Errorf("request %s missing from the truth", r.ID)
		}
	}
}

// TestDistributions keeps the set shaped like the picture in README.md, on several seeds.
func TestDistributions(t *testing.T) {
	for _, seed := range []int64{7, 23, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		outside := 0
		agencyOf := map[string]string{}
		for _, r := range rows {
			size[r.Group]++
			if r.Agency != "municipality" {
				outside++
			}
			if a, ok := agencyOf[r.Group]; ok && a != r.Agency {
				t.Errorf("seed %d: issue %s mixes agencies %s and %s", seed, r.Group, a, r.Agency)
			}
			agencyOf[r.Group] = r.Agency
		}
		var sizes []int
		singles := 0
		for _, n := range size {
			sizes = append(sizes, n)
			if n == 1 {
				singles++
			}
		}
		sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
		issues := len(sizes)
		switch {
		case issues < 1500 || issues > 3000:
			t.Errorf("seed %d: %d issues in 6000 requests", seed, issues)
		case float64(singles)/float64(issues) < 0.4:
			t.Errorf("seed %d: only %d of %d issues are single reports", seed, singles, issues)
		case sizes[0] < 70 || sizes[0] > 140:
			t.Errorf("seed %d: the largest issue has %d requests, want the chronic alley's ~100", seed, sizes[0])
		case sizes[10] < 15:
			t.Errorf("seed %d: the eleventh largest issue has %d requests; the tail is too thin", seed, sizes[10])
		}
		if share := float64(outside) / float64(len(rows)); share < 0.09 || share > 0.17 {
			t.Errorf("seed %d: %.3f of requests belong to other agencies, want 0.10-0.15", seed, share)
		}
	}
}

// TestRowsAreWellFormed checks what the importer does not: time order inside the year,
// unique ids, coordinates near Rasht, and that follow-ups cite an earlier request of their
// own issue.
func TestRowsAreWellFormed(t *testing.T) {
	opt := Options{Seed: 11, N: 3000}
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.defaults()
	ids := map[string]labelled.Row{}
	cite := regexp.MustCompile(`(?:پیگیری|رهگیری|قبلی:?|درخواست) ([0-9۰-۹٠-٩]{7})`)
	for i, r := range rows {
		if _, dup := ids[r.ID]; dup {
			t.Errorf("id %s twice", r.ID)
		}
		if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
			t.Errorf("row %d out of time order", i)
		}
		if r.CreatedAt.Before(opt.Start) || r.CreatedAt.After(opt.End.Add(time.Hour)) {
			t.Errorf("request %s at %v, outside the year", r.ID, r.CreatedAt)
		}
		if r.Lat != nil && (*r.Lat < 37.2 || *r.Lat > 37.36 || *r.Lon < 49.5 || *r.Lon > 49.7) {
			t.Errorf("request %s at %v,%v, not in Rasht", r.ID, *r.Lat, *r.Lon)
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no text", r.ID)
		}
		if m := cite.FindStringSubmatch(r.Text); m != nil {
			ref, ok := ids[digits(m[1], '0')]
			if !ok {
				t.Errorf("request %s cites %s, not an earlier request", r.ID, m[1])
			} else if ref.Group != r.Group {
				t.Errorf("request %s cites %s of another issue", r.ID, m[1])
			}
		}
		ids[r.ID] = r
	}
}

func TestOrdinal(t *testing.T) {
	tests := map[int]string{1: "اول", 12: "دوازدهم", 20: "بیستم", 21: "بیست و یکم", 24: "بیست و چهارم", 30: "سی‌ام"}
	for n, want := range tests {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestEpisodesApart checks the labelling rule itself on the plan: two issues with the same
// problem at the same spot are at least 75 days apart, and re-registrations keep their
// original's text and issue.
func TestEpisodesApart(t *testing.T) {
	for _, seed := range []int64{7, 42} {
		opt := Options{Seed: seed}
		opt.defaults()
		g, slots := run(opt)
		type span struct{ a, b time.Time }
		seen := map[string][]span{}
		for _, iss := range g.issues {
			k := problems[iss.prob].code + "@" + iss.place.key()
			cur := span{iss.times[0], iss.times[len(iss.times)-1]}
			for _, o := range seen[k] {
				if cur.a.Before(o.b.AddDate(0, 0, 75)) && o.a.Before(cur.b.AddDate(0, 0, 75)) {
					t.Errorf("seed %d: two episodes of %s within 75 days: %v-%v and %v-%v", seed, k, o.a, o.b, cur.a, cur.b)
				}
			}
			seen[k] = append(seen[k], cur)
		}
		faults := 0
		for _, s := range slots {
			if s.at.Before(opt.Start) || s.at.After(opt.End.Add(time.Hour)) {
				t.Errorf("seed %d: request %s at %v, outside the year", seed, s.row.ID, s.at)
			}
			if s.kind != slotFault {
				continue
			}
			faults++
			if s.row.Text != s.orig.row.Text || s.row.Group != s.orig.row.Group || s.row.ID == s.orig.row.ID {
				t.Errorf("seed %d: re-registration %s of %s differs: %q vs %q", seed, s.row.ID, s.orig.row.ID, s.row.Text, s.orig.row.Text)
			}
		}
		if faults == 0 {
			t.Errorf("seed %d: no re-registrations", seed)
		}
	}
}

func TestSummarize(t *testing.T) {
	one := 1.0
	rows := []Row{
		{ID: "1", Group: "a", Agency: "municipality", Lat: &one, Lon: &one},
		{ID: "2", Group: "a", Agency: "municipality"},
		{ID: "3", Group: "b", Agency: "gas"},
	}
	s := Summarize(rows)
	if s.Requests != 3 || s.Issues != 2 || s.Sizes["2"] != 1 || s.Sizes["1"] != 1 || s.Located != 1 || s.Agencies["gas"] != 1 {
		t.Errorf("summary %+v", s)
	}
	if len(s.Largest) != 2 || s.Largest[0] != 2 {
		t.Errorf("largest %v", s.Largest)
	}
}
