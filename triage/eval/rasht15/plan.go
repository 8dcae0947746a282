package rasht15

import (
	"math"
	"math/rand/v2"
	"sort"
	"time"
)

// Iran keeps +03:30 all year since 2022; a fixed zone keeps the output identical everywhere.
var irst = time.FixedZone("IRST", 3*3600+1800)

// The season: 1 Mehr to the end of Esfand 1405.
var (
	seasonStart = time.Date(2026, 9, 23, 0, 0, 0, 0, irst)
	seasonEnd   = time.Date(2027, 3, 21, 0, 0, 0, 0, irst)
)

const day = 24 * time.Hour

// Shares of the requests by kind of traffic.
const (
	stormShare     = 0.15
	chronicShare   = 0.26
	placelessShare = 0.02
)

// episodeGap is how long a spot must be quiet before the same problem there is a new issue.
const episodeGap = 10 * day

// issue is one problem at one spot in one episode, with the times of its reports.
type issue struct {
	Kind      *kind
	Spot      spot
	Placeless bool
	Storm     *storm
	Chronic   bool
	Start     time.Time
	End       time.Time
	Times     []time.Time
	// Variant is which of the kind's descriptions fits this issue's fact.
	Variant int
}

type storm struct {
	Start time.Time
	Hours float64
	Hoods []*hood
	Snow  bool
}

type interval struct{ from, to time.Time }

type planner struct {
	r      *rand.Rand
	w      *world
	n      int
	busy   map[string][]interval // kind|spot → episodes already there
	issues []*issue
}

func plan(r *rand.Rand, w *world, n int) []*issue {
	p := &planner{r: r, w: w, n: n, busy: map[string][]interval{}}
	nStorm := int(math.Round(stormShare * float64(n)))
	nChronic := int(math.Round(chronicShare * float64(n)))
	nPlaceless := int(math.Round(placelessShare * float64(n)))
	used := p.storms(nStorm)
	used += p.chronic(nChronic)
	used += p.placeless(nPlaceless)
	p.ordinary(n - used)
	for _, is := range p.issues {
		is.Variant = r.IntN(12)
	}
	return p.issues
}

// free reports whether kind k may have a new episode at s over iv, and books it if so.
func (p *planner) book(k *kind, s spot, iv interval) bool {
	key := k.Code + "|" + s.key()
	for _, o := range p.busy[key] {
		if iv.from.Before(o.to.Add(episodeGap)) && o.from.Before(iv.to.Add(episodeGap)) {
			return false
		}
	}
	p.busy[key] = append(p.busy[key], iv)
	return true
}

func (p *planner) spotFor(k *kind, hoods []*hood) spot {
	h := pick(p.r, hoods)
	switch k.Level {
	case atStreet:
		return streetSpot(pick(p.r, h.Streets), p.r)
	case atPark:
		return parkSpot(h, p.r)
	}
	st := pick(p.r, h.Streets)
	return alleySpot(pick(p.r, st.Alleys), p.r)
}

// place finds a spot where k can have the episode iv, or gives up.
func (p *planner) place(k *kind, hoods []*hood, iv interval) (spot, bool) {
	for range 30 {
		s := p.spotFor(k, hoods)
		if k.Level == atPerson || p.book(k, s, iv) {
			return s, true
		}
	}
	return spot{}, false
}

// geometric draws 0, 1, 2 ... with the given mean.
func (p *planner) geometric(mean float64) int {
	q := mean / (1 + mean)
	n := 0
	for p.r.Float64() < q && n < 200 {
		n++
	}
	return n
}

func weighted[T any](r *rand.Rand, xs []T, weight func(T) float64) T {
	total := 0.0
	for _, x := range xs {
		total += weight(x)
	}
	v := r.Float64() * total
	for _, x := range xs {
		v -= weight(x)
		if v < 0 {
			return x
		}
	}
	return xs[len(xs)-1]
}

// storms plans five storm days: four of wind and rain in autumn, one snowfall in winter.
func (p *planner) storms(budget int) int {
	windows := []struct {
		from, to int
		snow     bool
	}{{16, 30, false}, {44, 58, false}, {68, 84, false}, {122, 140, true}, {150, 166, false}}
	used := 0
	for i, win := range windows {
		share := budget / len(windows)
		if i < budget%len(windows) {
			share++
		}
		d := win.from + p.r.IntN(win.to-win.from)
		hour := pick(p.r, []int{1, 3, 5, 16, 18, 20, 22})
		s := &storm{Start: seasonStart.Add(time.Duration(d)*day + time.Duration(hour)*time.Hour),
			Hours: 5 + 10*p.r.Float64(), Snow: win.snow}
		perm := p.r.Perm(len(p.w.Hoods))
		s.Hoods = []*hood{p.w.Hoods[perm[0]]}
		if p.r.IntN(3) > 0 {
			s.Hoods = append(s.Hoods, p.w.Hoods[perm[1]])
		}
		used += p.storm(s, share)
	}
	return used
}

type stormKind struct {
	code   string
	weight float64
	extra  float64 // mean reports beyond the first
}

var rainKinds = []stormKind{{"tree", 28, 1.4}, {"flood", 16, 2.6}, {"channel", 16, 1.2}, {"powercut", 5, 2},
	{"lamp", 5, 0.8}, {"wire", 4, 1.2}, {"sewage", 2, 1}}
var snowKinds = []stormKind{{"snow", 32, 2.5}, {"tree", 26, 1.2}, {"powercut", 14, 3.5}, {"wire", 12, 1},
	{"lamp", 8, 0.7}, {"nowater", 8, 3}}

func (p *planner) storm(s *storm, budget int) int {
	ks := rainKinds
	if s.Snow {
		ks = snowKinds
	}
	used, misses := 0, 0
	for used < budget && misses < 200 {
		sk := weighted(p.r, ks, func(k stormKind) float64 { return k.weight })
		k := kindByCode(sk.code)
		t0 := s.Start.Add(time.Duration(p.r.Float64() * s.Hours * float64(time.Hour)))
		last := 40 * time.Hour
		if !k.Event {
			last = 5 * day // a channel or a lamp the storm broke stays broken for days
		}
		iv := interval{t0, t0.Add(last)}
		sp, ok := p.place(k, s.Hoods, iv)
		if !ok {
			misses++
			continue
		}
		size := min(1+p.geometric(sk.extra), budget-used)
		is := &issue{Kind: k, Spot: sp, Storm: s, Start: t0, End: iv.to}
		is.Times = append(is.Times, t0)
		for range size - 1 {
			var dt time.Duration
			if k.Event {
				dt = time.Duration(math.Min(p.r.ExpFloat64()*3, 36) * float64(time.Hour))
			} else {
				dt = time.Duration(p.r.Float64() * float64(last))
			}
			is.Times = append(is.Times, t0.Add(dt))
		}
		p.issues = append(p.issues, is)
		used += size
	}
	return used
}

var chronicWeights = map[string]float64{"asphalt": 5, "channel": 3, "dogs": 2, "lamp": 1, "sidewalk": 1, "drytree": 1,
	"building": 1, "trench_water": 0.6, "trench_gas": 0.3, "trench_telecom": 0.3, "sewage": 0.4, "cable": 0.5, "pothole": 1}

// chronic plans problems nobody fixes for weeks or months, the worst reported about 70 times
// in 6,000.
func (p *planner) chronic(budget int) int {
	var ks []*kind
	for _, k := range kinds {
		if k.Chronic {
			ks = append(ks, k)
		}
	}
	famous := []struct {
		code  string
		share float64
	}{{"asphalt", 0.012}, {"channel", 0.009}, {"trench_water", 0.007}, {"asphalt", 0.006}, {"dogs", 0.005}}
	used, misses := 0, 0
	for i := 0; used < budget && misses < 200; i++ {
		var k *kind
		var size int
		if i < len(famous) {
			k = kindByCode(famous[i].code)
			size = int(math.Round(famous[i].share * (0.8 + 0.45*p.r.Float64()) * float64(p.n)))
		} else {
			k = weighted(p.r, ks, func(k *kind) float64 { return chronicWeights[k.Code] })
			size = 4 + int(math.Exp(1.9+0.7*p.r.NormFloat64()))
		}
		size = max(1, min(size, 90, budget-used))
		length := time.Duration(30+p.r.IntN(140)) * day
		if size > 30 {
			length = time.Duration(110+p.r.IntN(60)) * day
		}
		span := seasonEnd.Sub(seasonStart) - 20*day
		start := seasonStart.Add(time.Duration(p.r.Float64() * float64(span))).Truncate(time.Minute)
		if size > 30 {
			start = seasonStart.Add(time.Duration(p.r.IntN(30)) * day)
		}
		end := start.Add(length)
		if end.After(seasonEnd) {
			end = seasonEnd
		}
		sp, ok := p.place(k, p.w.Hoods, interval{start, end})
		if !ok {
			misses++
			continue
		}
		is := &issue{Kind: k, Spot: sp, Chronic: true, Start: start, End: end}
		is.Times = p.spread(start, end, size)
		p.issues = append(p.issues, is)
		used += size
	}
	return used
}

// spread places reports over an episode: the first at its start, the rest partly uniform,
// partly in bursts after an earlier report (neighbours calling on the same evening).
func (p *planner) spread(start, end time.Time, size int) []time.Time {
	ts := []time.Time{start}
	span := float64(end.Sub(start))
	for len(ts) < size {
		if p.r.Float64() < 0.55 || len(ts) == 0 {
			ts = append(ts, dayTime(start.Add(time.Duration(p.r.Float64()*span)), p.r))
			continue
		}
		prev := ts[p.r.IntN(len(ts))]
		t := prev.Add(time.Duration(p.r.ExpFloat64() * float64(20*time.Hour)))
		if t.After(end) {
			t = end.Add(-time.Duration(p.r.IntN(600)) * time.Minute)
		}
		if t.Hour() < 7 { // nobody calls about a pothole at four in the morning
			t = t.Add(time.Duration(7+p.r.IntN(5)) * time.Hour)
		}
		ts = append(ts, t)
	}
	return ts
}

// dayTime moves a time to a plausible waking hour of its day.
func dayTime(t time.Time, r *rand.Rand) time.Time {
	hours := []float64{0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1.2, 2.4, 3, 3, 2.8, 2.4, 2, 2, 2.2, 2.4, 2.6, 2.6, 2.8, 2.6, 2.2, 1.4, 0.6}
	h := weighted(r, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23},
		func(i int) float64 { return hours[i] })
	y, m, d := t.Date()
	return time.Date(y, m, d, h, r.IntN(60), r.IntN(60), 0, irst)
}

// placeless plans calls and messages that never said where: each its own issue.
func (p *planner) placeless(budget int) int {
	var ks []*kind
	for _, k := range kinds {
		if k.Weight > 0 && k.Level != atPerson {
			ks = append(ks, k)
		}
	}
	span := float64(seasonEnd.Sub(seasonStart))
	for range budget {
		k := weighted(p.r, ks, func(k *kind) float64 { return k.Weight })
		t := dayTime(seasonStart.Add(time.Duration(p.r.Float64()*span)), p.r)
		st := pick(p.r, pick(p.r, p.w.Hoods).Streets)
		p.issues = append(p.issues, &issue{Kind: k, Spot: spot{Street: st}, Placeless: true, Start: t, End: t, Times: []time.Time{t}})
	}
	return budget
}

// extraMean is how many more reports an ordinary issue of a kind draws after the first.
var extraMean = map[string]float64{"powercut": 3, "nowater": 2.5, "flood": 2, "leak": 1.4, "gassmell": 0.9,
	"garbage": 1.1, "sewage": 1.3, "wire": 1, "lamp": 1.1, "asphalt": 1.2, "channel": 1.1, "pothole": 1.2}

// ordinary plans the rest: one-off and small issues over the whole season.
func (p *planner) ordinary(budget int) {
	var ks []*kind
	for _, k := range kinds {
		if k.Weight > 0 {
			ks = append(ks, k)
		}
	}
	span := float64(seasonEnd.Sub(seasonStart) - 2*day)
	used, misses := 0, 0
	for used < budget && misses < 1000 {
		k := weighted(p.r, ks, func(k *kind) float64 { return k.Weight })
		t0 := dayTime(seasonStart.Add(time.Duration(p.r.Float64()*span)), p.r)
		var end time.Time
		if k.Event {
			end = t0.Add(time.Duration(2+p.r.IntN(30)) * time.Hour)
		} else {
			end = t0.Add(time.Duration(k.MinDays+p.r.IntN(k.MaxDays-k.MinDays+1)) * day)
		}
		if end.After(seasonEnd) {
			end = seasonEnd
		}
		sp, ok := p.place(k, p.w.Hoods, interval{t0, end})
		if !ok {
			misses++
			continue
		}
		size := 1
		if k.Level != atPerson {
			m, ok := extraMean[k.Code]
			if !ok {
				m = 0.8
			}
			size = 1 + min(p.geometric(m), 14)
		}
		size = min(size, budget-used)
		is := &issue{Kind: k, Spot: sp, Start: t0, End: end}
		if k.Event {
			is.Times = append(is.Times, t0)
			for range size - 1 {
				t := t0.Add(time.Duration(p.r.Float64() * float64(end.Sub(t0))))
				if t.Hour() < 6 && chance(p.r, 0.75) {
					t = t.Add(time.Duration(6+p.r.IntN(4)) * time.Hour)
				}
				is.Times = append(is.Times, t)
			}
		} else {
			is.Times = p.spread(t0, end, size)
		}
		p.issues = append(p.issues, is)
		used += size
	}
	// the calendar is full only if spots ran out; fill with person-bound requests then
	for used < budget {
		k := kindByCode("subsidy")
		t := dayTime(seasonStart.Add(time.Duration(p.r.Float64()*span)), p.r)
		p.issues = append(p.issues, &issue{Kind: k, Spot: p.spotFor(k, p.w.Hoods), Start: t, End: t, Times: []time.Time{t}})
		used++
	}
}

// sortTimes orders each issue's reports; the first stays the episode's start.
func sortTimes(is []*issue) {
	for _, x := range is {
		sort.Slice(x.Times, func(i, j int) bool { return x.Times[i].Before(x.Times[j]) })
	}
}
