package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	tafkik "github.com/tafkik/tafkik"
)

// Options say what to generate. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests, default 18000
	District string    // default "3"
	Start    time.Time // first day, default 1 Farvardin 1404 (2025-03-21) in Tehran time
	Days     int       // span, default 365
	// Split restricts the wording to one half of every phrase list: "a" or "b" ("" uses all).
	// Tune on "a", score on "b", and the gap is how much was learnt by heart.
	Split string
}

// Truth is what really happened behind one request.
type Truth struct {
	RequestID string
	GroupID   string        // one problem at one place in one episode
	Agency    tafkik.Agency // who is responsible
	Problem   string        // problem code, e.g. "asphalt", "sewage", "trench_gas"
}

// Dataset is a generated district: requests ordered by time, and the truth for each.
type Dataset struct {
	Requests []tafkik.Request
	Truth    []Truth
	// Crowded counts issues that had to share a place and weeks with another issue of the same
	// problem, which makes their truth ambiguous. It is 0 up to about 25,000 requests a year;
	// for more, raise Days in proportion.
	Crowded int
}

// Tehran has had no daylight saving time since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N <= 0 {
		o.N = 18000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	if o.Days <= 0 {
		o.Days = 365
	}
	return o
}

// group is one true issue being generated.
type group struct {
	id     string
	prob   *problem
	pl     *place
	level  int
	start  time.Time
	spread float64 // mean days between the first request and later ones
	size   int
	plate  int
	// anchor is, for a street-wide issue, the alley its stretch of street starts at: people
	// place it by that corner («نبش کوچه ۷»), never by a different alley each time.
	anchor *place
}

// Generate builds a district. The same Options always give the same Dataset.
func Generate(opt Options) Dataset {
	_, ds := generate(opt)
	return ds
}

func generate(opt Options) (*generator, Dataset) {
	opt = opt.withDefaults()
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7a66696b))
	cat := buildCatalog()
	g := &generator{opt: opt, rng: rng, cat: cat, busy: map[string][]span{}}
	g.weatherDays()
	g.planGroups()
	return g, g.emit()
}

type span struct{ from, to time.Time }

type generator struct {
	opt    Options
	rng    *rand.Rand
	cat    *catalog
	groups []*group
	busy   map[string][]span // problem|place key → episodes already planned there
	// crowded counts issues placed where the same problem was already being reported.
	crowded int
	// rainDays are Rasht's heavy-rain days (autumn and winter) and hotDays the summer peak:
	// on such a day many alleys flood, or lose power, at once, and each is its own issue.
	rainDays, hotDays []time.Time
}

func (g *generator) weatherDays() {
	var wet, hot []time.Time
	for d := range g.opt.Days {
		day := g.opt.Start.AddDate(0, 0, d)
		switch day.Month() {
		case time.October, time.November, time.December, time.January, time.February, time.March:
			wet = append(wet, day)
		case time.July, time.August:
			hot = append(hot, day)
		}
	}
	pickDays := func(from []time.Time, n int) []time.Time {
		var out []time.Time
		for range min(n, len(from)) {
			out = append(out, from[g.rng.IntN(len(from))])
		}
		return out
	}
	g.rainDays = pickDays(wet, 1+g.opt.Days/18)
	g.hotDays = pickDays(hot, 1+g.opt.Days/30)
}

// startFor draws when an issue starts: surface water mostly on a heavy-rain day, a branch on
// a power line often in the same storms, power cuts often on the hottest days.
func (g *generator) startFor(p *problem) time.Time {
	var days []time.Time
	switch {
	case p.code == "surface_water" && g.rng.Float64() < 0.8:
		days = g.rainDays
	case (p.code == "branch_powerline" || p.code == "tree_pruning") && g.rng.Float64() < 0.4:
		days = g.rainDays
	case p.code == "power_outage" && g.rng.Float64() < 0.6:
		days = g.hotDays
	}
	if len(days) > 0 {
		return days[g.rng.IntN(len(days))].Add(time.Duration(6+g.rng.IntN(14)) * time.Hour)
	}
	return g.opt.Start.Add(time.Duration(g.rng.IntN(g.opt.Days*24)) * time.Hour)
}

// sizes draws heavy-tailed episode sizes summing to n: most issues get 1-3 requests, a few
// dozens, and (in a district-sized set) one alley's asphalt gets about a hundred.
func (g *generator) sizes(n int) []int {
	var out []int
	total := 0
	if n >= 2000 {
		out = append(out, 95+g.rng.IntN(11))
		total += out[0]
	}
	for total < n {
		var s int
		u := g.rng.Float64()
		switch {
		case u < 0.52:
			s = 1
		case u < 0.70:
			s = 2
		case u < 0.80:
			s = 3
		default:
			// Pareto tail from 4 upward: dozens are rare, and only the flagship reaches 100.
			s = int(4 * math.Pow(1-g.rng.Float64(), -1/2.0))
			if s > 80 {
				s = 40 + g.rng.IntN(40)
			}
		}
		if total+s > n {
			s = n - total
		}
		out = append(out, s)
		total += s
	}
	return out
}

// planGroups decides every issue: problem, place, episode. Outside-jurisdiction issues are
// drawn so that 8-12% of requests (not of issues) belong to another agency.
func (g *generator) planGroups() {
	sizes := g.sizes(g.opt.N)
	outsideTarget := 0.08 + 0.04*g.rng.Float64()
	var muni, outside []*problem
	for i := range problems {
		p := &problems[i]
		if p.agency.Outside() {
			outside = append(outside, p)
		} else {
			muni = append(muni, p)
		}
	}
	assigned, outsideN := 0, 0
	for i, size := range sizes {
		var gr *group
		if i == 0 && size >= 90 {
			gr = g.flagship(size)
		} else {
			wantOutside := float64(outsideN) < outsideTarget*float64(assigned+size)
			// A big episode rarely goes outside: only sewage and water mains grow large, and
			// letting them absorb the quota would leave no room for police, gas or telecom.
			if wantOutside && size > 6 && g.rng.Float64() < 0.8 {
				wantOutside = false
			}
			pool := muni
			if wantOutside {
				pool = outside
			}
			// A problem whose places are all taken in these weeks gives way to another, up to
			// a point; past it the issue is placed anyway and counted as crowded.
			for try := 0; gr == nil; try++ {
				p := g.pickProblem(pool, size)
				if p == nil { // no outside problem takes episodes this large
					p = g.pickProblem(muni, size)
				}
				gr = g.place(p, size, try >= 5)
			}
		}
		gr.id = fmt.Sprintf("G%05d", len(g.groups)+1)
		g.groups = append(g.groups, gr)
		assigned += size
		if gr.prob.agency.Outside() {
			outsideN += size
		}
		// Hard negatives next to a big issue: the neighbouring alley with the same problem at
		// the same time, and the same problem at the same place months later.
		if i == 0 && size >= 90 {
			g.hardNegatives(gr)
		}
	}
	// Hard negatives were appended beyond N: trim the tail back to N.
	g.trim()
}

func (g *generator) trim() {
	total := 0
	for _, gr := range g.groups {
		total += gr.size
	}
	for i := len(g.groups) - 1; total > g.opt.N && i >= 0; i-- {
		gr := g.groups[i]
		cut := min(gr.size, total-g.opt.N)
		gr.size -= cut
		total -= cut
	}
	kept := g.groups[:0]
	for _, gr := range g.groups {
		if gr.size > 0 {
			kept = append(kept, gr)
		}
	}
	g.groups = kept
}

func (g *generator) pickProblem(pool []*problem, size int) *problem {
	sum := 0.0
	for _, p := range pool {
		if p.maxSize >= size {
			sum += p.weight
		}
	}
	if sum == 0 {
		return nil
	}
	x := g.rng.Float64() * sum
	for _, p := range pool {
		if p.maxSize < size {
			continue
		}
		if x < p.weight {
			return p
		}
		x -= p.weight
	}
	return pool[len(pool)-1]
}

func problemByCode(code string) *problem {
	for i := range problems {
		if problems[i].code == code {
			return &problems[i]
		}
	}
	panic("demo: unknown problem " + code)
}

// flagship is the hundred requests about one alley's asphalt (گلسار، خیابان ۱۲۴، کوچه ۱۲).
func (g *generator) flagship(size int) *group {
	pl := g.cat.find("گلسار", 124, 12)
	gr := &group{prob: problemByCode("asphalt"), pl: pl, level: levelAlley, size: size, spread: 12}
	gr.start = g.opt.Start.Add(time.Duration(g.opt.Days/4) * 24 * time.Hour).Add(9 * time.Hour)
	g.reserve(gr)
	return gr
}

func (g *generator) hardNegatives(big *group) {
	// Same problem, alley next door, overlapping days.
	if nb := g.cat.find("گلسار", 124, 14); nb != nil {
		gr := &group{prob: big.prob, pl: nb, level: levelAlley, size: 6, spread: 5,
			start: big.start.Add(3 * 24 * time.Hour)}
		gr.id = fmt.Sprintf("G%05d", len(g.groups)+1)
		g.reserve(gr)
		g.groups = append(g.groups, gr)
	}
	// Same problem, same alley, months later: a new episode (the repair failed).
	later := big.start.Add(150 * 24 * time.Hour)
	if later.Before(g.opt.Start.Add(time.Duration(g.opt.Days-10) * 24 * time.Hour)) {
		gr := &group{prob: big.prob, pl: big.pl, level: levelAlley, size: 5, spread: 4, start: later}
		gr.id = fmt.Sprintf("G%05d", len(g.groups)+1)
		g.reserve(gr)
		g.groups = append(g.groups, gr)
	}
	// A different problem at the same alley, same weeks.
	gr := &group{prob: problemByCode("garbage"), pl: big.pl, level: levelAlley, size: 3, spread: 2,
		start: big.start.Add(6 * 24 * time.Hour)}
	gr.id = fmt.Sprintf("G%05d", len(g.groups)+1)
	g.reserve(gr)
	g.groups = append(g.groups, gr)
}

// spreadFor is the mean gap, in days, between an episode's first report and the others.
func spreadFor(size int) float64 {
	if size <= 1 {
		return 0
	}
	return math.Min(15, 1+float64(size)*0.3)
}

// place picks where and when an issue happens, so that no two issues with the same problem
// share a place in overlapping weeks (the truth would be ambiguous). Some issues are put
// deliberately next to others: the same problem in the neighbouring alley, or at the same
// place months later.
func (g *generator) place(p *problem, size int, force bool) *group {
	level := p.levels[0]
	if len(p.levels) > 1 && g.rng.Float64() < 0.15 {
		level = p.levels[1+g.rng.IntN(len(p.levels)-1)]
	}
	gr := &group{prob: p, level: level, size: size, spread: spreadFor(size)}
	if p.code == "surface_water" || p.code == "power_outage" {
		gr.spread = min(gr.spread, 2) // reported while the water stands or the power is off
	}
	days := g.opt.Days
	end := g.opt.Start.Add(time.Duration(days) * 24 * time.Hour)
	for attempt := 0; ; attempt++ {
		var pl *place
		relation := g.rng.Float64()
		prev := g.relatedCandidate(func(c *group) bool { return c.prob == p })
		sib := g.relatedCandidate(func(c *group) bool { return siblings[c.prob.code] == p.code && c.level == level })
		switch {
		case attempt < 100 && prev != nil && relation < 0.05 && prev.level == levelAlley && level == levelAlley:
			// The neighbouring alley, same problem, overlapping weeks.
			pl = g.cat.neighbour(prev.pl, g.rng)
			gr.start = prev.start.Add(time.Duration(g.rng.IntN(5*24)) * time.Hour)
		case attempt < 100 && prev != nil && relation < 0.10 && prev.level == level:
			// The same place, the same problem, months after the last report of the first episode.
			pl = prev.pl
			gr.start = prev.episode().to.Add(time.Duration(40+g.rng.IntN(120)) * 24 * time.Hour)
		case attempt < 100 && sib != nil && relation < 0.16:
			// A look-alike problem at the same place in the same weeks: sewage next to surface
			// water, a utility's trench next to potholes, a branch on the line next to pruning.
			pl = sib.pl
			gr.start = sib.start.Add(time.Duration(g.rng.IntN(10*24)-5*24) * time.Hour)
		default:
			pl = g.cat.random(g.rng, level)
			gr.start = g.startFor(p)
		}
		if attempt == 50 && level == levelStreet {
			// The district's streets are busy with this problem: put it in an alley instead.
			level, gr.level = levelAlley, levelAlley
			continue
		}
		if pl == nil || gr.start.After(end) || gr.start.Before(g.opt.Start) {
			if attempt > 300 {
				panic("demo: no place found for an issue") // the catalogue is far larger than this
			}
			continue
		}
		gr.pl = pl
		if g.free(gr) {
			break
		}
		if attempt > 200 {
			if !force {
				return nil
			}
			g.crowded++ // the district is too full for this N and Days: the truth gets ambiguous
			break
		}
	}
	if gr.level == levelStreet {
		n := gr.pl.area.alleys
		a := 1 + g.rng.IntN(max(1, n-2))
		gr.anchor = g.cat.byKey[fmt.Sprintf("%s/%d/%d/%d", gr.pl.area.name, gr.pl.street, a, 0)]
	}
	if level == levelPlate || g.rng.Float64() < 0.15 {
		gr.plate = 1 + g.rng.IntN(60)
	}
	g.reserve(gr)
	return gr
}

// relatedCandidate returns an earlier issue that ok accepts, if a few draws find one.
func (g *generator) relatedCandidate(ok func(*group) bool) *group {
	if len(g.groups) == 0 {
		return nil
	}
	for range 8 {
		c := g.groups[g.rng.IntN(len(g.groups))]
		if ok(c) {
			return c
		}
	}
	return nil
}

// siblings pairs problems that read alike but are different issues (and often different
// agencies); both directions are listed.
var siblings = map[string]string{
	"asphalt": "trench_water", "trench_water": "asphalt",
	"surface_water": "sewage", "sewage": "surface_water",
	"street_light": "park_light", "park_light": "street_light",
	"tree_pruning": "branch_powerline", "branch_powerline": "tree_pruning",
	"sidewalk_obstruction": "cars_blocking", "cars_blocking": "sidewalk_obstruction",
	"construction_noise": "neighbour_noise", "neighbour_noise": "construction_noise",
	"garbage": "construction_waste", "construction_waste": "garbage",
	"trench_gas": "gas_smell", "gas_smell": "trench_gas",
}

// episode returns how long an issue's reports keep coming, padded by 25 quiet days on each
// side: two episodes of one problem at one place are then at least 50 days apart, so
// "months later" really is later, and never a lull inside one episode.
func (gr *group) episode() span {
	dur := time.Duration((gr.spread*4+25)*24) * time.Hour
	return span{gr.start.Add(-25 * 24 * time.Hour), gr.start.Add(dur)}
}

// busyKeys are the keys an issue occupies: its own place, and for an alley also its street,
// so that a street-wide issue and an alley issue of the same problem never overlap.
func (gr *group) busyKeys() (own []string, check []string) {
	pk := gr.prob.code + "|"
	switch gr.level {
	case levelStreet, levelPark:
		own = []string{pk + gr.pl.streetKey(), pk + "street-any|" + gr.pl.streetKey()}
		check = []string{pk + "street-any|" + gr.pl.streetKey()}
	default:
		own = []string{pk + gr.pl.alleyKey(), pk + "street-any|" + gr.pl.streetKey()}
		check = []string{pk + gr.pl.alleyKey(), pk + gr.pl.streetKey()}
	}
	return own, check
}

func (g *generator) free(gr *group) bool {
	e := gr.episode()
	_, check := gr.busyKeys()
	for _, k := range check {
		for _, s := range g.busy[k] {
			if e.from.Before(s.to) && s.from.Before(e.to) {
				return false
			}
		}
	}
	return true
}

func (g *generator) reserve(gr *group) {
	own, _ := gr.busyKeys()
	for _, k := range own {
		g.busy[k] = append(g.busy[k], gr.episode())
	}
}

// emit writes every issue's requests, orders them by time and numbers them like 137
// tracking numbers.
func (g *generator) emit() Dataset {
	type item struct {
		req   tafkik.Request
		truth Truth
	}
	items := make([]item, 0, g.opt.N)
	end := g.opt.Start.Add(time.Duration(g.opt.Days) * 24 * time.Hour)
	for _, gr := range g.groups {
		w := newWriter(g.rng, g.cat, gr, g.opt.Split)
		var prev tafkik.Request
		for k := range gr.size {
			if k > 0 && prev.Channel == "اپلیکیشن" && g.rng.Float64() < 0.04 && prev.CreatedAt.Add(11*time.Minute).Before(end) {
				// Sent twice from the app a few minutes apart: same words, same pin.
				r := prev
				r.CreatedAt = prev.CreatedAt.Add(time.Duration(30+g.rng.IntN(600)) * time.Second)
				items = append(items, item{req: r, truth: Truth{GroupID: gr.id, Agency: gr.prob.agency, Problem: gr.prob.code}})
				continue
			}
			at := gr.start
			if k > 0 {
				// Exponential gaps, cut at four times the mean so an episode stays an episode.
				at = at.Add(time.Duration(min(4, g.rng.ExpFloat64()) * gr.spread * 24 * float64(time.Hour)))
			}
			at = realisticHour(g.rng, at, gr.prob.code == "neighbour_noise" || gr.prob.code == "construction_noise")
			if at.Weekday() == time.Friday && g.rng.Float64() < 0.35 {
				at = at.Add(24 * time.Hour) // the weekend is quieter; people report on Saturday
			}
			if at.Before(g.opt.Start) { // a Start that is not midnight
				at = g.opt.Start.Add(time.Duration(g.rng.IntN(60)) * time.Minute)
			}
			if at.After(end) {
				// Past the span: keep it in the last two days (or the span, if shorter).
				back := min(48*60, g.opt.Days*24*60)
				at = end.Add(-time.Duration(1+g.rng.IntN(back)) * time.Minute)
			}
			r := w.request(at, end)
			r.District = g.opt.District
			prev = r
			items = append(items, item{req: r, truth: Truth{GroupID: gr.id, Agency: gr.prob.agency, Problem: gr.prob.code}})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].req.CreatedAt.Before(items[j].req.CreatedAt) })
	ds := Dataset{Requests: make([]tafkik.Request, len(items)), Truth: make([]Truth, len(items))}
	id := int64(1404000000) + int64(g.rng.IntN(50000))
	for i, it := range items {
		id += 1 + int64(g.rng.IntN(7))
		it.req.ID = fmt.Sprintf("%d", id)
		it.truth.RequestID = it.req.ID
		ds.Requests[i], ds.Truth[i] = it.req, it.truth
	}
	g.followUps(ds)
	ds.Crowded = g.crowded
	return ds
}

// followUps makes a few later requests cite an earlier one's tracking number, as people do
// when they call again («پیرو درخواست شماره ...»).
func (g *generator) followUps(ds Dataset) {
	last := map[string]string{} // group → latest tracking number so far
	for i := range ds.Requests {
		r, tr := &ds.Requests[i], ds.Truth[i]
		prev, ok := last[tr.GroupID]
		last[tr.GroupID] = r.ID
		if !ok || g.rng.Float64() >= 0.03 || r.Text == "" || r.Text[0] < 0x80 {
			continue
		}
		ref := prev
		if g.rng.IntN(2) == 0 {
			ref = toPersianDigits(prev)
		}
		if g.rng.IntN(2) == 0 {
			r.Text = "پیرو درخواست شماره " + ref + "، " + r.Text
		} else {
			r.Text += " (کد رهگیری قبلی " + ref + ")"
		}
	}
}

func toPersianDigits(s string) string {
	b := []rune(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '۰' + (c - '0')
		}
	}
	return string(b)
}

// realisticHour moves a time of day into when people call or use the app: mostly 7:00-23:00,
// a few at night.
func realisticHour(rng *rand.Rand, t time.Time, night bool) time.Time {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran)
	var minute int
	if night && rng.Float64() < 0.6 {
		minute = 22*60 + rng.IntN(4*60) // 22:00-02:00, while the noise goes on
	} else if rng.Float64() < 0.06 {
		minute = rng.IntN(7 * 60) // 0:00-7:00
	} else {
		minute = 7*60 + rng.IntN(16*60)
	}
	return day.Add(time.Duration(minute)*time.Minute + time.Duration(rng.IntN(60))*time.Second)
}
