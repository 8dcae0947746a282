package rasht14

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Row is one generated request with its truth; the shared writer's type.
type Row = labelled.Row

// Options choose the district year to generate.
type Options struct {
	Seed       int64
	N          int       // requests; default 6000
	District   string    // default "3"
	Start, End time.Time // default the year ending 2026-11-20
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() {
	if o.N <= 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 23, 59, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		y, m, d := o.End.AddDate(-1, 0, 1).Date()
		o.Start = time.Date(y, m, d, 0, 0, 0, 0, tehran)
	}
}

type issueKind int

const (
	kindOrdinary issueKind = iota
	kindChronic
	kindCampaign
	kindBurst
	kindTrench
	kindStorm
)

type issue struct {
	group string
	prob  int
	place place
	kind  issueKind
	times []time.Time
	// For campaigns: the one petition text everybody sends.
	petition string
	// For the chronic alley: the day the newspaper ran it.
	news time.Time
}

type slotKind int

const (
	slotPlain slotKind = iota
	slotFollowUp
	slotFault
	slotCampaign
	slotNews
)

type slot struct {
	iss  *issue
	at   time.Time
	kind slotKind
	orig *slot // for a re-registration after a fault
	row  Row
	// who called: some people report several things over weeks.
	caller int
}

type gen struct {
	r       *rand.Rand
	opt     Options
	w       *world
	issues  []*issue
	used    map[string][][2]time.Time
	budget  int
	rain    []time.Time
	callers []caller
}

// Generate writes the district's year in memory: requests in time order, each with its
// truth group and agency.
func Generate(opt Options) ([]Row, error) {
	opt.defaults()
	if !opt.End.After(opt.Start) {
		return nil, fmt.Errorf("rasht14: end %v is not after start %v", opt.End, opt.Start)
	}
	_, slots := run(opt)
	rows := make([]Row, len(slots))
	for i, s := range slots {
		rows[i] = s.row
	}
	return rows, nil
}

// run plans the issues and renders their requests; the tests look at the plan too.
func run(opt Options) (*gen, []*slot) {
	g := &gen{r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x137)), opt: opt, w: newWorld(opt.Seed),
		used: map[string][][2]time.Time{}}
	g.callers = makeCallers(g.r, 900)
	g.rainDays()
	faults := opt.N * 15 / 1000
	g.budget = opt.N - faults
	g.specials()
	for g.budget > 0 {
		g.ordinary()
	}
	slots := g.slots(faults)
	g.render(slots)
	return g, slots
}

// Write generates and writes requests.jsonl and truth.csv into dir.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

func (g *gen) scale(n int) int {
	v := n * g.opt.N / 6000
	if v < 1 {
		v = 1
	}
	return v
}

// rainDays picks the year's rainy days, mostly in autumn and winter as in Rasht; surface
// water problems are reported on them.
func (g *gen) rainDays() {
	for d := g.opt.Start; d.Before(g.opt.End); d = d.AddDate(0, 0, 1) {
		p := 0.12
		switch d.Month() {
		case time.October, time.November, time.December, time.January:
			p = 0.38
		case time.February, time.March, time.September:
			p = 0.22
		case time.June, time.July:
			p = 0.04
		}
		if g.r.Float64() < p {
			g.rain = append(g.rain, d)
		}
	}
}

func (g *gen) pickProblem(outside bool) int {
	total := 0
	for _, p := range problems {
		if (p.agency != "municipality") == outside {
			total += p.weight
		}
	}
	k := g.r.IntN(total)
	for i, p := range problems {
		if (p.agency != "municipality") != outside {
			continue
		}
		if k < p.weight {
			return i
		}
		k -= p.weight
	}
	panic("unreachable")
}

func (g *gen) randomPlace(prob int) place {
	h := g.r.IntN(len(g.w.hoods))
	s := g.r.IntN(len(g.w.hoods[h].streets))
	st := g.w.hoods[h].streets[s]
	p := place{hood: h, street: s, alley: -1, mark: -1, plate: 1 + g.r.IntN(120)}
	if problems[prob].onAlley && g.r.IntN(10) < 9 {
		p.alley = g.r.IntN(len(st.alleys))
	} else {
		p.mark = g.r.IntN(len(st.marks))
		if c := problems[prob].code; c == "parklight" || c == "playground" {
			for i, m := range st.marks {
				if m.kind == "پارک" || m.kind == "بوستان" {
					p.mark = i // a park problem is named by the park when the street has one
				}
			}
		}
	}
	p.lat, p.lon = g.w.coords(p)
	return p
}

// free says whether the spot has no episode of the problem within 75 days of [a, b]: a
// clerk would count a report then as the old issue, so the generator never makes one.
func (g *gen) free(prob int, p place, a, b time.Time) bool {
	for _, iv := range g.used[fmt.Sprint(prob, "@", p.key())] {
		if a.Before(iv[1].AddDate(0, 0, 75)) && iv[0].Before(b.AddDate(0, 0, 75)) {
			return false
		}
	}
	return true
}

func (g *gen) claim(iss *issue) {
	k := fmt.Sprint(iss.prob, "@", iss.place.key())
	g.used[k] = append(g.used[k], [2]time.Time{iss.times[0], iss.times[len(iss.times)-1]})
	g.issues = append(g.issues, iss)
	iss.group = fmt.Sprintf("R14-%05d", len(g.issues))
	g.budget -= len(iss.times)
}

// spread puts n reports over span days from start: front-loaded, as people call most when a
// problem is new, at hours people are awake.
func (g *gen) spread(start time.Time, n int, spanDays float64) []time.Time {
	ts := []time.Time{start}
	for i := 1; i < n; i++ {
		u := math.Pow(g.r.Float64(), 1.6)
		ts = append(ts, g.dayTime(start.Add(time.Duration(u*spanDays*24)*time.Hour)))
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	return ts
}

func (g *gen) dayTime(d time.Time) time.Time {
	y, m, day := d.Date()
	h := 7 + g.r.IntN(16)
	if g.r.IntN(12) == 0 {
		h = g.r.IntN(7)
	}
	t := time.Date(y, m, day, h, g.r.IntN(60), g.r.IntN(60), 0, tehran)
	// The first and last days of the year may be partial.
	if t.Before(g.opt.Start) {
		t = g.opt.Start.Add(time.Duration(g.r.IntN(600)) * time.Second)
	}
	if t.After(g.opt.End) {
		t = g.opt.End.Add(-time.Duration(g.r.IntN(600)) * time.Second)
	}
	return t
}

func (g *gen) randomDay(lastDays float64) time.Time {
	span := g.opt.End.Sub(g.opt.Start).Hours()/24 - lastDays
	if span < 1 {
		span = 1
	}
	return g.dayTime(g.opt.Start.Add(time.Duration(g.r.Float64()*span*24) * time.Hour))
}

func (g *gen) rainyDay() time.Time {
	if len(g.rain) == 0 {
		return g.randomDay(0)
	}
	return g.dayTime(g.rain[g.r.IntN(len(g.rain))])
}

// newIssue tries to place an issue of n reports; it gives up (nil) when it cannot find a
// free spot, which only happens in tiny districts.
func (g *gen) newIssue(prob int, n int, spanDays float64, kind issueKind, at func() time.Time, where func() place) *issue {
	for try := 0; try < 60; try++ {
		p := where()
		start := at()
		ts := g.spread(start, n, spanDays)
		if ts[len(ts)-1].After(g.opt.End) {
			continue
		}
		if !g.free(prob, p, ts[0], ts[len(ts)-1]) {
			continue
		}
		iss := &issue{prob: prob, place: p, kind: kind, times: ts}
		g.claim(iss)
		return iss
	}
	return nil
}

func (g *gen) sizeAndSpan() (int, float64) {
	u := g.r.Float64()
	switch {
	case u < 0.56:
		return 1, 0
	case u < 0.76:
		return 2, 1 + g.r.Float64()*9
	case u < 0.85:
		return 3, 1 + g.r.Float64()*12
	case u < 0.94:
		return 4 + g.r.IntN(3), 3 + g.r.Float64()*25
	case u < 0.985:
		return 7 + g.r.IntN(9), 10 + g.r.Float64()*40
	default:
		return 16 + g.r.IntN(25), 25 + g.r.Float64()*70
	}
}

func (g *gen) fit(n int) int {
	if n > g.budget {
		return g.budget
	}
	return n
}

// ordinary adds one everyday issue, and sometimes its look-alikes: the next alley with the
// same problem, another problem at the same alley, the same problem back months later.
func (g *gen) ordinary() {
	outside := g.r.Float64() < 0.115
	prob := g.pickProblem(outside)
	n, span := g.sizeAndSpan()
	n = g.fit(n)
	if n == 0 {
		return
	}
	at := func() time.Time { return g.randomDay(span) }
	if problems[prob].code == "channel" {
		at = g.rainyDay
	}
	iss := g.newIssue(prob, n, span, kindOrdinary, at, func() place { return g.randomPlace(prob) })
	if iss == nil {
		g.budget -= n // never loop forever on a crowded tiny district
		return
	}
	u := g.r.Float64()
	p := iss.place
	switch {
	case u < 0.08 && p.alley >= 0: // the neighbouring alley, same days
		st := g.w.hoods[p.hood].streets[p.street]
		q := p
		q.alley = (p.alley + 1) % len(st.alleys)
		if q.alley == p.alley {
			return
		}
		q.lat, q.lon = g.w.coords(q)
		m := g.fit(1 + g.r.IntN(3))
		if m > 0 {
			g.newIssue(prob, m, 6, kindOrdinary, func() time.Time { return g.dayTime(iss.times[0].AddDate(0, 0, g.r.IntN(7)-3)) },
				func() place { return q })
		}
	case u < 0.14: // another problem at the same spot
		other := g.pickProblem(g.r.Float64() < 0.2)
		if other == prob || problems[other].onAlley != (p.alley >= 0) {
			return
		}
		m := g.fit(1 + g.r.IntN(3))
		if m > 0 {
			g.newIssue(other, m, 8, kindOrdinary, func() time.Time { return g.dayTime(iss.times[0].AddDate(0, 0, g.r.IntN(30)-10)) },
				func() place { return p })
		}
	case u < 0.19: // it comes back after it was fixed
		m := g.fit(1 + g.r.IntN(4))
		last := iss.times[len(iss.times)-1]
		if m > 0 {
			g.newIssue(prob, m, 10, kindOrdinary, func() time.Time { return g.dayTime(last.AddDate(0, 0, 80+g.r.IntN(120))) },
				func() place { return p })
		}
	}
}

// specials are the issues a clerk remembers: the chronic ones, the campaigns, the burst
// main, the trench along a street, the storm night.
func (g *gen) specials() {
	asphalt, channel, garbage := problemByCode("asphalt"), problemByCode("channel"), problemByCode("garbage")
	// One alley's asphalt: a hundred calls over seven months, with a newspaper item.
	alleyOf := func(prob int) func() place {
		return func() place {
			p := g.randomPlace(prob)
			for p.alley < 0 {
				p = g.randomPlace(prob)
			}
			return p
		}
	}
	if iss := g.newIssue(asphalt, g.scale(70+g.r.IntN(15)), 200, kindChronic, func() time.Time { return g.randomDay(230) }, alleyOf(asphalt)); iss != nil {
		// The newspaper day: a burst of calls within three days.
		news := iss.times[0].AddDate(0, 0, 60+g.r.IntN(60))
		iss.news = news
		extra := g.scale(20 + g.r.IntN(10))
		for i := 0; i < extra; i++ {
			iss.times = append(iss.times, g.dayTime(news.AddDate(0, 0, g.r.IntN(3))))
		}
		g.budget -= extra
		sortTimes(iss.times)
		g.extendClaim(iss)
	}
	// A street that floods at every rain all winter.
	early := func() time.Time {
		for k := 0; k < 100; k++ {
			if d := g.rainyDay(); d.Before(g.opt.End.AddDate(0, 0, -155)) {
				return d
			}
		}
		return g.dayTime(g.opt.Start)
	}
	if iss := g.newIssue(channel, g.scale(40+g.r.IntN(15)), 1, kindChronic, early, alleyOf(channel)); iss != nil {
		start := iss.times[0]
		var ts []time.Time
		for _, d := range g.rain {
			if !d.Before(start) && d.Before(start.AddDate(0, 0, 150)) && len(ts) < len(iss.times) {
				for k := 0; k < 1+g.r.IntN(4) && len(ts) < len(iss.times); k++ {
					ts = append(ts, g.dayTime(d))
				}
			}
		}
		for len(ts) < len(iss.times) {
			ts = append(ts, g.dayTime(start.AddDate(0, 0, g.r.IntN(150))))
		}
		ts[0] = start
		sortTimes(ts)
		iss.times = ts
		g.extendClaim(iss)
	}
	// The rubbish depot beside a school.
	g.newIssue(garbage, g.scale(30+g.r.IntN(12)), 120, kindChronic, func() time.Time { return g.randomDay(130) }, alleyOf(garbage))
	// Campaigns: a street's petition sent as many requests within two days.
	for _, code := range []string{"asphalt", "dogs", "site"} {
		prob := problemByCode(code)
		if iss := g.newIssue(prob, g.scale(18+g.r.IntN(22)), 2, kindCampaign, func() time.Time { return g.randomDay(10) }, alleyOf(prob)); iss != nil {
			iss.petition = petitionText(g.r, code)
		}
	}
	// A burst main: the block calls within the hour.
	for k := 0; k < 2; k++ {
		prob := problemByCode("main")
		iss := g.newIssue(prob, g.scale(10+g.r.IntN(14)), 0.1, kindBurst, func() time.Time { return g.randomDay(1) }, alleyOf(prob))
		if iss != nil {
			for i := range iss.times {
				iss.times[i] = iss.times[0].Add(time.Duration(g.r.IntN(150)) * time.Minute)
			}
			sortTimes(iss.times)
		}
	}
	gas := problemByCode("gas")
	if iss := g.newIssue(gas, g.scale(5+g.r.IntN(3)), 0.05, kindBurst, func() time.Time { return g.randomDay(1) }, alleyOf(gas)); iss != nil {
		for i := range iss.times {
			iss.times[i] = iss.times[0].Add(time.Duration(g.r.IntN(70)) * time.Minute)
		}
		sortTimes(iss.times)
	}
	// A water company trench moving alley by alley along one street, a week per alley.
	tr := problemByCode("trench-water")
	base := g.randomPlace(problemByCode("asphalt"))
	for base.alley < 0 || len(g.w.hoods[base.hood].streets[base.street].alleys) < 5 {
		base = g.randomPlace(problemByCode("asphalt"))
	}
	start := g.randomDay(60)
	for k := 0; k < 4; k++ {
		q := base
		q.alley = k
		q.lat, q.lon = g.w.coords(q)
		day := start.AddDate(0, 0, 8*k+g.r.IntN(3))
		g.newIssue(tr, 2+g.r.IntN(5), 12, kindTrench, func() time.Time { return g.dayTime(day) }, func() place { return q })
	}
	// The storm night: trees, wires and flooded alleys all over the district in one day.
	storm := g.rainyDay()
	for k := 0; k < g.scale(16); k++ {
		code := []string{"prune", "prune", "channel", "channel", "wire", "outage"}[g.r.IntN(6)]
		prob := problemByCode(code)
		g.newIssue(prob, 1+g.r.IntN(4), 1, kindStorm, func() time.Time { return g.dayTime(storm) }, func() place { return g.randomPlace(prob) })
	}
}

// resident picks a caller who lives at the spot: each alley has a handful of people who call,
// so one person's phone shows up on several problems of their own alley over the year.
func (g *gen) resident(p place) int {
	h := uint64(14695981039346656037)
	for _, b := range []byte(p.key()) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	return int((h%uint64(len(g.callers)) + uint64(g.r.IntN(7))) % uint64(len(g.callers)))
}

// extendClaim records that an issue's episode grew after it was placed.
func (g *gen) extendClaim(iss *issue) {
	k := fmt.Sprint(iss.prob, "@", iss.place.key())
	ivs := g.used[k]
	ivs[len(ivs)-1] = [2]time.Time{iss.times[0], iss.times[len(iss.times)-1]}
}

func sortTimes(ts []time.Time) { sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) }) }

// slots flattens the issues into requests in time order, gives them the centre's tracking
// numbers, and adds the re-registrations after system faults.
func (g *gen) slots(faults int) []*slot {
	var out []*slot
	for _, iss := range g.issues {
		for i, t := range iss.times {
			s := &slot{iss: iss, at: t, caller: g.resident(iss.place)}
			switch {
			case iss.kind == kindCampaign:
				s.kind = slotCampaign
			case !iss.news.IsZero() && !t.Before(iss.news) && g.r.IntN(3) == 0:
				s.kind = slotNews
			case i > 0 && g.r.IntN(9) == 0:
				s.kind = slotFollowUp
			}
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at.Before(out[j].at) })
	// The centre's system faults: a few times a year, everything registered in a window of
	// a day is registered again the next day when the link comes back: same text, new id.
	var copies []*slot
	for len(copies) < faults && len(out) > 0 {
		i := g.r.IntN(len(out))
		from := out[i].at
		lag := time.Duration(14+g.r.IntN(20)) * time.Hour
		for j := i; j < len(out) && len(copies) < faults && out[j].at.Sub(from) < 24*time.Hour; j++ {
			o := out[j]
			at := o.at.Add(lag)
			if at.After(g.opt.End) {
				at = o.at.Add(time.Duration(1+g.r.IntN(5)) * time.Minute)
			}
			copies = append(copies, &slot{iss: o.iss, at: at, kind: slotFault, orig: o, caller: o.caller})
		}
	}
	out = append(out, copies...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].at.Before(out[j].at) })
	id := 1_405_000 + g.r.IntN(90_000)
	for _, s := range out {
		id += 1 + g.r.IntN(3)
		s.row.ID = fmt.Sprint(id)
	}
	return out
}
