package rasht10

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestGenerateIsDeterministicPerSeed(t *testing.T) {
	for _, seed := range []int64{1, 7, 2026} {
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
		c, err := Generate(Options{Seed: seed + 1, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		if reflect.DeepEqual(a, c) {
			t.Fatalf("seeds %d and %d give the same rows", seed, seed+1)
		}
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		name    string
		opt     Options
		wantN   int
		wantErr bool
	}{
		{"defaults", Options{Seed: 3}, 6000, false},
		{"small", Options{Seed: 3, N: 40}, 40, false},
		{"one", Options{Seed: 3, N: 1}, 1, false},
		{"negative", Options{N: -1}, 0, true},
		{"end before start", Options{N: 10, Start: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := Generate(tc.opt)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if len(rows) != tc.wantN {
				t.Fatalf("%d rows, want %d", len(rows), tc.wantN)
			}
			start, end := tc.opt, tc.opt
			_ = start.defaults()
			_ = end.defaults()
			for _, r := range rows {
				if r.CreatedAt.Before(start.Start) || r.CreatedAt.After(end.End) {
					t.Fatalf("%s at %v is outside %v..%v", r.ID, r.CreatedAt, start.Start, end.End)
				}
				if r.District != "3" {
					t.Fatalf("district %q", r.District)
				}
			}
		})
	}
}

// TestFilesImportAndTruthCoversEveryRequest writes the set, reads it back with the real
// importer into a real store, and checks the truth file names every request once.
func TestFilesImportAndTruthCoversEveryRequest(t *testing.T) {
	for _, seed := range []int64{7, 11} {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed}); err != nil {
			t.Fatal(err)
		}
		reqs := labelledtest.Import(t, dir, 6000)
		located := 0
		for _, r := range reqs {
			if r.HasLocation {
				located++
			}
		}
		if share := float64(located) / float64(len(reqs)); share < 0.5 || share > 0.7 {
			t.Errorf("seed %d: %.2f of rows have coordinates, want about 0.6", seed, share)
		}

		tf, err := os.Open(filepath.Join(dir, "truth.csv"))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(tf).ReadAll()
		tf.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(recs[0], ","); got != "request_id,group_id,jurisdiction" {
			t.Fatalf("header %q", got)
		}
		truth := map[string]bool{}
		for _, rec := range recs[1:] {
			if truth[rec[0]] {
				t.Fatalf("request %s twice in the truth", rec[0])
			}
			truth[rec[0]] = true
			if rec[1] == "" || !tafkik.Agency(rec[2]).Valid() {
				t.Fatalf("bad truth row %q", rec)
			}
		}
		for _, r := range reqs {
			if !truth[r.ID] {
				t.Fatalf("request %s has no truth", r.ID)
			}
		}
		if len(truth) != len(reqs) {
			t.Fatalf("truth has %d rows for %d requests", len(truth), len(reqs))
		}
	}
}

// TestDistributions keeps the set looking like a district's year: a long tail of issue
// sizes, a tenth or so referred out, one agency per issue, noise in the text.
func TestDistributions(t *testing.T) {
	for _, seed := range []int64{7, 23} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		agency := map[string]tafkik.Agency{}
		outside, arabic, latin := 0, 0, 0
		for _, r := range rows {
			size[r.GroupID]++
			if a, ok := agency[r.GroupID]; ok && a != r.Jurisdiction {
				t.Fatalf("issue %s mixes %s and %s", r.GroupID, a, r.Jurisdiction)
			}
			agency[r.GroupID] = r.Jurisdiction
			if r.Jurisdiction.Outside() {
				outside++
			}
			if strings.ContainsAny(r.Text, "يك") {
				arabic++
			}
			if latinText(r.Text) {
				latin++
			}
		}
		hist := map[string]int{}
		biggest := 0
		for _, n := range size {
			biggest = max(biggest, n)
			switch {
			case n == 1:
				hist["1"]++
			case n <= 3:
				hist["2-3"]++
			case n <= 9:
				hist["4-9"]++
			case n <= 40:
				hist["10-40"]++
			default:
				hist[">40"]++
			}
		}
		issues := len(size)
		t.Logf("seed %d: %d issues, sizes %v, biggest %d, outside %.3f, arabic %d, finglish %d", seed, issues, hist, biggest,
			float64(outside)/float64(len(rows)), arabic, latin)
		checks := []struct {
			what   string
			got    float64
			lo, hi float64
		}{
			{"issues per request", float64(issues) / float64(len(rows)), 0.25, 0.6},
			{"single-request share of issues", float64(hist["1"]) / float64(issues), 0.4, 0.75},
			{"issues of 10-40", float64(hist["10-40"]), 20, 400},
			{"issues over 40", float64(hist[">40"]), 1, 10},
			{"biggest issue", float64(biggest), 60, 130},
			{"outside share of requests", float64(outside) / float64(len(rows)), 0.09, 0.16},
			{"Arabic ي/ك rows", float64(arabic) / float64(len(rows)), 0.02, 0.15},
			{"Finglish rows", float64(latin) / float64(len(rows)), 0.01, 0.06},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s = %.3f, want %.3f..%.3f", seed, c.what, c.got, c.lo, c.hi)
			}
		}
	}
}

func latinText(s string) bool {
	l, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if r < 0x80 {
				l++
			}
		}
	}
	return all > 0 && l*10 >= all*8
}

// TestEpisodesAreApart checks the labelling rule: two issues of one problem at one place
// are separated by the quiet gap, or a clerk would have called them one.
func TestEpisodesAreApart(t *testing.T) {
	opt := Options{Seed: 5}
	if err := opt.defaults(); err != nil {
		t.Fatal(err)
	}
	g := newGen(opt)
	if err := g.plan(); err != nil {
		t.Fatal(err)
	}
	byKey := map[string][]*issue{}
	for _, is := range g.issues {
		if k := busyKey(is.prob, is.pl); k != "" {
			byKey[k] = append(byKey[k], is)
		}
	}
	repeats := 0
	for k, list := range byKey {
		for i, a := range list {
			for _, b := range list[i+1:] {
				repeats++
				first, last := a, b
				if b.reports[0].at.Before(a.reports[0].at) {
					first, last = b, a
				}
				gap := last.reports[0].at.Sub(first.reports[len(first.reports)-1].at)
				if gap < quiet-24*time.Hour {
					t.Errorf("%s: %s and %s only %v apart", k, first.gid, last.gid, gap)
				}
			}
		}
	}
	if repeats < 50 {
		t.Errorf("only %d repeated episodes; the set should test them", repeats)
	}
}

func TestRowsAreWellFormed(t *testing.T) {
	tests := []struct {
		seed int64
		n    int
	}{{1, 1}, {2, 17}, {3, 300}, {4, 6000}, {5, 20000}}
	for _, tc := range tests {
		rows, err := Generate(Options{Seed: tc.seed, N: tc.n, District: "7"})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != tc.n {
			t.Fatalf("seed %d: %d rows, want %d", tc.seed, len(rows), tc.n)
		}
		ids := map[string]bool{}
		for i, r := range rows {
			if ids[r.ID] {
				t.Fatalf("id %s twice", r.ID)
			}
			ids[r.ID] = true
			if i > 0 && r.CreatedAt.Before(rows[i-1].CreatedAt) {
				t.Fatalf("rows not in time order at %s", r.ID)
			}
			if strings.TrimSpace(r.Text) == "" || !utf8.ValidString(r.Text) || !utf8.ValidString(r.Address) {
				t.Fatalf("%s: bad text %q / address %q", r.ID, r.Text, r.Address)
			}
			if !r.Status.Valid() || r.District != "7" || r.Channel == "" || r.Category == "" {
				t.Fatalf("%s: bad fields %+v", r.ID, r.Request)
			}
			if r.HasLocation && (r.Lat < 37.2 || r.Lat > 37.36 || r.Lon < 49.5 || r.Lon > 49.7) {
				t.Fatalf("%s: %f,%f is not in Rasht", r.ID, r.Lat, r.Lon)
			}
			if a := asciiDigits(r.Address); strings.Contains(a, "منطقه ") && !strings.Contains(a, "منطقه 7") {
				t.Fatalf("%s: address names another district: %q", r.ID, r.Address)
			}
		}
	}
}

func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		}
		return r
	}, s)
}
