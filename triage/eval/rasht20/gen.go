package rasht20

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says what to generate; zero fields take their defaults.
type Options struct {
	Seed     int64
	N        int    // requests, default 6000
	District string // default "1"
	// Start is the first day of the year the set covers; default 1 Farvardin 1405.
	Start time.Time
}

var irst = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2026, 3, 21, 0, 0, 0, 0, irst)
	}
	return o
}

const (
	year          = 365 * 24 * time.Hour
	day           = 24 * time.Hour
	episodeGap    = 45 * day // between two episodes of one problem at one spot
	sameSpotRange = 300.0    // metres: closer concurrent issues of one problem are never made
	chronicStep   = 16 * day // longest silence inside a chronic episode (the rule says 21)
)

// issue is one problem at one spot in one episode: the truth every request points to.
type issue struct {
	id       string
	prob     *problem
	road     *road // nil: the caller gave no place
	at       float64
	from, to float64 // a dark stretch: the junctions around it
	start    time.Time
	end      time.Time
	rain     int // flood: which rain event
	size     int
	headline bool
	times    []time.Time // the requests' times, the first is the episode's start
}

// draft is one request before it is written out.
type draft struct {
	iss      *issue
	seq      int
	at       time.Time
	channel  string
	followUp bool
	batch    bool
	id       string
	refID    string // the earlier request a follow-up quotes
	pos      float64
}

// Generate makes opt.N requests in time order with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht20: N %d is negative", opt.N)
	}
	g := &gen{opt: opt, rng: newRand(opt.Seed), city: newCity()}
	g.rains()
	g.issues()
	drafts := g.drafts()
	g.batches(drafts)
	sort.SliceStable(drafts, func(i, j int) bool {
		if !drafts[i].at.Equal(drafts[j].at) {
			return drafts[i].at.Before(drafts[j].at)
		}
		return drafts[i].seq < drafts[j].seq
	})
	g.number(drafts)
	g.last = map[*issue]string{}
	rows := make([]labelled.Row, len(drafts))
	for i, d := range drafts {
		rows[i] = g.render(d)
	}
	return rows, nil
}

// newRand is the generator's only source of randomness: a PCG seeded from Options.Seed.
func newRand(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x72617368743230)) }

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(filepath.Clean(dir), rows)
}

type gen struct {
	opt   Options
	rng   *rand.Rand
	city  *city
	rain  []time.Time
	list  []*issue
	total int
	last  map[*issue]string // a chronic issue's last message from the app, for repeat callers
}

// rains are the year's storms: most of them from Mehr to Bahman, at least three days apart.
func (g *gen) rains() {
	for len(g.rain) < 26 {
		var d int
		if g.rng.Float64() < 0.8 {
			d = 186 + g.rng.IntN(140) // autumn and winter
		} else {
			d = g.rng.IntN(365)
		}
		t := g.opt.Start.Add(time.Duration(d)*day + time.Duration(g.rng.IntN(24*60))*time.Minute)
		ok := true
		for _, r := range g.rain {
			if math.Abs(t.Sub(r).Hours()) < 72 {
				ok = false
			}
		}
		if ok {
			g.rain = append(g.rain, t)
		}
	}
	sort.Slice(g.rain, func(i, j int) bool { return g.rain[i].Before(g.rain[j]) })
}

func (g *gen) problem(key string) *problem {
	for i := range problems {
		if problems[i].key == key {
			return &problems[i]
		}
	}
	panic("rasht20: no problem " + key)
}

func (g *gen) road(key string) *road {
	for _, r := range g.city.roads {
		if r.key == key {
			return r
		}
	}
	panic("rasht20: no road " + key)
}

// issues draws the year's issues until their requests add up to N: a few headline issues
// that everyone in the centre called about, then the ordinary run, then the placeless.
func (g *gen) issues() {
	scale := float64(g.opt.N) / 6000
	heads := []struct {
		prob, road string
		at         float64 // fraction of the road
		size       int
	}{
		{"pothole", "gilan", 0.58, 120}, {"flood", "kamarbandi", 0.5, 80}, {"garbage", "bazaar", 0.1, 60},
		{"vendors", "shahrdari", 0.5, 45}, {"dark", "kamarbandi", 0.66, 30}, {"pothole", "imam", 0.48, 55},
		{"parking", "shariati", 0.3, 35}, {"burst", "saadi", 0.3, 28},
	}
	for _, h := range heads {
		n := int(math.Round(float64(h.size) * scale * (0.8 + 0.4*g.rng.Float64())))
		if n < 1 {
			continue
		}
		r := g.road(h.road)
		iss := &issue{prob: g.problem(h.prob), road: r, at: h.at * r.length, size: n, headline: true}
		g.place(iss)
		g.add(iss)
	}
	placeless := int(0.035 * float64(g.opt.N))
	for g.total < g.opt.N-placeless {
		p := g.pickProblem()
		iss := &issue{prob: p}
		size := 0
		for try := 0; try < 30; try++ {
			r := g.pickRoad(p)
			iss.road, iss.at = r, g.rng.Float64()*r.length
			if p.key == "flood" && g.rng.Float64() < 0.5 {
				if m := lowPoint(r); m != nil {
					iss.at = m.at + (g.rng.Float64()-0.5)*40
				}
			}
			if size == 0 {
				size = g.size(p, r)
			}
			iss.size = size
			g.place(iss)
			if !g.conflicts(iss) {
				break
			}
			iss.road = nil
		}
		if iss.road == nil {
			continue
		}
		g.add(iss)
	}
	for g.total < g.opt.N {
		iss := &issue{prob: g.pickProblem(), size: 1}
		g.place(iss)
		g.add(iss)
	}
	for i, iss := range g.list {
		iss.id = fmt.Sprintf("R20-%s-%05d", g.opt.District, i+1)
	}
}

func (g *gen) add(iss *issue) {
	if g.total+iss.size > g.opt.N {
		iss.size = g.opt.N - g.total
	}
	if iss.size <= 0 {
		return
	}
	iss.times = iss.times[:iss.size]
	g.total += iss.size
	if iss.end.IsZero() {
		iss.end = iss.start
	}
	g.list = append(g.list, iss)
}

func lowPoint(r *road) *landmark {
	for i := range r.marks {
		if r.marks[i].kind == "public" && len(r.marks[i].finglish) >= 8 && r.marks[i].finglish[:8] == "zirgozar" {
			return &r.marks[i]
		}
	}
	return nil
}

func (g *gen) pickProblem() *problem {
	sum := 0.0
	for _, p := range problems {
		sum += p.weight
	}
	x := g.rng.Float64() * sum
	for i := range problems {
		if x < problems[i].weight {
			return &problems[i]
		}
		x -= problems[i].weight
	}
	return &problems[len(problems)-1]
}

func (g *gen) pickRoad(p *problem) *road {
	var rs []*road
	for _, r := range g.city.roads {
		if len(p.only) > 0 && !contains(p.only, r.key) {
			continue
		}
		if r.key == "bazaar" && !contains([]string{"garbage", "vendors", "goods", "trade", "sewage", "noise", "cable", "wire", "gas", "flood", "dogs", "beggars"}, p.key) {
			continue
		}
		rs = append(rs, r)
	}
	sum := 0.0
	for _, r := range rs {
		sum += r.busy * math.Sqrt(r.length)
	}
	x := g.rng.Float64() * sum
	for _, r := range rs {
		w := r.busy * math.Sqrt(r.length)
		if x < w {
			return r
		}
		x -= w
	}
	return rs[len(rs)-1]
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// place gives an issue its stretch and its episode's window.
func (g *gen) place(iss *issue) {
	if iss.prob.family == "dark" && iss.road != nil {
		b, a := iss.road.junctions(iss.at)
		iss.from, iss.to = 0, iss.road.length
		if b != nil {
			iss.from = b.at
		}
		if a != nil {
			iss.to = a.at
		}
	}
	iss.times = g.times(iss)
	iss.start, iss.end = iss.times[0], iss.times[0]
	for _, t := range iss.times {
		if t.After(iss.end) {
			iss.end = t
		}
	}
}

// times draws when the requests of an issue come in (README: when an episode ends).
func (g *gen) times(iss *issue) []time.Time {
	rng := g.rng
	n := iss.size
	out := make([]time.Time, 0, n)
	switch iss.prob.ep {
	case flood:
		iss.rain = rng.IntN(len(g.rain))
		if iss.headline {
			iss.rain = g.biggestStorm()
		}
		start := g.rain[iss.rain].Add(time.Duration(rng.IntN(120)) * time.Minute)
		out = append(out, start)
		for len(out) < n {
			h := math.Min(rng.ExpFloat64()*3, 18)
			out = append(out, start.Add(time.Duration(h*float64(time.Hour))))
		}
		return out
	case chronic:
		start := g.day(rng.IntN(300))
		t := start
		out = append(out, g.clock(start, iss.prob.night))
		for len(out) < n {
			if rng.Float64() < 0.3 {
				out = append(out, g.awake(out[len(out)-1].Add(time.Duration(rng.IntN(120))*time.Minute), iss.prob.night))
				continue
			}
			step := time.Duration(math.Min(rng.ExpFloat64()*3.5, 16) * float64(day))
			t = t.Add(step)
			out = append(out, g.clock(t, iss.prob.night))
		}
		return out
	}
	start := g.day(rng.IntN(340))
	days := 3 + rng.ExpFloat64()*12
	if iss.headline {
		days = 25 + rng.Float64()*15
	}
	out = append(out, g.clock(start, iss.prob.night))
	for len(out) < n {
		var off time.Duration
		if rng.Float64() < 0.5 {
			off = time.Duration(math.Min(rng.ExpFloat64()*10, days*24) * float64(time.Hour)) // the burst after it appears
			out = append(out, g.awake(out[0].Add(off), iss.prob.night))
			continue
		}
		off = time.Duration(rng.Float64() * days * float64(day))
		out = append(out, g.clock(start.Add(off), iss.prob.night))
	}
	return out
}

// awake moves a daytime problem's call out of the small hours to the next morning.
func (g *gen) awake(t time.Time, night bool) time.Time {
	if night || t.Hour() >= 7 || t.Hour() < 1 {
		return t
	}
	return t.Add(time.Duration(7-t.Hour())*time.Hour + time.Duration(g.rng.IntN(90))*time.Minute)
}

// day is midnight of the d-th day of the year.
func (g *gen) day(d int) time.Time { return g.opt.Start.AddDate(0, 0, d) }

// clock puts a request at a plausible time of t's day: office hours and evening, or late
// night for night problems.
func (g *gen) clock(t time.Time, night bool) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	var m int
	switch {
	case night:
		m = 21*60 + g.rng.IntN(5*60+30) // 21:00 to 02:30
	case g.rng.Float64() < 0.7:
		m = 8*60 + g.rng.IntN(6*60) // morning and noon
	default:
		m = 14*60 + g.rng.IntN(9*60)
	}
	return d.Add(time.Duration(m)*time.Minute + time.Duration(g.rng.IntN(60))*time.Second)
}

func (g *gen) biggestStorm() int { return len(g.rain) / 2 }

// conflicts reports whether iss would sit too close to an issue of the same problem
// family on the same road at the same time (README: what counts as the same spot).
func (g *gen) conflicts(iss *issue) bool {
	for _, o := range g.list {
		if o.road != iss.road || o.prob.family != iss.prob.family {
			continue
		}
		if iss.prob.ep == flood {
			if o.rain == iss.rain && math.Abs(o.at-iss.at) < sameSpotRange {
				return true
			}
			continue
		}
		near := math.Abs(o.at-iss.at) < sameSpotRange
		if iss.prob.family == "dark" && iss.road != nil {
			near = o.from < iss.to && iss.from < o.to
		}
		if near && iss.start.Before(o.end.Add(episodeGap)) && o.start.Before(iss.end.Add(episodeGap)) {
			return true
		}
	}
	return false
}

// size is how many requests an issue gets: many reported once, a long tail from busy roads.
func (g *gen) size(p *problem, r *road) int {
	if g.rng.Float64() < p.singles {
		return 1
	}
	for {
		// a Pareto tail, drawn again above 80 so that only the headline issues exceed it
		x := math.Pow(1-g.rng.Float64(), -1/1.7)
		if n := 1 + int(x*p.tail*r.busy); n <= 80 {
			return n
		}
	}
}
