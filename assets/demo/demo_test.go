package demo

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	tafkik "github.com/tafkik/tafkik"
)

// district is one full-size district shared by the tests that only read it.
var district = sync.OnceValues(func() (*generator, Dataset) { return generate(Options{Seed: 42}) })

func TestGenerateDeterministic(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Options
		wantSame bool
	}{
		{"same seed", Options{Seed: 7, N: 3000}, Options{Seed: 7, N: 3000}, true},
		{"other seed", Options{Seed: 7, N: 3000}, Options{Seed: 8, N: 3000}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ja, jb bytes.Buffer
			da, db := Generate(tc.a), Generate(tc.b)
			if err := WriteJSONL(&ja, da.Requests); err != nil {
				t.Fatal(err)
			}
			if err := WriteJSONL(&jb, db.Requests); err != nil {
				t.Fatal(err)
			}
			if got := bytes.Equal(ja.Bytes(), jb.Bytes()); got != tc.wantSame {
				t.Errorf("same output = %v, want %v", got, tc.wantSame)
			}
		})
	}
}

// TestLabelInvariants checks what the scoring relies on: one truth per request, unique ids,
// one problem and one agency per group, time order, and the district's shape.
func TestLabelInvariants(t *testing.T) {
	for _, n := range []int{500, 18000} {
		_, ds := district()
		if n != 18000 {
			ds = Generate(Options{Seed: 42, N: n})
		}
		if len(ds.Requests) != n || len(ds.Truth) != n {
			t.Fatalf("n=%d: got %d requests, %d truths", n, len(ds.Requests), len(ds.Truth))
		}
		ids := map[string]bool{}
		groupAgency := map[string]tafkik.Agency{}
		groupProblem := map[string]string{}
		groupSize := map[string]int{}
		outside, located := 0, 0
		for i, r := range ds.Requests {
			tr := ds.Truth[i]
			if tr.RequestID != r.ID {
				t.Fatalf("truth %d is for %s, request is %s", i, tr.RequestID, r.ID)
			}
			if ids[r.ID] {
				t.Fatalf("duplicate id %s", r.ID)
			}
			ids[r.ID] = true
			if i > 0 && r.CreatedAt.Before(ds.Requests[i-1].CreatedAt) {
				t.Fatalf("request %d out of time order", i)
			}
			if strings.TrimSpace(r.Text) == "" || !r.Status.Valid() || r.District != "3" || !tr.Agency.Valid() {
				t.Fatalf("bad request %+v / %+v", r, tr)
			}
			if a, ok := groupAgency[tr.GroupID]; ok && (a != tr.Agency || groupProblem[tr.GroupID] != tr.Problem) {
				t.Fatalf("group %s mixes %s/%s and %s/%s", tr.GroupID, a, groupProblem[tr.GroupID], tr.Agency, tr.Problem)
			}
			groupAgency[tr.GroupID], groupProblem[tr.GroupID] = tr.Agency, tr.Problem
			groupSize[tr.GroupID]++
			if tr.Agency.Outside() {
				outside++
			}
			if r.HasLocation {
				located++
			}
		}
		if n < 18000 {
			continue
		}
		if f := float64(outside) / float64(n); f < 0.08 || f > 0.12 {
			t.Errorf("outside share %.3f, want 0.08-0.12", f)
		}
		if f := float64(located) / float64(n); f < 0.5 || f > 0.7 {
			t.Errorf("located share %.3f, want about 0.6", f)
		}
		largest, singles := 0, 0
		for _, s := range groupSize {
			largest = max(largest, s)
			if s == 1 {
				singles++
			}
		}
		if largest < 90 || largest > 120 {
			t.Errorf("largest issue has %d requests, want about 100", largest)
		}
		if f := float64(singles) / float64(len(groupSize)); f < 0.4 {
			t.Errorf("only %.2f of issues are single requests: the tail is not heavy", f)
		}
	}
}

// TestSpellingSpread checks that the noise real data carries is present in fair measure.
func TestSpellingSpread(t *testing.T) {
	_, ds := district()
	var arabicYeh, persianDigits, latinDigits, arabicDigits, noAddress, zwnj, finglish int
	spellings := map[string]bool{}
	flagship := flagshipGroup(ds)
	for i, r := range ds.Requests {
		all := r.Text + " " + r.Address
		if strings.ContainsAny(all, "يك") {
			arabicYeh++
		}
		if strings.ContainsAny(all, "۰۱۲۳۴۵۶۷۸۹") {
			persianDigits++
		}
		if strings.ContainsAny(all, "0123456789") {
			latinDigits++
		}
		if strings.ContainsAny(all, "٠١٢٣٤٥٦٧٨٩") {
			arabicDigits++
		}
		if r.Address == "" {
			noAddress++
		}
		if strings.ContainsRune(all, '\u200c') {
			zwnj++
		}
		if r.Text != "" && r.Text[0] < 0x80 && strings.Contains(r.Text, " ") && !strings.ContainsAny(r.Text, "ابپتسشکگی") {
			finglish++
		}
		if ds.Truth[i].GroupID == flagship {
			spellings[r.Address] = true
		}
	}
	n := len(ds.Requests)
	checks := []struct {
		name     string
		got      int
		min, max float64
	}{
		{"Arabic yeh/kaf", arabicYeh, 0.04, 0.15},
		{"Persian digits", persianDigits, 0.25, 0.75},
		{"Latin digits", latinDigits, 0.15, 0.6},
		{"Arabic-Indic digits", arabicDigits, 0.03, 0.2},
		{"empty address", noAddress, 0.08, 0.25},
		{"some ZWNJ", zwnj, 0.1, 0.7},
		{"Finglish", finglish, 0.005, 0.05},
	}
	for _, c := range checks {
		f := float64(c.got) / float64(n)
		if f < c.min || f > c.max {
			t.Errorf("%s: %.3f of requests, want %.3f-%.3f", c.name, f, c.min, c.max)
		}
	}
	if len(spellings) < 20 {
		t.Errorf("the flagship alley is written only %d ways, want many", len(spellings))
	}
}

func flagshipGroup(ds Dataset) string {
	count := map[string]int{}
	best := ""
	for _, tr := range ds.Truth {
		count[tr.GroupID]++
		if count[tr.GroupID] > count[best] {
			best = tr.GroupID
		}
	}
	return best
}

func TestWriters(t *testing.T) {
	ds := Generate(Options{Seed: 1, N: 200})
	var jl bytes.Buffer
	if err := WriteJSONL(&jl, ds.Requests); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(jl.String(), "\n"), "\n")
	if len(lines) != 200 {
		t.Fatalf("%d lines, want 200", len(lines))
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, k := range []string{"id", "district", "created_at", "category", "text", "address", "lat", "lon", "channel", "status"} {
			if _, ok := m[k]; !ok {
				t.Fatalf("line %d lacks %q", i+1, k)
			}
		}
		if (m["lat"] == nil) != !ds.Requests[i].HasLocation {
			t.Fatalf("line %d: lat %v but HasLocation %v", i+1, m["lat"], ds.Requests[i].HasLocation)
		}
	}
	var tc bytes.Buffer
	if err := WriteTruthCSV(&tc, ds.Truth); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&tc).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "request_id,group_id,jurisdiction" || len(rows) != 201 {
		t.Fatalf("header %v, %d rows", rows[0], len(rows))
	}
}

// TestNoAmbiguousIssues checks that the truth can be told apart: two issues with the same
// problem at the same alley (or on the same street) never have requests in overlapping weeks.
func TestNoAmbiguousIssues(t *testing.T) {
	g, ds := district()
	type window struct{ first, last int64 }
	span := map[string]*window{}
	for i, r := range ds.Requests {
		id := ds.Truth[i].GroupID
		u := r.CreatedAt.Unix()
		if w, ok := span[id]; ok {
			w.last = max(w.last, u)
			w.first = min(w.first, u)
		} else {
			span[id] = &window{u, u}
		}
	}
	byKey := map[string][]*group{}
	for _, gr := range g.groups {
		k := gr.prob.code + "|" + gr.pl.alleyKey()
		if gr.level == levelStreet || gr.level == levelPark {
			k = gr.prob.code + "|street|" + gr.pl.streetKey()
		}
		byKey[k] = append(byKey[k], gr)
	}
	for _, gr := range g.groups {
		if (gr.level == levelAlley || gr.level == levelPlate) && gr.pl.alley == 0 {
			t.Errorf("issue %s is at alley level on a place without an alley", gr.id)
		}
		if (gr.level == levelStreet || gr.level == levelPark) && gr.pl.alley != 0 {
			t.Errorf("issue %s is street-wide but placed in alley %d", gr.id, gr.pl.alley)
		}
	}
	if g.crowded > 0 {
		t.Errorf("%d issues had to share a place and weeks with another of the same problem", g.crowded)
	}
	const gap = 45 * 24 * 3600 // "months later", not a lull inside one episode
	related := 0
	for k, gs := range byKey {
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				a, b := span[gs[i].id], span[gs[j].id]
				related++
				if a.first < b.last+gap && b.first < a.last+gap {
					t.Errorf("%s: issues %s and %s overlap in time", k, gs[i].id, gs[j].id)
				}
			}
		}
	}
	if related < 20 {
		t.Errorf("only %d same-place same-problem pairs months apart; want the hard negatives present", related)
	}
}

func BenchmarkGenerate18k(b *testing.B) {
	for b.Loop() {
		Generate(Options{Seed: 1})
	}
}

// TestSplitHalves checks that the two halves of the vocabulary do not share a core phrase.
func TestSplitHalves(t *testing.T) {
	seen := map[string]map[string]bool{}
	for _, split := range []string{"a", "b"} {
		seen[split] = map[string]bool{}
		ds := Generate(Options{Seed: 4, N: 3000, Split: split})
		for _, r := range ds.Requests {
			for _, p := range problems {
				for _, ph := range p.phrases {
					// The operator's formal summary is not split; skip phrases it contains.
					formal := p.formal + " " + strings.ReplaceAll(p.formal, "\u200c", " ")
					if strings.Contains(formal, ph) || strings.Count(ph, " ") < 2 {
						continue // short phrases («سلام», «تست») also occur as openers
					}
					if strings.Contains(r.Text, ph) {
						seen[split][ph] = true
					}
				}
			}
		}
	}
	if len(seen["a"]) < 50 || len(seen["b"]) < 50 {
		t.Fatalf("too few phrases seen: a %d, b %d", len(seen["a"]), len(seen["b"]))
	}
	for ph := range seen["a"] {
		if seen["b"][ph] {
			t.Errorf("phrase %q appears in both halves", ph)
		}
	}
}

// TestNotCrowded: at the default size no issue shares its place and weeks with another of the
// same problem, whatever the seed.
func TestNotCrowded(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		if ds := Generate(Options{Seed: seed}); ds.Crowded != 0 {
			t.Errorf("seed %d: %d crowded issues", seed, ds.Crowded)
		}
	}
}

// TestRainDays: heavy rain floods many alleys on one day, each its own issue, so grouping
// cannot lean on "same problem, same day".
func TestRainDays(t *testing.T) {
	_, ds := district()
	perDay := map[string]map[string]bool{}
	for i, r := range ds.Requests {
		if ds.Truth[i].Problem != "surface_water" {
			continue
		}
		d := r.CreatedAt.Format("2006-01-02")
		if perDay[d] == nil {
			perDay[d] = map[string]bool{}
		}
		perDay[d][ds.Truth[i].GroupID] = true
	}
	busiest := 0
	for _, issues := range perDay {
		busiest = max(busiest, len(issues))
	}
	if busiest < 15 {
		t.Errorf("the wettest day has %d surface-water issues, want a storm's worth (15+)", busiest)
	}
}

// TestSmallAndShort: tiny districts and short spans still give exactly N requests, all
// inside the span.
func TestSmallAndShort(t *testing.T) {
	for _, n := range []int{1, 5, 50, 2500} {
		for _, days := range []int{1, 7, 400} {
			opt := Options{Seed: int64(n + days), N: n, Days: days,
				Start: time.Date(2025, 9, 23, 15, 30, 0, 0, tehran)}
			ds := Generate(opt)
			if len(ds.Requests) != n {
				t.Fatalf("n=%d days=%d: %d requests", n, days, len(ds.Requests))
			}
			from := opt.withDefaults().Start
			to := from.AddDate(0, 0, days)
			for _, r := range ds.Requests {
				if r.CreatedAt.Before(from) || r.CreatedAt.After(to) {
					t.Fatalf("n=%d days=%d: request at %v outside %v..%v", n, days, r.CreatedAt, from, to)
				}
			}
		}
	}
}
