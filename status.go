package tafkik

import "fmt"

// Status is where a request or an issue stands in its lifecycle:
// new → reviewing → assigned → in_progress → resolved, or referred / rejected.
type Status string

const (
	StatusNew        Status = "new"
	StatusReviewing  Status = "reviewing"
	StatusAssigned   Status = "assigned"
	StatusInProgress Status = "in_progress"
	StatusResolved   Status = "resolved"
	StatusReferred   Status = "referred" // sent to the agency responsible
	StatusRejected   Status = "rejected" // not a valid request
)

// Statuses lists every status in lifecycle order.
var Statuses = []Status{StatusNew, StatusReviewing, StatusAssigned, StatusInProgress,
	StatusResolved, StatusReferred, StatusRejected}

// transitions says where each status may move. Reopening (resolved → reviewing) is allowed
// because a citizen often reports the same problem again after a bad repair.
var transitions = map[Status][]Status{
	StatusNew:        {StatusReviewing, StatusAssigned, StatusReferred, StatusRejected, StatusResolved},
	StatusReviewing:  {StatusAssigned, StatusInProgress, StatusReferred, StatusRejected, StatusResolved, StatusNew},
	StatusAssigned:   {StatusInProgress, StatusResolved, StatusReviewing, StatusReferred},
	StatusInProgress: {StatusResolved, StatusAssigned, StatusReviewing},
	StatusResolved:   {StatusReviewing, StatusInProgress},
	StatusReferred:   {StatusReviewing},
	StatusRejected:   {StatusReviewing},
}

// Valid reports whether s is one of the known statuses.
func (s Status) Valid() bool {
	_, ok := transitions[s]
	return ok
}

// Open reports whether work on s is still to be done.
func (s Status) Open() bool {
	return s != StatusResolved && s != StatusReferred && s != StatusRejected
}

// CanMoveTo reports whether the lifecycle allows s → t.
func (s Status) CanMoveTo(t Status) bool {
	for _, n := range transitions[s] {
		if n == t {
			return true
		}
	}
	return false
}

// ParseStatus turns a status code into a Status; unknown or empty codes are errors.
func ParseStatus(code string) (Status, error) {
	s := Status(code)
	if !s.Valid() {
		return "", fmt.Errorf("unknown status %q", code)
	}
	return s, nil
}
