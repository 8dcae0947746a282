package triage

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/store"
)

// TestArrivalsPlaceOnlyTheNew: requests that arrive after the backlog was grouped go into
// the issues they are reports of, or open their own, flagged for jurisdiction; every request
// grouped before stays in its issue, a clerk's split included, and running Arrivals again
// with nothing new changes nothing.
func TestArrivalsPlaceOnlyTheNew(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	reqs := loadRequests(t)
	late := map[string]bool{"a4": true, "h3": true, "j3": true, "k1": true}
	var backlog, arrivals []tafkik.Request
	for _, r := range reqs {
		if late[r.ID] {
			arrivals = append(arrivals, r)
		} else {
			backlog = append(backlog, r)
		}
	}
	if _, err := db.UpsertRequests(ctx, backlog); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	// the clerk takes a5 out of the a-issue
	split := tafkik.Decision{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"a5"},
		Others: []string{"a1", "a2", "a3"}, Actor: "clerk"}
	if err := db.AddDecision(ctx, split); err != nil {
		t.Fatal(err)
	}
	before := grouping(t, db)
	if before["a5"] == before["a1"] {
		t.Fatal("the split did not take")
	}
	countBefore, err := db.Issue(ctx, before["a1"])
	if err != nil {
		t.Fatal(err)
	}

	if sum, err := Arrivals(ctx, db, RunOptions{}, nil); err != nil || sum.Requests != 0 {
		t.Fatalf("Arrivals with nothing new = %+v, %v; want nothing placed", sum, err)
	}
	if _, err := db.UpsertRequests(ctx, arrivals); err != nil {
		t.Fatal(err)
	}
	if n, err := db.UngroupedCount(ctx); err != nil || n != len(arrivals) {
		t.Fatalf("UngroupedCount = %d, %v; want %d", n, err, len(arrivals))
	}
	sum, err := Arrivals(ctx, db, RunOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Requests != len(arrivals) || sum.Duplicates != 3 || sum.Issues != 4 {
		t.Errorf("summary %+v: want %d placed, 3 of them duplicates, in 4 issues", sum, len(arrivals))
	}
	after := grouping(t, db)
	for id, is := range before {
		if after[id] != is {
			t.Errorf("%s moved from %s to %s", id, is, after[id])
		}
	}
	for _, c := range []struct{ id, with string }{{"a4", "a1"}, {"h3", "h1"}, {"j3", "j1"}} {
		if after[c.id] == "" || after[c.id] != after[c.with] {
			t.Errorf("%s is in %q, want %s's issue %q", c.id, after[c.id], c.with, after[c.with])
		}
	}
	if after["k1"] == "" || after["k1"] == after["j1"] {
		t.Errorf("k1 (the next alley) is in %q, j1 in %q: want an issue of its own", after["k1"], after["j1"])
	}
	is, err := db.Issue(ctx, after["a1"])
	if err != nil {
		t.Fatal(err)
	}
	if is.Count != countBefore.Count+1 || !is.LastAt.Equal(countBefore.LastAt) && is.LastAt.Before(countBefore.LastAt) {
		t.Errorf("a-issue after a4 arrived: %+v, before %+v: want one more request", is, countBefore)
	}
	flags, err := db.Flags(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id := range late {
		if _, ok := flags[id]; !ok {
			t.Errorf("arrival %s has no jurisdiction flag", id)
		}
	}
	if sum, err := Arrivals(ctx, db, RunOptions{}, nil); err != nil || sum.Requests != 0 {
		t.Errorf("Arrivals again = %+v, %v; want nothing placed", sum, err)
	}
	if g := grouping(t, db); !equalMaps(g, after) {
		t.Errorf("a second Arrivals moved requests:\n%v\n%v", after, g)
	}
	// a full run afterwards keeps the clerk's split
	if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if g := grouping(t, db); g["a5"] == g["a1"] {
		t.Errorf("after a full run a5 is back with a1")
	}
}

// TestArrivalsFirstTimeRunsAll: with nothing grouped yet, Arrivals groups everything as Run
// does.
func TestArrivalsFirstTimeRunsAll(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	reqs := loadRequests(t)
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	sum, err := Arrivals(ctx, db, RunOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Requests != len(reqs) {
		t.Fatalf("Arrivals on an ungrouped district placed %d of %d", sum.Requests, len(reqs))
	}
	g := grouping(t, db)
	if g["a1"] != g["a2"] || g["a1"] == g["b1"] {
		t.Errorf("grouping %v", g)
	}
}

// TestArrivalsMatchRun: on a generated district whose last twentieth arrives after the rest
// was grouped, the arrivals' pairs with the other requests are about as
// right as a full run's (measured: see the log).
func TestArrivalsMatchRun(t *testing.T) {
	ctx := context.Background()
	ds := demo.Generate(demo.Options{Seed: 23, N: 3000})
	reqs := ds.Requests
	var last time.Time
	for _, r := range reqs {
		if r.CreatedAt.After(last) {
			last = r.CreatedAt
		}
	}
	cut := last.AddDate(0, 0, -18) // the last weeks' requests, about a twentieth
	var backlog, arrivals []tafkik.Request
	for _, r := range reqs {
		if r.CreatedAt.After(cut) {
			arrivals = append(arrivals, r)
		} else {
			backlog = append(backlog, r)
		}
	}
	inc, full := openStore(t), openStore(t)
	for _, db := range []*store.DB{inc, full} {
		if _, err := db.UpsertRequests(ctx, backlog); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Run(ctx, inc, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := inc.UpsertRequests(ctx, arrivals); err != nil {
		t.Fatal(err)
	}
	if _, err := full.UpsertRequests(ctx, arrivals); err != nil {
		t.Fatal(err)
	}
	if _, err := Arrivals(ctx, inc, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, full, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	gi, gf := grouping(t, inc), grouping(t, full)
	truth := map[string]string{}
	for _, tr := range ds.Truth {
		truth[tr.RequestID] = tr.GroupID
	}
	// the pairs of each arrival with any other request: how many each grouping makes, how
	// many of those are right, out of how many the truth makes
	byIssue := func(g map[string]string) map[string][]string {
		out := map[string][]string{}
		for id, is := range g {
			out[is] = append(out[is], id)
		}
		return out
	}
	isArrival := map[string]bool{}
	for _, r := range arrivals {
		isArrival[r.ID] = true
	}
	trueMates := byIssue(truth)
	score := func(g map[string]string) (p, r float64) {
		made, right, want := 0, 0, 0
		mates := byIssue(g)
		for _, a := range arrivals {
			for _, id := range mates[g[a.ID]] {
				if id != a.ID && !(isArrival[id] && id < a.ID) { // each pair once
					made++
					if truth[id] == truth[a.ID] {
						right++
					}
				}
			}
			for _, id := range trueMates[truth[a.ID]] {
				if id != a.ID && !(isArrival[id] && id < a.ID) {
					want++
				}
			}
		}
		return float64(right) / float64(max(1, made)), float64(right) / float64(max(1, want))
	}
	pi, ri := score(gi)
	pf, rf := score(gf)
	t.Logf("%d arrivals after %d grouped; their pairs: placed one by one P %.3f R %.3f, by a full run P %.3f R %.3f",
		len(arrivals), len(backlog), pi, ri, pf, rf)
	if len(arrivals) < 100 {
		t.Fatalf("only %d arrivals", len(arrivals))
	}
	if pi < pf-0.02 || ri < rf-0.05 {
		t.Errorf("arrivals placed one by one: P %.3f R %.3f, against a full run's P %.3f R %.3f", pi, ri, pf, rf)
	}
}

// BenchmarkArrivals18k is one sync round's placing of 20 new requests into an 18,000-request
// district grouped before: reading the stored grouping back (dedup.Resume) dominates.
func BenchmarkArrivals18k(b *testing.B) {
	ctx := context.Background()
	ds := demo.Generate(demo.Options{Seed: 137, N: 18_000 + 20*b.N})
	reqs := ds.Requests
	sortByTime(reqs)
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "tafkik.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.UpsertRequests(ctx, reqs[:18_000]); err != nil {
		b.Fatal(err)
	}
	if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		batch := reqs[18_000+20*i : 18_000+20*(i+1)]
		if _, err := db.UpsertRequests(ctx, batch); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Arrivals(ctx, db, RunOptions{}, nil)
		if err != nil || sum.Requests != len(batch) {
			b.Fatalf("placed %d of %d: %v", sum.Requests, len(batch), err)
		}
	}
}

func sortByTime(reqs []tafkik.Request) {
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].CreatedAt.Before(reqs[j].CreatedAt) })
}
