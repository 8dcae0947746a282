package rasht21

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose the set. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the district field; default "1"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	return o
}

// The year is 1404: 1 Farvardin 1404 is 21 March 2025. Iran keeps +03:30 all year since 2022.
var (
	tehran    = time.FixedZone("+0330", 3*3600+1800)
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	yearDays  = 365.0
)

// mapSeed fixes the district's map: every seed is another year of the same streets.
const mapSeed = 1404_21

type issue struct {
	seq   int
	p     *problem
	facet int
	sp    *spot
	// placeless issues are one request that names no place; pl indexes placeless.
	placeless bool
	pl        int
	start     time.Time
	reqs      []*request
}

type request struct {
	seq     int
	iss     *issue
	at      time.Time
	channel string
	chase   *request // the earlier request a follow-up chases
	chased  bool     // a later follow-up chases this one: its time stays before theirs
	id      string
}

type gen struct {
	opt    Options
	r      *rand.Rand
	d      *district
	issues []*issue
	reqs   []*request
}

// Generate draws one year of the district's requests, in time order, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht21: N = %d", opt.N)
	}
	return newGen(opt).render(), nil
}

// newGen draws the issues and the requests' times; render writes them.
func newGen(opt Options) *gen {
	g := &gen{opt: opt,
		r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x72617368743231)),
		d: newDistrict(rand.New(rand.NewPCG(mapSeed, 21)))}
	g.drawIssues()
	g.drawRequests()
	return g
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

func (g *gen) problem(key string) *problem {
	for i := range problems {
		if problems[i].key == key {
			return &problems[i]
		}
	}
	panic("rasht21: no problem " + key)
}

func (g *gen) newIssue(p *problem, sp *spot, start time.Time) *issue {
	is := &issue{seq: len(g.issues), p: p, sp: sp, start: start}
	if p != nil && p.facets {
		is.facet = g.r.IntN(len(p.operator))
	}
	g.issues = append(g.issues, is)
	return is
}

// drawIssues decides every issue and its size until the sizes add up to N.
func (g *gen) drawIssues() {
	r, n := g.r, g.opt.N
	scale := float64(n) / 6000
	var sizes []int
	add := func(is *issue, size int) { sizes = append(sizes, max(1, size)) }

	// The year's two big ones: one alley's asphalt all winter, one street flooding in the
	// autumn rains.
	asphalt := g.d.alley[0]
	for _, s := range g.d.alley {
		if s.weight > asphalt.weight {
			asphalt = s
		}
	}
	add(g.newIssue(g.problem("asphalt"), asphalt, g.day(225+r.Float64()*20)), int(math.Round(float64(85+r.IntN(30))*scale)))
	flood := g.d.road[r.IntN(len(g.d.road))]
	add(g.newIssue(g.problem("surface_water"), flood, g.day(215+r.Float64()*40)), int(math.Round(float64(45+r.IntN(40))*scale)))

	for range int(math.Round(0.025 * float64(n))) {
		is := g.newIssue(nil, nil, g.day(r.Float64()*yearDays))
		is.placeless, is.pl = true, r.IntN(len(placeless))
		add(is, 1)
	}

	total := 0
	for _, s := range sizes {
		total += s
	}
	weights := make([]float64, len(problems))
	for i, p := range problems {
		weights[i] = p.weight
	}
	for total < n {
		p := &problems[pickWeighted(r, weights)]
		sp := g.d.pick(r, p.kinds)
		start := g.day(float64(pickWeighted(r, p.months[:]))*yearDays/12 + r.Float64()*yearDays/12)
		if start.Before(g.day(13)) && r.Float64() < 0.5 {
			continue // Nowruz: half the city is away, the line is quiet
		}
		for {
			size := g.size(p)
			if total+size > n {
				size = n - total
			}
			is := g.newIssue(p, sp, start)
			add(is, size)
			total += size
			// the same problem back at the same spot: a new episode after a fix
			if total >= n || r.Float64() >= p.recur {
				break
			}
			start = start.Add(time.Duration((30+p.spanDays+r.Float64()*120)*24) * time.Hour)
			if start.After(g.day(yearDays - 1)) {
				break
			}
		}
	}
	for i, is := range g.issues {
		is.reqs = make([]*request, sizes[i])
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func pickWeighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	x := r.Float64() * total
	for i, v := range w {
		x -= v
		if x < 0 {
			return i
		}
	}
	return len(w) - 1
}

// size is how many requests one episode draws: mostly one, a heavy tail beyond.
func (g *gen) size(p *problem) int {
	r := g.r
	if r.Float64() < p.single {
		return 1
	}
	for {
		// Pareto with α 1.7 past the second request; a draw past the cap is drawn again
		// rather than piling issues up at the cap.
		extra := (math.Pow(1-r.Float64(), -1/1.7) - 1) * p.tail
		if extra < 45 {
			return 2 + int(extra)
		}
	}
}

func (g *gen) day(d float64) time.Time {
	return yearStart.Add(time.Duration(d * 24 * float64(time.Hour)))
}

var channels = []struct {
	name  string
	share float64
}{{"phone", 0.66}, {"app", 0.22}, {"web", 0.07}, {"in_person", 0.05}}

func (g *gen) channel() string {
	x := g.r.Float64()
	for _, c := range channels {
		if x < c.share {
			return c.name
		}
		x -= c.share
	}
	return "phone"
}

// drawRequests places every request of every issue in time and picks its channel and
// whether it chases an earlier one.
func (g *gen) drawRequests() {
	r := g.r
	end := g.day(yearDays)
	const day = 24 * time.Hour
	// episodes keeps, per problem and spot, the windows already taken: by the labelling
	// rule two episodes of one problem at one spot are at least 30 days apart.
	type key struct {
		p  *problem
		sp *spot
	}
	type episode struct {
		is       *issue
		from, to time.Time
	}
	episodes := map[key][]*episode{}
	conflict := func(k key, from, to time.Time) *episode {
		for _, e := range episodes[k] {
			if from.Before(e.to.Add(30*day)) && to.After(e.from.Add(-30*day)) {
				return e
			}
		}
		return nil
	}
	for _, is := range g.issues {
		n := len(is.reqs)
		is.reqs = is.reqs[:0]
		spanDays := 0.0
		if n > 1 {
			mean := is.p.spanDays
			if n >= 40 {
				mean = max(mean, 20) * 3 // the big ones go on for months (a flood: days)
				if is.p.key == "surface_water" {
					mean = 5
				}
			}
			spanDays = max(0.3, mean*(0.4+r.ExpFloat64()))
		}
		span := time.Duration(spanDays * float64(day))
		start := is.start
		fit := func() {
			if start.Add(span).After(end) {
				start = end.Add(-span - day)
			}
			if start.Before(yearStart) {
				start = yearStart
				span = min(span, end.Sub(start)-day)
			}
		}
		fit()
		// an issue that would fall into another episode of its problem at its spot moves
		// out of it; if the year has no room left, its requests join that episode.
		owner := is
		if !is.placeless {
			k := key{is.p, is.sp}
			for try := 0; ; try++ {
				// three days of slack on each side: the clock moves a request by up to
				// half a day earlier and in-person ones up to two and a half days later
				c := conflict(k, start.Add(-3*day), start.Add(span+3*day))
				if c == nil {
					break
				}
				if try == 6 {
					owner = c.is
					start, span = c.from, c.to.Sub(c.from)
					fit()
					break
				}
				if r.IntN(2) == 0 {
					start = c.to.Add(31*day + time.Duration(r.Float64()*60*float64(day)))
				} else {
					start = c.from.Add(-31*day - span - time.Duration(r.Float64()*60*float64(day)))
				}
				fit()
			}
		}
		for j := range n {
			q := &request{seq: len(g.reqs), iss: owner, channel: g.channel()}
			offset := time.Duration(0)
			if j > 0 || owner != is {
				offset = time.Duration(float64(span) * math.Pow(r.Float64(), 1.4))
			}
			q.at = g.clock(start.Add(offset), q.channel)
			owner.reqs = append(owner.reqs, q)
			g.reqs = append(g.reqs, q)
		}
		if is.placeless || n == 0 {
			continue
		}
		k := key{owner.p, owner.sp}
		first, last := owner.reqs[0].at, owner.reqs[0].at
		for _, q := range owner.reqs {
			first, last = minTime(first, q.at), maxTime(last, q.at)
		}
		if owner == is {
			episodes[k] = append(episodes[k], &episode{is: is, from: first, to: last})
		} else {
			for _, e := range episodes[k] {
				if e.is == owner {
					e.from, e.to = first, last
				}
			}
		}
	}
	// follow-ups chase an earlier request of their issue
	for _, is := range g.issues {
		slices.SortStableFunc(is.reqs, func(a, b *request) int { return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.seq, b.seq)) })
		for j, q := range is.reqs {
			if j > 0 && r.Float64() < 0.1 {
				q.chase = is.reqs[r.IntN(j)]
				q.chase.chased = true
				if r.Float64() < 0.85 {
					q.channel = "phone"
				}
			}
		}
	}
	g.outages()
	slices.SortStableFunc(g.reqs, func(a, b *request) int {
		return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.seq, b.seq))
	})
	// 137 tracking codes grow with time; other districts' requests take the numbers between.
	code := 1404_000_000 + g.r.IntN(5000)
	for _, q := range g.reqs {
		code += 1 + g.r.IntN(25)
		q.id = fmt.Sprint(code)
	}
}

// outages are the mornings the 137 system was down: operators took the calls on paper and
// typed them in from 12:30 in one batch, a minute or two apart, so those requests carry the
// typing time, not the call time.
func (g *gen) outages() {
	r := g.r
	for range 3 {
		day := g.day(float64(r.IntN(int(yearDays))))
		y, m, d := day.Date()
		from := time.Date(y, m, d, 8, 0, 0, 0, tehran)
		to := from.Add(4 * time.Hour)
		var batch []*request
		for _, q := range g.reqs {
			if q.channel == "phone" && !q.chased && !q.at.Before(from) && q.at.Before(to) {
				batch = append(batch, q)
			}
		}
		slices.SortStableFunc(batch, func(a, b *request) int { return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.seq, b.seq)) })
		at := to.Add(30 * time.Minute)
		for _, q := range batch {
			at = at.Add(time.Duration(40+r.IntN(140)) * time.Second)
			q.at = at
		}
	}
}

// clock sets the time of day: the 137 line answers from morning to late night; in-person
// requests are typed in by the office in a batch after noon the next day.
func (g *gen) clock(day time.Time, channel string) time.Time {
	r := g.r
	y, m, d := day.Date()
	if channel == "in_person" {
		next := time.Date(y, m, d+1, 13, 0, 0, 0, tehran)
		if next.Weekday() == time.Friday {
			next = next.AddDate(0, 0, 1)
		}
		return next.Add(time.Duration(r.IntN(75))*time.Minute + time.Duration(r.IntN(60))*time.Second)
	}
	hours := []float64{0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 2.5, 3.2, 3.2, 3, 2.6, 2.2, 2, 2.2, 2.4, 2.6, 2.6, 2.4, 2.2, 1.8, 1.2, 0.6}
	h := pickWeighted(r, hours)
	t := time.Date(y, m, d, h, r.IntN(60), r.IntN(60), 0, tehran)
	if t.Before(day) && day.Sub(t) > 12*time.Hour {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// render writes every request as its writer would, in time order.
func (g *gen) render() []labelled.Row {
	rows := make([]labelled.Row, 0, len(g.reqs))
	groups := map[*issue]string{}
	for _, q := range g.reqs {
		gid, ok := groups[q.iss]
		if !ok {
			gid = fmt.Sprintf("r21-%05d", len(groups)+1)
			groups[q.iss] = gid
		}
		row := g.write(q)
		row.ID, row.District, row.CreatedAt, row.Channel = q.id, g.opt.District, q.at, q.channel
		row.Group = gid
		row.Agency = "municipality"
		if q.iss.placeless {
			row.Agency = placeless[q.iss.pl].agency
		} else {
			row.Agency = q.iss.p.agency
		}
		row.Status = g.status(q, row.Agency)
		rows = append(rows, row)
	}
	return rows
}

// status is where the central system had the request when the year was exported.
func (g *gen) status(q *request, agency string) string {
	x := g.r.Float64()
	age := g.day(yearDays).Sub(q.at).Hours() / 24
	switch {
	case q.iss.placeless:
		return pickAt(x, []string{"resolved", "rejected", "new"}, []float64{0.6, 0.25, 0.15})
	case agency != "municipality":
		return pickAt(x, []string{"referred", "new", "reviewing", "rejected"}, []float64{0.65, 0.15, 0.1, 0.1})
	case age > 45:
		return pickAt(x, []string{"resolved", "in_progress", "assigned", "rejected", "reviewing"}, []float64{0.72, 0.08, 0.06, 0.06, 0.08})
	}
	return pickAt(x, []string{"new", "reviewing", "assigned", "in_progress", "resolved"}, []float64{0.35, 0.25, 0.2, 0.1, 0.1})
}

func pickAt(x float64, names []string, shares []float64) string {
	for i, s := range shares {
		if x < s {
			return names[i]
		}
		x -= s
	}
	return names[len(names)-1]
}

// fill puts the place (or its generic noun) into a template.
func fill(tmpl, loc string) string {
	return strings.ReplaceAll(tmpl, "{loc}", loc)
}
