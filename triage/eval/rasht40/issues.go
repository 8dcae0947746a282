package rasht40

import (
	"math"
	"math/rand/v2"
	"time"
)

// yearStart is 1 Farvardin 1404 in Rasht.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, time.FixedZone("IRST", 3*3600+1800))

const year = 365 * 24 * time.Hour

// issue is one problem at one spot in one episode: the unit of the truth.
type issue struct {
	id                     string
	prob                   *problem
	kind                   *kind
	sp                     spot
	start                  time.Time
	span                   time.Duration // from first to last request
	size                   int
	placeless              string // the text of a general complaint with no place; then prob is nil
	agency                 string
	category               string
	vagueStreet, vagueHood bool // alone of its problem on its street / neighbourhood
}

func (is *issue) end() time.Time { return is.start.Add(is.span) }

// drawSize: most issues draw one or two requests, a few a dozen or more.
func drawSize(rng *rand.Rand, p *problem) int {
	u := rng.Float64()
	var n int
	switch {
	case u < 0.61:
		n = 1
	case u < 0.81:
		n = 2
	case u < 0.895:
		n = 3
	case u < 0.945:
		n = 4 + rng.IntN(2)
	case u < 0.99:
		n = 6 + rng.IntN(6)
	default:
		n = 12 + rng.IntN(13)
	}
	if p != nil && p.wide && n > 1 {
		n = int(math.Round(float64(n) * 1.3))
	}
	return n
}

// drawSpan: how long an episode keeps drawing calls.
func drawSpan(rng *rand.Rand, size int) time.Duration {
	day := 24 * time.Hour
	switch {
	case size == 1:
		return 0
	case size <= 3:
		return time.Duration(rng.Float64() * float64(6*day))
	case size <= 12:
		return 2*day + time.Duration(rng.Float64()*float64(20*day))
	}
	return 10*day + time.Duration(rng.Float64()*float64(60*day))
}

// monthRain is how likely a rain problem starts in each Gregorian month (Rasht's wet season
// is autumn and winter).
var monthRain = [13]float64{0, 1, 0.8, 0.6, 0.35, 0.25, 0.1, 0.1, 0.15, 0.5, 1, 1, 1}

func drawStart(rng *rand.Rand, p *problem) time.Time {
	for {
		t := yearStart.Add(time.Duration(rng.Float64() * float64(year)))
		if p == nil || !p.rainy || rng.Float64() < monthRain[t.Month()] {
			return t
		}
	}
}

// bigIssue is one of the few issues of the year that draw dozens of calls.
type bigIssue struct {
	code     string
	kind     int
	hood     string
	street   string
	alley    int
	landmark string
	rel      string
	startDay int // days after 1 Farvardin
	spanDays int
	size     int // per 6,000 requests
}

var bigIssues = []bigIssue{
	// the asphalt of one alley dug for the gas and left: the year's hundred
	{code: "asphalt", kind: 3, hood: "گلسار", street: "124", alley: 12, startDay: 25, spanDays: 95, size: 100},
	// it comes back after the autumn rains broke the patch
	{code: "asphalt", kind: 3, hood: "گلسار", street: "124", alley: 12, startDay: 230, spanDays: 40, size: 14},
	{code: "garbage", hood: "معلم", street: "معلم", alley: 7, startDay: 60, spanDays: 120, size: 42},
	{code: "streetlight", hood: "گلسار", street: "گیلان", landmark: "بانک ملت", rel: "روبروی", startDay: 200, spanDays: 50, size: 35},
	{code: "surfacewater", hood: "گلسار", street: "سمیه", landmark: "پمپ بنزین", rel: "بعد از", startDay: 235, spanDays: 14, size: 45},
	{code: "dogs", hood: "حمیدیان", street: "حمیدیان", alley: 3, landmark: "پارک", rel: "کنار", startDay: 140, spanDays: 70, size: 26},
	{code: "sewage", hood: "منظریه", street: "منظریه", alley: 3, startDay: 250, spanDays: 30, size: 20},
	{code: "watertrench", hood: "یخسازی", street: "یخسازی", alley: 5, startDay: 100, spanDays: 45, size: 15},
}

func problemByCode(code string) *problem {
	for i := range problems {
		if problems[i].code == code {
			return &problems[i]
		}
	}
	panic("rasht40: no problem " + code)
}

func (p *spotPool) streetNamed(hood, name string) *street {
	for _, s := range p.streets {
		if s.hood == hood && s.name == name {
			return s
		}
	}
	panic("rasht40: no street " + name)
}

func (p *spotPool) place(st *street, alley int, landmark, rel string) spot {
	sp := spot{st: st, alley: alley, landmark: landmark, rel: rel}
	f := 0.5
	if alley > 0 {
		f = (float64(alley) - 0.5) / float64(st.alleys)
	}
	sp.lat = st.lat0 + (st.lat1-st.lat0)*f
	sp.lon = st.lon0 + (st.lon1-st.lon0)*f
	return sp
}

// planIssues lays out the year's issues until they hold n requests.
func planIssues(rng *rand.Rand, n int) []*issue {
	pool := newSpotPool(rng)
	var out []*issue
	total := 0
	scale := float64(n) / 6000
	day := 24 * time.Hour
	for _, b := range bigIssues {
		size := int(math.Round(float64(b.size) * scale))
		if size < 2 || total+size > n {
			continue
		}
		p := problemByCode(b.code)
		out = append(out, &issue{prob: p, kind: &p.kinds[b.kind], sp: pool.place(pool.streetNamed(b.hood, b.street), b.alley, b.landmark, b.rel),
			start: yearStart.Add(time.Duration(b.startDay)*day + 9*time.Hour), span: time.Duration(b.spanDays) * day, size: size})
		total += size
	}
	var weights float64
	for _, p := range problems {
		weights += p.weight
	}
	byKey := map[string][]*issue{} // problem|spot → issues, to keep episodes apart
	for _, is := range out {
		k := is.prob.code + "|" + is.sp.key()
		byKey[k] = append(byKey[k], is)
	}
	clash := func(k string, s, e time.Time) bool {
		for _, o := range byKey[k] {
			if s.Before(o.end().Add(45*day)) && o.start.Before(e.Add(45*day)) {
				return true
			}
		}
		return false
	}
	for total < n {
		if rng.Float64() < 0.03 {
			pl := placeless[rng.IntN(len(placeless))]
			out = append(out, &issue{placeless: pl.text, agency: pl.agency, category: pl.category, start: drawStart(rng, nil), size: 1})
			total++
			continue
		}
		x := rng.Float64() * weights
		var p *problem
		for i := range problems {
			if x < problems[i].weight {
				p = &problems[i]
				break
			}
			x -= problems[i].weight
		}
		if p == nil {
			p = &problems[len(problems)-1]
		}
		size := min(drawSize(rng, p), n-total)
		span := drawSpan(rng, size)
		var is *issue
		for try := 0; try < 12; try++ {
			sp := pool.pick(p.stretch && rng.Float64() < 0.3)
			if p.code == "park" { // a park problem is at a park
				sp.landmark, sp.rel = []string{"پارک", "بوستان"}[rng.IntN(2)], []string{"داخل", "کنار", "روبروی"}[rng.IntN(3)]
			}
			s := drawStart(rng, p)
			if s.Add(span).After(yearStart.Add(year)) {
				s = yearStart.Add(year - span - time.Hour)
			}
			if k := p.code + "|" + sp.key(); !clash(k, s, s.Add(span)) {
				is = &issue{prob: p, kind: &p.kinds[rng.IntN(len(p.kinds))], sp: sp, start: s, span: span, size: size}
				byKey[k] = append(byKey[k], is)
				break
			}
		}
		if is == nil {
			continue
		}
		out = append(out, is)
		total += size
		// a neighbour issue of another agency at the same place and time: the hard cases
		if tw, ok := twins[p.code]; ok && total < n && rng.Float64() < tw.p {
			q := problemByCode(tw.code)
			sp := is.sp
			if tw.code == "park" {
				sp = spot{st: sp.st, landmark: "پارک", rel: "داخل", lat: sp.lat, lon: sp.lon}
			}
			k := q.code + "|" + sp.key()
			size2 := min(drawSize(rng, q), n-total)
			span2 := drawSpan(rng, size2)
			s := is.start.Add(time.Duration(rng.IntN(5*24)) * time.Hour)
			if !clash(k, s, s.Add(span2)) && s.Add(span2).Before(yearStart.Add(year)) {
				t := &issue{prob: q, kind: &q.kinds[tw.kind], sp: sp, start: s, span: span2, size: size2}
				byKey[k] = append(byKey[k], t)
				out = append(out, t)
				total += size2
			}
		}
		// an episode that ends and comes back at the same spot
		if size >= 2 && total < n && rng.Float64() < 0.08 {
			back := is.end().Add(time.Duration(45+rng.IntN(120)) * day)
			size2 := min(drawSize(rng, p), n-total)
			span2 := drawSpan(rng, size2)
			if back.Add(span2).Before(yearStart.Add(year)) {
				is2 := &issue{prob: p, kind: is.kind, sp: is.sp, start: back, span: span2, size: size2}
				byKey[p.code+"|"+is.sp.key()] = append(byKey[p.code+"|"+is.sp.key()], is2)
				out = append(out, is2)
				total += size2
			}
		}
	}
	markVague(out)
	return out
}

// markVague finds the issues a street-only or neighbourhood-only report still points at
// unambiguously: alone of their problem there within 30 days.
func markVague(all []*issue) {
	month := 30 * 24 * time.Hour
	for _, a := range all {
		if a.prob == nil {
			continue
		}
		a.vagueStreet, a.vagueHood = true, true
		for _, b := range all {
			if a == b || b.prob != a.prob {
				continue
			}
			if !(a.start.Before(b.end().Add(month)) && b.start.Before(a.end().Add(month))) {
				continue
			}
			if b.sp.st.hood == a.sp.st.hood {
				a.vagueHood = false
				if b.sp.st == a.sp.st {
					a.vagueStreet = false
				}
			}
		}
	}
}

// twins pair a problem with a different one at the same place in the same days that belongs
// to another agency (or the other way round): one rain, a blocked جوی (municipality) and an
// overflowing sewage manhole (water); a car across the alley (police) and a builder's sand
// (municipality); a dark street (power) and its dark park (municipality).
var twins = map[string]struct {
	code string
	kind int
	p    float64
}{
	"sewage":       {"surfacewater", 1, 0.3},
	"surfacewater": {"sewage", 0, 0.06},
	"parking":      {"obstruction", 1, 0.25},
	"streetlight":  {"park", 2, 0.2},
}
