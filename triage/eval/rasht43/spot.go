package rasht43

import "fmt"

// spot is where one problem is: an alley, a dead end, a street segment (optionally with a
// plate), a park or another landmark, a junction or a whole neighbourhood.
type spot struct {
	al    *alley
	dead  *deadEnd
	seg   *segment
	lm    *landmark
	jn    *junction
	h     *hood
	plate int
}

func (s spot) key() string {
	var k string
	switch {
	case s.dead != nil:
		k = s.dead.id
	case s.al != nil:
		k = s.al.id
	case s.seg != nil:
		k = s.seg.id
	case s.lm != nil:
		k = s.lm.id
	case s.jn != nil:
		k = s.jn.id
	case s.h != nil:
		k = "hood/" + s.h.name
	default:
		return "none"
	}
	if s.plate > 0 {
		k += fmt.Sprintf("/p%d", s.plate)
	}
	return k
}

func (s spot) latLon() (float64, float64) {
	switch {
	case s.dead != nil:
		return s.dead.lat, s.dead.lon
	case s.al != nil:
		return s.al.lat, s.al.lon
	case s.seg != nil:
		return s.seg.lat, s.seg.lon
	case s.lm != nil:
		return s.lm.lat, s.lm.lon
	case s.jn != nil:
		return s.jn.lat, s.jn.lon
	case s.h != nil:
		return s.h.lat, s.h.lon
	}
	return 37.2800, 49.6000
}

func (s spot) hood() *hood {
	switch {
	case s.dead != nil:
		return s.dead.al.h
	case s.al != nil:
		return s.al.h
	case s.seg != nil:
		return s.seg.h
	case s.lm != nil:
		return s.lm.h
	case s.jn != nil:
		return s.jn.h
	}
	return s.h
}

func (s spot) street() *street {
	switch {
	case s.dead != nil:
		return s.dead.al.st
	case s.al != nil:
		return s.al.st
	case s.seg != nil:
		return s.seg.st
	case s.lm != nil:
		return s.lm.st
	}
	return nil
}

// drawSpot draws a place for a problem following its place rule.
func (g *gen) drawSpot(p *problem) spot {
	w, r := g.w, g.r
	pr := p.place
	var s spot
	switch pr.at {
	case atArea:
		return spot{h: one(r, w.hoods)}
	case atPark:
		return spot{lm: one(r, w.landmarksOf("park"))}
	case atJunction:
		return spot{jn: one(r, w.junctions)}
	case atInst:
		return spot{lm: one(r, w.landmarksOf(pr.kinds...))}
	case atNone:
		return spot{}
	}
	switch pick(r, []float64{pr.alley, pr.seg, pr.park}) {
	case 0:
		a := one(r, w.alleys)
		s.al = a
		if pr.dead && len(a.deads) > 0 && r.Float64() < 0.3 {
			s.dead = one(r, a.deads)
		}
	case 1:
		s.seg = one(r, w.segs)
	default:
		return spot{lm: one(r, w.landmarksOf("park"))}
	}
	if pr.plate {
		s.plate = 1 + r.IntN(60)
	}
	return s
}

// callerSpot is where a caller of an outage lives: an alley of the neighbourhood.
func (g *gen) callerSpot(h *hood) spot {
	if len(h.alleys) == 0 {
		return spot{h: h}
	}
	a := one(g.r, h.alleys)
	s := spot{al: a}
	if len(a.deads) > 0 && g.r.Float64() < 0.2 {
		s.dead = one(g.r, a.deads)
	}
	if g.r.Float64() < 0.4 {
		s.plate = 1 + g.r.IntN(60)
	}
	return s
}
