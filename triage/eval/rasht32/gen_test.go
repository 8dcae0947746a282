package rasht32

import (
	"bytes"
	"sort"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func encode(t *testing.T, opt Options) []byte {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := labelled.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	a := encode(t, Options{Seed: 7, N: 2000})
	b := encode(t, Options{Seed: 7, N: 2000})
	if !bytes.Equal(a, b) {
		t.Fatal("seed 7 written twice differs")
	}
	if c := encode(t, Options{Seed: 8, N: 2000}); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetReadsBack writes the default 6,000-request set and reads it back through the
// real importer into a real SQLite store; the truth must cover every request exactly once.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != len(reqs) {
		t.Errorf("truth has %d requests, the set %d", len(truth.Groups), len(reqs))
	}
	seen := map[string]bool{}
	for i, r := range reqs {
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
		if r.District != "1" || !r.Status.Valid() {
			t.Errorf("request %s: district %q status %q", r.ID, r.District, r.Status)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s is out of time order", r.ID)
		}
	}
}

// TestDistribution holds the set to the picture in README.md, for several seeds. The issue
// count range: an ordinary district's clerk sees between 2 and 3.5 requests per issue
// (most issues one or two requests, a tail of dozens), so 1,700–3,000 issues per 6,000.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		agency := map[string]int{}
		pins := 0
		for _, r := range rows {
			size[r.Group]++
			agency[r.Agency]++
			if r.Lat != nil {
				pins++
			}
		}
		var sizes []int
		for _, n := range size {
			sizes = append(sizes, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
		n := float64(len(rows))
		checks := []struct {
			what   string
			got    float64
			lo, hi float64
		}{
			{"requests", n, 6000, 6000},
			{"issues", float64(len(size)), 1700, 3000},
			{"largest issue", float64(sizes[0]), 80, 140},
			{"tenth largest issue", float64(sizes[9]), 20, 70},
			{"share of other agencies", 1 - float64(agency["municipality"])/n, 0.14, 0.30},
			{"share of water", float64(agency["water"]) / n, 0.04, 0.12},
			{"share of power", float64(agency["power"]) / n, 0.04, 0.13},
			{"share of police", float64(agency["police"]) / n, 0.01, 0.05},
			{"share of gas, telecom, other", float64(agency["gas"]+agency["telecom"]+agency["other"]) / n, 0.015, 0.06},
			{"share with coordinates", float64(pins) / n, 0.25, 0.45},
		}
		for _, c := range checks {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("seed %d: %s %.3f, want %.3f..%.3f", seed, c.what, c.got, c.lo, c.hi)
			}
		}
	}
}

func TestSmallN(t *testing.T) {
	for _, n := range []int{1, 50, 999} {
		rows, err := Generate(Options{Seed: 1, N: n})
		if err != nil || len(rows) != n {
			t.Errorf("N=%d: %d rows, %v", n, len(rows), err)
		}
	}
}

// TestLabelsHold: every issue has one agency, and a follow-up citing a tracking code cites
// an earlier request of its own issue.
func TestLabelsHold(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]labelled.Row{}
	agency := map[string]string{}
	for _, r := range rows {
		byID[r.ID] = r
		if a, ok := agency[r.Group]; ok && a != r.Agency {
			t.Errorf("issue %s has agencies %s and %s", r.Group, a, r.Agency)
		}
		agency[r.Group] = r.Agency
	}
	cited := 0
	for _, r := range rows {
		for _, id := range trackingCodes(r.Text) {
			cited++
			o, ok := byID[id]
			if !ok || o.Group != r.Group || !o.CreatedAt.Before(r.CreatedAt) {
				t.Errorf("request %s (%s) cites %s (%s, %v)", r.ID, r.Group, id, o.Group, o.CreatedAt)
			}
		}
	}
	if cited < 50 {
		t.Errorf("only %d follow-ups cite a tracking code", cited)
	}
}

// trackingCodes finds runs of 12 digits in any script.
func trackingCodes(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) == 12 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			cur = append(cur, c)
		case c >= '۰' && c <= '۹':
			cur = append(cur, '0'+c-'۰')
		case c >= '٠' && c <= '٩':
			cur = append(cur, '0'+c-'٠')
		default:
			flush()
		}
	}
	flush()
	return out
}
