package triage

import (
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/triage/dedup"
)

func TestFillNeighbourhoods(t *testing.T) {
	at := func(id string, lat, lon float64) tafkik.Request {
		return tafkik.Request{ID: id, Lat: lat, Lon: lon, HasLocation: lat != 0}
	}
	// Golsar around 37.300,49.600; Manzarieh 1.1 km north.
	reqs := []tafkik.Request{
		at("g1", 37.3000, 49.6000), at("g2", 37.3005, 49.6003), at("g3", 37.2998, 49.6004), at("g4", 37.3003, 49.5998),
		at("m1", 37.3100, 49.6000), at("m2", 37.3101, 49.6002),
		at("near-golsar", 37.3002, 49.6001), // no name, inside Golsar's points
		at("between", 37.3050, 49.6000),     // 550 m from both: too far from either
		at("in-issue", 0, 0),                // no name, no coordinates, but an issue that knows
		at("lonely", 0, 0),                  // nothing to go on
		at("near-m", 37.3100, 49.6001),      // only two Manzarieh points near: too few votes
	}
	known := map[string]string{"g1": "گلسار", "g2": "گلسار", "g3": "گلسار", "g4": "گلسار", "m1": "منظریه", "m2": "منظریه"}
	by := map[string]string{}
	for _, r := range reqs {
		by[r.ID] = known[r.ID]
	}
	members := []tafkik.Membership{{RequestID: "in-issue", IssueID: "I"}, {RequestID: "g1", IssueID: "I"},
		{RequestID: "g2", IssueID: "I"}, {RequestID: "lonely", IssueID: "L"}}
	fillNeighbourhoods(reqs, members, by)
	want := map[string]string{"near-golsar": "گلسار", "between": "", "in-issue": "گلسار", "lonely": "", "near-m": "", "m1": "منظریه"}
	for id, w := range want {
		if by[id] != w {
			t.Errorf("%s: got %q, want %q", id, by[id], w)
		}
	}
}

// Hide a fifth of the neighbourhoods the requests do name, infer them back, and count how
// many come back right: what a manager's chart can trust of the inferred ones.
func TestFillNeighbourhoodsOnDemo(t *testing.T) {
	ds := demo.Generate(demo.Options{Seed: 5, N: 6000})
	res := dedup.Group(ds.Requests, nil, nil, dedup.DefaultOptions())
	hidden := map[string]string{}
	unknown := 0
	for i, r := range ds.Requests {
		n := res.Neighbourhoods[r.ID]
		if n == "" {
			unknown++
		} else if i%5 == 0 {
			hidden[r.ID] = n
			res.Neighbourhoods[r.ID] = ""
		}
	}
	fillNeighbourhoods(ds.Requests, res.Members, res.Neighbourhoods)
	right, filled := 0, 0
	for id, n := range hidden {
		if g := res.Neighbourhoods[id]; g != "" {
			filled++
			if g == n {
				right++
			}
		}
	}
	stillUnknown := 0
	for _, r := range ds.Requests {
		if res.Neighbourhoods[r.ID] == "" {
			stillUnknown++
		}
	}
	t.Logf("named by the request: %d of %d unknown; hidden %d, refilled %d, right %d (%.3f); unknown after filling %d",
		unknown, len(ds.Requests), len(hidden), filled, right, float64(right)/float64(filled), stillUnknown)
	if filled < len(hidden)/2 || float64(right) < 0.9*float64(filled) {
		t.Fatalf("refilled %d of %d hidden neighbourhoods, %d right", filled, len(hidden), right)
	}
}
