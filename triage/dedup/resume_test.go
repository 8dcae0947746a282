package dedup

import (
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
)

// TestResumeKeepsStoredGrouping: an index resumed from a stored grouping holds every request
// in its stored issue, however the grouping would now put it; arrivals then go into those
// issues, and a clerk's "not a duplicate" still holds for them.
func TestResumeKeepsStoredGrouping(t *testing.T) {
	reqs, truth := loadFixture(t, "testdata/adversarial.tsv")
	late := map[string]bool{"a5": true, "h3": true, "j3": true}
	var backlog []tafkik.Request
	for _, r := range reqs {
		if !late[r.ID] {
			backlog = append(backlog, r)
		}
	}
	// the stored grouping: the truth, with ids of the store's own, except that a clerk has
	// pulled a2 out of a's issue into one of its own
	stored := map[string]string{}
	for _, r := range backlog {
		stored[r.ID] = "old-" + truth[r.ID]
	}
	stored["a2"] = "clerk-a2"
	decisions := []tafkik.Decision{{ID: "d1", Kind: tafkik.DecisionDifferent, RequestIDs: []string{"a2"}, Others: []string{"a1"}}}
	x := Resume(backlog, stored, decisions, DefaultOptions())
	if x.Len() != len(backlog) {
		t.Fatalf("resumed index holds %d requests, want %d", x.Len(), len(backlog))
	}
	got := byRequest(x.Result())
	for id, want := range stored {
		if got[id] != want {
			t.Errorf("%s: resumed in %q, stored in %q", id, got[id], want)
		}
	}
	for _, r := range reqs {
		if !late[r.ID] {
			continue
		}
		m := x.Add(r)
		if want := "old-" + truth[r.ID]; m.IssueID != want {
			t.Errorf("Add(%s) after Resume = %+v, want issue %s", r.ID, m, want)
		}
	}
	// the arrivals leave the clerk's split as it is
	if g := byRequest(x.Result())["a2"]; g != "clerk-a2" {
		t.Errorf("after the arrivals a2 is in %q, want the clerk's clerk-a2", g)
	}
}

// TestResumeMatchesBuild: on a generated district, the requests that arrive after the
// backlog was grouped and stored land, through Resume and Add, where Add on the index Build
// left would put them. The two indexes hold the same grouping but learnt it in a different
// order (Build places the vague reports last), so a few arrivals may differ.
func TestResumeMatchesBuild(t *testing.T) {
	ds := demo.Generate(demo.Options{Seed: 11, N: 3000})
	reqs := byTime(ds.Requests)
	cut := len(reqs) * 95 / 100
	backlog, arrivals := reqs[:cut], reqs[cut:]
	built := Build(backlog, nil, DefaultOptions())
	stored := byRequest(built.Result())
	resumed := Resume(backlog, stored, nil, DefaultOptions())
	if got := byRequest(resumed.Result()); len(got) != len(stored) {
		t.Fatalf("resumed %d requests, stored %d", len(got), len(stored))
	} else {
		for id, want := range stored {
			if got[id] != want {
				t.Fatalf("%s: resumed in %q, stored in %q", id, got[id], want)
			}
		}
	}
	same := 0
	for _, r := range arrivals {
		a, b := built.Add(r), resumed.Add(r)
		if a.IssueID == b.IssueID {
			same++
		} else {
			t.Logf("%s: Build's index → %s (%s), Resume's → %s (%s)", r.ID, a.IssueID, a.Reason, b.IssueID, b.Reason)
		}
	}
	share := float64(same) / float64(len(arrivals))
	t.Logf("%d of %d arrivals (%.1f%%) land in the same issue", same, len(arrivals), 100*share)
	if share < 0.97 {
		t.Errorf("only %d of %d arrivals land where Build's index puts them (want at least 97%%)", same, len(arrivals))
	}
}

// TestOpenedReason: a report that opened its issue after an earlier, vaguer report of it
// (Build places the vague ones last) does not say it is the issue's first request.
func TestOpenedReason(t *testing.T) {
	day := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	reqs := []tafkik.Request{
		{ID: "v1", District: "3", CreatedAt: day, Category: "آسفالت", Address: "گلسار، خیابان ۱۲۴", Text: "آسفالت خیابان خراب است"},
		{ID: "p1", District: "3", CreatedAt: day.Add(20 * time.Hour), Category: "آسفالت", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "آسفالت کوچه خراب است"},
		{ID: "p2", District: "3", CreatedAt: day.Add(30 * time.Hour), Category: "آسفالت", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Text: "آسفالت کوچه ۱۲ خرابه"},
	}
	res := Group(reqs, nil, nil, DefaultOptions())
	by := map[string]tafkik.Membership{}
	for _, m := range res.Members {
		by[m.RequestID] = m
	}
	if by["v1"].IssueID != by["p1"].IssueID || by["p1"].IssueID != by["p2"].IssueID {
		t.Fatalf("not one issue: %+v", by)
	}
	if by["p1"].Reason != openedReason {
		t.Errorf("p1 opened the issue after v1: reason %q, want %q", by["p1"].Reason, openedReason)
	}
	if by["v1"].Reason == firstReason || by["v1"].Reason == "" {
		t.Errorf("v1's reason %q", by["v1"].Reason)
	}
	// a report that opens an issue and is its earliest keeps the first request's reason
	solo := Group(reqs[1:], nil, nil, DefaultOptions())
	for _, m := range solo.Members {
		if m.RequestID == "p1" && m.Reason != firstReason {
			t.Errorf("p1 alone: reason %q, want %q", m.Reason, firstReason)
		}
	}
}
