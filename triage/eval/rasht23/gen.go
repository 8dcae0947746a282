package rasht23

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says what to generate. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "1"
	// Start is the first day of the year covered; default 1 Farvardin 1404 (2025-03-21).
	Start time.Time
	// Days is the span covered; default 365.
	Days int
}

// Defaults for Options.
const (
	DefaultN        = 6000
	DefaultDistrict = "1"
)

// Iran has kept +03:30 all year since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// minEpisodeGap is the labelling rule's episode boundary: the same problem at the same spot
// this long after an episode's last request is a new issue.
const minEpisodeGap = 21 * day

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = DefaultN
	}
	if o.District == "" {
		o.District = DefaultDistrict
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	if o.Days == 0 {
		o.Days = 365
	}
	return o
}

type issue struct {
	p       *problem
	sp      *spot
	times   []time.Time
	noPlace bool
	group   string
}

type request struct {
	iss      *issue
	seq      int
	at       time.Time
	w        writer
	followUp bool
}

type generator struct {
	opt    Options
	rng    *rand.Rand
	w      *world
	end    time.Time
	issues []*issue
	// episodes of each problem at each spot, to keep episodes apart
	episodes map[string][][2]time.Time
	total    int
	totalW   float64
}

// Generate draws a labelled set of opt.N requests in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	_, rows, err := generate(opt)
	return rows, err
}

// generate also hands back the requests with their issues, for tests of the labelling rule.
func generate(opt Options) ([]*request, []labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, nil, errors.New("rasht23: negative N")
	}
	if opt.Days < 30 {
		return nil, nil, errors.New("rasht23: fewer than 30 days")
	}
	seed := uint64(opt.Seed)
	g := &generator{opt: opt, rng: rand.New(rand.NewPCG(seed, seed^0x5ea1ed23)),
		end: opt.Start.Add(time.Duration(opt.Days) * day), episodes: map[string][][2]time.Time{}}
	g.w = buildWorld(g.rng)
	for _, p := range problems {
		g.totalW += p.weight
	}
	g.plan()
	reqs := g.requests()
	return reqs, g.rows(reqs), nil
}

// plan draws issues until they hold N requests: first the year's few big ones, then the
// ordinary ones, each maybe coming back after a fix.
func (g *generator) plan() {
	n := g.opt.N
	if n >= 1000 {
		// the asphalt of one alley, dug up and never properly repaired, all spring and summer
		g.plant("asphalt", "alley", -1, n/60, g.opt.Start.Add(time.Duration(15+g.rng.IntN(30))*day), 170*day)
		// a stretch of a street by the bazaar that floods with every rain of autumn
		g.plant("surface", "stretch", 1, n/90, g.opt.Start.Add(time.Duration(200+g.rng.IntN(30))*day), 70*day)
		// a storm night that cuts a neighbourhood's power
		g.plant("powercut", "hood", -1, n/150, g.opt.Start.Add(time.Duration(230+g.rng.IntN(40))*day), 8*time.Hour)
	}
	var returns []*issue
	for g.total < n {
		var iss *issue
		if len(returns) > 0 {
			iss, returns = returns[0], returns[1:]
			iss = g.place(iss.p, iss.sp, iss.times[0], g.size(iss.p))
		} else {
			p := g.problem()
			size := g.size(p)
			iss = g.place(p, nil, g.startTime(p), size)
			if iss != nil && size == 1 && g.rng.Float64() < .07 {
				iss.noPlace = true
			}
		}
		if iss == nil {
			continue
		}
		g.add(iss)
		if !iss.noPlace && g.rng.Float64() < iss.p.recur {
			back := iss.times[len(iss.times)-1].Add(minEpisodeGap + time.Duration(4+g.rng.IntN(120))*day)
			if back.Before(g.end) {
				returns = append(returns, &issue{p: iss.p, sp: iss.sp, times: []time.Time{back}})
			}
		}
	}
	// the last issue may overshoot N: trim its latest requests
	over := g.total - n
	for i := len(g.issues) - 1; over > 0 && i >= 0; i-- {
		iss := g.issues[i]
		k := min(over, len(iss.times))
		iss.times = iss.times[:len(iss.times)-k]
		over -= k
	}
}

func (g *generator) add(iss *issue) {
	g.issues = append(g.issues, iss)
	g.total += len(iss.times)
	if !iss.noPlace {
		k := iss.sp.key + "|" + iss.p.code
		g.episodes[k] = append(g.episodes[k], [2]time.Time{iss.times[0], iss.times[len(iss.times)-1]})
	}
}

func problemByCode(code string) *problem {
	for _, p := range problems {
		if p.code == code {
			return p
		}
	}
	panic("rasht23: no problem " + code)
}

func (g *generator) plant(code, kind string, hood, size int, start time.Time, span time.Duration) {
	p := problemByCode(code)
	size = size * (85 + g.rng.IntN(31)) / 100
	var sp *spot
	if kind == "hood" {
		sp = pick(g.rng, g.w.areas)
	} else {
		sp = g.w.pickSpot(g.rng, kind)
		for hood >= 0 && sp.hood.idx != hood {
			sp = g.w.pickSpot(g.rng, kind)
		}
	}
	times := make([]time.Time, size)
	for i := range times {
		// front-loaded: most calls early, a long tail of «still not fixed»
		f := math.Pow(g.rng.Float64(), 1.6)
		times[i] = start.Add(time.Duration(f * float64(span)))
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	times[0] = start
	g.add(&issue{p: p, sp: sp, times: times})
}

func (g *generator) problem() *problem {
	x := g.rng.Float64() * g.totalW
	for _, p := range problems {
		if x < p.weight {
			return p
		}
		x -= p.weight
	}
	return problems[len(problems)-1]
}

// size is how many requests one issue draws: most one or two, a tail to forty.
func (g *generator) size(p *problem) int {
	draw := func() int {
		switch r := g.rng.Float64(); {
		case r < .55:
			return 1
		case r < .77:
			return 2
		case r < .86:
			return 3
		case r < .945:
			return 4 + g.rng.IntN(3)
		case r < .99:
			return 7 + g.rng.IntN(8)
		}
		return 15 + g.rng.IntN(26)
	}
	s := draw()
	if p.scale > 1 && g.rng.Float64() < (p.scale-1)*.5 {
		s = max(s, draw())
	}
	if p.scale < 1 && s > 1 && g.rng.Float64() > p.scale {
		s = 1
	}
	return s
}

// startTime draws the first report of an issue by the problem's season, fewer in the
// Nowruz holidays.
func (g *generator) startTime(p *problem) time.Time {
	var total float64
	for _, w := range p.season {
		total += w
	}
	for {
		x := g.rng.Float64() * total
		m := 0
		for ; m < 11 && x >= p.season[m]; m++ {
			x -= p.season[m]
		}
		d := float64(m)*30.4 + g.rng.Float64()*30.4
		if d < 13 && g.rng.Float64() < .5 {
			continue
		}
		t := g.opt.Start.Add(time.Duration(d * float64(day)))
		if t.Before(g.end) {
			return t
		}
	}
}

// place draws the issue's request times and a spot whose earlier and later episodes of the
// same problem stay minEpisodeGap away; nil when none is found.
func (g *generator) place(p *problem, sp *spot, start time.Time, size int) *issue {
	times := []time.Time{start}
	t := start
	for len(times) < size {
		gap := time.Duration(g.rng.ExpFloat64() * float64(p.spread))
		if g.rng.Float64() < .1 {
			gap *= 4 // «still not fixed», weeks later
		}
		// a silence of minEpisodeGap ends the episode (README.md); the margin covers the
		// clock moving a request to its hour or the next working day
		gap = min(gap, minEpisodeGap-4*day)
		t = t.Add(gap)
		if !t.Before(g.end) {
			break
		}
		times = append(times, t)
	}
	first, last := times[0], times[len(times)-1]
	fits := func(sp *spot) bool {
		for _, ep := range g.episodes[sp.key+"|"+p.code] {
			// the margin covers the clock moving a request within its day or to the next
			// working day
			if !(last.Add(minEpisodeGap+3*day).Before(ep[0]) || ep[1].Add(minEpisodeGap+3*day).Before(first)) {
				return false
			}
		}
		return true
	}
	if sp != nil {
		if !fits(sp) {
			return nil
		}
		return &issue{p: p, sp: sp, times: times}
	}
	for range 30 {
		var c *spot
		if p.spots == "hood" {
			c = pick(g.rng, g.w.areas)
		} else {
			c = g.w.pickSpot(g.rng, p.spots)
		}
		if fits(c) {
			return &issue{p: p, sp: c, times: times}
		}
	}
	return nil
}

// requests spreads the issues' requests over channels and the clock.
func (g *generator) requests() []*request {
	var reqs []*request
	for _, iss := range g.issues {
		for k, t := range iss.times {
			r := &request{iss: iss, seq: k}
			r.w = g.writer()
			if iss.noPlace {
				// an operator or a clerk asks where; a caption without a pin or a web form
				// left half empty does not
				r.w = writer{channel: chApp}
				if g.rng.Float64() < .3 {
					r.w = writer{channel: chWeb}
				}
			}
			r.at = g.clock(t, r.w.channel, iss.p)
			if k > 0 && g.rng.Float64() < .14 {
				r.followUp = true
			}
			reqs = append(reqs, r)
		}
	}
	slices.SortStableFunc(reqs, func(a, b *request) int { return a.at.Compare(b.at) })
	// the counter's requests are typed in one batch after it closes
	batch := map[string]int{}
	for _, r := range reqs {
		if r.w.channel != chInPerson {
			continue
		}
		y, m, d := r.at.Date()
		k := fmt.Sprintf("%d-%d-%d", y, m, d)
		r.at = time.Date(y, m, d, 13, 35, 0, 0, tehran).Add(time.Duration(batch[k]*(2+g.rng.IntN(3))) * time.Minute).
			Add(time.Duration(g.rng.IntN(60)) * time.Second)
		batch[k]++
	}
	slices.SortStableFunc(reqs, func(a, b *request) int { return a.at.Compare(b.at) })
	return reqs
}

func (g *generator) writer() writer {
	switch r := g.rng.Float64(); {
	case r < .52:
		return writer{channel: chPhone, operator: g.rng.IntN(nOperators)}
	case r < .81:
		return writer{channel: chApp}
	case r < .91:
		return writer{channel: chWeb}
	}
	return writer{channel: chInPerson, operator: g.rng.IntN(nOperators)}
}

// clock moves a day's report to an hour its channel is used at: the phone line by day and
// evening, the app late too, the counter in office hours on working days.
func (g *generator) clock(t time.Time, channel string, p *problem) time.Time {
	y, m, d := t.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, tehran)
	if p.spread < day {
		return t // outages, gas: the call comes when it happens
	}
	var h float64
	switch channel {
	case chPhone:
		h = 7.5 + 15*math.Pow(g.rng.Float64(), 1.1)
	case chApp, chWeb:
		h = 6 + 18*g.rng.Float64()
		if g.rng.Float64() < .05 {
			h = 24 * g.rng.Float64()
		}
	case chInPerson:
		for midnight.Weekday() == time.Friday || midnight.Weekday() == time.Thursday {
			midnight = midnight.Add(day)
		}
		h = 8 + 5*g.rng.Float64()
	}
	at := midnight.Add(time.Duration(h * float64(time.Hour)))
	if at.Before(t) && channel != chInPerson {
		at = t
	}
	return at
}

func (g *generator) rows(reqs []*request) []labelled.Row {
	rows := make([]labelled.Row, 0, len(reqs))
	nextGroup := 1
	id := int64(4_051_200) + g.rng.Int64N(10_000)
	for _, r := range reqs {
		iss := r.iss
		if iss.group == "" {
			iss.group = fmt.Sprintf("r23-%05d", nextGroup)
			nextGroup++
		}
		id += 1 + g.rng.Int64N(9) // other districts take the numbers in between
		row := labelled.Row{ID: strconv.FormatInt(id, 10), District: g.opt.District, CreatedAt: r.at,
			Channel: r.w.channel, Group: iss.group, Agency: iss.p.agency}
		hasPin := false
		if !iss.noPlace {
			switch r.w.channel {
			case chApp:
				hasPin = g.rng.Float64() < .86
			case chWeb:
				hasPin = g.rng.Float64() < .25
			case chPhone:
				hasPin = g.rng.Float64() < .06
			}
		}
		if hasPin {
			lat, lon := pin(g.rng, iss.sp)
			row.Lat, row.Lon = &lat, &lon
		}
		coarse := !iss.noPlace && g.rng.Float64() < .05
		var second *problem
		if g.rng.Float64() < .04 {
			second = g.problem()
			if second == iss.p || second.spots == "hood" || iss.sp.kind == "hood" {
				second = nil
			}
		}
		text, addr := compose(g.rng, r.w, iss.p, iss.sp, iss.noPlace, coarse, r.followUp, hasPin, second)
		row.Text, row.Address = noisy(g.rng, r.w, text, addr)
		row.Category = g.category(r.w.channel, iss.p)
		row.Status = g.status(r, iss)
		rows = append(rows, row)
	}
	return rows
}

func (g *generator) category(channel string, p *problem) string {
	right, vagueShare := .75, .12
	switch channel {
	case chApp:
		right, vagueShare = .6, .2
	case chWeb:
		right, vagueShare = .65, .2
	}
	switch r := g.rng.Float64(); {
	case r < right:
		return pick(g.rng, p.cats)
	case r < right+vagueShare:
		return pick(g.rng, vague)
	}
	return pick(g.rng, p.wrong)
}

// status is where the request stood at the export, the last day of the year.
func (g *generator) status(r *request, iss *issue) string {
	age := g.end.Sub(r.at)
	r1 := g.rng.Float64()
	if iss.p.agency != "municipality" {
		switch {
		case r1 < .8:
			return "referred"
		case r1 < .9:
			return "resolved"
		case age < 10*day:
			return "new"
		}
		return "reviewing"
	}
	if age > 30*day {
		switch {
		case r1 < .68:
			return "resolved"
		case r1 < .73:
			return "rejected"
		case r1 < .82:
			return "in_progress"
		case r1 < .91:
			return "assigned"
		}
		return "reviewing"
	}
	switch {
	case r1 < .35:
		return "new"
	case r1 < .6:
		return "reviewing"
	case r1 < .8:
		return "assigned"
	case r1 < .9:
		return "in_progress"
	}
	return "resolved"
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Summarize gives the figures of a set: requests, issues and their sizes, agencies,
// channels, locations.
func Summarize(rows []labelled.Row) string {
	sizes := map[string]int{}
	agencies := map[string]int{}
	channels := map[string]int{}
	withLoc, noAddr := 0, 0
	for _, r := range rows {
		sizes[r.Group]++
		agencies[r.Agency]++
		channels[r.Channel]++
		if r.Lat != nil {
			withLoc++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	n := len(rows)
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	var all []int
	single, upTo2 := 0, 0
	for _, s := range sizes {
		all = append(all, s)
		if s == 1 {
			single++
		}
		if s <= 2 {
			upTo2++
		}
	}
	slices.SortFunc(all, func(a, b int) int { return cmp.Compare(b, a) })
	top := all[:min(8, len(all))]
	out := fmt.Sprintf("requests %d, issues %d (%.2f requests an issue), singletons %d, issues of 1-2 requests %.1f%%\n",
		n, len(sizes), float64(n)/float64(max(len(sizes), 1)), single, 100*float64(upTo2)/float64(max(len(sizes), 1)))
	out += fmt.Sprintf("largest issues %v\n", top)
	out += "agencies:"
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		out += fmt.Sprintf(" %s %.1f%%", a, pct(agencies[a]))
	}
	out += "\nchannels:"
	for _, c := range []string{chPhone, chApp, chWeb, chInPerson} {
		out += fmt.Sprintf(" %s %.1f%%", c, pct(channels[c]))
	}
	out += fmt.Sprintf("\nwith coordinates %.1f%%, empty address %.1f%%\n", pct(withLoc), pct(noAddr))
	return out
}
