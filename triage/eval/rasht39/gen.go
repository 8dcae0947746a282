package rasht39

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write. The zero value of a field takes its default.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "3"
	// Start is the first day of the year (default 1 فروردین 1404, 21 March 2025, Tehran).
	Start time.Time
}

// tehran is Iran's time since it dropped daylight saving in 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

const yearDays = 365

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

// issue is one problem at one spot in one episode.
type issue struct {
	p       *problem
	variant int
	sp      spot
	noPlace bool
	start   time.Time
	days    int
	size    int
	group   string
}

// draft is a request before its id is known.
type draft struct {
	row      labelled.Row
	iss      *issue
	followup bool
	noRef    string // the text to use when no earlier request exists to quote
	seq      int
}

type generator struct {
	r      *rand.Rand
	opt    Options
	g      []neighbourhood
	ps     []problem
	byKey  map[string]*problem
	busy   map[string][][2]int // problem+spot → episodes (days) already there
	hot    map[string][]spot   // problem → its recurring spots
	storms []int               // days of the year a storm broke
	snows  []int               // days it snowed
	issues []*issue
}

// Generate writes the year's requests in time order, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("n %d is negative", opt.N)
	}
	gen := newGenerator(opt)
	gen.plan()
	drafts := gen.requests()
	gen.batchTyping(drafts)
	return gen.finish(drafts), nil
}

func newGenerator(opt Options) *generator {
	gen := &generator{
		r:     rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed)^0x39_3939_3939)),
		opt:   opt,
		g:     district3(),
		ps:    problems(),
		byKey: map[string]*problem{},
		busy:  map[string][][2]int{},
		hot:   map[string][]spot{},
	}
	for i := range gen.ps {
		gen.byKey[gen.ps[i].key] = &gen.ps[i]
	}
	gen.weather()
	return gen
}

// scaled is n requests of a 6,000-request year, for a year of opt.N.
func (gen *generator) scaled(n int) int {
	return int(math.Round(float64(n) * float64(gen.opt.N) / 6000))
}

// plan lays out the year's issues until they hold exactly N requests.
func (gen *generator) plan() {
	total := 0
	add := func(is *issue) {
		if total+is.size > gen.opt.N {
			is.size = gen.opt.N - total
		}
		if is.size <= 0 {
			return
		}
		total += is.size
		gen.issues = append(gen.issues, is)
		gen.occupy(is)
	}
	// The year's big ones: one alley nobody repaves (about a hundred calls), the corner of
	// پل عراق that floods in the worst storm, a vacant lot turned debris dump, and the dark
	// road of سلیمان‌داراب while one fault lasts.
	bigs := []struct {
		key     string
		sp      spot
		day     int
		days, n int
	}{
		{"asphalt", spot{nb: 1, st: 0, al: 7}, 20, 230, 100},
		{"surfacewater", spot{nb: 0, st: 0, al: 4, onStreet: true}, 245, 3, 45},
		{"debris", spot{nb: 6, st: 2, al: 8}, 60, 70, 28},
		{"streetlight", spot{nb: 4, st: 0, al: -1}, 215, 50, 24},
	}
	for _, b := range bigs {
		if n := gen.scaled(b.n); n > 0 {
			p := gen.byKey[b.key]
			add(&issue{p: p, variant: variants(p)[0], sp: b.sp, start: gen.opt.Start.AddDate(0, 0, b.day), days: b.days, size: n})
		}
	}
	var weights []float64
	for _, p := range gen.ps {
		weights = append(weights, p.weight)
	}
	for total < gen.opt.N {
		p := &gen.ps[drawIndex(gen.r, weights)]
		is := &issue{p: p, variant: pick(gen.r, variants(p)), size: drawSize(gen.r, p.sizeScale)}
		is.days = p.days[0] + gen.r.IntN(p.days[1]-p.days[0]+1)
		if is.size > 12 && is.days < 20 && p.scope != areaScope && p.days[1] >= 20 {
			is.days = 20 + gen.r.IntN(40) // a problem that draws many calls stayed a while
		}
		if gen.r.IntN(100) < 3 {
			is.noPlace, is.size = true, 1
			is.start = gen.startDay(p, is.days)
			add(is)
			continue
		}
		if !gen.place(is) {
			continue
		}
		add(is)
	}
}

// startDay draws the day an episode starts, by the problem's season, leaving it room to
// end within the year.
func (gen *generator) startDay(p *problem, days int) time.Time {
	var d int
	switch {
	case p.key == "snow" && len(gen.snows) > 0:
		d = pick(gen.r, gen.snows) + gen.r.IntN(2)
	case stormDriven[p.key] > 0 && gen.r.IntN(100) < stormDriven[p.key]:
		// a storm floods many corners, fells trees and cuts power the same night
		d = pick(gen.r, gen.storms) + gen.r.IntN(2)
	default:
		m := drawIndex(gen.r, p.season[:])
		first := monthStart(m)
		last := monthStart(m+1) - 1
		d = first + gen.r.IntN(last-first+1)
	}
	if d+days > yearDays-1 {
		d = max(0, yearDays-1-days)
	}
	return gen.opt.Start.AddDate(0, 0, d)
}

// stormDriven is the chance, in percent, that an issue of the problem starts with a storm.
var stormDriven = map[string]int{"surfacewater": 80, "gutter": 30, "sewage": 40, "tree": 25, "outage": 40, "wire": 40}

// weather draws the year's storms (Rasht's wet half, the worst in آذر: the day the
// پل عراق corner floods) and one snowfall in بهمن.
func (gen *generator) weather() {
	gen.storms = []int{245}
	for len(gen.storms) < 18 {
		m := drawIndex(gen.r, rainy[:])
		gen.storms = append(gen.storms, monthStart(m)+gen.r.IntN(monthStart(m+1)-monthStart(m)))
	}
	day := monthStart(10) + 5 + gen.r.IntN(15)
	gen.snows = []int{day, day + 1, day + 2}
}

// monthStart is the day of the solar year on which month m (0 = فروردین) begins.
func monthStart(m int) int {
	if m <= 6 {
		return 31 * m
	}
	return 186 + 30*(m-6)
}

// place finds a spot and a start for is where the same problem is not already open.
func (gen *generator) place(is *issue) bool {
	for try := 0; try < 8; try++ {
		var sp spot
		hot := gen.hot[is.p.key]
		switch {
		case is.p.scope != areaScope && len(hot) > 0 && gen.r.IntN(100) < 30:
			sp = pick(gen.r, hot)
		default:
			sp = gen.drawSpot(is.p)
			if is.p.scope != areaScope && len(hot) < 8 && gen.r.IntN(4) == 0 {
				gen.hot[is.p.key] = append(hot, sp)
			}
		}
		start := gen.startDay(is.p, is.days)
		d := int(start.Sub(gen.opt.Start).Hours() / 24)
		if gen.free(is.p.key, sp, d, d+is.days) {
			is.sp, is.start = sp, start
			return true
		}
	}
	return false
}

// free says whether no episode of the problem is open at sp within a week of [from, to]:
// the clerk counts a report a week after the repair as the problem come back, and one
// sooner as the same episode.
func (gen *generator) free(key string, sp spot, from, to int) bool {
	const gap = 7
	for _, e := range gen.busy[key+"@"+sp.key()] {
		if from <= e[1]+gap && e[0] <= to+gap {
			return false
		}
	}
	return true
}

func (gen *generator) occupy(is *issue) {
	if is.noPlace {
		return
	}
	d := int(is.start.Sub(gen.opt.Start).Hours() / 24)
	k := is.p.key + "@" + is.sp.key()
	gen.busy[k] = append(gen.busy[k], [2]int{d, d + is.days})
}

// drawSpot picks where a problem of this scope happens, weighing neighbourhoods and
// streets by their alleys.
func (gen *generator) drawSpot(p *problem) spot {
	r := gen.r
	if p.key == "park" {
		var parks []spot
		for ni, n := range gen.g {
			for _, l := range n.landmarks {
				if strings.HasPrefix(l.name, "پارک") {
					parks = append(parks, spot{nb: ni, st: l.street, al: l.alley, onStreet: true})
				}
			}
		}
		return pick(r, parks)
	}
	var w []float64
	for _, n := range gen.g {
		a := 0
		for _, s := range n.streets {
			a += len(s.alleys) + 3
		}
		w = append(w, float64(a))
	}
	nb := drawIndex(r, w)
	if p.scope == areaScope {
		return spot{nb: nb, st: -1, al: -1}
	}
	n := gen.g[nb]
	w = w[:0]
	for _, s := range n.streets {
		w = append(w, float64(len(s.alleys)+3))
	}
	st := drawIndex(r, w)
	s := n.streets[st]
	onStreet := 30
	switch p.key {
	case "sidewalk", "speedbump", "telecom", "abandoned":
		onStreet = 75
	case "parking", "noise", "building":
		onStreet = 15
	}
	if p.scope == lineScope {
		if r.IntN(100) < 25 || s.kind == "جاده" && r.IntN(2) == 0 {
			return spot{nb: nb, st: st, al: -1}
		}
		return spot{nb: nb, st: st, al: r.IntN(len(s.alleys))}
	}
	return spot{nb: nb, st: st, al: r.IntN(len(s.alleys)), onStreet: r.IntN(100) < onStreet}
}

// drawSize is how many requests one issue draws: most one or two, a few dozens.
func drawSize(r *rand.Rand, scale float64) int {
	u := r.Float64()
	var n int
	switch {
	case u < 0.70:
		n = 1
	case u < 0.86:
		n = 2
	case u < 0.915:
		n = 3
	case u < 0.962:
		n = 4 + r.IntN(3)
	case u < 0.99:
		n = 7 + r.IntN(6)
	case u < 0.998:
		n = 13 + r.IntN(13)
	default:
		n = 26 + r.IntN(15)
	}
	if n == 1 {
		if scale > 1 && r.Float64() < (scale-1)*0.4 {
			n = 2
		}
		return n
	}
	return max(1, int(math.Round(float64(n)*scale)))
}

func drawIndex(r *rand.Rand, w []float64) int {
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	u := r.Float64() * sum
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}
