package rasht6

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"time"
)

// Options choose one generated set. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "3"
	Start    time.Time
	End      time.Time // default 2026-11-20; Start defaults to one year before End
}

// Row is one generated request with its truth: the import fields and the issue and
// agency it really belongs to.
type Row struct {
	ID           string
	District     string
	CreatedAt    time.Time
	Category     string
	Text         string
	Address      string
	HasLocation  bool
	Lat, Lon     float64
	Channel      string
	Status       string
	GroupID      string
	Jurisdiction string
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht6: N must be positive")
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 0, 0, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	if !o.Start.Before(o.End) {
		return fmt.Errorf("rasht6: start %s is not before end %s", o.Start, o.End)
	}
	return nil
}

// issue is one problem at one place in one episode.
type issue struct {
	id    string
	prob  *problem
	pl    *place
	start time.Time
	span  time.Duration
	size  int
	reqs  []*Row
	texts []string
	prev  *issue // the same problem at the same place, an earlier episode
}

type gen struct {
	r      *rand.Rand
	w      *world
	opt    Options
	issues []*issue
	total  int
	// byPlace finds the issues of one problem at one place, so that two independent draws
	// never make two overlapping issues of what is really one
	byPlace   map[string][]*issue
	stormDays []time.Time
}

// Generate builds the whole set, deterministic for opt.Seed, rows in time order.
func Generate(opt Options) ([]Row, error) {
	_, rows, err := build(opt)
	return rows, err
}

func build(opt Options) (*gen, []Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, nil, err
	}
	g := &gen{r: rand.New(rand.NewSource(opt.Seed)), w: newWorld(), opt: opt, byPlace: map[string][]*issue{}}
	if opt.N >= 1000 {
		// every district has one alley whose asphalt a hundred people report
		g.addIssue(&problems[0], nil, time.Time{}, 80+g.r.Intn(40))
	}
	for g.total < opt.N {
		g.addIssue(nil, nil, time.Time{}, 0)
	}
	// the last issue may overshoot: trim it
	over := g.total - opt.N
	for i := len(g.issues) - 1; over > 0 && i >= 0; i-- {
		is := g.issues[i]
		cut := min(over, is.size)
		is.size -= cut
		over -= cut
	}
	type slot struct {
		is *issue
		at time.Time
	}
	var slots []slot
	for _, is := range g.issues {
		for _, at := range g.times(is) {
			slots = append(slots, slot{is, at})
		}
	}
	sort.SliceStable(slots, func(i, j int) bool { return slots[i].at.Before(slots[j].at) })
	rows := make([]Row, len(slots))
	seq := 3_100_000 + g.r.Intn(400_000)
	for i, s := range slots {
		seq += 1 + g.r.Intn(25) // other districts' requests take the numbers between
		row := &rows[i]
		row.ID = fmt.Sprintf("1405%07d", seq)
		row.CreatedAt = s.at
		row.District = opt.District
		row.GroupID = s.is.id
		row.Jurisdiction = s.is.prob.agency
		g.render(s.is, row)
		s.is.reqs = append(s.is.reqs, row)
	}
	return g, rows, nil
}

func (g *gen) pickProblem(filter func(*problem) bool) *problem {
	var sum float64
	for i := range problems {
		if filter == nil || filter(&problems[i]) {
			sum += problemWeight(&problems[i])
		}
	}
	x := g.r.Float64() * sum
	for i := range problems {
		p := &problems[i]
		if filter != nil && !filter(p) {
			continue
		}
		x -= problemWeight(p)
		if x <= 0 {
			return p
		}
	}
	return &problems[0]
}

// problemWeight keeps other agencies' requests near an eighth of the whole.
func problemWeight(p *problem) float64 {
	if p.agency != "municipality" {
		return p.weight * 0.52
	}
	return p.weight
}

// drawSize is the long tail: most issues are one to three requests, a few are a hundred.
func (g *gen) drawSize(p *problem) int {
	r := g.r
	var n int
	switch x := r.Float64(); {
	case x < 0.56:
		n = 1
	case x < 0.76:
		n = 2
	case x < 0.86:
		n = 3
	case x < 0.935:
		n = 4 + r.Intn(5)
	case x < 0.982:
		n = 9 + r.Intn(17)
	case x < 0.997:
		n = 26 + r.Intn(20)
	default:
		n = 70 + r.Intn(50)
	}
	return min(n, p.maxSize)
}

func (g *gen) newPlace(p *problem) *place {
	r := g.r
	h := pick(r, g.w.hoods)
	st := pick(r, h.streets)
	pl := &place{h: h, st: st}
	switch p.scope {
	case scopePark:
		pl.park = pick(r, h.parks)
		pl.lat, pl.lon = offset(pl.park.lat, pl.park.lon, (r.Float64()-0.5)*80, (r.Float64()-0.5)*80)
		return pl
	case scopeStreet:
		if chance(r, 0.12) {
			pl.square = pick(r, g.w.squares)
		} else if chance(r, 0.5) {
			pl.mark = anyMark(r, st)
		}
	case scopeMark:
		pl.mark = anyMark(r, st)
	case scopeAlley, scopeHome:
		if p.scope == scopeHome || chance(r, 0.78) {
			pl.al = pick(r, st.alleys)
			if !pl.al.dead && chance(r, 0.15) {
				pl.dead = 1 + r.Intn(3)
			}
		} else if chance(r, 0.4) {
			pl.mark = anyMark(r, st)
		}
		if p.scope == scopeHome && !p.area {
			pl.plate = 1 + r.Intn(120)
		}
	}
	g.locate(pl)
	return pl
}

func (g *gen) locate(pl *place) {
	r := g.r
	switch {
	case pl.al != nil:
		pl.lat, pl.lon = pl.al.point(r)
		if pl.dead > 0 {
			pl.lat, pl.lon = offset(pl.lat, pl.lon, float64(pl.dead)*25, 30)
		}
	case pl.mark != nil:
		pl.lat, pl.lon = pl.mark.lat, pl.mark.lon
	default:
		pl.lat, pl.lon = pl.st.pointAt(r.Float64()*400, 0)
	}
}

// addIssue makes one issue, and sometimes its relatives: the same problem months later,
// the neighbouring alley, another problem in the same alley.
func (g *gen) addIssue(p *problem, pl *place, start time.Time, size int) *issue {
	r := g.r
	if p == nil {
		p = g.pickProblem(nil)
	}
	fixed := pl != nil
	if size == 0 {
		size = g.drawSize(p)
	}
	span := g.spanFor(size)
	total := g.opt.End.Sub(g.opt.Start)
	if start.IsZero() {
		start = g.seasonal(p, g.opt.Start.Add(time.Duration(r.Int63n(int64(total)))))
	}
	if start.Before(g.opt.Start) {
		start = g.opt.Start.Add(time.Duration(r.Intn(5*24)) * time.Hour)
	}
	if start.Add(span).After(g.opt.End) {
		start = g.opt.End.Add(-span - time.Hour)
		if start.Before(g.opt.Start) {
			start = g.opt.Start
		}
	}
	for try := 0; ; try++ {
		if !fixed {
			pl = g.newPlace(p)
		}
		if !g.clashes(p, pl, start, span) {
			break
		}
		if fixed || try == 30 {
			return nil
		}
	}
	is := &issue{id: fmt.Sprintf("g%05d", len(g.issues)+1), prob: p, pl: pl, start: start, span: span, size: size}
	g.issues = append(g.issues, is)
	k := p.code + "|" + pl.key()
	g.byPlace[k] = append(g.byPlace[k], is)
	g.total += size
	if g.total >= g.opt.N {
		return is
	}
	switch x := r.Float64(); {
	case x < 0.07:
		// the same problem at the same place, a new episode months after the last one
		later := start.Add(span + time.Duration(45+r.Intn(200))*24*time.Hour)
		if later.Before(g.opt.End.Add(-72 * time.Hour)) {
			if next := g.addIssue(p, pl, later, 0); next != nil {
				next.prev = is
			}
		}
	case x < 0.13:
		if nb := g.neighbour(pl); nb != nil {
			g.addIssue(p, nb, start.Add(time.Duration(r.Intn(20*24)-10*24)*time.Hour), 0)
		}
	case x < 0.19:
		q := g.pickProblem(func(q *problem) bool {
			return q != p && (q.scope == p.scope || q.scope == scopeAlley && p.scope == scopeHome)
		})
		g.addIssue(q, pl, start.Add(time.Duration(r.Intn(40*24)-20*24)*time.Hour), 0)
	}
	return is
}

// neighbour is the next alley, or another dead end of the same alley.
func (g *gen) neighbour(pl *place) *place {
	if pl.al == nil {
		return nil
	}
	nb := *pl
	if pl.dead > 0 {
		nb.dead = pl.dead%3 + 1
	} else {
		als := pl.st.alleys
		for i, a := range als {
			if a == pl.al {
				if i+1 < len(als) {
					nb.al = als[i+1]
				} else if i > 0 {
					nb.al = als[i-1]
				} else {
					return nil
				}
			}
		}
	}
	nb.mark = nil
	if nb.plate > 0 {
		nb.plate = 1 + g.r.Intn(120)
	}
	g.locate(&nb)
	return &nb
}

// clashes says an issue of p at pl would run within a month of one already there: that
// would be one issue, not two.
func (g *gen) clashes(p *problem, pl *place, start time.Time, span time.Duration) bool {
	const apart = 30 * 24 * time.Hour
	for _, o := range g.byPlace[p.code+"|"+pl.key()] {
		if start.Before(o.start.Add(o.span+apart)) && o.start.Before(start.Add(span+apart)) {
			return true
		}
	}
	return false
}

func (g *gen) spanFor(size int) time.Duration {
	r := g.r
	day := 24 * time.Hour
	switch {
	case size == 1:
		return 0
	case size <= 3:
		return time.Duration(r.Int63n(int64(6 * day)))
	case size <= 10:
		return day + time.Duration(r.Int63n(int64(20*day)))
	case size <= 45:
		return 10*day + time.Duration(r.Int63n(int64(50*day)))
	default:
		return 40*day + time.Duration(r.Int63n(int64(100*day)))
	}
}

// times spreads an issue's requests over its span, most of them early: a problem is
// reported most when it is new.
func (g *gen) times(is *issue) []time.Time {
	r := g.r
	out := make([]time.Time, is.size)
	for i := range out {
		var off time.Duration
		if i > 0 {
			off = time.Duration(math.Pow(r.Float64(), 1.6) * float64(is.span))
		}
		t := is.start.Add(off).In(tehran)
		// people call between 7 in the morning and midnight
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran)
		mins := 7*60 + r.Intn(17*60)
		if chance(r, 0.05) {
			mins = r.Intn(7 * 60)
		}
		t = day.Add(time.Duration(mins)*time.Minute + time.Duration(r.Intn(60))*time.Second)
		if t.Before(g.opt.Start) {
			t = g.opt.Start.Add(time.Duration(r.Intn(3600)) * time.Second)
		}
		if !t.Before(g.opt.End) {
			t = g.opt.End.Add(-time.Duration(1+r.Intn(3600)) * time.Second)
		}
		out[i] = t
	}
	return out
}

func anyMark(r *rand.Rand, st *street) *mark {
	if len(st.marks) == 0 {
		return nil
	}
	return pick(r, st.marks)
}
