package dedup

import (
	"fmt"

	"github.com/tafkik/tafkik"
)

// applyDecisions turns decisions into must-link sets and cannot-link pairs. A later decision
// overrides an earlier one about the same requests.
func (x *Index) applyDecisions(ds []tafkik.Decision) {
	x.cannot = map[string]map[string]bool{}
	sets := map[int]map[string]bool{}
	x.mustSet = map[string]int{}
	next := 0
	unlink := func(a, b string) {
		delete(x.cannot[a], b)
		delete(x.cannot[b], a)
	}
	link := func(a, b string) {
		if a == b {
			return
		}
		if x.cannot[a] == nil {
			x.cannot[a] = map[string]bool{}
		}
		if x.cannot[b] == nil {
			x.cannot[b] = map[string]bool{}
		}
		x.cannot[a][b], x.cannot[b][a] = true, true
	}
	leave := func(id string) {
		if s, ok := x.mustSet[id]; ok {
			delete(sets[s], id)
			delete(x.mustSet, id)
		}
	}
	for _, d := range ds {
		switch d.Kind {
		case tafkik.DecisionSame:
			for i, a := range d.RequestIDs {
				for _, b := range d.RequestIDs[i+1:] {
					unlink(a, b)
				}
			}
			// merge every set the requests are in
			next++
			ns := map[string]bool{}
			for _, id := range d.RequestIDs {
				if s, ok := x.mustSet[id]; ok {
					for m := range sets[s] {
						ns[m] = true
					}
					delete(sets, s)
				}
				ns[id] = true
			}
			for m := range ns {
				x.mustSet[m] = next
			}
			sets[next] = ns
		case tafkik.DecisionDifferent:
			if len(d.Others) == 0 {
				for i, a := range d.RequestIDs {
					leave(a)
					for _, b := range d.RequestIDs[i+1:] {
						link(a, b)
					}
				}
				continue
			}
			// a split: RequestIDs leave and stay together, Others stay
			next++
			ns := map[string]bool{}
			for _, a := range d.RequestIDs {
				leave(a)
				ns[a] = true
				x.mustSet[a] = next
				for _, b := range d.Others {
					link(a, b)
				}
			}
			sets[next] = ns
		}
	}
}

func (x *Index) newID(id string) string {
	base, n := id, 2
	for x.ids[id] {
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	x.ids[id] = true
	return id
}

func (x *Index) mustGroup(id string) (int32, bool) {
	s, ok := x.mustSet[id]
	if !ok {
		return 0, false
	}
	for other, os := range x.mustSet {
		if os != s || other == id {
			continue
		}
		if fi, ok := x.byID[other]; ok && x.feats[fi].group >= 0 {
			return x.feats[fi].group, true
		}
	}
	return 0, false
}

func (x *Index) forbidden(id string, g *group) bool {
	c := x.cannot[id]
	if len(c) == 0 {
		return false
	}
	for _, m := range g.members {
		if c[x.feats[m].req.ID] {
			return true
		}
	}
	return false
}
