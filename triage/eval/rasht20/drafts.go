package rasht20

import (
	"fmt"
	"time"
)

// drafts turns every issue into its requests: channel, whether it is a follow-up, and where
// along a dark stretch the caller stood.
func (g *gen) drafts() []*draft {
	var out []*draft
	for _, iss := range g.list {
		for k, t := range iss.times {
			d := &draft{iss: iss, seq: len(out), at: t, pos: iss.at}
			switch x := g.rng.Float64(); {
			case x < 0.52:
				d.channel = "phone"
			case x < 0.9:
				d.channel = "app"
			default:
				d.channel = "web"
			}
			if iss.prob.family == "dark" {
				d.pos = iss.from + g.rng.Float64()*(iss.to-iss.from)
			} else if iss.road != nil {
				d.pos += (g.rng.Float64() - 0.5) * 50 // callers stand around the spot, not on it
			}
			d.followUp = k > 0 && g.rng.Float64() < 0.06
			out = append(out, d)
		}
	}
	return out
}

// batches are an operator typing in a backlog of calls later, all under one minute: a few
// times a month, some phone requests of the last days get that minute as their time.
func (g *gen) batches(ds []*draft) {
	n := len(ds) / 450
	for b := 0; b < n; b++ {
		at := g.clock(g.day(5+g.rng.IntN(355)), false).Truncate(time.Minute)
		want := 4 + g.rng.IntN(6)
		for _, d := range ds {
			if want == 0 {
				break
			}
			if d.channel != "phone" || d.batch || d.at.After(at) || at.Sub(d.at) > 3*day {
				continue
			}
			if d.iss.prob.ep == flood || g.rng.Float64() < 0.4 {
				continue
			}
			d.at, d.batch = at.Add(time.Duration(g.rng.IntN(50))*time.Second), true
			want--
		}
	}
}

// number gives the requests in time order their 137 numbers (a sequence other districts
// share, so with gaps) and points each follow-up at an earlier request of its issue.
func (g *gen) number(ds []*draft) {
	id := 4120000 + g.rng.IntN(9000)
	first := map[*issue][]string{}
	for _, d := range ds {
		id += 1 + g.rng.IntN(7)
		d.id = fmt.Sprint(id)
		if prev := first[d.iss]; d.followUp && len(prev) > 0 {
			if g.rng.Float64() < 0.6 {
				d.refID = prev[0]
			} else {
				d.refID = prev[g.rng.IntN(len(prev))]
			}
		}
		first[d.iss] = append(first[d.iss], d.id)
	}
}
