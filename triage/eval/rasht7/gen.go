package rasht7

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
)

// Options choose a generated set. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // first day; default one year before End
	End      time.Time // last day; default 2026-11-20
}

// Row is one generated request with its truth: the distinct issue it belongs to and the
// agency that must act. The rest says how it was made, for looking into errors: Problem is
// the generator's own name for what is wrong; Style is citizen, operator, followup, echo,
// short, menu, rambling or finglish; Shown says where the place is: both (text and address),
// address, text, nowhere or home-address (the address is the caller's home).
type Row struct {
	tafkik.Request
	Group   string
	Agency  tafkik.Agency
	Problem string
	Style   string
	Shown   string
}

// Rasht has kept +03:30 all year since Iran dropped daylight saving in 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht7: N must be positive")
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
	if !o.End.After(o.Start.AddDate(0, 0, 30)) {
		return errors.New("rasht7: the period must be longer than 30 days")
	}
	return nil
}

// issue is one problem at one place in one episode.
type issue struct {
	id    int
	prob  *problem
	at    place
	size  int
	start time.Time
	// spread is how long people keep reporting it
	spread time.Duration
	burst  bool // a rain burst: most reports within two days
	group  string
}

type plannedReq struct {
	iss  *issue
	at   time.Time
	nth  int  // 0 for the first report of its issue
	echo bool // sent again by the same person a few minutes after the previous report
	id   string
	row  Row
}

type gen struct {
	rng    *rand.Rand
	w      *world
	opt    Options
	days   int
	rains  []time.Time
	issues []*issue
	used   []place // places that already had an issue, for another problem there
	byKind map[int][]*problem
}

// Generate builds the requests and their truth, deterministically for opt.Seed.
func Generate(opt Options) ([]Row, error) {
	g, err := plan(opt)
	if err != nil {
		return nil, err
	}
	reqs := g.planRequests()
	return g.write(reqs), nil
}

// plan chooses the rain days and the issues, before any request is written.
func plan(opt Options) (*gen, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	g := &gen{
		rng:  rand.New(rand.NewPCG(uint64(opt.Seed), 0x7a5b_137)),
		w:    buildWorld(),
		opt:  opt,
		days: int(opt.End.Sub(opt.Start).Hours()/24) + 1,
	}
	g.planRains()
	g.planIssues()
	return g, nil
}

// planRains picks the days of heavy rain: Rasht's wet season is autumn and winter, with a
// few spring storms. Each brings flooded streets, blocked channels, fallen trees and power
// cuts within a day or two.
func (g *gen) planRains() {
	for d := range g.days {
		day := g.opt.Start.AddDate(0, 0, d)
		p := 0.015
		switch day.Month() {
		case time.October, time.November, time.December, time.January:
			p = 0.07
		case time.February, time.March, time.September:
			p = 0.04
		case time.June, time.July, time.August:
			p = 0.004
		}
		if chance(g.rng, p) {
			g.rains = append(g.rains, day)
		}
	}
	if len(g.rains) == 0 {
		g.rains = append(g.rains, g.opt.Start.AddDate(0, 0, g.days/2))
	}
}

// sizeOf draws how many requests an issue gets: most 1-3, some 10-40, a few near 100.
func (g *gen) sizeOf(p *problem) int {
	tiers := []struct {
		w      float64
		lo, hi int
	}{{0.58, 1, 1}, {0.19, 2, 2}, {0.09, 3, 3}, {0.08, 4, 6}, {0.035, 7, 14}, {0.012, 15, 40}, {0.001, 41, 90}}
	total := 0.0
	ws := make([]float64, len(tiers))
	for i, t := range tiers {
		ws[i] = t.w * math.Pow(p.size, float64(i)/5)
		total += ws[i]
	}
	r := g.rng.Float64() * total
	for i, t := range tiers {
		if r < ws[i] || i == len(tiers)-1 {
			n := t.lo + g.rng.IntN(t.hi-t.lo+1)
			if p.most > 0 && n > p.most {
				n = p.most - g.rng.IntN((p.most+1)/2)
			}
			return n
		}
		r -= ws[i]
	}
	return 1
}

// weightOf is how often a problem starts an issue; rain days bring their own problems.
func weightOf(p *problem, rain bool, outsideFactor float64) float64 {
	w := p.weight
	if p.agency.Outside() {
		w *= outsideWeight * outsideFactor
	}
	if !rain {
		return w
	}
	switch {
	case p.rain:
		return w
	case p.key == "outage" || p.key == "wirebranch" || p.key == "landline":
		return w / 2
	}
	return 0
}

// outsideWeight brings other agencies' requests to about an eighth of the whole.
const outsideWeight = 0.6

// pickProblem draws the next issue's problem. outsideFactor steers the draw so that every
// seed lands near the same share of other agencies' requests despite a few large issues.
func (g *gen) pickProblem(rain bool, outsideFactor float64) *problem {
	total := 0.0
	for _, p := range problems {
		total += weightOf(p, rain, outsideFactor)
	}
	r := g.rng.Float64() * total
	for _, p := range problems {
		if w := weightOf(p, rain, outsideFactor); r < w {
			return p
		} else {
			r -= w
		}
	}
	return problems[0]
}

// placeFor finds a place fitting where the problem happens. A quarter of the time it is a
// place that already had another issue: one alley has its asphalt, its rubbish and its dogs.
func (g *gen) placeFor(p *problem) place {
	if len(g.used) > 20 && chance(g.rng, 0.25) {
		for range 8 {
			q := pick(g.rng, g.used)
			if fits(p, q) {
				return q
			}
		}
	}
	where := p.where
	if where == atAlleyOrStreet {
		where = atAlley
		if chance(g.rng, 0.35) {
			where = atStreet
		}
	}
	var q place
	switch where {
	case atPark:
		q = parkPlace(pick(g.rng, g.w.parks))
	case atStreet:
		q = streetPlace(g.rng, pick(g.rng, g.w.sts))
	default:
		q = alleyPlace(g.rng, pick(g.rng, g.w.als))
	}
	g.used = append(g.used, q)
	return q
}

func fits(p *problem, q place) bool {
	switch p.where {
	case atPark:
		return q.pk != nil
	case atStreet:
		return q.pk == nil && q.al == nil
	case atAlley:
		return q.al != nil
	}
	return q.pk == nil
}

// overlaps says whether an issue of the same problem is already open at that place then:
// two would be one issue, so the planner moves on.
func (g *gen) overlaps(p *problem, q place, start time.Time, spread time.Duration) bool {
	for _, is := range g.issues {
		if is.prob != p || !is.at.same(q) {
			continue
		}
		gap := 75 * 24 * time.Hour
		if start.Before(is.start.Add(is.spread+gap)) && is.start.Before(start.Add(spread+gap)) {
			return true
		}
	}
	return false
}

func (g *gen) spreadOf(size int, burst bool) time.Duration {
	day := 24 * time.Hour
	switch {
	case size == 1:
		return 0
	case burst:
		return time.Duration(1+g.rng.IntN(3)) * day
	case size <= 3:
		return time.Duration(1+g.rng.IntN(20)) * day
	case size <= 14:
		return time.Duration(7+g.rng.IntN(45)) * day
	}
	return time.Duration(30+g.rng.IntN(120)) * day
}

func (g *gen) randomDay() time.Time {
	return g.opt.Start.AddDate(0, 0, g.rng.IntN(g.days))
}

func (g *gen) add(p *problem, q place, size int, start time.Time, burst bool) *issue {
	spread := g.spreadOf(size, burst)
	if end := g.opt.End.AddDate(0, 0, 1); start.Add(spread).After(end) {
		spread = max(0, end.Sub(start)-time.Hour)
	}
	if g.overlaps(p, q, start, spread) {
		return nil
	}
	is := &issue{prob: p, at: q, size: size, start: start, spread: spread, burst: burst}
	g.issues = append(g.issues, is)
	return is
}

func (g *gen) planned() int {
	n := 0
	for _, is := range g.issues {
		n += is.size
	}
	return n
}

func (g *gen) planIssues() {
	// The one everybody knows: the asphalt of one alley, reported all year round.
	asphalt := problems[0]
	if g.opt.N >= 1500 {
		big := alleyPlace(g.rng, pick(g.rng, g.w.als))
		g.used = append(g.used, big)
		is := g.add(asphalt, big, 70+g.rng.IntN(40)*g.opt.N/6000, g.opt.Start.AddDate(0, 0, g.rng.IntN(30)), false)
		if is != nil {
			is.spread = time.Duration(g.days-45) * 24 * time.Hour
		}
	}
	// A second long-running one: the channel, the dogs or the rubbish of one place, reported
	// through a season.
	if g.opt.N >= 4000 {
		p := problemByKey(pick(g.rng, []string{"jube", "dogs", "garbage"}))
		q := g.placeFor(p)
		start := g.opt.Start.AddDate(0, 0, g.rng.IntN(g.days-130))
		if is := g.add(p, q, 40+g.rng.IntN(30), start, false); is != nil {
			is.spread = time.Duration(60+g.rng.IntN(60)) * 24 * time.Hour
		}
	}
	for g.planned() < g.opt.N {
		rain := chance(g.rng, 0.10)
		factor := 1.0
		if done := g.planned(); done > 300 {
			share := float64(g.outsidePlanned()) / float64(done)
			factor = math.Max(0.2, math.Min(3, 1+(0.125-share)*25))
		}
		p := g.pickProblem(rain, factor)
		size := g.sizeOf(p)
		start := g.randomDay()
		for try := 0; p.months != nil && !slices.Contains(p.months, start.Month()) && try < 50; try++ {
			start = g.randomDay()
		}
		burst := false
		if p.key == "flood" || p.key == "fallentree" {
			rain = true // a street floods when it rains, not on a dry day
		}
		if rain {
			start = pick(g.rng, g.rains)
			burst = p.key == "flood" || p.key == "fallentree" || p.key == "outage" || chance(g.rng, 0.5)
			if p.key == "flood" && size < 3 && chance(g.rng, 0.3) {
				size += 1 + g.rng.IntN(6)
			}
		}
		q := g.placeFor(p)
		is := g.add(p, q, size, start, burst)
		if is == nil {
			continue
		}
		// Same problem months later at the same place: a new episode, a new issue.
		if !burst && chance(g.rng, 0.08) {
			later := start.Add(is.spread).AddDate(0, 0, 90+g.rng.IntN(120))
			if later.Before(g.opt.End) {
				g.add(p, q, g.sizeOf(p), later, false)
			}
		}
		// The next alley of the same street with the same problem, at the same time.
		if q.al != nil && chance(g.rng, 0.10) {
			if nb := neighbour(g.rng, q.al); nb != nil {
				nq := alleyPlace(g.rng, nb)
				g.used = append(g.used, nq)
				g.add(p, nq, g.sizeOf(p), start.AddDate(0, 0, g.rng.IntN(10)), burst)
			}
		}
	}
	// Trim the last issues so that the total is exactly N.
	excess := g.planned() - g.opt.N
	for i := len(g.issues) - 1; excess > 0 && i >= 0; i-- {
		cut := min(excess, g.issues[i].size)
		g.issues[i].size -= cut
		excess -= cut
	}
	g.issues = slices.DeleteFunc(g.issues, func(is *issue) bool { return is.size == 0 })
}

func (g *gen) outsidePlanned() int {
	n := 0
	for _, is := range g.issues {
		if is.prob.agency.Outside() {
			n += is.size
		}
	}
	return n
}

func neighbour(rng *rand.Rand, al *alley) *alley {
	var cands []*alley
	for _, b := range al.st.alleys {
		if b != al && absInt(alleyIndex(b)-alleyIndex(al)) <= 2 {
			cands = append(cands, b)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	return pick(rng, cands)
}

func alleyIndex(al *alley) int { return slices.Index(al.st.alleys, al) }

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// hourOf is when people call or type: mornings and evenings, little after midnight.
func (g *gen) hourOf() time.Duration {
	weights := []float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 1, 2, 4, 5, 5, 5, 4, 4, 4, 4, 4, 4, 5, 5, 5, 4, 3, 1.5}
	total := 0.0
	for _, w := range weights {
		total += w
	}
	r := g.rng.Float64() * total
	h := 0
	for i, w := range weights {
		if r < w {
			h = i
			break
		}
		r -= w
	}
	return time.Duration(h)*time.Hour + time.Duration(g.rng.IntN(3600))*time.Second
}

func (g *gen) planRequests() []*plannedReq {
	var reqs []*plannedReq
	for _, is := range g.issues {
		for k := 0; k < is.size; k++ {
			var at time.Time
			switch {
			case k == 0:
				at = is.start.Add(g.hourOf())
			case is.burst:
				// most within a day or two of the rain
				at = is.start.Add(time.Duration(g.rng.ExpFloat64()*float64(18*time.Hour)) + g.hourOf()/3)
			default:
				f := g.rng.Float64()
				if chance(g.rng, 0.5) {
					f *= g.rng.Float64() // reports come thick at first
				}
				d := time.Duration(f * float64(is.spread))
				at = is.start.Add(d.Truncate(24*time.Hour) + g.hourOf())
			}
			if limit := g.opt.End.AddDate(0, 0, 1).Add(-time.Minute); at.After(limit) {
				at = limit.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
			}
			if k > 0 && !at.After(is.start) {
				at = is.start.Add(time.Minute * time.Duration(1+g.rng.IntN(600)))
			}
			reqs = append(reqs, &plannedReq{iss: is, at: at})
			// a double tap in the app, or a caller who thinks the first call was lost
			if k+1 < is.size && chance(g.rng, 0.035) {
				k++
				reqs = append(reqs, &plannedReq{iss: is, at: at.Add(time.Duration(40+g.rng.IntN(1800)) * time.Second), echo: true})
			}
		}
	}
	slices.SortStableFunc(reqs, func(a, b *plannedReq) int { return a.at.Compare(b.at) })
	// ids are the centre's tracking codes: the Jalali date and the day's counter
	count := map[string]int{}
	seen := map[*issue]int{}
	for _, r := range reqs {
		r.nth = seen[r.iss]
		seen[r.iss]++
		jy, jm, jd, _ := jalaali.ToJalaali(r.at.Year(), r.at.Month(), r.at.Day())
		day := sprintf("%04d%02d%02d", jy, int(jm), jd)
		count[day]++
		r.id = sprintf("%s%04d", day, 1000+count[day]*7+g.rng.IntN(7))
	}
	// group ids in order of first report
	n := 0
	for _, r := range reqs {
		if r.iss.group == "" {
			n++
			r.iss.group = sprintf("r7-%05d", n)
		}
	}
	return reqs
}

func (g *gen) write(reqs []*plannedReq) []Row {
	rows := make([]Row, 0, len(reqs))
	members := map[*issue][]*plannedReq{}
	for _, r := range reqs {
		var w Row
		// an app sends the same text twice; a second call gets a new summary
		if prev := members[r.iss]; r.echo && len(prev) > 0 && prev[len(prev)-1].row.Channel != "phone" {
			w = g.echo(prev[len(prev)-1].row)
		} else {
			w = g.compose(r, prev)
		}
		r.row = w
		members[r.iss] = append(members[r.iss], r)
		w.ID = r.id
		w.District = g.opt.District
		w.CreatedAt = r.at
		w.Group = r.iss.group
		w.Agency = r.iss.prob.agency
		w.Problem = r.iss.prob.key
		w.Status = g.status(r)
		rows = append(rows, w)
	}
	return rows
}

func (g *gen) status(r *plannedReq) tafkik.Status {
	age := g.opt.End.Sub(r.at)
	switch {
	case r.iss.prob.agency.Outside() && chance(g.rng, 0.5):
		return tafkik.StatusReferred
	case age < 10*24*time.Hour:
		return pick(g.rng, []tafkik.Status{tafkik.StatusNew, tafkik.StatusNew, tafkik.StatusReviewing})
	case age < 60*24*time.Hour:
		return pick(g.rng, []tafkik.Status{tafkik.StatusReviewing, tafkik.StatusAssigned, tafkik.StatusInProgress, tafkik.StatusResolved})
	case chance(g.rng, 0.03):
		return tafkik.StatusRejected
	}
	return pick(g.rng, []tafkik.Status{tafkik.StatusResolved, tafkik.StatusResolved, tafkik.StatusResolved, tafkik.StatusInProgress})
}

func (g *gen) category(p *problem) string {
	switch r := g.rng.Float64(); {
	case r < 0.70:
		return p.cat
	case r < 0.80 && len(p.alt) > 0:
		return pick(g.rng, p.alt)
	case r < 0.90:
		return catOther
	case r < 0.95:
		return pick(g.rng, allCats)
	}
	return p.cat
}

// jitter moves a point 20-150 m in a random direction: phone GPS indoors, or the caller
// standing at the corner.
func (g *gen) jitter(lat, lon float64) (float64, float64) {
	d := 20 + g.rng.Float64()*130
	a := g.rng.Float64() * 2 * math.Pi
	lat, lon = offset(lat, lon, d*math.Sin(a), d*math.Cos(a))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

func trimSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func problemByKey(key string) *problem {
	for _, p := range problems {
		if p.key == key {
			return p
		}
	}
	panic("rasht7: no problem " + key)
}
