package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/triage/eval"
)

// TestDemoDistrict scores the default rules on the generated Rasht district. The generator
// was written by someone else from the same brief, so it is a second opinion, not the target.
func TestDemoDistrict(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a district")
	}
	for _, seed := range []int64{7, 19} {
		scoreDemo(t, seed)
	}
}

func scoreDemo(t *testing.T, seed int64) {
	e := defaultEngine(t)
	ds := demo.Generate(demo.Options{Seed: seed, N: 6000})
	truth, got := map[string]tafkik.Agency{}, map[string]tafkik.Agency{}
	review := 0
	for _, tr := range ds.Truth {
		truth[tr.RequestID] = tr.Agency
	}
	shown := 0
	for _, r := range ds.Requests {
		f := e.Flag(r)
		got[r.ID] = f.Agency
		if f.NeedsReview {
			review++
		}
		if f.Agency != truth[r.ID] && shown < 60 && testing.Verbose() {
			shown++
			t.Logf("miss: want %s, got %s by %s %q [%s]: %s", truth[r.ID], f.Agency, f.RuleID, f.Words, r.Category, r.Text)
		}
	}
	s := eval.Agency(truth, got)
	t.Logf("demo seed %d, n=%d: accuracy=%.3f outside precision=%.3f recall=%.3f false-flag=%.3f review=%d",
		seed, s.N, s.Accuracy, s.OutsidePrecision, s.OutsideRecall, s.FalseFlagRate, review)
	if s.Accuracy < 0.93 || s.FalseFlagRate > 0.02 || s.OutsideRecall < 0.85 {
		t.Errorf("below target: accuracy %.3f (≥0.93), false flags %.3f (≤0.02), outside recall %.3f (≥0.85)",
			s.Accuracy, s.FalseFlagRate, s.OutsideRecall)
	}
}
