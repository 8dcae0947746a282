package rasht16

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which set to generate. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int    // number of requests; 6000
	District string // district code written in every request; "1"
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

// tehran is Iran's offset since it dropped daylight saving in 2022; a fixed zone keeps the
// output free of the machine's tz database.
var tehran = time.FixedZone("+0330", 3*3600+1800)

// yearStart is 1 Farvardin 1404; the set covers the year that follows.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode: a group of the truth.
type issue struct {
	id     int
	p      *problem
	agency string
	s      *spot // nil: a request that gives no place
	plate  int   // the object of a point problem; 0 for an area problem
	digger int   // the utility that left a trench open
	start  float64
	dur    float64 // days
	size   int
	giant  bool
}

// request is one request being built; its row is filled once times and ids are known.
type request struct {
	is      *issue
	at      time.Time
	channel channel
	second  *problem // a second problem named after the first
	follow  bool     // quotes the tracking code of an earlier request of its issue
	twin    *request // sent again from the app or the web form a few minutes later
	seq     int      // creation order, to break ties in time deterministically
	row     labelled.Row
}

// gen carries one generation's state.
type gen struct {
	opt    Options
	rng    *rand.Rand
	w      *world
	storms []float64
	issues []*issue
	reqs   []*request
	// episodes of an area problem at a spot, and plates used by a point problem at a spot,
	// so that the labelling rule's 30 days and distinct objects hold.
	episodes map[string][][2]float64
	plates   map[string]map[int]bool
	byspot   map[int][]*issue
}

// Generate builds the set: opt.N requests in time order with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	g, err := generate(opt)
	if err != nil {
		return nil, err
	}
	rows := make([]labelled.Row, len(g.reqs))
	for i, r := range g.reqs {
		rows[i] = r.row
	}
	return rows, nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	if err := labelled.Write(dir, rows); err != nil {
		return fmt.Errorf("write %s: %w", dir, err)
	}
	return nil
}

func generate(opt Options) (*gen, error) {
	opt = opt.withDefaults()
	if opt.N < 1 {
		return nil, fmt.Errorf("rasht16: N = %d, want at least 1", opt.N)
	}
	g := &gen{opt: opt, rng: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874313616)),
		episodes: map[string][][2]float64{}, plates: map[string]map[int]bool{}, byspot: map[int][]*issue{}}
	g.w = buildWorld(g.rng)
	g.storms = stormDays(g.rng)
	g.planIssues()
	g.makeRequests()
	g.typeInBatches()
	slices.SortFunc(g.reqs, func(a, b *request) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	g.finish()
	return g, nil
}

// stormDays are the days heavy rain blocks the channels: Rasht's autumn and winter, a few
// in spring.
func stormDays(rng *rand.Rand) []float64 {
	var days []float64
	for range 18 {
		var d float64
		switch u := rng.Float64(); {
		case u < 0.75: // Mehr to Bahman: days 190 to 320
			d = 190 + rng.Float64()*130
		case u < 0.9:
			d = 320 + rng.Float64()*40
		default:
			d = rng.Float64() * 60
		}
		days = append(days, math.Floor(d))
	}
	slices.Sort(days)
	return days
}

// giants are the chronic issues a district has every year: the alley everybody calls about.
var giants = []struct {
	key   string
	kind  spotKind
	share float64
	start [2]float64
	dur   float64
}{
	{"asphalt", spotAlley, 0.018, [2]float64{10, 60}, 260},
	{"fishsmell", spotRow, 0.012, [2]float64{45, 70}, 120},
	{"parking", spotRow, 0.009, [2]float64{0, 100}, 240},
	{"walkway", spotSquare, 0.007, [2]float64{20, 120}, 200},
	{"lamps", spotAlley, 0.006, [2]float64{180, 220}, 70},
	{"building", spotAlley, 0.005, [2]float64{30, 200}, 150},
	{"rats", spotRow, 0.005, [2]float64{100, 200}, 120},
	{"sewage", spotRow, 0.005, [2]float64{150, 250}, 90}, // a manhole in the bazaar, for months
}

func (g *gen) planIssues() {
	n := g.opt.N
	total := 0
	for _, gt := range giants {
		p := problemByKey(gt.key)
		share := gt.share * (0.8 + 0.4*g.rng.Float64())
		size := min(max(2, int(math.Round(share*float64(n)))), n-total)
		if size < 2 {
			break
		}
		for try := 0; try < 50; try++ {
			s := pick(g.rng, g.w.byKind[gt.kind])
			if !p.fits(s) {
				continue
			}
			start := gt.start[0] + g.rng.Float64()*(gt.start[1]-gt.start[0])
			if is := g.place(p, s, start, gt.dur, size); is != nil {
				is.giant = true
				total += size
				break
			}
		}
	}
	// requests that give no place: each its own issue
	for k := int(math.Round(0.025 * float64(n))); k > 0 && total < n; k-- {
		p := pick(g.rng, placeless)
		g.add(&issue{p: problemByKey(p), agency: problemByKey(p).agency, start: g.rng.Float64() * (yearDays - 1), size: 1})
		total++
	}
	var wsum float64
	for _, p := range problems {
		wsum += p.weight
	}
	for total < n {
		p := g.pickProblem(wsum)
		size := g.issueSize(p)
		span := float64(p.days[1] - p.days[0])
		dur := float64(p.days[0]) + span*max(g.rng.Float64()*g.rng.Float64(), math.Min(1, float64(size)/float64(p.maxLen)))
		// where the rule forbids it, the same problem goes elsewhere or later: retrying
		// with another problem would skew the mix toward the rare ones
		for try := 0; try < 40; try++ {
			if is := g.place(p, g.pickSpot(p), g.pickStart(p), dur, min(size, n-total)); is != nil {
				total += is.size
				break
			}
		}
	}
}

// placeless are the problems people report without saying where ("the lamps of our
// alley"); a clerk cannot attach those.
var placeless = []string{"asphalt", "lamps", "waste", "dogs", "channel", "outage", "nowater", "noise", "parking"}

func (g *gen) pickProblem(wsum float64) *problem {
	u := g.rng.Float64() * wsum
	for _, p := range problems {
		if u -= p.weight; u < 0 {
			return p
		}
	}
	return problems[len(problems)-1]
}

// issueSize draws from a Pareto tail: most issues are reported once or twice, a few for
// months.
func (g *gen) issueSize(p *problem) int {
	// inverse CDF of the Pareto truncated at maxLen: no pile of issues at the cap
	umax := 1 - math.Pow(float64(p.maxLen+1), -p.alpha)
	u := g.rng.Float64() * umax
	size := int(math.Pow(1-u, -1/p.alpha))
	return min(max(size, 1), p.maxLen)
}

var spotWeight = map[spotKind]float64{spotAlley: 1, spotDeadEnd: 0.6, spotStreet: 2, spotRow: 3, spotSquare: 2}

func (g *gen) pickSpot(p *problem) *spot {
	// a recurring problem comes back where it was before
	if (p.key == "waste" || p.key == "channel") && g.rng.Float64() < 0.35 {
		var seen []*spot
		for _, is := range g.issues {
			if is.p == p && is.s != nil {
				seen = append(seen, is.s)
			}
		}
		if len(seen) > 0 {
			return pick(g.rng, seen)
		}
	}
	var wsum float64
	for _, s := range g.w.spots {
		if p.fits(s) {
			wsum += spotWeight[s.kind]
		}
	}
	u := g.rng.Float64() * wsum
	var last *spot
	for _, s := range g.w.spots {
		if p.fits(s) {
			last = s
			if u -= spotWeight[s.kind]; u < 0 {
				return s
			}
		}
	}
	return last
}

func (g *gen) pickStart(p *problem) float64 {
	switch {
	case p.rain:
		return pick(g.rng, g.storms) + g.rng.Float64()*0.6
	case p.summer && g.rng.Float64() < 0.8:
		return 45 + g.rng.Float64()*140 // Ordibehesht to Shahrivar
	default:
		return g.rng.Float64() * (yearDays - 2)
	}
}

// place adds an issue of p at s unless the labelling rule forbids it there: another episode
// of the same area problem less than 30 days away, or no free plate for a point problem.
func (g *gen) place(p *problem, s *spot, start, dur float64, size int) *issue {
	if start+dur > yearDays-0.5 {
		if dur > 30 {
			// a chronic issue found late in the year began earlier: 40 reports of one alley's
			// asphalt do not fit in its last two days
			start = math.Max(0, yearDays-0.5-dur) * g.rng.Float64()
		}
		dur = math.Max(0.3, math.Min(dur, yearDays-0.5-start))
	}
	is := &issue{p: p, agency: p.agency, s: s, start: start, dur: dur, size: size}
	if p.key == "trench" {
		is.digger = g.rng.IntN(len(trenchDiggers))
		// water and gas dig most
		if g.rng.Float64() < 0.4 {
			is.digger = 0
		}
		is.agency = trenchDiggers[is.digger].agency
	}
	key := fmt.Sprintf("%s/%d", p.key, s.id)
	if p.area {
		for _, e := range g.episodes[key] {
			if start < e[1]+30 && e[0] < start+dur+30 {
				return nil
			}
		}
		g.episodes[key] = append(g.episodes[key], [2]float64{start, start + dur})
	} else {
		used := g.plates[key]
		if used == nil {
			used = map[int]bool{}
			g.plates[key] = used
		}
		for try := 0; ; try++ {
			if try == 20 {
				return nil
			}
			plate := 1 + g.rng.IntN(140)
			if !used[plate] {
				used[plate] = true
				is.plate = plate
				break
			}
		}
	}
	g.add(is)
	g.byspot[s.id] = append(g.byspot[s.id], is)
	return is
}

func (g *gen) add(is *issue) {
	is.id = len(g.issues) + 1
	g.issues = append(g.issues, is)
}

// makeRequests spreads each issue's requests over its episode: the first the day it starts,
// the others front-loaded (a chronic issue's evenly).
func (g *gen) makeRequests() {
	for _, is := range g.issues {
		for k := 0; k < is.size; k++ {
			day := is.start
			if k > 0 {
				u := g.rng.Float64()
				if !is.giant {
					u = math.Pow(u, 1.4)
				}
				day = is.start + u*is.dur
			}
			r := &request{is: is, seq: len(g.reqs)}
			if k > 0 && g.resent(g.reqs[len(g.reqs)-1]) {
				// the submit button pressed again, or the app retried: the same request twice
				prev := g.reqs[len(g.reqs)-1]
				r.twin, r.channel = prev, prev.channel
				r.at = prev.at.Add(time.Duration(40+g.rng.IntN(300)) * time.Second)
				g.reqs = append(g.reqs, r)
				continue
			}
			r.channel = g.pickChannel(is)
			r.at = g.clock(day, is.p, r.channel)
			if is.s != nil {
				if g.rng.Float64() < 0.065 {
					r.second = g.secondProblem(is)
				}
				if k > 0 && is.size >= 3 && g.rng.Float64() < 0.05 {
					r.follow = true
				}
			}
			g.reqs = append(g.reqs, r)
		}
	}
}

// resent says whether a citizen's app or web request is sent a second time.
func (g *gen) resent(prev *request) bool {
	c := prev.channel
	return !c.operator && prev.twin == nil && c.name != "پیامک" && g.rng.Float64() < 0.04
}

// clock turns a day of the episode into a moment: operators answer 137 from 7 to 22,
// citizens use the app at any hour, night problems are reported at night.
func (g *gen) clock(day float64, p *problem, c channel) time.Time {
	d := math.Floor(day)
	var h float64
	switch {
	case p.night && g.rng.Float64() < 0.6:
		h = 21 + g.rng.Float64()*5
		if c.operator && h > 22 {
			h = 21 + g.rng.Float64()
		}
	case c.operator:
		h = 7.5 + g.rng.Float64()*14
	default:
		h = 6 + g.rng.Float64()*18
	}
	sec := int(h * 3600)
	t := yearStart.AddDate(0, 0, int(d)).Add(time.Duration(sec) * time.Second)
	if end := yearStart.AddDate(0, 0, yearDays); !t.Before(end) {
		t = end.Add(-time.Duration(1+g.rng.IntN(7200)) * time.Second)
	}
	return t
}

// secondProblem is another problem the citizen mentions after the first: most often one
// that really is an issue at the same spot.
func (g *gen) secondProblem(is *issue) *problem {
	var here []*problem
	for _, o := range g.byspot[is.s.id] {
		if o.p != is.p {
			here = append(here, o.p)
		}
	}
	if len(here) > 0 && g.rng.Float64() < 0.6 {
		return pick(g.rng, here)
	}
	for range 20 {
		p := pick(g.rng, problems)
		if p != is.p && p.fits(is.s) && len(p.short) > 0 {
			return p
		}
	}
	return nil
}

// typeInBatches gives the in-person and letter requests the moment an operator typed them
// in, days later, several in the same minute.
func (g *gen) typeInBatches() {
	var queue []*request
	for _, r := range g.reqs {
		if r.channel.batched {
			queue = append(queue, r)
		}
	}
	slices.SortFunc(queue, func(a, b *request) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	end := yearStart.AddDate(0, 0, yearDays)
	for len(queue) > 0 {
		k := min(len(queue), 3+g.rng.IntN(9))
		batch := queue[:k]
		queue = queue[k:]
		last := batch[k-1].at
		day := time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, tehran).AddDate(0, 0, 1+g.rng.IntN(3))
		at := day.Add(time.Duration(8*60+g.rng.IntN(7*60)) * time.Minute)
		if !at.Before(end) {
			at = end.Add(-time.Duration(30+g.rng.IntN(60)) * time.Minute).Truncate(time.Minute)
		}
		for i, r := range batch {
			r.at = at.Add(time.Duration(min(59, i*4+g.rng.IntN(4))) * time.Second)
		}
	}
}

// finish gives the requests their ids in time order and renders them: follow-ups need the
// id of an earlier request of their issue.
func (g *gen) finish() {
	lastOf := map[*issue]string{}
	for i, r := range g.reqs {
		id := fmt.Sprintf("1404%06d", i+1)
		prev := lastOf[r.is]
		if prev == "" {
			r.follow = false
		}
		if r.twin != nil {
			r.row = r.twin.row
			r.row.ID, r.row.CreatedAt, r.row.Status = id, r.at, g.status(r)
		} else {
			r.row = g.render(r, id, prev)
		}
		lastOf[r.is] = id
	}
}

// groupID names an issue in the truth.
func groupID(is *issue) string { return fmt.Sprintf("r16-%05d", is.id) }
