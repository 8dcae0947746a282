package triage

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
)

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "tafkik.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// loadRequests reads testdata/requests.tsv: id, truth group, day, category, address, text.
func loadRequests(t *testing.T) []tafkik.Request { return loadRequestsFrom(t, "testdata/requests.tsv") }

func loadRequestsFrom(t *testing.T, path string) []tafkik.Request {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	day0 := time.Date(2025, 4, 1, 9, 0, 0, 0, time.UTC)
	var reqs []tafkik.Request
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		d, _ := strconv.Atoi(c[2])
		reqs = append(reqs, tafkik.Request{ID: c[0], District: "3",
			CreatedAt: day0.AddDate(0, 0, d).Add(time.Duration(len(reqs)) * time.Minute),
			Category:  c[3], Address: c[4], Text: c[5], Channel: "137", Status: tafkik.StatusNew})
	}
	return reqs
}

func grouping(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	ms, err := db.Memberships(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for id, m := range ms {
		out[id] = m.IssueID
	}
	return out
}

// TestRunKeepsClerkDecisions is must-show 5: a clerk's split and merge survive a full re-run.
func TestRunKeepsClerkDecisions(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	reqs := loadRequests(t)
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(ctx, db, RunOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Requests != len(reqs) || sum.Issues == 0 || sum.Issues >= len(reqs) {
		t.Fatalf("summary %+v", sum)
	}
	g1 := grouping(t, db)
	if g1["a1"] != g1["a2"] || g1["a1"] != g1["a5"] || g1["h1"] != g1["h2"] {
		t.Fatalf("machine grouping did not put a1,a2,a5 and h1,h2 together: %v", g1)
	}

	// a re-run without decisions changes nothing
	if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if g := grouping(t, db); !equalMaps(g, g1) {
		t.Fatalf("a second run regrouped:\n%v\n%v", g1, g)
	}

	// the clerk splits a5 out of the a-issue, and merges the two alleys' issues b and c
	split := tafkik.Decision{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"a5"},
		Others: []string{"a1", "a2", "a3", "a4"}, Actor: "clerk"}
	merge := tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{"b1", "b2", "c1", "c2"}, Actor: "clerk"}
	// and moves h2 into that merged issue, as the app's «انتقال» records it: out of its own
	// issue, then the same as the target's requests
	moveOut := tafkik.Decision{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"h2"}, Others: []string{"h1"}, Actor: "clerk"}
	moveIn := tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{"b1", "b2", "c1", "c2", "h2"}, Actor: "clerk"}
	for _, d := range []tafkik.Decision{split, merge, moveOut, moveIn} {
		if err := db.AddDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		g := grouping(t, db)
		if g["a5"] == g["a1"] {
			t.Errorf("%s: the split a5 is back with a1 (%s)", when, g["a1"])
		}
		if g["a1"] != g["a2"] || g["a1"] != g["a4"] {
			t.Errorf("%s: the rest of the a-issue fell apart: %v", when, g)
		}
		if g["b1"] != g["c1"] || g["b2"] != g["c2"] || g["b1"] != g["b2"] {
			t.Errorf("%s: the merge of b and c did not hold: b1=%s b2=%s c1=%s c2=%s", when, g["b1"], g["b2"], g["c1"], g["c2"])
		}
		if g["h2"] != g["b1"] || g["h2"] == g["h1"] {
			t.Errorf("%s: the move of h2 did not hold: h2=%s b1=%s h1=%s", when, g["h2"], g["b1"], g["h1"])
		}
	}
	check("after the decisions")
	before := grouping(t, db)
	for i := range 2 {
		if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		check("after re-run " + strconv.Itoa(i+1))
	}
	// the issue ids the clerk's decisions produced are kept
	if g := grouping(t, db); !equalMaps(g, before) {
		t.Errorf("re-run changed issue ids:\nbefore %v\nafter  %v", before, g)
	}
	is, err := db.Issue(ctx, grouping(t, db)["b1"])
	if err != nil {
		t.Fatal(err)
	}
	if is.Count != 5 {
		t.Errorf("merged issue %+v: want 5 requests (b1, b2, c1, c2 and the moved h2)", is)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
