package triage

import (
	"testing"

	"github.com/tafkik/tafkik"
)

func TestIssueStatus(t *testing.T) {
	const (
		n  = tafkik.StatusNew
		rv = tafkik.StatusReviewing
		as = tafkik.StatusAssigned
		ip = tafkik.StatusInProgress
		rs = tafkik.StatusResolved
		rf = tafkik.StatusReferred
		rj = tafkik.StatusRejected
	)
	cases := []struct {
		in   []tafkik.Status
		want tafkik.Status
	}{
		{nil, n},
		{[]tafkik.Status{n, n}, n},
		{[]tafkik.Status{n, as, rv}, as},
		{[]tafkik.Status{rs, rs, n}, n}, // one open report keeps the issue open
		{[]tafkik.Status{rs, ip, rs}, ip},
		{[]tafkik.Status{rs, rs, rf}, rs},
		{[]tafkik.Status{rf, rf, rs}, rf},
		{[]tafkik.Status{rj, rs}, rs}, // a tie goes to resolved
		{[]tafkik.Status{rj, rj}, rj},
	}
	for _, c := range cases {
		if got := issueStatus(c.in); got != c.want {
			t.Errorf("issueStatus(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}
