package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// place is one spot an issue can be at: an alley (or a dead end off it), a street as a
// whole, or a street's park.
type place struct {
	area      *area
	street    int // index into area.streets, -1 when the alley hangs off the area itself
	alley     int // alley number, 0 for a whole street or a park
	alleyName string
	deadEnd   int
	park      bool
	landmark  string
	lat, lon  float64
}

func (p *place) streetKey() string { return fmt.Sprintf("%s/%d", p.area.name, p.street) }
func (p *place) alleyKey() string {
	return fmt.Sprintf("%s/%d/%d/%d", p.area.name, p.street, p.alley, p.deadEnd)
}

type catalog struct {
	alleys  []*place
	streets []*place
	parks   []*place
	byKey   map[string]*place
}

// buildCatalog lays out every area's streets and alleys around its centre. It uses its own
// fixed random source so the catalogue is the same whatever the seed.
func buildCatalog() *catalog {
	rng := rand.New(rand.NewPCG(137, 1404))
	c := &catalog{byKey: map[string]*place{}}
	const mLat, mLon = 1.0 / 111000, 1.0 / 88500 // degrees per metre at Rasht's latitude
	for ai := range areas {
		a := &areas[ai]
		nStreets := len(a.streets)
		streetIdx := []int{-1}
		if nStreets > 0 {
			streetIdx = streetIdx[:0]
			for i := range nStreets {
				streetIdx = append(streetIdx, i)
			}
		}
		for si, s := range streetIdx {
			// Streets of a neighbourhood run parallel, 150 m apart; an area-street runs through
			// its centre. Alleys branch off every 70 m, alternately left and right.
			angle := float64(ai) * 0.7
			baseX := (float64(si) - float64(len(streetIdx)-1)/2) * 150
			dx, dy := math.Cos(angle), math.Sin(angle)
			px, py := -dy, dx
			sp := &place{area: a, street: s,
				lat: a.lat + (baseX*py)*mLat, lon: a.lon + (baseX*px)*mLon}
			c.streets = append(c.streets, sp)
			c.byKey[sp.streetKey()+"/street"] = sp
			if rng.Float64() < 0.6 {
				park := *sp
				park.park = true
				c.parks = append(c.parks, &park)
			}
			n := a.alleys
			for k := 1; k <= n; k++ {
				along := (float64(k) - float64(n)/2) * 70
				side := 25.0
				if k%2 == 0 {
					side = -25
				}
				x, y := baseX*px+along*dx+side*px, baseX*py+along*dy+side*py
				al := &place{area: a, street: s, alley: k, lat: a.lat + y*mLat, lon: a.lon + x*mLon}
				if rng.Float64() < 0.08 {
					al.alleyName = alleyNames[rng.IntN(len(alleyNames))]
				}
				if rng.Float64() < 0.4 {
					al.landmark = landmarks[rng.IntN(len(landmarks))]
				}
				c.add(al)
				if rng.Float64() < 0.12 {
					for d := 1; d <= 1+rng.IntN(2); d++ {
						de := *al
						de.deadEnd = d
						de.lat += float64(d) * 40 * py * mLat
						de.lon += float64(d) * 40 * px * mLon
						c.add(&de)
					}
				}
			}
		}
	}
	return c
}

func (c *catalog) add(p *place) {
	c.alleys = append(c.alleys, p)
	c.byKey[p.alleyKey()] = p
}

// find returns the alley in a numbered street of an area (deadEnd 0).
func (c *catalog) find(areaName string, streetNum, alley int) *place {
	for _, p := range c.alleys {
		if p.area.name == areaName && p.alley == alley && p.deadEnd == 0 && p.street >= 0 &&
			p.area.streets[p.street].num == streetNum {
			return p
		}
	}
	return nil
}

// neighbour returns an alley one or two numbers away on the same street.
func (c *catalog) neighbour(p *place, rng *rand.Rand) *place {
	d := 1 + rng.IntN(2)
	if rng.IntN(2) == 0 {
		d = -d
	}
	return c.byKey[fmt.Sprintf("%s/%d/%d/%d", p.area.name, p.street, p.alley+d, 0)]
}

// random draws a place for a level. Golsar is large and dense, so it draws more issues.
func (c *catalog) random(rng *rand.Rand, level int) *place {
	switch level {
	case levelStreet, levelNone:
		return c.streets[rng.IntN(len(c.streets))]
	case levelPark:
		return c.parks[rng.IntN(len(c.parks))]
	}
	return c.alleys[rng.IntN(len(c.alleys))]
}

// nearest returns the alley closest to a point (a flat-earth distance is plenty at this scale).
func (c *catalog) nearest(lat, lon float64) *place {
	var best *place
	bestD := math.Inf(1)
	for _, p := range c.alleys {
		if p.deadEnd > 0 {
			continue // map data rarely knows dead ends
		}
		dy, dx := (p.lat-lat)*111000, (p.lon-lon)*88500
		if d := dx*dx + dy*dy; d < bestD {
			best, bestD = p, d
		}
	}
	return best
}
