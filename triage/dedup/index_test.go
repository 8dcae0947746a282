package dedup

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestAssignIncremental: requests placed one by one into a built index land where the full
// grouping puts them, and keep the previous run's issue ids.
func TestAssignIncremental(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/adversarial.tsv")
	full := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	// the last arrivals of three issues come in after the backlog was grouped
	late := map[string]bool{"a5": true, "h3": true, "j3": true}
	var backlog []tafkik.Request
	for _, r := range reqs {
		if !late[r.ID] {
			backlog = append(backlog, r)
		}
	}
	x := Build(backlog, nil, DefaultOptions())
	prev := map[string]string{}
	for _, r := range backlog {
		prev[r.ID] = "old-" + truth[r.ID]
	}
	x.KeepIDs(prev)
	for _, r := range reqs {
		if !late[r.ID] {
			continue
		}
		m := x.Assign(r)
		if want := "old-" + truth[r.ID]; m.IssueID != want {
			t.Errorf("Assign(%s) = %+v, want issue %s", r.ID, m, want)
		}
		if m.Reason == "" || m.Score <= 0 {
			t.Errorf("Assign(%s): no reason or score: %+v", r.ID, m)
		}
	}
	if x.Len() != len(reqs) {
		t.Errorf("index holds %d requests, want %d", x.Len(), len(reqs))
	}
	res := x.Result()
	inc := byRequest(res)
	for i, a := range reqs {
		for _, b := range reqs[i+1:] {
			if (full[a.ID] == full[b.ID]) != (inc[a.ID] == inc[b.ID]) {
				t.Errorf("%s and %s: together in the full grouping %v, incrementally %v",
					a.ID, b.ID, full[a.ID] == full[b.ID], inc[a.ID] == inc[b.ID])
			}
		}
	}
}

// TestGroupDecisions: a clerk's decisions are hard constraints, applied in the order made.
func TestGroupDecisions(t *testing.T) {
	reqs, _ := loadFixture(t, "testdata/adversarial.tsv")
	cases := []struct {
		name      string
		decisions []tafkik.Decision
		together  [][2]string
		apart     [][2]string
	}{
		{"none", nil, [][2]string{{"a1", "a2"}, {"h1", "h3"}}, [][2]string{{"a1", "b1"}}},
		{"merge two issues", []tafkik.Decision{{Kind: tafkik.DecisionSame,
			RequestIDs: []string{"a1", "a2", "a3", "a4", "a5", "b1", "b2"}}},
			[][2]string{{"a1", "b1"}, {"a2", "b2"}, {"a5", "b2"}}, nil},
		{"not duplicates", []tafkik.Decision{{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"a1", "a2"}}},
			nil, [][2]string{{"a1", "a2"}}},
		{"split keeps the leavers together", []tafkik.Decision{{Kind: tafkik.DecisionDifferent,
			RequestIDs: []string{"h2", "h3"}, Others: []string{"h1"}}},
			[][2]string{{"h2", "h3"}}, [][2]string{{"h1", "h2"}, {"h1", "h3"}}},
		{"a later decision wins", []tafkik.Decision{
			{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"a1", "a2"}},
			{Kind: tafkik.DecisionSame, RequestIDs: []string{"a1", "a2"}}},
			[][2]string{{"a1", "a2"}}, nil},
		{"merge across problems", []tafkik.Decision{{Kind: tafkik.DecisionSame, RequestIDs: []string{"a1", "c1"}}},
			[][2]string{{"a1", "c1"}}, nil},
	}
	for _, c := range cases {
		got := byRequest(Group(reqs, c.decisions, nil, DefaultOptions()))
		for _, p := range c.together {
			if got[p[0]] != got[p[1]] {
				t.Errorf("%s: %s and %s apart", c.name, p[0], p[1])
			}
		}
		for _, p := range c.apart {
			if got[p[0]] == got[p[1]] {
				t.Errorf("%s: %s and %s together", c.name, p[0], p[1])
			}
		}
	}
}

// TestGroupStableIDs: a re-run keeps the ids of the previous run, even when they are not the
// ids this run would invent.
func TestGroupStableIDs(t *testing.T) {
	reqs, _ := loadFixture(t, "testdata/adversarial.tsv")
	first := Group(reqs, nil, nil, DefaultOptions())
	prev := map[string]string{}
	for _, m := range first.Members {
		prev[m.RequestID] = "issue-of-" + m.IssueID
	}
	again := byRequest(Group(reqs, nil, prev, DefaultOptions()))
	for id, is := range again {
		if is != prev[id] {
			t.Errorf("%s: issue %s, want %s", id, is, prev[id])
		}
	}
}
