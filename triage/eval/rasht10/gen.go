package rasht10

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	"github.com/tafkik/tafkik"
)

// Options choose the set. The zero value gives 6,000 requests for district 3 over the
// year ending 2026-11-20, from seed 0.
type Options struct {
	Seed     int64
	N        int
	District string
	Start    time.Time
	End      time.Time
}

// Row is one generated request with its truth.
type Row struct {
	tafkik.Request
	GroupID      string
	Jurisdiction tafkik.Agency
}

// tehran is Iran's clock (no daylight saving since 2022).
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht10: N must be positive")
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
		return errors.New("rasht10: End must be at least a day after Start")
	}
	return nil
}

// roles of a report within its issue's timeline
const (
	roleFirst    = iota
	roleRepeat   // another neighbour, unaware of the first call
	roleReminder // a follow-up, often citing the first tracking code
	roleAngry    // a follow-up weeks later
	roleThanks   // "it was done, thank you"
)

type issue struct {
	gid     string
	prob    *problem
	pl      place
	start   time.Time
	size    int
	callers []*caller
	reports []*report
	// says and nouns are what this issue's callers and operators mostly say: one asphalt
	// issue is a deep pothole, another an unpaved lane
	says, nouns []string
	// prev is the alley dug just before, for a trench that moves along a street
	prev *alley
	// before is the previous episode of the same problem at the same place
	before *issue
}

type report struct {
	iss     *issue
	at      time.Time
	role    int
	channel string
	caller  *caller
	id      string
	anchor  *alley // the alley this caller names (differs from the issue's for a burst main)
	// menuOnly: the text says nothing, the app's menu item is the whole request
	menuOnly bool
}

type gen struct {
	r      *rand.Rand
	opt    Options
	w      *world
	issues []*issue
	total  int
	// residents per alley, so the same person calls about several problems over weeks
	residents map[*alley][]*caller
	busy      map[string][][2]time.Time
}

// Generate builds the labelled requests, sorted by creation time. The same Options give
// the same rows.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	g := newGen(opt)
	if err := g.plan(); err != nil {
		return nil, err
	}
	return g.render(), nil
}

func newGen(opt Options) *gen {
	g := &gen{r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7a5f1c10)), opt: opt, residents: map[*alley][]*caller{}, busy: map[string][][2]time.Time{}}
	g.w = buildWorld(g.r)
	return g
}

// size draws how many requests an issue gets: most 1-3, a tail to 40.
func (g *gen) size(p *problem) int {
	x := g.r.Float64()
	var n int
	switch {
	case x < 0.50:
		n = 1
	case x < 0.70:
		n = 2
	case x < 0.80:
		n = 3
	case x < 0.90:
		n = 4 + g.r.IntN(3)
	case x < 0.965:
		n = 7 + g.r.IntN(8)
	default:
		n = 15 + g.r.IntN(26)
	}
	if p.agency.Outside() && p.tempo != burst && n > 4 {
		n = 2 + g.r.IntN(4) // referred out early, fewer reminders
	}
	if p.scope == nowhere && n > 2 {
		n = 1 + g.r.IntN(2)
	}
	return n
}

// outsideShare scales the other agencies' weights so that about one request in eight
// is theirs.
const outsideShare = 0.65

func (p *problem) share() float64 {
	if p.agency.Outside() {
		return p.weight * outsideShare
	}
	return p.weight
}

func (g *gen) pickProblem(filter func(*problem) bool) *problem {
	var tot float64
	for i := range problems {
		if filter == nil || filter(&problems[i]) {
			tot += problems[i].share()
		}
	}
	x := g.r.Float64() * tot
	for i := range problems {
		p := &problems[i]
		if filter != nil && !filter(p) {
			continue
		}
		x -= p.share()
		if x < 0 {
			return p
		}
	}
	return &problems[0]
}

// placeFor picks a place fitting the problem's scope, near alley a when given.
func (g *gen) placeFor(p *problem, a *alley) place {
	r := g.r
	if a == nil {
		a = pick(r, g.w.alleys)
	}
	s := a.street
	pl := place{sc: p.scope, h: s.hood, s: s, a: a}
	switch p.scope {
	case atSpot:
		// the spot is at a landmark of the street; give the street one if it has none
		var withLm []*alley
		for _, b := range s.alleys {
			if b.lm != nil && b.parent == nil && !b.lm.agent {
				withLm = append(withLm, b)
			}
		}
		if len(withLm) == 0 {
			b := s.alleys[0]
			lk := landmarkKinds[r.IntN(8)]
			b.lm = &landmark{kind: lk.kind, name: pick(r, lk.names)}
			withLm = append(withLm, b)
		}
		b := pick(r, withLm)
		pl.a, pl.lm = b, b.lm
	case atStreet, nowhere:
		if a.parent != nil {
			pl.a = a.parent
		}
	}
	return pl
}

func (g *gen) newIssue(p *problem, pl place, start time.Time, size int) *issue {
	is := &issue{prob: p, pl: pl, start: start, size: size}
	is.says = []string{pick(g.r, p.say), pick(g.r, p.say)}
	is.nouns = []string{pick(g.r, p.noun), pick(g.r, p.noun)}
	g.issues = append(g.issues, is)
	g.total += size
	k := busyKey(p, pl)
	g.busy[k] = append(g.busy[k], [2]time.Time{start, start.Add(span(p, size))})
	return is
}

// span is the longest an episode of p with size reports may last.
func span(p *problem, size int) time.Duration {
	day := 24 * time.Hour
	switch {
	case p.tempo == burst:
		return 30 * time.Hour
	case p.tempo == quick:
		return 25 * day
	case size > 40:
		return 150 * day
	}
	return 55 * day
}

// quiet is the silence that separates two episodes of one problem at one place.
const quiet = 60 * 24 * time.Hour

func busyKey(p *problem, pl place) string {
	switch pl.sc {
	case atPark:
		return fmt.Sprintf("%s|park|%p", p.key, pl.h)
	case atStreet:
		return fmt.Sprintf("%s|street|%p", p.key, pl.s)
	case nowhere:
		return ""
	}
	return fmt.Sprintf("%s|%p", p.key, pl.a)
}

// free reports whether an episode of p at pl from start would stay clear of every other
// episode of p there by the quiet gap: otherwise a clerk would call them one issue.
func (g *gen) free(p *problem, pl place, start time.Time, size int) bool {
	k := busyKey(p, pl)
	if k == "" {
		return true
	}
	end := start.Add(span(p, size))
	for _, iv := range g.busy[k] {
		if start.Before(iv[1].Add(quiet)) && iv[0].Before(end.Add(quiet)) {
			return false
		}
	}
	return true
}

// add plans an issue of p near alley a (anywhere when a is nil) unless that place is
// already busy with the same problem; it returns nil when no free place was found.
func (g *gen) add(p *problem, a *alley, start time.Time, size int) *issue {
	for range 12 {
		pl := g.placeFor(p, a)
		if g.free(p, pl, start, size) {
			return g.newIssue(p, pl, start, size)
		}
		if a != nil {
			return nil
		}
	}
	return nil
}

func (g *gen) randomStart() time.Time {
	span := g.opt.End.Sub(g.opt.Start)
	return g.opt.Start.Add(time.Duration(g.r.Float64() * float64(span)))
}

// plan lays out the issues: ordinary ones with their companions (the neighbouring alley,
// another problem in the same alley, the next episode), storms, moving trenches and a few
// huge ones, until N requests are planned.
func (g *gen) plan() error {
	r, n := g.r, g.opt.N
	// a few huge issues: the asphalt of one alley, the rubbish of a lane, a burst main
	for k := 0; k < max(1, n/1700); k++ {
		p := g.pickProblem(func(p *problem) bool { return p.big && p.tempo == chronic })
		g.add(p, nil, g.opt.Start.Add(time.Duration(r.Float64()*0.5*float64(g.opt.End.Sub(g.opt.Start)))), 60+r.IntN(55))
	}
	// storms: within hours, many places flood and trees fall, each place its own issue
	for k := 0; k < max(1, n/1500); k++ {
		day := g.stormDay()
		for j := 0; j < 6+r.IntN(8) && g.total < n; j++ {
			p := g.pickProblem(func(p *problem) bool {
				return p.key == "channel" || p.key == "falltree" || p.key == "wire" || p.key == "outage" || p.key == "sewage"
			})
			g.add(p, nil, day.Add(time.Duration(r.Float64()*8*float64(time.Hour))), g.size(p))
		}
	}
	fails := 0
	for g.total < n {
		if fails > 2000 {
			return fmt.Errorf("rasht10: the district is too small for %d requests", n)
		}
		x := r.Float64()
		switch {
		case x < 0.012:
			g.movingTrench()
			continue
		case x < 0.016:
			// a burst main or a gas leak that a whole street calls about
			p := g.pickProblem(func(p *problem) bool { return p.key == "main" || p.key == "gas" })
			g.add(p, nil, g.randomStart(), 5+r.IntN(18))
			continue
		}
		p := g.pickProblem(nil)
		is := g.add(p, nil, g.randomStart(), g.size(p))
		if is == nil {
			fails++
			continue
		}
		fails = 0
		switch y := r.Float64(); {
		case y < 0.06 && p.scope == atAlley:
			// the neighbouring alley has the same trouble in the same weeks
			if b := g.w.neighbour(r, is.pl.a); b != nil {
				g.add(p, b, is.start.Add(time.Duration((r.Float64()*10-3)*24*float64(time.Hour))), g.size(p))
			}
		case y < 0.13 && p.scope == atAlley:
			// another problem in the same alley, often from the same resident
			q := g.pickProblem(func(q *problem) bool { return q != p && q.scope == atAlley })
			g.add(q, is.pl.a, is.start.Add(time.Duration(r.Float64()*20*24*float64(time.Hour))), g.size(q))
		case y < 0.21:
			// the next episode, after it was fixed
			sz := g.size(p)
			gap := span(p, is.size) + quiet + time.Duration(r.Float64()*100*24*float64(time.Hour))
			if st := is.start.Add(gap); st.Before(g.opt.End) && g.free(p, is.pl, st, sz) {
				g.newIssue(p, is.pl, st, sz).before = is
			}
		}
	}
	// trim the last issues so exactly N requests remain
	for g.total > n {
		last := g.issues[len(g.issues)-1]
		cut := min(g.total-n, last.size-1)
		if cut > 0 {
			last.size -= cut
			g.total -= cut
			continue
		}
		g.issues = g.issues[:len(g.issues)-1]
		g.total -= last.size
	}
	sort.SliceStable(g.issues, func(i, j int) bool { return g.issues[i].start.Before(g.issues[j].start) })
	for i, is := range g.issues {
		is.gid = fmt.Sprintf("r10-%04d", i+1)
		g.schedule(is)
	}
	return nil
}

// stormDay is a day in the wet season (Mehr to Bahman: October to February).
func (g *gen) stormDay() time.Time {
	for range 50 {
		t := g.randomStart()
		if m := t.Month(); m >= time.October || m <= time.February {
			return time.Date(t.Year(), t.Month(), t.Day(), 14, 0, 0, 0, tehran)
		}
	}
	return g.randomStart()
}

// movingTrench is a utility digging a street alley by alley: one unrepaired trench per
// alley, a week or two apart.
func (g *gen) movingTrench() {
	r := g.r
	p := g.pickProblem(func(p *problem) bool {
		return p.key == "gastrench" || p.key == "watertrench" || p.key == "teltrench" || p.key == "ownditch"
	})
	s := pick(r, g.w.alleys).street
	var alleys []*alley
	for _, a := range s.alleys {
		if a.parent == nil {
			alleys = append(alleys, a)
		}
	}
	start := g.randomStart()
	k := 2 + r.IntN(3)
	i0 := r.IntN(len(alleys))
	for j := 0; j < k && i0+j < len(alleys); j++ {
		st := start.Add(time.Duration(j) * time.Duration(7+r.IntN(8)) * 24 * time.Hour)
		if st.After(g.opt.End) {
			break
		}
		if is := g.add(p, alleys[i0+j], st, 1+r.IntN(4)); is != nil && j > 0 {
			is.prev = alleys[i0+j-1]
		}
	}
}

// schedule spreads an issue's reports over its episode and gives each a role and a caller.
func (g *gen) schedule(is *issue) {
	r := g.r
	p := is.prob
	var mean, maxSpan time.Duration
	day := 24 * time.Hour
	switch p.tempo {
	case burst:
		mean, maxSpan = 90*time.Minute, 30*time.Hour
	case quick:
		mean, maxSpan = 3*day, 25*day
	default:
		mean = time.Duration(6+float64(is.size)*0.9) * day
		maxSpan = 55 * day
		if is.size > 40 {
			maxSpan = 150 * day
		}
	}
	limit := g.opt.End.Sub(is.start)
	if limit < time.Hour {
		is.start = g.opt.End.Add(-time.Duration(1+r.IntN(48)) * time.Hour)
		limit = g.opt.End.Sub(is.start)
	}
	if maxSpan > limit {
		maxSpan = limit
	}
	offs := []time.Duration{0}
	for len(offs) < is.size {
		d := time.Duration(r.ExpFloat64() * float64(mean))
		if d > maxSpan {
			d = time.Duration(r.Float64() * float64(maxSpan))
		}
		offs = append(offs, d)
	}
	ats := make([]time.Time, len(offs))
	for i, off := range offs {
		at := is.start.Add(off)
		if p.tempo != burst {
			at = daytime(r, at)
		}
		if at.After(g.opt.End) {
			at = g.opt.End.Add(-time.Duration(r.IntN(600)) * time.Minute)
		}
		if at.Before(g.opt.Start) {
			at = g.opt.Start.Add(time.Duration(r.IntN(600)) * time.Minute)
		}
		ats[i] = at
	}
	sort.Slice(ats, func(i, j int) bool { return ats[i].Before(ats[j]) })
	is.callers = []*caller{g.resident(is.pl)}
	thanks := is.size >= 3 && p.tempo != burst && chance(r, 0.3) && g.opt.End.Sub(ats[len(ats)-1]) > 2*day
	for i, at := range ats {
		off := at.Sub(ats[0])
		rep := &report{iss: is, at: at, role: roleFirst, anchor: is.pl.a}
		switch {
		case i == 0:
			rep.caller = is.callers[0]
		case i == len(ats)-1 && thanks:
			rep.role = roleThanks
			rep.caller = pick(r, is.callers)
		default:
			if chance(r, 0.35) {
				rep.caller = pick(r, is.callers)
				rep.role = roleReminder
				if off > 25*day {
					rep.role = roleAngry
				}
			} else {
				c := g.resident(is.pl)
				is.callers = append(is.callers, c)
				rep.caller = c
				rep.role = roleRepeat
				if off > 10*day && chance(r, 0.5) {
					rep.role = roleReminder // neighbours know it was reported
				}
			}
		}
		if p.scope == atStreet && is.pl.a != nil && chance(r, 0.5) {
			// callers about a street-wide problem name the alley they live in
			if b := g.w.neighbour(r, is.pl.a); b != nil {
				rep.anchor = b
			}
		}
		rep.channel = pick(r, []string{"phone", "phone", "phone", "phone", "phone", "phone", "app", "app", "app", "web"})
		is.reports = append(is.reports, rep)
	}
}

// daytime moves a time to the hours people call 137 (7:00-23:30), most in the morning.
func daytime(r *rand.Rand, t time.Time) time.Time {
	t = t.In(tehran)
	h := t.Hour()
	if h >= 7 && h < 23 {
		return t
	}
	hour := 7 + int(math.Abs(r.NormFloat64()*4)) + r.IntN(3)
	if hour > 22 {
		hour = 8 + r.IntN(12)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), hour, r.IntN(60), r.IntN(60), 0, tehran)
}

// resident returns a person living at or near the place; residents call again, about
// other things too.
func (g *gen) resident(pl place) *caller {
	a := pl.a
	if a == nil {
		a = pl.s.alleys[0]
	}
	rs := g.residents[a]
	if len(rs) > 0 && chance(g.r, 0.3) {
		return pick(g.r, rs)
	}
	c := newCaller(g.r, a)
	g.residents[a] = append(rs, c)
	return c
}

// render orders all reports by time, numbers them like the 137 system does, and writes
// each one's text, address, category and coordinates.
func (g *gen) render() []Row {
	r := g.r
	var reps []*report
	for _, is := range g.issues {
		reps = append(reps, is.reports...)
	}
	sort.SliceStable(reps, func(i, j int) bool { return reps[i].at.Before(reps[j].at) })
	code := 3100000 + r.IntN(400000)
	for _, rep := range reps {
		code += 1 + r.IntN(6) // other districts' requests take the numbers in between
		rep.id = strconv.Itoa(code)
	}
	for _, rep := range reps {
		rep.caller.reports = append(rep.caller.reports, rep)
	}
	rows := make([]Row, 0, len(reps))
	for _, rep := range reps {
		rows = append(rows, g.row(rep))
	}
	return rows
}

func (g *gen) row(rep *report) Row {
	r := g.r
	is := rep.iss
	p := is.prob
	req := tafkik.Request{ID: rep.id, District: g.opt.District, CreatedAt: rep.at.Truncate(time.Second), Channel: rep.channel}
	pl := is.pl
	if rep.anchor != nil && rep.anchor != pl.a {
		pl.a = rep.anchor
	}
	req.Text, req.Address = g.compose(rep, pl)
	req.Category = g.category(rep)
	// coordinates: the app sends the phone's position, operators sometimes pick a point
	pc := 0.45
	if rep.channel == "app" {
		pc = 0.9
	} else if rep.channel == "web" {
		pc = 0.6
	}
	if chance(r, pc) {
		lat, lon := pl.latLon()
		d := 20 + 130*r.Float64()
		a := r.Float64() * 2 * math.Pi
		req.Lat = round6(lat + d*math.Sin(a)*degLat)
		req.Lon = round6(lon + d*math.Cos(a)*degLon)
		req.HasLocation = true
	}
	req.Status = g.status(rep)
	return Row{Request: req, GroupID: is.gid, Jurisdiction: p.agency}
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func (g *gen) category(rep *report) string {
	r := g.r
	p := rep.iss.prob
	x := r.Float64()
	if rep.menuOnly {
		return pick(r, p.cats)
	}
	if rep.channel == "app" || rep.channel == "web" {
		// the app's menu: citizens pick the first thing that looks close, or «سایر»
		switch {
		case x < 0.55:
			return pick(r, p.cats)
		case x < 0.85:
			return pick(r, vagueCats[:2])
		default:
			return pick(r, p.wrong)
		}
	}
	switch {
	case x < 0.72:
		return pick(r, p.cats)
	case x < 0.86:
		return pick(r, p.wrong)
	default:
		return pick(r, vagueCats)
	}
}

func (g *gen) status(rep *report) tafkik.Status {
	r := g.r
	age := g.opt.End.Sub(rep.at)
	if rep.role == roleThanks {
		return tafkik.StatusResolved
	}
	if rep.iss.prob.agency.Outside() && chance(g.r, 0.55) {
		return tafkik.StatusReferred
	}
	if age < 5*24*time.Hour {
		return pick(r, []tafkik.Status{tafkik.StatusNew, tafkik.StatusNew, tafkik.StatusReviewing})
	}
	if chance(r, 0.04) {
		return tafkik.StatusRejected
	}
	return pick(r, []tafkik.Status{tafkik.StatusResolved, tafkik.StatusResolved, tafkik.StatusResolved,
		tafkik.StatusInProgress, tafkik.StatusAssigned, tafkik.StatusReviewing, tafkik.StatusNew})
}
