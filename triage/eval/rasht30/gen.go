package rasht30

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which set to generate. Zero fields take their defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the district code written in every row; default "1"
	// Start is the first day of the year covered; default 1 Farvardin 1404 (21 March 2025).
	Start time.Time
}

// tehran is Iran Standard Time, the clock the 137 system stamps requests with.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N <= 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

// spot is where an issue is: an alley off a street, or a block of a street by a landmark.
type spot struct {
	hood      *hood
	street    *street
	alley     int    // 0: the spot is on the street itself
	alleyName string // a named alley instead of a number
	landmark  string
	plate     int
	lat, lon  float64
	noPlace   bool // nothing in the request says where
}

// issue is one problem at one spot in one episode, with the times of its requests.
type issue struct {
	prob  *problem
	at    spot
	times []time.Time
	id    string
}

// request is one planned request before it is written out.
type request struct {
	is       *issue
	at       time.Time
	followUp bool
	nth      int
}

// Generate builds the set for opt, rows in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N > 1_000_000 {
		return nil, fmt.Errorf("rasht30: n %d is more than one district's year", opt.N)
	}
	g := &gen{rng: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7a66696b30)), opt: opt}
	issues := g.planIssues()
	reqs := g.spread(issues)
	return g.render(reqs), nil
}

// Write generates the set for opt and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

type gen struct {
	rng *rand.Rand
	opt Options
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *gen) weighted(w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	r := g.rng.Float64() * total
	for i, x := range w {
		if r < x {
			return i
		}
		r -= x
	}
	return len(w) - 1
}

// problemWeights are the issue shares of problems in a given month (0 = Farvardin): the
// rainy months of Gilan, Mehr to Esfand, triple surface water.
func problemWeights(month int) []float64 {
	w := make([]float64, len(problems))
	for i, p := range problems {
		w[i] = p.weight
		if p.wet {
			if month >= 6 {
				w[i] *= 2
			} else {
				w[i] *= 0.4
			}
		}
	}
	return w
}

// size is how many requests an issue draws: most one or two, a tail to twenty.
func (g *gen) size(p *problem) int {
	r := g.rng.Float64()
	var n int
	switch {
	case r < 0.58:
		n = 1
	case r < 0.78:
		n = 2
	case r < 0.86:
		n = 3
	case r < 0.955:
		n = 4 + g.rng.IntN(3)
	case r < 0.995:
		n = 7 + g.rng.IntN(6)
	default:
		n = 13 + g.rng.IntN(8)
	}
	if p.draw > 1 && n > 1 {
		n = int(math.Round(float64(n) * (1 + (p.draw-1)*g.rng.Float64())))
	}
	return n
}

func (g *gen) problemByKey(key string) *problem {
	for i := range problems {
		if problems[i].key == key {
			return &problems[i]
		}
	}
	panic("rasht30: no problem " + key)
}

// newSpot picks a place in the district for a problem.
func (g *gen) newSpot(p *problem) spot {
	h := &district3[g.weighted(hoodWeights)]
	st := &h.streets[g.rng.IntN(len(h.streets))]
	s := spot{hood: h, street: st, landmark: g.pick(h.landmarks), plate: 1 + g.rng.IntN(120)}
	step := 0
	if p.onStreet || g.chance(0.12) {
		step = g.rng.IntN(st.alleys + 1)
	} else {
		if len(st.named) > 0 && g.chance(0.15) {
			k := g.rng.IntN(len(st.named))
			s.alleyName = st.named[k]
			step = st.alleys/3 + 3*k
		} else {
			s.alley = 1 + g.rng.IntN(st.alleys)
			step = s.alley
		}
	}
	if p.key == "park" {
		s.landmark = "پارک محله"
		if h.name == "ولیعصر" {
			s.landmark = "بوستان ملت"
		}
	}
	s.lat = st.lat + float64(step)*st.dLat
	s.lon = st.lon + float64(step)*st.dLon
	return s
}

// planIssues draws issues until they hold opt.N requests: two or three big ones the whole
// district knows, a few dozen-size ones, then ordinary ones; some come back in a new episode.
func (g *gen) planIssues() []*issue {
	n := g.opt.N
	days := 365.0
	var issues []*issue
	total := 0
	add := func(is *issue) {
		issues = append(issues, is)
		total += len(is.times)
	}
	scale := float64(n) / 6000

	// The alley off ضیابری dug up and never closed: about a hundred requests over four months.
	if n >= 500 {
		p := g.problemByKey("pothole")
		h := &district3[0]
		st := &h.streets[0]
		s := spot{hood: h, street: st, alley: 12, landmark: "نانوایی سنگک", plate: 40,
			lat: st.lat + 12*st.dLat, lon: st.lon + 12*st.dLon}
		add(g.episode(p, s, 40+g.rng.Float64()*60, int(math.Round((85+float64(g.rng.IntN(30)))*scale)), 110))
		// The junction that floods with every rain until its channel is rebuilt.
		p = g.problemByKey("surface")
		h = &district3[4]
		st = &h.streets[0]
		s = spot{hood: h, street: st, landmark: "پمپ بنزین", lat: st.lat + 8*st.dLat, lon: st.lon + 8*st.dLon}
		add(g.episode(p, s, 200+g.rng.Float64()*20, int(math.Round((45+float64(g.rng.IntN(30)))*scale)), 120))
		// A handful of dozen-size issues: garbage points, dark streets, floods, dogs by a school.
		for _, key := range []string{"garbage", "garbage", "surface", "lights", "dogs", "sewage", "pothole", "debris"} {
			for k := 0.0; k < scale; k++ {
				p := g.problemByKey(key)
				start := g.rng.Float64() * (days - 60)
				if p.wet {
					start = 195 + g.rng.Float64()*(days-230)
				}
				add(g.episode(p, g.newSpot(p), start, 12+g.rng.IntN(25), 45))
			}
		}
	}
	for total < n {
		month := g.rng.IntN(12)
		p := &problems[g.weighted(problemWeights(month))]
		start := float64(month)*30.4 + g.rng.Float64()*30.4
		var s spot
		if g.chance(0.045) {
			s = spot{noPlace: true}
			add(g.episode(p, s, start, 1, 1))
			continue
		}
		s = g.newSpot(p)
		size := g.size(p)
		is := g.episode(p, s, start, size, 3+2*float64(size))
		add(is)
		// Recurring faults come back at the same spot after the last episode ended.
		for recurring(p) && g.chance(0.15) && total < n {
			last := is.times[len(is.times)-1]
			next := last.Sub(g.opt.Start).Hours()/24 + 30 + g.rng.Float64()*90
			if next > days-1 {
				break
			}
			size = g.size(p)
			is = g.episode(p, s, next, size, 3+2*float64(size))
			add(is)
		}
	}
	// Trim the surplus from the last ordinary issues so exactly N requests remain.
	for total > n {
		last := issues[len(issues)-1]
		cut := min(total-n, len(last.times)-1)
		if cut <= 0 {
			issues = issues[:len(issues)-1]
			total--
			continue
		}
		last.times = last.times[:len(last.times)-cut]
		total -= cut
	}
	return issues
}

func recurring(p *problem) bool {
	switch p.key {
	case "garbage", "surface", "dogs", "lights", "sewage", "sidewalk", "parking", "debris":
		return true
	}
	return false
}

// episode places size requests of one issue starting at day start (from opt.Start) and
// spread over about span days, front-loaded: people call most when a problem is new.
func (g *gen) episode(p *problem, s spot, start float64, size int, span float64) *issue {
	if size < 1 {
		size = 1
	}
	days := 365.0
	if start+span > days-0.5 {
		span = math.Max(0.5, days-0.5-start)
	}
	times := make([]time.Time, size)
	for i := range times {
		d := start
		if i > 0 {
			u := g.rng.Float64()
			d = start + span*u*u
		}
		day := math.Floor(d)
		times[i] = g.opt.Start.Add(time.Duration(day*24) * time.Hour)
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	return &issue{prob: p, at: s, times: times}
}

// spread turns issues into requests with their hour of day, in time order.
func (g *gen) spread(issues []*issue) []request {
	var reqs []request
	for _, is := range issues {
		for i, day := range is.times {
			// Fewer people call on a Friday: some wait for Saturday.
			if day.Weekday() == time.Friday && g.chance(0.4) && day.Sub(g.opt.Start) < 363*24*time.Hour {
				day = day.AddDate(0, 0, 1)
			}
			reqs = append(reqs, request{is: is, at: day, nth: i, followUp: i > 0 && g.chance(0.18)})
		}
	}
	return reqs
}

// timeOfDay is when a request of a channel arrives on its day: the phone line is staffed
// 7:30 to 22:00, the app never closes, the front desk types its day's forms after noon.
func (g *gen) timeOfDay(day time.Time, channel string) time.Time {
	var min int
	switch channel {
	case "phone":
		min = 450 + int(math.Abs(g.rng.NormFloat64())*240)
		if min > 1320 {
			min = 450 + g.rng.IntN(870)
		}
	case "in_person":
		min = 13*60 + g.rng.IntN(60) // typed in a batch after the morning's visitors
	default:
		min = 420 + g.rng.IntN(17*60)
		if g.chance(0.06) {
			min = g.rng.IntN(420)
		}
	}
	return day.Add(time.Duration(min)*time.Minute + time.Duration(g.rng.IntN(60))*time.Second)
}
