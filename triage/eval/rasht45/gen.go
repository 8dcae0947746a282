package rasht45

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose the set: the seed, the number of requests and the district code written
// on them.
type Options struct {
	Seed     int64
	N        int    // requests; 0 means 6,000
	District string // "" means "5"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "5"
	}
	return o
}

// Generate draws the year: N requests sorted by CreatedAt, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht45: negative number of requests")
	}
	g := newGen(opt)
	g.plan()
	return g.rows(), nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Tehran time, +03:30 all year (no daylight saving since 2022).
var tehran = time.FixedZone("+0330", 3*3600+30*60)

// The year 1404: 1 Farvardin 1404 is 21 March 2025; 1 Farvardin 1405 is 21 March 2026.
var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	yearEnd   = time.Date(2026, 3, 21, 0, 0, 0, 0, tehran)
)

const yearDays = 365

const day = 24 * time.Hour

// monthOf is the Jalali month (0 = Farvardin) of day d of 1404.
func monthOf(d int) int {
	switch {
	case d < 186:
		return d / 31
	case d < 336:
		return 6 + (d-186)/30
	default:
		return 11
	}
}

var monthNames = []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// dayFactor is how busy the line is on day d: the Nowruz holidays, Fridays, Tasua and Ashura.
func dayFactor(d int) float64 {
	f := 1.0
	switch {
	case d == 12:
		f = 0.2
	case d < 13:
		f = 0.35
	case d == 106 || d == 107:
		f = 0.5
	}
	switch d % 7 { // 21 March 2025 was a Friday
	case 0:
		f *= 0.6
	case 6:
		f *= 0.85
	}
	return f
}

var dayHours = []float64{0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2, 2, 1.8, 1.5, 1.2, 1.2, 1.4, 1.5, 1.5, 1.6, 1.7, 1.6, 1.3, 0.9, 0.5}
var nightHours = []float64{2, 1.5, 1, 0.5, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2.5, 2.8}

type issue struct {
	k     *kind
	p     *place // nil: no place at all
	start time.Time
	end   time.Time // the fix; may be after the year
	reqs  []*spec
	group string
	order int
	v     int // the variant of the kind's problem
}

// spec is one request before it is written.
type spec struct {
	is         *issue
	at         time.Time
	channel    string
	home       *alley // the reporter's alley (area problems)
	plate      int    // the reporter's plate
	fing       bool
	follow     *spec // the earlier request this one follows up
	nth        int   // how many times this reporter has reported
	cite       bool  // quotes the earlier request's tracking code
	noPlace    bool
	streetOnly bool
	reopen     bool
	aside      *kind
	pin        bool
	seed       uint64
	id         string
}

type span struct{ a, b time.Time }

type gen struct {
	opt    Options
	r      *rand.Rand
	w      *world
	pk     *picker
	reg    map[string][]span
	issues []*issue
	total  int
	dayW   map[*kind][]float64
}

func newGen(opt Options) *gen {
	g := &gen{opt: opt, r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874343500)), w: newWorld(),
		reg: map[string][]span{}, dayW: map[*kind][]float64{}}
	g.pk = newPicker(g.w)
	return g
}

func (g *gen) days(k *kind) []float64 {
	if w, ok := g.dayW[k]; ok {
		return w
	}
	w := make([]float64, yearDays)
	for d := range w {
		w[d] = k.season[monthOf(d)] * dayFactor(d)
	}
	g.dayW[k] = w
	return w
}

// atHour is day d at an hour drawn for the kind.
func (g *gen) atHour(d int, night bool) time.Time {
	hw := dayHours
	if night {
		hw = nightHours
	}
	h := pickW(g.r, hw)
	return yearStart.Add(time.Duration(d)*day + time.Duration(h)*time.Hour + time.Duration(g.r.IntN(3600))*time.Second)
}

func (g *gen) length(k *kind) time.Duration {
	a, b := math.Log(k.days[0]), math.Log(k.days[1])
	return time.Duration(math.Exp(a+g.r.Float64()*(b-a)) * float64(day))
}

// tail is how long after the fix the same problem at the same place still belongs to the
// episode: 30 days where a bad repair can be complained of, three days otherwise.
func tail(k *kind) time.Duration {
	if len(k.reopen) > 0 || k.days[1] >= 30 {
		return 30 * day
	}
	return 3 * day
}

func (g *gen) free(k *kind, p *place, a, b time.Time) bool {
	for _, key := range p.keys {
		for _, s := range g.reg[k.family+"|"+key] {
			if a.Before(s.b) && s.a.Before(b) {
				return false
			}
		}
	}
	return true
}

func (g *gen) reserve(is *issue) {
	s := span{is.start.Add(-3 * day), is.end.Add(tail(is.k))}
	for _, key := range is.p.keys {
		g.reg[is.k.family+"|"+key] = append(g.reg[is.k.family+"|"+key], s)
	}
}

// size draws how many requests an issue gets: most one or two, a long tail.
func (g *gen) size(k *kind) int {
	u := g.r.Float64()
	var s float64
	switch {
	case u < 0.55:
		s = 1
	case u < 0.76:
		s = 2
	case u < 0.86:
		s = 3
	default:
		s = 3 + math.Floor(2*math.Pow(1-g.r.Float64(), -1/1.5))
	}
	n := 1 + int(math.Floor((s-1)*k.pull+g.r.Float64()))
	// The tail is for problems many people share: a bakery does not draw forty calls.
	limit := int(math.Max(6, math.Min(40, 8+30*(k.pull-0.5))))
	return min(n, limit)
}

func (g *gen) scaled(n int) int {
	m := int(math.Round(float64(n) * float64(g.opt.N) / 6000))
	return max(m, 2)
}

// plan lays out the year: the planted issues, the requests without a place, then issues
// drawn at random until there are N requests.
func (g *gen) plan() {
	if g.opt.N >= 300 {
		g.plant()
	}
	singles := int(math.Round(0.02 * float64(g.opt.N)))
	var placeable []float64
	for _, k := range kinds {
		wt := 0.0
		if k.lv == lvAlley || k.lv == lvPoint || k.lv == lvPlate {
			wt = k.weight
		}
		placeable = append(placeable, wt)
	}
	for i := 0; i < singles && g.total < g.opt.N; i++ {
		k := kinds[pickW(g.r, placeable)]
		d := pickW(g.r, g.days(k))
		is := &issue{k: k, start: g.atHour(d, k.night)}
		is.end = is.start.Add(day)
		g.addRequests(is, 1, 0)
	}
	var weights []float64
	for _, k := range kinds {
		weights = append(weights, k.weight)
	}
	for g.total < g.opt.N {
		k := kinds[pickW(g.r, weights)]
		n := min(g.size(k), g.opt.N-g.total)
		is := g.place(k)
		if is == nil {
			continue
		}
		g.reserve(is)
		reopen := 0
		if len(k.reopen) > 0 && n >= 3 && g.r.Float64() < 0.15 {
			reopen = 1 + g.r.IntN(2)
		}
		reopen = min(reopen, n-1)
		g.addRequests(is, n-reopen, reopen)
	}
}

// place draws a place and an episode for kind k that does not run into the same problem
// at the same place.
func (g *gen) place(k *kind) *issue {
	for try := 0; try < 40; try++ {
		p := g.pk.choose(g.r, k)
		d := pickW(g.r, g.days(k))
		start := g.atHour(d, k.night)
		end := start.Add(g.length(k))
		if g.free(k, p, start.Add(-3*day), end.Add(tail(k))) {
			return &issue{k: k, p: p, start: start, end: end}
		}
	}
	return nil
}

// addRequests draws n requests over the episode and r more within 30 days after the fix.
func (g *gen) addRequests(is *issue, n, reopen int) {
	is.v = g.r.IntN(is.k.variants())
	span := is.end.Sub(is.start)
	if left := yearEnd.Sub(is.start) - time.Minute; span > left {
		span = left
	}
	var ts []time.Time
	ts = append(ts, is.start)
	for i := 1; i < n; i++ {
		f := math.Pow(g.r.Float64(), 1.3)
		t := is.start.Add(time.Duration(f * float64(span)))
		if span > 36*time.Hour {
			d := int(t.Sub(yearStart) / day)
			t = g.atHour(d, is.k.night)
			if t.Before(is.start) {
				t = is.start.Add(time.Duration(g.r.IntN(180)+1) * time.Minute)
			}
		}
		if !t.Before(yearEnd) {
			t = yearEnd.Add(-time.Duration(g.r.IntN(600)+1) * time.Minute)
		}
		ts = append(ts, t)
	}
	for i := 0; i < reopen; i++ {
		t := is.end.Add(time.Duration(2+g.r.IntN(26))*day + time.Duration(g.r.IntN(12*60))*time.Minute)
		if t.Before(yearEnd) {
			ts = append(ts, t)
		} else {
			ts = append(ts, is.start.Add(time.Duration(g.r.Float64()*float64(span))))
		}
	}
	sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
	for i, t := range ts {
		s := &spec{is: is, at: t, seed: g.r.Uint64(), plate: 1 + g.r.IntN(60), nth: 1}
		s.channel = channels[pickW(g.r, channelW)]
		s.fing = s.channel == "app" && g.r.Float64() < 0.08
		if is.p != nil && is.p.lv == lvArea {
			s.home = g.pk.alleyIn(g.r, is.p.h)
		}
		switch {
		case is.p == nil:
			s.noPlace = true
		case i > 0 && reopen > 0 && t.After(is.end):
			s.reopen = true
			g.followUp(s, is.reqs)
		case i > 0 && g.r.Float64() < 0.2:
			g.followUp(s, is.reqs)
			if g.r.Float64() < 0.35 {
				s.cite = true
				s.noPlace = g.r.Float64() < 0.4
			}
		case is.p.lv != lvArea && is.p.al != nil && g.r.Float64() < 0.06:
			s.streetOnly = true
		}
		if g.r.Float64() < 0.03 {
			s.aside = g.aside(is.k)
		}
		if !s.noPlace && !s.streetOnly {
			s.pin = g.r.Float64() < pinChance[s.channel]
		}
		is.reqs = append(is.reqs, s)
	}
	g.issues = append(g.issues, is)
	g.total += len(is.reqs)
}

var (
	channels  = []string{"phone", "app", "web", "in_person"}
	channelW  = []float64{0.5, 0.35, 0.08, 0.07}
	pinChance = map[string]float64{"phone": 0.04, "app": 0.7, "web": 0.25, "in_person": 0.04}
)

// followUp makes s a follow-up by the reporter of an earlier request.
func (g *gen) followUp(s *spec, earlier []*spec) {
	if len(earlier) == 0 {
		return
	}
	f := earlier[g.r.IntN(len(earlier))]
	s.follow = f
	s.nth = f.nth + 1
	s.plate, s.home = f.plate, f.home
	if g.r.Float64() < 0.7 {
		s.channel, s.fing = f.channel, f.fing
	}
}

// aside is a second problem mentioned in passing.
func (g *gen) aside(k *kind) *kind {
	for {
		a := kinds[g.r.IntN(len(kinds))]
		if a.family != k.family && a.lv != lvMark {
			return a
		}
	}
}

// ---- the planted issues: the tail of the year and its hardest neighbours

func (g *gen) alleyAt(hoodID string, st, num int) *alley {
	for _, h := range g.w.hoods {
		if h.id == hoodID {
			for _, a := range h.sts[st].alleys {
				if a.num == num {
					return a
				}
			}
		}
	}
	panic(fmt.Sprintf("rasht45: no alley %s/%d/%d", hoodID, st, num))
}

func (g *gen) markNamed(name string) *landmark {
	for _, m := range g.w.marks {
		if m.name == name {
			return m
		}
	}
	panic("rasht45: no landmark " + name)
}

func (g *gen) hoodNamed(id string) *hood {
	for _, h := range g.w.hoods {
		if h.id == id {
			return h
		}
	}
	panic("rasht45: no neighbourhood " + id)
}

func (g *gen) plantOne(code string, p *place, startDay, hour int, days float64, n, reopen int) *issue {
	k := kindByCode(code)
	start := yearStart.Add(time.Duration(startDay)*day + time.Duration(hour)*time.Hour + time.Duration(g.r.IntN(3600))*time.Second)
	is := &issue{k: k, p: p, start: start, end: start.Add(time.Duration(days * float64(day)))}
	g.reserve(is)
	n = g.scaled(n)
	if reopen > 0 && n < 3 {
		reopen = 0
	}
	g.addRequests(is, n-reopen, reopen)
	return is
}

func (g *gen) plant() {
	maskan := g.alleyAt("maskan", 2, 3)
	g.plantOne("asphalt", alleyPlace(maskan), 40, 10, 190, 100, 3)                       // the alley of the year
	g.plantOne("asphalt", alleyPlace(maskan), 300, 11, 60, 4, 0)                         // relaid, broken again: a new issue
	g.plantOne("watercut", areaPlace(g.hoodNamed("soleiman")), 100, 8, 1.6, 52, 0).v = 0 // a cut, not low pressure
	dark := g.alleyAt("lakan", 1, 7)
	g.plantOne("light", alleyPlace(dark), 160, 20, 95, 40, 2)
	g.plantOne("light", alleyPlace(dark), 330, 19, 30, 3, 0)
	g.plantOne("channel", segPlace(g.alleyAt("besat", 0, 1).st, 1), 225, 9, 35, 35, 0)
	g.plantOne("powercut", areaPlace(g.hoodNamed("manzarie")), 125, 13, 0.35, 30, 0)
	g.plantOne("dogs", markPlace(g.markNamed("بوستان بعثت")), 60, 18, 60, 24, 0)
	// A blocked surface-water channel and an overflowing sewer in the same alley, same weeks.
	s7 := g.alleyAt("soleiman", 0, 7)
	g.plantOne("channel", alleyPlace(s7), 215, 8, 20, 12, 0)
	g.plantOne("sewer", insidePlace(s7, 14), 218, 10, 8, 9, 0)
	// The gas company's trench, then the alley's asphalt after it.
	b4 := g.alleyAt("besat", 1, 4)
	g.plantOne("trench-gas", alleyPlace(b4), 120, 10, 45, 8, 0)
	g.plantOne("asphalt", alleyPlace(b4), 200, 10, 80, 6, 0)
	// Neighbouring alleys, same problem, same months.
	g.plantOne("asphalt", alleyPlace(g.alleyAt("manzarie", 1, 12)), 70, 10, 120, 15, 0)
	g.plantOne("asphalt", alleyPlace(g.alleyAt("manzarie", 1, 14)), 90, 10, 100, 10, 0)
	// Two problems in one alley at once.
	a3 := g.alleyAt("azadegan", 1, 3)
	g.plantOne("light", alleyPlace(a3), 20, 21, 40, 5, 0)
	g.plantOne("asphalt", alleyPlace(a3), 25, 10, 100, 6, 0)
	// A trench nobody owns and the water company's trench two alleys on.
	g.plantOne("trench", alleyPlace(g.alleyAt("lakan", 2, 6)), 150, 10, 30, 5, 0)
	g.plantOne("trench-water", alleyPlace(g.alleyAt("lakan", 2, 8)), 155, 10, 40, 5, 0)
	// A storm: branches on the power lines and a fallen tree two alleys apart.
	g.plantOne("branches", mouthPlace(g.alleyAt("azadegan", 2, 5)), 200, 7, 10, 4, 0)
	g.plantOne("tree", mouthPlace(g.alleyAt("azadegan", 2, 7)), 201, 8, 8, 4, 0).v = 0 // fallen, not pruning
}
