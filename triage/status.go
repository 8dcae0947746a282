package triage

import "github.com/tafkik/tafkik"

// openRank orders the open statuses by how far work has gone.
var openRank = map[tafkik.Status]int{tafkik.StatusNew: 0, tafkik.StatusReviewing: 1,
	tafkik.StatusAssigned: 2, tafkik.StatusInProgress: 3}

// issueStatus is the status an untouched issue takes from its requests as the central system
// recorded them: while any request is open the issue is open, at the furthest open stage any
// of them reached (a problem is never hidden because some reports of it were closed); when
// all are closed, the closing most of them got (resolved wins a tie).
func issueStatus(statuses []tafkik.Status) tafkik.Status {
	best, open := tafkik.StatusNew, false
	closed := map[tafkik.Status]int{}
	for _, s := range statuses {
		if r, ok := openRank[s]; ok {
			if !open || r > openRank[best] {
				best = s
			}
			open = true
			continue
		}
		closed[s]++
	}
	if open || len(closed) == 0 {
		return best
	}
	out := tafkik.StatusResolved
	for _, s := range []tafkik.Status{tafkik.StatusReferred, tafkik.StatusRejected} {
		if closed[s] > closed[out] {
			out = s
		}
	}
	return out
}
