package rasht24

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write. Zero fields take their defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the central system's district code; default "1"
}

const (
	defaultN = 6000
	// quiet is how long a fixed spot stays silent before the same problem there counts as a
	// new episode (README, the labelling rule).
	quiet = 21 * 24 * time.Hour
)

// iran is Iran's time, +03:30 all year since daylight saving ended in 2022.
var iran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404; the export is taken a few days after the year ends.
var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, iran)
	yearEnd   = yearStart.AddDate(1, 0, 0)
	exportAt  = yearEnd.AddDate(0, 0, 4)
)

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = defaultN
	}
	if o.District == "" {
		o.District = "1"
	}
	return o
}

// issue is one problem at one spot in one episode, with the requests it drew.
type issue struct {
	p          *problem
	at         spot
	start, end time.Time
	size       int
	noPlace    bool
	giant      bool
}

type request struct {
	is       *issue
	at       time.Time
	text     string
	address  string
	lat, lon float64
	hasLoc   bool
	channel  string
	category string
	status   string
	seq      int // generation order, to break ties in time
}

// Generate writes one year of the district's requests, in time order, with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 1 {
		return nil, fmt.Errorf("n must be positive, got %d", opt.N)
	}
	g := newGenerator(opt)
	issues := g.issues()
	var reqs []*request
	for _, is := range issues {
		reqs = append(reqs, g.requests(is)...)
	}
	if len(reqs) > opt.N {
		// the last issues drawn are cut short; the year keeps its shape
		reqs = reqs[:opt.N]
	}
	sort.SliceStable(reqs, func(i, j int) bool {
		if !reqs[i].at.Equal(reqs[j].at) {
			return reqs[i].at.Before(reqs[j].at)
		}
		return reqs[i].seq < reqs[j].seq
	})
	return g.rows(reqs, opt), nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

type generator struct {
	r      *rand.Rand
	n      int
	hoods  []*hood
	spots  map[shape][]spot // candidate spots per shape, in a fixed order
	shops  []spot           // stretches of main roads
	weight map[shape][]float64
	// taken records each problem family's episodes per spot, to keep two issues of one
	// problem at one spot from overlapping (they would be one issue).
	taken map[string][]episode
	seq   int
}

type episode struct {
	key        string
	start, end time.Time
}

func newGenerator(opt Options) *generator {
	g := &generator{r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x5241_5348_5432_34)), n: opt.N,
		hoods: newWorld(), spots: map[shape][]spot{}, weight: map[shape][]float64{}, taken: map[string][]episode{}}
	for _, h := range g.hoods {
		g.spots[atArea] = append(g.spots[atArea], spot{h: h, lat: h.lat, lon: h.lon})
		for i := range h.streets {
			s := &h.streets[i]
			if s.kind == "پارک" {
				g.spots[atPark] = append(g.spots[atPark], spot{h: h, s: s, lat: s.lat, lon: s.lon})
				continue
			}
			g.spots[atStreet] = append(g.spots[atStreet], spot{h: h, s: s, lat: s.lat, lon: s.lon})
			for j := range s.alleys {
				a := &s.alleys[j]
				sp := spot{h: h, s: s, a: a, lat: a.lat, lon: a.lon}
				g.spots[atPoint] = append(g.spots[atPoint], sp)
				g.spots[atStreet] = append(g.spots[atStreet], sp)
			}
			for j := range s.stretches {
				st := &s.stretches[j]
				sp := spot{h: h, s: s, st: st, lat: st.lat, lon: st.lon}
				g.spots[atPoint] = append(g.spots[atPoint], sp)
				g.shops = append(g.shops, sp)
			}
		}
	}
	// Some spots are trouble all year (a low corner that floods, a corner where everyone
	// dumps): a Zipf-like weight over a shuffled order.
	for _, sh := range []shape{atPoint, atStreet, atArea, atPark} {
		w := make([]float64, len(g.spots[sh]))
		for i, k := range g.r.Perm(len(w)) {
			w[k] = 1 / math.Pow(float64(i+1), 0.5)
		}
		g.weight[sh] = w
	}
	return g
}

// family groups problems a clerk would not tell apart at one spot at one time: a pothole and
// the unrepaired trench of a utility are one hole.
func family(key string) string {
	switch key {
	case "asphalt", "waterdig", "gasdig", "teldig":
		return "surface"
	case "surfacewater", "sewage", "pipeburst", "grate":
		return "wet"
	case "tree", "treewire":
		return "tree"
	case "streetlight", "wire", "outage":
		return "power"
	case "park", "parklights":
		return "park"
	}
	return key
}

func contains(outer, inner string) bool {
	return outer == inner || strings.HasPrefix(inner, outer+"/")
}

// free reports whether an episode of fam at key over [start, end] keeps clear of every other
// episode of fam at, in or around that spot by the quiet gap.
func (g *generator) free(fam, key string, start, end time.Time) bool {
	for _, e := range g.taken[fam] {
		if !contains(e.key, key) && !contains(key, e.key) {
			continue
		}
		if start.Before(e.end.Add(quiet)) && end.After(e.start.Add(-quiet)) {
			return false
		}
	}
	return true
}

func (g *generator) pickProblem(day time.Time) *problem {
	w := make([]float64, len(problems))
	for i := range problems {
		w[i] = problems[i].weight * problems[i].season.weight(int(day.Month()))
	}
	return &problems[weighted(g.r, w)]
}

// day draws a moment of the year; seasons act through the problems' weights. Fewer
// problems are reported on Fridays and in the Nowruz holidays, when the city is away.
func (g *generator) day() time.Time {
	for {
		t := yearStart.Add(time.Duration(g.r.Float64() * float64(yearEnd.Sub(yearStart))))
		keep := 1.0
		if t.Weekday() == time.Friday {
			keep = 0.6
		}
		if t.Before(yearStart.AddDate(0, 0, 13)) {
			keep *= 0.5
		}
		if g.r.Float64() < keep {
			return t
		}
	}
}

// size draws how many requests an issue draws: mostly one or two, a few dozens.
func (g *generator) size(p *problem) int {
	var n int
	switch weighted(g.r, []float64{0.6, 0.21, 0.07, 0.075, 0.033, 0.012}) {
	case 0:
		return 1
	case 1:
		return 2
	case 2:
		n = 3
	case 3:
		n = 4 + g.r.IntN(3)
	case 4:
		n = 7 + g.r.IntN(9)
	default:
		n = 16 + g.r.IntN(20)
	}
	return max(1, int(math.Round(float64(n)*p.size)))
}

func (g *generator) pickSpot(p *problem) spot {
	if p.mainOnly {
		return g.shops[g.r.IntN(len(g.shops))]
	}
	return g.spots[p.shape][weighted(g.r, g.weight[p.shape])]
}

// duration is how long an episode's requests keep coming: problems that hurt quickly end
// quickly, bigger issues last longer.
func (g *generator) duration(p *problem, size int) time.Duration {
	days := float64(p.days) * (0.3 + 0.9*g.r.Float64())
	if p.shape == atArea {
		return time.Duration((2 + 10*g.r.Float64()) * float64(time.Hour))
	}
	if size <= 2 {
		days *= 0.5
	}
	return time.Duration(days * 24 * float64(time.Hour))
}

func (g *generator) issues() []*issue {
	var out []*issue
	total := 0
	// One or two issues draw about a hundred requests a year (README).
	for i, key := range []string{"asphalt", "garbage"} {
		if i == 1 && g.r.IntN(2) == 0 {
			continue
		}
		p := problemByKey(key)
		size := max(3, int(math.Round(float64(g.n)*(70+60*g.r.Float64())/6000)))
		start := yearStart.AddDate(0, 1+g.r.IntN(6), g.r.IntN(28))
		is := &issue{p: p, start: start, end: start.AddDate(0, 2+g.r.IntN(3), 0), size: size, giant: true}
		for {
			is.at = g.pickSpot(p)
			if key == "garbage" {
				is.at = g.shops[g.r.IntN(len(g.shops))]
			}
			if g.free(family(key), is.at.key(), is.start, is.end) {
				break
			}
		}
		g.take(is)
		out = append(out, is)
		total += size
	}
	for total < g.n {
		is := g.issue()
		if is == nil {
			continue
		}
		out = append(out, is)
		total += is.size
	}
	return out
}

func problemByKey(key string) *problem {
	for i := range problems {
		if problems[i].key == key {
			return &problems[i]
		}
	}
	panic("rasht24: no problem " + key)
}

func (g *generator) take(is *issue) {
	f := family(is.p.key)
	g.taken[f] = append(g.taken[f], episode{key: is.at.key(), start: is.start, end: is.end})
}

// issue draws one issue, or nil when the spot it drew is busy with the same problem.
func (g *generator) issue() *issue {
	start := g.day()
	p := g.pickProblem(start)
	// about one request in fifty says nowhere at all: it is an issue of its own
	if g.r.Float64() < 0.02 {
		return &issue{p: p, start: start, end: start, size: 1, noPlace: true, at: spot{h: g.hoods[0]}}
	}
	size := g.size(p)
	end := start.Add(g.duration(p, size))
	if end.After(exportAt) {
		end = exportAt.Add(-time.Hour)
	}
	for try := 0; try < 8; try++ {
		at := g.pickSpot(p)
		if at.a != nil && g.r.IntN(3) == 0 {
			at.plate = 1 + g.r.IntN(60)
		}
		if g.free(family(p.key), at.key(), start, end) {
			is := &issue{p: p, at: at, start: start, end: end, size: size}
			g.take(is)
			return is
		}
	}
	return nil
}
