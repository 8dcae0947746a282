package rasht9

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik"
)

// Options choose the set. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "3"
	Start    time.Time
	End      time.Time // default 2026-11-20; Start defaults to one year before End
}

// Row is one generated request with its truth.
type Row struct {
	ID        string
	District  string
	CreatedAt time.Time
	Category  string
	Text      string
	Address   string
	Lat, Lon  *float64
	Channel   string
	Status    string
	GroupID   string
	Agency    tafkik.Agency
	Problem   string // the problem kind's code, for tallies; not part of the import
}

// Iran has kept standard time all year since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht9: N must be positive")
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 23, 59, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	if !o.End.After(o.Start.Add(24 * time.Hour)) {
		return errors.New("rasht9: End must be at least a day after Start")
	}
	return nil
}

// place is a spot a crew would go to: an alley or dead end, a stretch of a main street
// named by a landmark or side alley, or a park.
type place struct {
	hood     *neighbourhood
	st       *street
	al       *alley    // alley or dead end; nil on a main street
	mark     *landmark // anchor on a main street, or the park
	side     *alley    // side alley anchoring a main-street spot
	park     bool
	lat, lon float64
}

func (p place) key() string {
	switch {
	case p.park:
		return "park:" + p.mark.name + "@" + p.hood.name
	case p.al != nil:
		return fmt.Sprintf("alley:%p", p.al)
	case p.mark != nil:
		return fmt.Sprintf("mark:%p", p.mark)
	default:
		return fmt.Sprintf("side:%p", p.side)
	}
}

type issue struct {
	n       int
	prob    *problem
	pl      place
	times   []time.Time
	sub     int    // the core a fixed kind's issue keeps; -1 otherwise
	burst   string // "storm", "main", "gas", "" for ordinary
	persona *persona
}

func (is *issue) last() time.Time { return is.times[len(is.times)-1] }

// persona is one resident who reports several problems at their own door over weeks.
type persona struct {
	phone  string
	unit   int
	plate  int
	post   string
	issues []*issue
}

type planner struct {
	r      *rand.Rand
	w      *world
	opt    Options
	issues []*issue
	total  int
	taken  map[string][][2]time.Time // problem+spot → episodes
}

// Generate builds the labelled set for opt.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	p := newPlanner(opt)
	p.plan()
	return p.render(), nil
}

func newPlanner(opt Options) *planner {
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x9e3779b97f4a7c15))
	return &planner{r: r, w: buildWorld(r), opt: opt, taken: map[string][][2]time.Time{}}
}

func (p *planner) days() float64 { return p.opt.End.Sub(p.opt.Start).Hours() / 24 }

func (p *planner) scale(n int) int {
	v := int(math.Round(float64(n) * float64(p.opt.N) / 6000))
	if v < 1 {
		v = 1
	}
	return v
}

// free reports whether prob at pl has no episode within 70 days of [a,b].
func (p *planner) free(prob *problem, pl place, a, b time.Time) bool {
	for _, ep := range p.taken[prob.code+"|"+pl.key()] {
		if a.Before(ep[1].Add(70*24*time.Hour)) && b.After(ep[0].Add(-70*24*time.Hour)) {
			return false
		}
	}
	return true
}

func (p *planner) add(is *issue) bool {
	sort.Slice(is.times, func(i, j int) bool { return is.times[i].Before(is.times[j]) })
	if is.last().After(p.opt.End) || !p.free(is.prob, is.pl, is.times[0], is.last()) {
		return false
	}
	is.sub = -1
	if is.prob.fixed {
		is.sub = p.r.IntN(len(is.prob.core))
	}
	k := is.prob.code + "|" + is.pl.key()
	p.taken[k] = append(p.taken[k], [2]time.Time{is.times[0], is.last()})
	is.n = len(p.issues) + 1
	p.issues = append(p.issues, is)
	p.total += len(is.times)
	return true
}

func (p *planner) plan() {
	r := p.r
	// Storms come mostly in autumn and winter; the first rain after a dry spell floods
	// dozens of streets within hours.
	var storms []time.Time
	for len(storms) < 7 {
		d := p.randomDay(seasonRain)
		storms = append(storms, d)
	}
	for _, d := range storms {
		p.storm(d)
	}
	for i := 0; i < 3; i++ {
		p.burstMain(p.randomDay(nil))
	}
	for i := 0; i < 2; i++ {
		p.gasLeak(p.randomDay(nil))
	}
	p.giants()
	for i := 0; i < p.scale(4); i++ {
		p.movingTrench()
	}
	for i := 0; i < p.scale(35); i++ {
		p.personaIssues()
	}
	// Ordinary traffic until N is reached.
	for p.total < p.opt.N {
		prob := p.pickProblem()
		size := p.ordinarySize(prob)
		is := p.ordinary(prob, p.pickPlace(prob), p.randomDay(season(prob)), size)
		if is == nil {
			continue
		}
		// Relatives that test the "do not chain" rules.
		switch u := r.Float64(); {
		case u < 0.06: // the same problem months later: a new episode
			start := is.last().Add(time.Duration(70+r.IntN(120)) * 24 * time.Hour)
			if start.Before(p.opt.End) {
				p.ordinary(prob, is.pl, start, p.ordinarySize(prob))
			}
		case u < 0.12: // the neighbouring alley, same problem, same days
			if nb, ok := p.neighbour(is.pl); ok {
				p.ordinary(prob, nb, is.times[0].Add(time.Duration(r.IntN(96)-48)*time.Hour), p.ordinarySize(prob))
			}
		case u < 0.18: // another problem at the same alley
			other := p.pickProblem()
			if other != prob && other.where&placeWhere(is.pl) != 0 {
				p.ordinary(other, is.pl, is.times[0].Add(time.Duration(r.IntN(240))*time.Hour), p.ordinarySize(other))
			}
		}
	}
	p.trim()
}

func placeWhere(pl place) int {
	switch {
	case pl.park:
		return atPark
	case pl.al != nil:
		return atAlley
	}
	return atStreet
}

// trim drops the newest-planned requests so that exactly N remain.
func (p *planner) trim() {
	for p.total > p.opt.N {
		is := p.issues[len(p.issues)-1]
		excess := p.total - p.opt.N
		if len(is.times) > excess {
			is.times = is.times[:len(is.times)-excess]
			p.total -= excess
			continue
		}
		p.total -= len(is.times)
		p.issues = p.issues[:len(p.issues)-1]
	}
}

func (p *planner) pickProblem() *problem {
	var sum float64
	for _, pr := range problems {
		sum += pr.weight
	}
	u := p.r.Float64() * sum
	for _, pr := range problems {
		if u -= pr.weight; u < 0 {
			return pr
		}
	}
	return problems[0]
}

// ordinarySize is the long tail: most issues 1-3 requests, some 10-40.
func (p *planner) ordinarySize(prob *problem) int {
	u := p.r.Float64()
	var n int
	switch {
	case u < 0.55:
		n = 1
	case u < 0.72:
		n = 2
	case u < 0.81:
		n = 3
	case u < 0.90:
		n = 4 + p.r.IntN(3)
	case u < 0.96:
		n = 7 + p.r.IntN(6)
	default:
		n = 13 + p.r.IntN(18)
	}
	if n > 1 {
		n = int(math.Round(float64(n) * prob.sizeMul))
		n = max(1, min(n, 40))
	}
	// Another agency's problem is referred within days, so few neighbours get to call
	// about it; a pension or a restaurant is one person's complaint.
	switch {
	case prob.agency == tafkik.AgencyOther:
		n = min(n, 3)
	case prob.agency.Outside():
		n = min(n, 5+p.r.IntN(8))
	}
	return n
}

type seasonFn func(m time.Month) float64

func seasonRain(m time.Month) float64 {
	switch m {
	case time.September, time.October, time.November, time.December, time.January, time.February:
		return 3
	}
	return 0.6
}

func season(prob *problem) seasonFn {
	switch prob.code {
	case "surfacewater", "channel", "fallentree":
		return seasonRain
	case "leaves":
		return func(m time.Month) float64 {
			if m >= time.October && m <= time.December {
				return 4
			}
			return 0.3
		}
	case "spraying":
		return func(m time.Month) float64 {
			if m >= time.June && m <= time.September {
				return 3
			}
			return 0.3
		}
	case "construction", "rubble":
		return func(m time.Month) float64 {
			if m >= time.April && m <= time.September {
				return 1.8
			}
			return 1
		}
	}
	return nil
}

// randomDay picks a day (at midnight) in the window, weighted by season.
func (p *planner) randomDay(f seasonFn) time.Time {
	for {
		d := p.opt.Start.Add(time.Duration(p.r.Float64()*p.days()*24) * time.Hour)
		d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, tehran)
		if f == nil || p.r.Float64()*4 < f(d.Month()) {
			return d
		}
	}
}

// hour is when people call: mornings and evenings, rarely at night.
func (p *planner) hour() time.Duration {
	h := 7 + p.r.IntN(16)
	if p.r.IntN(20) == 0 {
		h = p.r.IntN(7)
	}
	return time.Duration(h)*time.Hour + time.Duration(p.r.IntN(3600))*time.Second
}

// ordinary plans an issue of size requests beginning on day; nil when the spot is busy.
func (p *planner) ordinary(prob *problem, pl place, day time.Time, size int) *issue {
	t0 := day.Add(p.hour())
	var span float64 // days
	switch {
	case size == 1:
	case size <= 3:
		span = math.Min(p.r.ExpFloat64()*6, 30)
	case size <= 12:
		span = math.Min(p.r.ExpFloat64()*15, 60)
	default:
		span = 20 + p.r.Float64()*100
	}
	is := &issue{prob: prob, pl: pl, times: []time.Time{t0}}
	for i := 1; i < size; i++ {
		u := p.r.Float64()
		d := span * u * u
		t := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, tehran).AddDate(0, 0, int(d)).Add(p.hour())
		if t.Before(t0) {
			t = t0.Add(time.Duration(p.r.IntN(180)+5) * time.Minute)
		}
		is.times = append(is.times, t)
	}
	if is.last().After(p.opt.End) || !p.add(is) {
		return nil
	}
	return is
}

// pickPlace chooses a spot where prob can happen.
func (p *planner) pickPlace(prob *problem) place {
	r := p.r
	w := prob.where
	if w&atPark != 0 && (w == atPark || r.IntN(5) == 0) {
		pk := p.w.parks[r.IntN(len(p.w.parks))]
		return place{hood: pk.st.hood, st: pk.st, mark: pk, park: true, lat: pk.lat, lon: pk.lon}
	}
	if w&atAlley != 0 && (w&atStreet == 0 || r.IntN(10) < 7) {
		a := p.w.alleys[r.IntN(len(p.w.alleys))]
		return place{hood: a.st.hood, st: a.st, al: a, lat: a.lat, lon: a.lon}
	}
	s := p.w.streets[r.IntN(len(p.w.streets))]
	if len(s.marks) > 0 && r.IntN(2) == 0 {
		m := s.marks[r.IntN(len(s.marks))]
		return place{hood: s.hood, st: s, mark: m, lat: m.lat, lon: m.lon}
	}
	a := s.alleys[r.IntN(len(s.alleys))]
	lat, lon := offset(a.lat, a.lon, 25, 25)
	return place{hood: s.hood, st: s, side: a, lat: lat, lon: lon}
}

// neighbour is the next alley along the same street (or the next stretch of it).
func (p *planner) neighbour(pl place) (place, bool) {
	if pl.park || pl.al == nil || pl.al.deadEnd {
		return place{}, false
	}
	as := pl.st.alleys
	for i, a := range as {
		if a != pl.al {
			continue
		}
		j := i + 1
		if j == len(as) || (i > 0 && p.r.IntN(2) == 0) {
			j = i - 1
		}
		if j < 0 {
			return place{}, false
		}
		b := as[j]
		return place{hood: b.st.hood, st: b.st, al: b, lat: b.lat, lon: b.lon}, true
	}
	return place{}, false
}

// storm floods many spots at once; each spot is its own issue.
func (p *planner) storm(day time.Time) {
	r := p.r
	start := day.Add(time.Duration(r.IntN(14)+4) * time.Hour)
	for i := 0; i < p.scale(12+r.IntN(14)); i++ {
		prob := problemByCode["surfacewater"]
		switch u := r.IntN(20); {
		case u < 2:
			prob = problemByCode["fallentree"]
		case u < 3:
			prob = problemByCode["powerbranch"]
		case u < 4:
			prob = problemByCode["outage"]
		case u < 5:
			prob = problemByCode["sewage"] // the network backs up in heavy rain too
		case u < 7:
			prob = problemByCode["channel"]
		}
		size := 1 + int(r.ExpFloat64()*2.5)
		is := &issue{prob: prob, pl: p.pickPlace(prob), burst: "storm"}
		for k := 0; k < size; k++ {
			is.times = append(is.times, start.Add(time.Duration(r.Float64()*r.Float64()*10*3600)*time.Second))
		}
		p.add(is)
	}
}

// burstMain: one main bursts and the whole street calls within two hours.
func (p *planner) burstMain(day time.Time) {
	r := p.r
	prob := problemByCode["watermain"]
	start := day.Add(p.hour())
	is := &issue{prob: prob, pl: p.pickPlace(prob), burst: "main"}
	for k := 0; k < p.scale(10+r.IntN(18)); k++ {
		is.times = append(is.times, start.Add(time.Duration(r.Float64()*r.Float64()*3*3600)*time.Second))
	}
	p.add(is)
}

func (p *planner) gasLeak(day time.Time) {
	r := p.r
	prob := problemByCode["gassmell"]
	start := day.Add(p.hour())
	is := &issue{prob: prob, pl: p.pickPlace(prob), burst: "gas"}
	for k := 0; k < p.scale(4+r.IntN(5)); k++ {
		is.times = append(is.times, start.Add(time.Duration(r.Float64()*5400)*time.Second))
	}
	p.add(is)
}

// giants are the few issues a whole alley reports for months.
func (p *planner) giants() {
	r := p.r
	specs := []struct {
		code string
		n    int
		days int
	}{{"asphalt", 100, 160}, {"rubbish", 70, 110}, {"construction", 55, 90}, {"dogs", 35, 120}, {"asphalt", 25, 60}}
	for _, g := range specs {
		for try := 0; try < 20; try++ {
			prob := problemByCode[g.code]
			pl := p.pickPlace(prob)
			if g.code == "asphalt" && try < 15 && pl.hood.name != "گلسار" {
				continue
			}
			day := p.randomDay(nil)
			if day.AddDate(0, 0, g.days+2).After(p.opt.End) {
				continue
			}
			is := &issue{prob: prob, pl: pl}
			for k := 0; k < p.scale(g.n); k++ {
				u := r.Float64()
				d := float64(g.days) * u
				is.times = append(is.times, day.AddDate(0, 0, int(d)).Add(p.hour()))
			}
			if p.add(is) {
				break
			}
		}
	}
}

// personaIssues: one resident reports two to four different problems at their own alley
// over some weeks, each time with the same home address and phone.
func (p *planner) personaIssues() {
	r := p.r
	a := p.w.alleys[r.IntN(len(p.w.alleys))]
	pl := place{hood: a.st.hood, st: a.st, al: a, lat: a.lat, lon: a.lon}
	ps := &persona{phone: fmt.Sprintf("0911%07d", r.IntN(10_000_000)), unit: 1 + r.IntN(8), plate: 1 + r.IntN(90),
		post: fmt.Sprintf("41%03d-%05d", r.IntN(1000), r.IntN(100000))}
	day := p.randomDay(nil)
	used := map[string]bool{}
	for k := 0; k < 2+r.IntN(3); k++ {
		prob := p.pickProblem()
		if used[prob.code] || prob.where&atAlley == 0 {
			continue
		}
		used[prob.code] = true
		is := p.ordinary(prob, pl, day, 1+r.IntN(3))
		if is != nil {
			is.persona = ps
			ps.issues = append(ps.issues, is)
		}
		day = day.AddDate(0, 0, 5+r.IntN(25))
	}
}

// movingTrench: a utility's contractor digs one street alley by alley over some weeks and
// leaves each trench open. Each alley's residents report their own trench; the clerk refers
// one restoration per alley, so each alley is its own issue.
func (p *planner) movingTrench() {
	r := p.r
	s := p.w.streets[r.IntN(len(p.w.streets))]
	if len(s.alleys) < 5 {
		return
	}
	prob := problemByCode[[]string{"gastrench", "watertrench", "fibertrench"}[r.IntN(3)]]
	j := r.IntN(len(s.alleys) - 3)
	day := p.randomDay(nil)
	for k := j; k < len(s.alleys) && k < j+3+r.IntN(4); k++ {
		a := s.alleys[k]
		p.ordinary(prob, place{hood: s.hood, st: s, al: a, lat: a.lat, lon: a.lon}, day, 1+r.IntN(5))
		day = day.AddDate(0, 0, 4+r.IntN(6))
	}
}
