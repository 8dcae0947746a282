package dedup

import (
	"fmt"
	"math"
	"sort"

	"github.com/tafkik/tafkik/triage/persian"
)

// relDays: two lone reports of related problems at one alley this close in days are taken
// for one issue (on the dev sets: issue count 0.4-1.2 points lower, B³F1 within ±.001).
const relDays = 3

// relSmall is the most reports an issue may have and still be taken for the same problem
// as a related one's issue at its alley, written the other way.
const relSmall = 2

// joinRelated moves a small group into the issue of a related problem (persian.Related)
// at the same alley in the same weeks: «خیابون کثیفه» among twenty reports of the rubbish
// there is the rubbish. Only when that issue is the only one there, is clearly larger, and
// no issue of the group's own problem is there: two issues people keep reporting at one
// alley, each in its own words, stay two.
func (x *Index) joinRelated() {
	for gi := range x.groups {
		x.joinRelatedGroup(int32(gi), false)
	}
}

// joinRelatedGroup is joinRelated for one group; it reports whether the group moved. once:
// the issue may take no second report of the group's problem this way. A new arrival is
// placed before the reports after it exist: the second one alike may be the start of an
// issue of its own, which the next full grouping will see.
func (x *Index) joinRelatedGroup(gi int32, once bool) bool {
	g := x.groups[gi]
	if len(g.members) == 0 || len(g.members) > relSmall {
		return false
	}
	target := int32(-1)
	for _, fi := range g.members {
		f := x.feats[fi]
		if x.mustSet[f.req.ID] != 0 || len(f.rels) == 0 || (f.place.Alley == "" && f.place.Street == "") {
			return false
		}
		x.withRel = true
		cs := x.compatible(f, gi)
		x.withRel = false
		t := int32(-1)
		for _, c := range cs {
			if c.rel && ownProblem(f, x.groups[c.gi]) {
				continue
			}
			switch {
			case c.m == 3 && !c.rel:
				t = -2 // an issue of its own problem is there
			case c.rel && t != -2 && (2*len(x.groups[c.gi].members) > 3*len(g.members) ||
				(len(x.groups[c.gi].members) >= len(g.members) && x.related(f, x.groups[c.gi]) &&
					x.groups[c.gi].activeNear(f.t, relDays*86400))):
				// (a group not clearly larger than this one is no issue it could be part
				// of, unless reported in the same days: a lone report joins two, or one
				// of the same days)
				if t >= 0 && t != c.gi {
					t = -2
				} else {
					t = c.gi
				}
			}
		}
		if t == -1 && !f.inText {
			// a text naming no problem («کسی جواب نمی‌دهد؟») is about the only issue its
			// alley reported in the same days
			for _, c := range cs {
				if c.rel && ownProblem(f, x.groups[c.gi]) {
					continue
				}
				if c.rel && len(x.groups[c.gi].members) >= len(g.members) && x.groups[c.gi].activeNear(f.t, relDays*86400) {
					if t != -1 {
						t = -2
						break
					}
					t = c.gi
				}
			}
		}
		x.fitBuf = cs[:0]
		if t < 0 || (target >= 0 && t != target) {
			return false
		}
		target = t
	}
	h := x.groups[target]
	if x.conflicting(g, h) {
		return false
	}
	if once {
		for _, m := range h.members {
			if x.feats[m].block == g.block {
				return false
			}
		}
	}
	members := g.members
	g.members = nil
	x.gBlock[gi] = -1
	for _, fi := range members {
		f := x.feats[fi]
		x.join(target, fi)
		days := int(math.Abs(float64(f.t-h.last)) / 86400)
		f.score = 0.6
		f.reason = fmt.Sprintf("همان کوچه، موضوع نزدیک (%s)؛ %s؛ %d روز فاصله", persian.ProblemTitle(f.problem), persian.ProblemTitle(h.problem), days)
	}
	return true
}

// ownProblem reports whether f's text names a problem of its own, surely, and h's reports name
// none that was recognised: a report of a flood or a fallen tree is not the unrecognised
// words of the alley's other issue. Over 246 sets (eighteenth session) such joins after
// grouping were right for 21-33% of the flood's, the tree's and the rubbish's reports on the
// authors asked for an ordinary district; refusing them was +.0002 mean B³F1 (pairwise
// precision +.0005), no author lower by more than .0003, one more set meeting every target.
func ownProblem(f *feature, h *group) bool {
	return f.inText && !f.weak && persian.Family(h.problem) == persian.ProblemOther &&
		persian.Family(f.problem) != persian.ProblemOther
}

// followRefs links, once every request is placed, a request that names an earlier one's
// tracking code with that request when placing could not: the earlier one was vague and
// placed after it, or either was left alone. Only a lone request moves; two issues with
// several reports each are not merged on one writer's word.
func (x *Index) followRefs() {
	for fi, f := range x.feats {
		if len(f.refs) == 0 || x.mustSet[f.req.ID] != 0 {
			continue
		}
		for _, code := range f.refs {
			oi, ok := x.byRef[code]
			if !ok || int(oi) == fi {
				continue
			}
			o := x.feats[oi]
			if o.group == f.group {
				break
			}
			fg, og := x.groups[f.group], x.groups[o.group]
			switch {
			case len(fg.members) == 1 && x.refFits(f, o, og):
				x.move(int32(fi), o.group, 0.95, x.refReason(f, o.group, code))
			case len(og.members) == 1 && x.mustSet[o.req.ID] == 0 && x.refFits(o, f, fg):
				x.move(oi, f.group, 0.95, fmt.Sprintf("درخواست %s پیرو همین است؛ %s", f.req.ID, persian.ProblemTitle(fg.problem)))
			default:
				continue
			}
			break
		}
	}
}

// move takes a lone request out of its group into gi.
func (x *Index) move(fi, gi int32, score float64, reason string) {
	f := x.feats[fi]
	old := x.groups[f.group]
	old.members = nil
	x.gBlock[f.group] = -1
	x.join(gi, fi)
	f.score, f.reason = score, reason
}

// reattach gives small groups of vague requests a second look, now that every issue has
// all its reports: a report that was a guess between two young issues may no longer be, and
// two «گلسار» reports that found only each other may belong to the issue everyone reports.
// A group moves only when each of its members would choose the same issue. A request that
// names its alley looks only at its alley, and only at a larger issue: it may have come before
// the issue of the problem it named second («چاله‌ها ... پیاده‌رو») formed there.
func (x *Index) reattach() { x.reattachFrom(0) }

// reattachFrom is reattach for the groups from the from'th on (those a batch of arrivals
// opened, AddAll).
func (x *Index) reattachFrom(from int) {
	for gi := from; gi < len(x.groups); gi++ {
		g := x.groups[gi]
		if len(g.members) == 0 || len(g.members) > 3 {
			continue
		}
		target := int32(-1)
		moves := make([]struct {
			score  float64
			reason string
		}, len(g.members))
		for k, fi := range g.members {
			f := x.feats[fi]
			if x.mustSet[f.req.ID] != 0 {
				target = -1
				break
			}
			// a request that names its alley moves only to its alley (a group of the
			// problem it named second may have formed there after it)
			precise := f.place.Alley != "" && (f.place.Street != "" || (f.place.Area != "" && !f.place.AreaGuess))
			cs := x.compatible(f, int32(gi))
			best, score, reason := x.choose(f, cs, precise)
			x.fitBuf = cs[:0]
			if precise && best >= 0 && len(x.groups[best].members) < len(g.members) {
				best = -1
			}
			if best < 0 || (k > 0 && best != target) {
				target = -1
				break
			}
			target = best
			moves[k].score, moves[k].reason = score, reason
		}
		if target < 0 {
			continue
		}
		members := g.members
		g.members = nil
		x.gBlock[gi] = -1
		for k, fi := range members {
			x.join(target, fi)
			x.feats[fi].score, x.feats[fi].reason = moves[k].score, moves[k].reason
		}
	}
}

// mergeTwins joins groups that name the same alley of the same street, in the same weeks:
// two reports that arrive before either group has grown can start twins, and nothing later
// would bring them together. The smaller twin moves into the larger.
func (x *Index) mergeTwins() {
	gap := int64(x.opt.MaxGapDays * 86400)
	span := int64(x.opt.MaxSpanDays * 86400)
	for gi, g := range x.groups {
		if len(g.members) == 0 || g.place.Alley == "" {
			continue
		}
		for _, k := range appendPlaceKeys(nil, g.block, g.place) {
			if k.kind != 's' || k.name != g.place.Street {
				continue
			}
			list := x.byKey[k]
			i := sort.Search(len(list), func(i int) bool { return list[i].first >= g.first-span })
			for ; i < len(list) && list[i].first <= g.last+gap; i++ {
				hi := list[i].gi
				h := x.groups[hi]
				if int(hi) == gi || len(h.members) == 0 || h.block != g.block ||
					h.first > g.last+gap || g.first > h.last+gap ||
					max(g.last, h.last)-min(g.first, h.first) > span ||
					g.place.Match(h.place) != 3 || x.conflicting(g, h) || apartFacets(g.facet, h.facet) {
					continue
				}
				if g.hasLoc && h.hasLoc && metres(g.lat, g.lon, h.lat, h.lon) > x.opt.FarMetres {
					continue
				}
				big, small := int32(gi), hi
				if len(h.members) > len(g.members) {
					big, small = hi, int32(gi)
				}
				for _, m := range x.groups[small].members {
					x.join(big, m)
				}
				x.groups[small].members = nil
				x.gBlock[small] = -1
				if small == int32(gi) {
					break
				}
			}
			if len(g.members) == 0 {
				break
			}
		}
	}
}

// apartFacets reports whether two facets (feature.facet, group.facet) name different parts
// of a problem, which a clerk counts as two issues (persian.Analysis.Facet).
func apartFacets(a, b string) bool { return a != "" && b != "" && a != "*" && b != "*" && a != b }

// conflicting reports whether a clerk said some member of g and some member of h differ.
func (x *Index) conflicting(g, h *group) bool {
	if len(x.cannot) == 0 {
		return false
	}
	for _, m := range g.members {
		if x.forbidden(x.feats[m].req.ID, h) {
			return true
		}
	}
	return false
}
