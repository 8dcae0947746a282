package jurisdiction

import (
	"math"

	"github.com/tafkik/tafkik"
)

// RuleIssueMajority is the rule id of a flag taken from the other members of the request's
// issue: the text named nothing («کسی جواب نمیده؟», «به داد ما برسید»), and the members that
// did name the problem agree on an agency.
const RuleIssueMajority = "issue-majority"

// majorityConfidence caps a flag taken from an issue: grouping a text that names nothing is
// itself a guess (it rests on place and time alone), so a clerk always looks.
const majorityConfidence = 0.7

// minMajorityVotes: one named member is an anecdote; a vague request follows its issue only
// when at least two members (or a clerk's decision) say the same, and they are more than two
// thirds of the votes: between a half and two thirds, the grouping that put a vague text
// with them (by place and time alone) was wrong 3 times in 5 on the Rasht-style dev sets.
const minMajorityVotes = 2

// Tally is how the members of one issue that named their problem vote for an agency.
type Tally map[tafkik.Agency]int

// Winner returns the agency with a clear majority of the votes (at least minMajorityVotes
// and more than two thirds of them) and its share of the votes; ok is false when there
// is none.
func (t Tally) Winner() (a tafkik.Agency, share float64, ok bool) {
	total, best := 0, -1
	for _, x := range tafkik.Agencies { // fixed order, so a tie cannot depend on map order
		v := t[x]
		total += v
		if v > best {
			a, best = x, v
		}
	}
	if best < minMajorityVotes || 3*best <= 2*total {
		return "", 0, false
	}
	return a, float64(best) / float64(total), true
}

// Vote adds one member's flag to the tally. named is whether the member's own text named
// something a rule knows: only such a member votes, and a clerk's decision on it weighs
// more. A clerk who overrides a vague member's flag mostly says that request is not part of
// this problem (grouping put it here by place and time alone), not what the others are.
func (t Tally) Vote(f tafkik.Flag, named bool) {
	switch {
	case !named || !f.Agency.Valid():
	case f.Decided:
		t[f.Agency] += decidedWeight
	case f.RuleID != RuleFollowUp && f.RuleID != RuleIssueMajority:
		// a follow-up or an issue's flag is borrowed: counting it would echo its source
		t[f.Agency]++
	}
}

// Named reports whether the request's text names something a rule knows, more than the
// operator's category: such a member votes for its issue's agency.
func (e *Engine) Named(r tafkik.Request) bool { return !namesNothing(e.Explain(r)) }

// FlagGrouped flags every request as FlagAll does, then gives a request whose text named
// nothing the agency its issue's other members clearly agree on (RuleIssueMajority, words
// the issue id, marked for review). issueOf maps a request id to its issue id; stored holds
// the stored flags by request id, of which a clerk's decisions vote (and are never replaced:
// store.SaveFlags keeps them).
func (e *Engine) FlagGrouped(reqs []tafkik.Request, issueOf map[string]string, stored map[string]tafkik.Flag) []tafkik.Flag {
	out, blank, aside := e.flagAll(reqs)
	// tallies counts every named member; sure only those whose flag needs no review
	tallies, sure := map[string]Tally{}, map[string]Tally{}
	vote := func(m map[string]Tally, id string, f tafkik.Flag, named bool) {
		t := m[id]
		if t == nil {
			t = Tally{}
			m[id] = t
		}
		t.Vote(f, named)
	}
	for i, r := range reqs {
		id, ok := issueOf[r.ID]
		if !ok {
			continue
		}
		f := out[i]
		if s, ok := stored[r.ID]; ok && s.Decided {
			f = s
		}
		vote(tallies, id, f, !blank[i])
		if !f.NeedsReview {
			vote(sure, id, f, !blank[i])
		}
	}
	for i, r := range reqs {
		id, ok := issueOf[r.ID]
		if !ok || !blank[i] || out[i].RuleID == RuleFollowUp || stored[r.ID].Decided {
			continue
		}
		a, share, ok := tallies[id].Winner()
		if !ok || a == out[i].Agency {
			continue
		}
		f := &out[i]
		f.Agency, f.RuleID, f.Words = a, RuleIssueMajority, []string{id}
		f.Confidence = math.Min(majorityConfidence, clamp(majorityConfidence*share))
		f.NeedsReview = true
	}
	for i, r := range reqs {
		// A flag the rules were unsure of (a bare «برق», a street word next to another
		// agency's) that the issue's sure members clearly agree with needs no clerk: on the
		// Rasht-style dev sets none of 145 such flags was wrong, and they were half the
		// reviews. An aside naming another agency's problem is still shown.
		f := &out[i]
		id, ok := issueOf[r.ID]
		if !ok || !f.NeedsReview || blank[i] || aside[i] || f.RuleID == RuleFollowUp || f.RuleID == RuleIssueMajority {
			continue
		}
		if a, _, ok := sure[id].Winner(); ok && a == f.Agency {
			f.NeedsReview = false
			f.Confidence = max(f.Confidence, e.reviewBelow)
		}
	}
	return out
}

// IssueTally counts the votes of one issue's members, given their flags by request id (a
// member without a flag does not vote): what FlagGrouped decided from, for explaining it.
func (e *Engine) IssueTally(members []tafkik.Request, flags map[string]tafkik.Flag) Tally {
	t := Tally{}
	for _, r := range members {
		if f, ok := flags[r.ID]; ok {
			t.Vote(f, e.Named(r))
		}
	}
	return t
}
