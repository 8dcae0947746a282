package eval

import (
	"sort"

	tafkik "github.com/tafkik/tafkik"
)

// cell is one (true group, predicted group) pair of the contingency table.
type cell struct{ truth, got string }

// table counts items by true group, by predicted group, and by both. An item missing from
// got counts as a group of its own: a triage that drops requests loses recall, not precision.
type table struct {
	truthSize map[string]int
	gotSize   map[string]int
	both      map[cell]int
}

func contingency(truth, got map[string]string) table {
	t := table{truthSize: map[string]int{}, gotSize: map[string]int{}, both: map[cell]int{}}
	for id, tg := range truth {
		gg, ok := got[id]
		if !ok {
			gg = "\x00missing:" + id
		}
		t.truthSize[tg]++
		t.gotSize[gg]++
		t.both[cell{tg, gg}]++
	}
	return t
}

func pairs(n int) float64 { return float64(n) * float64(n-1) / 2 }

// Pairwise is the precision and recall over pairs of requests: a pair is positive when both
// requests are in one group. Only requests in truth are scored. With no positive pairs on a
// side the corresponding figure is 1 (nothing was claimed, or nothing was to be found).
func Pairwise(truth, got map[string]string) (precision, recall float64) {
	t := contingency(truth, got)
	var tp, predicted, actual float64
	for _, n := range t.both {
		tp += pairs(n)
	}
	for _, n := range t.gotSize {
		predicted += pairs(n)
	}
	for _, n := range t.truthSize {
		actual += pairs(n)
	}
	precision, recall = 1, 1
	if predicted > 0 {
		precision = tp / predicted
	}
	if actual > 0 {
		recall = tp / actual
	}
	return precision, recall
}

// BCubed is the B-cubed precision, recall and F1: for each request, the share of its predicted
// group that truly belongs with it, and the share of its true group that was found with it,
// averaged over requests.
func BCubed(truth, got map[string]string) (p, r, f1 float64) {
	if len(truth) == 0 {
		return 1, 1, 1
	}
	t := contingency(truth, got)
	for c, n := range t.both {
		nn := float64(n) * float64(n)
		p += nn / float64(t.gotSize[c.got])
		r += nn / float64(t.truthSize[c.truth])
	}
	p /= float64(len(truth))
	r /= float64(len(truth))
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// Groups counts the distinct groups in an assignment.
func Groups(assign map[string]string) int {
	seen := make(map[string]struct{}, len(assign)/2)
	for _, g := range assign {
		seen[g] = struct{}{}
	}
	return len(seen)
}

// AgencyScore is how well jurisdiction flagging did. Outside means any agency other than the
// municipality; outside precision and recall treat the question as yes/no.
type AgencyScore struct {
	N                int     `json:"n"`
	Accuracy         float64 `json:"accuracy"`          // right agency out of the 7
	OutsidePrecision float64 `json:"outside_precision"` // flagged outside and truly outside
	OutsideRecall    float64 `json:"outside_recall"`    // truly outside and flagged outside
	FalseFlagRate    float64 `json:"false_flag_rate"`   // municipal requests flagged outside
	// Confusion counts requests by true agency, then by flagged agency.
	Confusion map[tafkik.Agency]map[tafkik.Agency]int `json:"confusion"`
}

// Agency scores flags against the truth over the requests in truth. A request with no flag
// counts as the municipality's, which is what an unflagged request means.
func Agency(truthAg, gotAg map[string]tafkik.Agency) AgencyScore {
	s := AgencyScore{N: len(truthAg), Confusion: map[tafkik.Agency]map[tafkik.Agency]int{}}
	var correct, flagged, flaggedRight, outside, found, municipal, falseFlags int
	for id, ta := range truthAg {
		ga, ok := gotAg[id]
		if !ok || ga == "" {
			ga = tafkik.AgencyMunicipality
		}
		if s.Confusion[ta] == nil {
			s.Confusion[ta] = map[tafkik.Agency]int{}
		}
		s.Confusion[ta][ga]++
		if ga == ta {
			correct++
		}
		switch {
		case ta.Outside() && ga.Outside():
			outside++
			flagged++
			found++
			flaggedRight++
		case ta.Outside():
			outside++
		case ga.Outside():
			municipal++
			flagged++
			falseFlags++
		default:
			municipal++
		}
	}
	s.Accuracy, s.OutsidePrecision, s.OutsideRecall, s.FalseFlagRate = 1, 1, 1, 0
	if s.N > 0 {
		s.Accuracy = float64(correct) / float64(s.N)
	}
	if flagged > 0 {
		s.OutsidePrecision = float64(flaggedRight) / float64(flagged)
	}
	if outside > 0 {
		s.OutsideRecall = float64(found) / float64(outside)
	}
	if municipal > 0 {
		s.FalseFlagRate = float64(falseFlags) / float64(municipal)
	}
	return s
}

// GroupError is one group that cost the most pairs: a true group cut into pieces (a split) or
// a predicted group that joins several true ones (a merge).
type GroupError struct {
	Group  string   `json:"group"`  // the true group (split) or the predicted group (merge)
	Size   int      `json:"size"`   // its number of requests
	Pieces int      `json:"pieces"` // how many groups of the other side it is spread over
	Pairs  float64  `json:"pairs"`  // pairs lost (split) or wrongly made (merge)
	Sample []string `json:"sample"` // a few request ids, one from each piece
}

// Worst lists the n true groups that lost the most pairs to splitting and the n predicted
// groups that made the most false pairs by merging, each worst first. It is for looking at
// mistakes, not for scoring.
func Worst(truth, got map[string]string, n int) (splits, merges []GroupError) {
	t := contingency(truth, got)
	// Request ids per cell, so each error can show where its pieces went.
	ids := map[cell][]string{}
	for id, tg := range truth {
		gg, ok := got[id]
		if !ok {
			gg = "\x00missing:" + id
		}
		c := cell{tg, gg}
		if len(ids[c]) < 3 {
			ids[c] = append(ids[c], id)
		}
	}
	byTruth, byGot := map[string]*GroupError{}, map[string]*GroupError{}
	for c, k := range t.both {
		s := byTruth[c.truth]
		if s == nil {
			s = &GroupError{Group: c.truth, Size: t.truthSize[c.truth], Pairs: pairs(t.truthSize[c.truth])}
			byTruth[c.truth] = s
		}
		s.Pieces++
		s.Pairs -= pairs(k)
		s.Sample = append(s.Sample, ids[c][0])
		m := byGot[c.got]
		if m == nil {
			m = &GroupError{Group: c.got, Size: t.gotSize[c.got], Pairs: pairs(t.gotSize[c.got])}
			byGot[c.got] = m
		}
		m.Pieces++
		m.Pairs -= pairs(k)
		m.Sample = append(m.Sample, ids[c][0])
	}
	return worstOf(byTruth, n), worstOf(byGot, n)
}

func worstOf(m map[string]*GroupError, n int) []GroupError {
	var out []GroupError
	for _, e := range m {
		if e.Pairs > 0 {
			sort.Strings(e.Sample)
			if len(e.Sample) > 6 {
				e.Sample = e.Sample[:6]
			}
			out = append(out, *e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pairs != out[j].Pairs {
			return out[i].Pairs > out[j].Pairs
		}
		return out[i].Group < out[j].Group
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
