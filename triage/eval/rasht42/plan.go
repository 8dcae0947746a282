package rasht42

import (
	"math"
	"math/rand/v2"
	"sort"
	"time"
)

// tehran is Iran's clock (no daylight saving since 2022).
var tehran = time.FixedZone("IRST", 3*3600+1800)

var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran) // 1 Farvardin 1404
	yearEnd   = time.Date(2026, 3, 21, 0, 0, 0, 0, tehran) // 1 Farvardin 1405
)

// monthStart is the day of the year (0-based) each Persian month of 1404 begins on.
func monthStart(m int) int {
	if m < 6 {
		return 31 * m
	}
	return 186 + 30*(m-6)
}

func monthDays(m int) int {
	switch {
	case m < 6:
		return 31
	case m < 11:
		return 30
	}
	return 29
}

// site is where one issue is: an alley, a dead end, a stretch of a main street, a street
// (for cuts), a park, a square or an institution, possibly with a plate.
type site struct {
	kind  int
	al    *alley
	de    *deadEnd
	st    *street
	mark  *landmark // stretch, square or institution
	pk    *park
	plate int
}

func (s site) hood() *hood {
	switch {
	case s.al != nil:
		return s.al.street.hood
	case s.de != nil:
		return s.de.alley.street.hood
	case s.st != nil:
		return s.st.hood
	case s.mark != nil:
		return s.mark.hood
	case s.pk != nil:
		return s.pk.hood
	}
	return nil
}

// key is the place as the labelling rule counts it: the alley (or dead end), the stretch,
// the street for cuts, the park, the square or the institution. Plates do not split places.
func (s site) key() string {
	switch s.kind {
	case stAlley:
		return "a:" + alleyKey(s.al)
	case stDeadEnd:
		return "d:" + alleyKey(s.de.alley) + "/" + itoa(s.de.num)
	case stStretch, stSquare, stInst:
		k := "m:" + s.mark.hood.name + "/" + s.mark.name + "/" + streetKey(s.mark.street)
		if s.mark.alley != nil {
			k += "/" + alleyKey(s.mark.alley)
		}
		return k
	case stArea:
		return "s:" + streetKey(s.st)
	case stPark:
		return "p:" + s.pk.name
	}
	return "?"
}

func streetKey(s *street) string {
	if s == nil {
		return ""
	}
	return s.hood.name + "/" + s.kind + s.name + itoa(s.num)
}

func alleyKey(a *alley) string { return streetKey(a.street) + "/" + itoa(a.num) + a.name }

// spot is where the problem really is.
func (s site) spot() (float64, float64) {
	switch s.kind {
	case stAlley:
		if s.plate > 0 {
			return move(s.al.lat, s.al.lon, float64(s.plate%9-4)*9, float64(s.plate%5-2)*9)
		}
		return s.al.lat, s.al.lon
	case stDeadEnd:
		return s.de.lat, s.de.lon
	case stStretch, stSquare, stInst:
		return s.mark.lat, s.mark.lon
	case stArea:
		return s.st.lat, s.st.lon
	case stPark:
		return s.pk.lat, s.pk.lon
	}
	return 0, 0
}

type issue struct {
	k        *kind
	site     site
	start    time.Time
	end      time.Time
	resolved bool
	size     int
	times    []time.Time
	group    string
}

type interval struct{ from, to time.Time }

type planner struct {
	w    *world
	rng  *rand.Rand
	busy map[string][]interval
}

func (p *planner) occKey(k *kind, s site) string { return k.group + "|" + s.key() }

func (p *planner) free(k *kind, s site, from, to time.Time) bool {
	gap := time.Duration(k.gap) * 24 * time.Hour
	for _, iv := range p.busy[p.occKey(k, s)] {
		if from.Before(iv.to.Add(gap)) && iv.from.Before(to.Add(gap)) {
			return false
		}
	}
	return true
}

func (p *planner) take(k *kind, s site, from, to time.Time) {
	key := p.occKey(k, s)
	p.busy[key] = append(p.busy[key], interval{from, to})
}

// headline issues: the handful every clerk of the district remembers from the year.
type headline struct {
	kind     string
	site     func(w *world) site
	day      float64 // day of the year it starts
	hours    float64 // how long until fixed
	size     int     // requests in a 6,000-request year
	resolved bool
}

var headlines = []headline{
	// one alley's asphalt, from spring until it was paved in autumn
	{"asphalt", func(w *world) site { return site{kind: stAlley, al: w.alleyOf("گلسار", 124, "", 12, "")} }, 38.4, 24 * 188, 104, true},
	// the same alley dug up by the gas company in winter, right after the paving
	{"trench_gas", func(w *world) site { return site{kind: stAlley, al: w.alleyOf("گلسار", 124, "", 12, "")} }, 262.3, 24 * 24, 13, true},
	// a dark alley in Ziabari through the first rains
	{"light", func(w *world) site {
		return site{kind: stAlley, al: w.streetOf("ضیابری", "ضیابری").alleys[6]}
	}, 196.7, 24 * 58, 52, true},
	// Navab's sewage, twice
	{"sewage", func(w *world) site { return site{kind: stAlley, al: w.alleyOf("نواب", 0, "نواب", 7, "")} }, 101.2, 24 * 24, 38, true},
	{"sewage", func(w *world) site { return site{kind: stAlley, al: w.alleyOf("نواب", 0, "نواب", 7, "")} }, 248.5, 24 * 9, 11, true},
	// Somayeh boulevard floods at the bank in every autumn rain until the channel is rebuilt
	{"surface", func(w *world) site { return site{kind: stStretch, mark: w.markOf("سمیه", "بانک سپه")} }, 214.2, 24 * 68, 41, true},
	// a summer water cut on Laleh street
	{"water_cut", func(w *world) site { return site{kind: stArea, st: w.streetOf("منظریه", "لاله")} }, 131.35, 19, 33, true},
	// Nowruz garbage at the Bousar bakery
	{"garbage", func(w *world) site {
		return site{kind: stStretch, mark: w.markOf("بوسار", "نانوایی بربری بوسار")}
	}, 1.6, 24 * 11, 29, true},
	// dogs in Golbagh-e Namaz park
	{"dogs", func(w *world) site { return site{kind: stPark, pk: w.parkOf("پارک گلباغ نماز")} }, 151.4, 24 * 61, 25, true},
	// a gas smell one night in 107
	{"gas_smell", func(w *world) site {
		return site{kind: stAlley, al: w.alleyOf("گلسار", 107, "", 5, ""), plate: 14}
	}, 288.85, 9, 17, true},
	// the water company's trench on Saadi left open in spring, its patch sinking in winter
	{"trench_water", func(w *world) site { return site{kind: stStretch, mark: w.markOf("سعدی", "بانک تجارت")} }, 58.4, 24 * 44, 23, true},
	{"sunk_patch", func(w *world) site { return site{kind: stStretch, mark: w.markOf("سعدی", "بانک تجارت")} }, 258.4, 24 * 62, 9, true},
	// a summer blackout on Pasdaran
	{"outage", func(w *world) site { return site{kind: stArea, st: w.streetOf("پاسداران", "پاسداران")} }, 121.6, 6, 27, true},
	// Saberin's traffic light after a storm
	{"traffic_light", func(w *world) site { return site{kind: stSquare, mark: w.squareOf("میدان صابرین")} }, 300.4, 24 * 5, 14, true},
	// Manzarieh park's own lights (the municipality's, not the power company's)
	{"park", func(w *world) site { return site{kind: stPark, pk: w.parkOf("بوستان منظریه")} }, 239.5, 24 * 40, 13, true},
}

// plan lays out the issues of the year until they hold n requests.
func (p *planner) plan(n int) []*issue {
	var out []*issue
	total := 0
	scale := float64(n) / 6000
	for _, h := range headlines {
		k := kindByID(h.kind)
		s := h.site(p.w)
		size := int(math.Round(float64(h.size) * scale * (0.9 + 0.2*p.rng.Float64())))
		if size < 1 {
			size = 1
		}
		start := yearStart.Add(time.Duration(h.day*24*float64(time.Hour)) + time.Duration(p.rng.IntN(120))*time.Minute)
		end := start.Add(time.Duration(h.hours * float64(time.Hour)))
		if !p.free(k, s, start, end) {
			panic("rasht42: headlines overlap at " + s.key())
		}
		p.take(k, s, start, end)
		is := &issue{k: k, site: s, start: start, end: end, resolved: h.resolved && end.Before(yearEnd), size: size}
		out = append(out, is)
		total += size
	}
	var wsum float64
	for _, k := range kinds {
		wsum += k.weight
	}
	for total < n {
		k := p.pickKind(wsum)
		is := p.tailIssue(k)
		if is == nil {
			continue
		}
		if total+is.size > n {
			is.size = n - total
		}
		out = append(out, is)
		total += is.size
	}
	for _, is := range out {
		p.times(is)
	}
	// name the issues in the order they were first reported
	sort.SliceStable(out, func(i, j int) bool { return out[i].times[0].Before(out[j].times[0]) })
	for i, is := range out {
		is.group = "G" + pad(i+1, 4)
	}
	return out
}

func (p *planner) pickKind(wsum float64) *kind {
	x := p.rng.Float64() * wsum
	for _, k := range kinds {
		x -= k.weight
		if x < 0 {
			return k
		}
	}
	return kinds[len(kinds)-1]
}

func (p *planner) tailIssue(k *kind) *issue {
	for try := 0; try < 40; try++ {
		s, ok := p.pickSite(k)
		if !ok {
			continue
		}
		start := p.startTime(k)
		hours := math.Exp(math.Log(k.minH) + p.rng.Float64()*(math.Log(k.maxH)-math.Log(k.minH)))
		end := start.Add(time.Duration(hours * float64(time.Hour)))
		if !p.free(k, s, start, end) {
			continue
		}
		p.take(k, s, start, end)
		size := p.size(k.size)
		// a problem reported once is often fixed quickly; a lasting one draws more calls
		return &issue{k: k, site: s, start: start, end: end, resolved: end.Before(yearEnd) && p.rng.Float64() < 0.9, size: size}
	}
	return nil
}

func (p *planner) size(dist int) int {
	x := p.rng.Float64()
	pick := func(table []float64, lo []int, hi []int) int {
		for i, w := range table {
			x -= w
			if x < 0 {
				return lo[i] + p.rng.IntN(hi[i]-lo[i]+1)
			}
		}
		return lo[0]
	}
	switch dist {
	case sizeSmall:
		return pick([]float64{.72, .19, .06, .03}, []int{1, 2, 3, 4}, []int{1, 2, 3, 4})
	case sizeArea:
		return pick([]float64{.36, .2, .12, .09, .06, .12, .045, .005}, []int{1, 2, 3, 4, 5, 6, 11, 21}, []int{1, 2, 3, 4, 5, 10, 20, 30})
	}
	return pick([]float64{.56, .2, .09, .05, .03, .045, .022, .003}, []int{1, 2, 3, 4, 5, 6, 10, 21}, []int{1, 2, 3, 4, 5, 9, 20, 36})
}

// startTime draws when a problem begins, by the season of its kind.
func (p *planner) startTime(k *kind) time.Time {
	var sum float64
	for _, w := range k.season {
		sum += w
	}
	x := p.rng.Float64() * sum
	m := 11
	for i, w := range k.season {
		x -= w
		if x < 0 {
			m = i
			break
		}
	}
	day := monthStart(m) + p.rng.IntN(monthDays(m))
	var hour float64
	if k.night {
		hour = 21 + p.rng.Float64()*5
	} else {
		hour = p.hourOfDay(false)
	}
	return yearStart.Add(time.Duration((float64(day)*24 + hour) * float64(time.Hour)))
}

// hourOfDay draws when people call: few at night, most between nine and one and in the evening.
func (p *planner) hourOfDay(app bool) float64 {
	w := [24]float64{.3, .2, .1, .05, .05, .1, .4, 1, 2, 3, 3.2, 3, 2.6, 2.2, 2, 2, 2, 2.2, 2.4, 2.6, 2.6, 2.2, 1.4, .7}
	if app {
		w[0], w[1], w[22], w[23] = 1, .6, 2.4, 1.8
	}
	var sum float64
	for _, v := range w {
		sum += v
	}
	x := p.rng.Float64() * sum
	for h, v := range w {
		x -= v
		if x < 0 {
			return float64(h) + p.rng.Float64()
		}
	}
	return 12
}

// times spreads an issue's requests over its episode: the first at its start, the rest
// front-loaded for events and spread for lasting problems, in waking hours.
func (p *planner) times(is *issue) {
	last := is.end
	if !last.Before(yearEnd) {
		last = yearEnd.Add(-time.Minute)
	}
	span := last.Sub(is.start)
	is.times = append(is.times[:0], is.start)
	event := span < 48*time.Hour
	for i := 1; i < is.size; i++ {
		u := p.rng.Float64()
		var t time.Time
		if event {
			t = is.start.Add(time.Duration(math.Pow(u, 1.7) * float64(span)))
		} else {
			t = is.start.Add(time.Duration(math.Pow(u, 1.25) * float64(span)))
			day := t.Sub(yearStart) / (24 * time.Hour)
			// fewer calls on Fridays
			if t.Weekday() == time.Friday && p.rng.IntN(2) == 0 {
				day++
			}
			t = yearStart.Add(day*24*time.Hour + time.Duration(p.hourOfDay(p.rng.IntN(3) == 0)*float64(time.Hour)))
			if t.Before(is.start) {
				t = is.start.Add(time.Duration(p.rng.IntN(180)+1) * time.Minute)
			}
			if t.After(last) {
				t = last.Add(-time.Duration(p.rng.IntN(120)) * time.Minute)
				if t.Before(is.start) {
					t = is.start
				}
			}
		}
		is.times = append(is.times, t.Truncate(time.Second))
	}
	is.times[0] = is.start.Truncate(time.Second)
	sort.Slice(is.times, func(i, j int) bool { return is.times[i].Before(is.times[j]) })
}

// pickSite draws a site of the kinds the problem happens at, busy alleys more often.
func (p *planner) pickSite(k *kind) (site, bool) {
	var sum float64
	for _, w := range k.sites {
		sum += w
	}
	x := p.rng.Float64() * sum
	sk := stAlley
	for i, w := range k.sites {
		x -= w
		if x < 0 {
			sk = i
			break
		}
	}
	w := p.w
	s := site{kind: sk}
	switch sk {
	case stAlley:
		s.al = p.weightedAlley()
	case stDeadEnd:
		if len(w.deadEnds) == 0 {
			return s, false
		}
		s.de = w.deadEnds[p.rng.IntN(len(w.deadEnds))]
	case stStretch:
		s.mark = w.stretches[p.rng.IntN(len(w.stretches))]
	case stArea:
		// cuts hit streets with houses: the ones with alleys
		for {
			st := w.streets[p.rng.IntN(len(w.streets))]
			if len(st.alleys) > 0 {
				s.st = st
				break
			}
		}
	case stPark:
		s.pk = w.parks[p.rng.IntN(len(w.parks))]
	case stSquare:
		s.mark = w.squares[p.rng.IntN(len(w.squares))]
	case stInst:
		var c []*landmark
		for _, m := range w.insts {
			for _, ik := range k.inst {
				if m.kind == ik {
					c = append(c, m)
				}
			}
		}
		if len(c) == 0 {
			return s, false
		}
		s.mark = c[p.rng.IntN(len(c))]
	}
	if k.point && (sk == stAlley || sk == stDeadEnd) {
		s.plate = 1 + p.rng.IntN(70)
	}
	return s, true
}

func (p *planner) weightedAlley() *alley {
	var sum float64
	for _, a := range p.w.alleys {
		sum += a.weight
	}
	x := p.rng.Float64() * sum
	for _, a := range p.w.alleys {
		x -= a.weight
		if x < 0 {
			return a
		}
	}
	return p.w.alleys[len(p.w.alleys)-1]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

func pad(n, w int) string {
	s := itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}
