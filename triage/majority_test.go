package triage

import (
	"context"
	"slices"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

// TestRunVagueTakesIssueAgency: in a real store, a request that names nothing («کسی جواب
// نمیده؟») takes the agency of its issue's named members, marked for review; a clerk's
// decision on it wins and survives every re-run.
func TestRunVagueTakesIssueAgency(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	if _, err := db.UpsertRequests(ctx, loadRequestsFrom(t, "testdata/vague.tsv")); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	g := grouping(t, db)
	for _, id := range []string{"g2", "g3", "g4", "g5"} {
		if g[id] != g["g1"] {
			t.Fatalf("grouping did not put the gas leak's reports together: %v", g)
		}
	}
	flag := func(id string) tafkik.Flag {
		t.Helper()
		f, err := db.Flag(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	tests := []struct {
		id     string
		agency tafkik.Agency
	}{
		{"g4", tafkik.AgencyGas},
		{"g5", tafkik.AgencyGas},
	}
	for _, tc := range tests {
		f := flag(tc.id)
		if f.Agency != tc.agency || f.RuleID != jurisdiction.RuleIssueMajority ||
			!slices.Equal(f.Words, []string{g[tc.id]}) || f.Confidence > 0.7 || !f.NeedsReview {
			t.Errorf("%s: flag %+v; want %s by %s, words [%s], confidence ≤ 0.7, for review", tc.id, f, tc.agency,
				jurisdiction.RuleIssueMajority, g[tc.id])
		}
	}
	if is, err := db.Issue(ctx, g["g1"]); err != nil || is.Agency != tafkik.AgencyGas || is.Mixed {
		t.Errorf("gas issue %+v (%v): want gas and not mixed once its vague members follow it", is, err)
	}

	// the clerk says g4 is the municipality's after all; the re-runs keep it, and g5 still
	// follows the gas leaks (a vague member's decision is no vote about the others)
	if err := db.DecideFlag(ctx, "clerk", "g4", tafkik.AgencyMunicipality, ""); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := Run(ctx, db, RunOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		if f := flag("g4"); f.Agency != tafkik.AgencyMunicipality || !f.Decided || f.NeedsReview {
			t.Errorf("after a re-run the clerk's decision on g4 is %+v", f)
		}
		if f := flag("g5"); f.Agency != tafkik.AgencyGas || f.RuleID != jurisdiction.RuleIssueMajority {
			t.Errorf("after a re-run g5 is %+v; want gas by %s", f, jurisdiction.RuleIssueMajority)
		}
	}
}
