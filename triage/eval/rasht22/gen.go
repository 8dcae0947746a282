package rasht22

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write. The zero value of a field takes its default.
type Options struct {
	Seed     int64
	N        int    // requests, 6000 by default
	District string // the district code the export writes, "1" by default
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

// tehran is Iran's time, +03:30 all year since 2022.
var tehran = time.FixedZone("+0330", 3*3600+1800)

// yearStart is 1 Farvardin 1404.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode: the unit of the truth.
type issue struct {
	id      string
	prob    *problem
	aspect  int // which of the problem's aspects
	spot    spot
	start   time.Time
	offsets []time.Duration
	again   bool // a later episode of a spot-problem that was fixed before
	famous  string
}

func (is *issue) end() time.Time { return is.start.Add(is.offsets[len(is.offsets)-1]) }

// draft is a request before its id is known: follow-ups quote an earlier request's id.
type draft struct {
	issue   *issue
	at      time.Time
	ch      string
	hand    hand
	text    string // a template: ASCII digits, "~" for ZWNJ, "{ref}" for a quoted id
	addr    string
	raw     bool // text and address already written (Finglish, a resubmission)
	cat     string
	lat     *float64
	lon     *float64
	ref     *draft
	copyOf  *draft // the same message sent again a few minutes later
	group   string // the truth, once written
	quoted  bool   // a later request quotes its number
	noPlace bool   // gives no place at all: without a quoted id, an issue of its own
	seq     int
	id      string
	status  string
}

// Generate writes one year of the district's requests in time order, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht22: N %d is negative", opt.N)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed)^0x2026_0137_2222))
	g := &generator{rng: rng, towns: newWorld(rng), used: map[string][]window{}, batch: map[string]time.Time{}}
	issues := g.issues(opt.N)
	drafts := g.requests(issues)
	return g.rows(drafts, opt.District), nil
}

type window struct{ from, to time.Time }

type generator struct {
	rng    *rand.Rand
	towns  []town
	used   map[string][]window  // spot-problem key → its episodes, to keep episodes apart
	batch  map[string]time.Time // day → when the operator types the next paper request
	nIssue int
}

// quiet is the silence that ends an episode (README: the labelling rule).
const quiet = 30 * 24 * time.Hour

func (g *generator) free(key string, w window) bool {
	for _, u := range g.used[key] {
		if w.from.Before(u.to.Add(quiet)) && u.from.Before(w.to.Add(quiet)) {
			return false
		}
	}
	return true
}

// spotProblem names one problem at one spot: its episodes are kept 30 days apart.
func spotProblem(s spot, p *problem, aspect int) string {
	return fmt.Sprintf("%s/%s/%d", s.key(), p.code, aspect)
}

func (g *generator) newIssue(p *problem, aspect int, s spot, start time.Time, offsets []time.Duration) *issue {
	g.nIssue++
	is := &issue{id: fmt.Sprintf("I%05d", g.nIssue), prob: p, aspect: aspect, spot: s, start: start, offsets: offsets}
	key := spotProblem(s, p, aspect)
	g.used[key] = append(g.used[key], window{start, is.end()})
	return is
}

func problemByCode(code string) *problem {
	for i := range problems {
		if problems[i].code == code {
			return &problems[i]
		}
	}
	panic("rasht22: no problem " + code)
}

// drawSize: most issues draw one or two requests, a few dozens.
func (g *generator) drawSize(p *problem) int {
	var n int
	switch u := g.rng.Float64(); {
	case u < 0.64:
		n = 1
	case u < 0.83:
		n = 2
	case u < 0.9:
		n = 3
	case u < 0.95:
		n = 4 + g.rng.IntN(3)
	case u < 0.988:
		n = 7 + g.rng.IntN(9)
	case u < 0.999:
		n = 16 + g.rng.IntN(15)
	default:
		n = 31 + g.rng.IntN(30)
	}
	if p.scale > 0 {
		n = int(math.Round(float64(n) * p.scale))
	}
	if p.maxSize > 0 && n > p.maxSize {
		n = p.maxSize
	}
	return max(n, 1)
}

// offsets spaces an issue's requests: the first at once, the rest with exponential gaps,
// within five months.
func (g *generator) offsets(n int, meanDays float64) []time.Duration {
	out := make([]time.Duration, n)
	var t float64
	for i := 1; i < n; i++ {
		t += g.rng.ExpFloat64() * meanDays
		t = math.Min(t, 150)
		out[i] = time.Duration(t * 24 * float64(time.Hour))
	}
	return out
}

// startIn draws a start time within [from, to) days of the year, weighted by season.
func (g *generator) startIn(p *problem, from, to float64) time.Time {
	if to <= from {
		to = from + 1
	}
	for try := 0; ; try++ {
		d := from + g.rng.Float64()*(to-from)
		at := yearStart.Add(time.Duration(d * 24 * float64(time.Hour)))
		if try > 50 || g.rng.Float64()*2 < p.season[at.Month()-1] {
			return at
		}
	}
}

// famous plants the year's well-known issues, scaled to n.
func (g *generator) famous(n int) []*issue {
	scale := float64(n) / 6000
	plant := []struct {
		code, name string
		town       int
		size       float64
		from, span float64 // days into the year
		at         spotKind
	}{
		{"asphalt", "کوچه خاکی سبحان", 1, 100, 195, 150, atAlley},    // October to March
		{"surfacewater", "آبگرفتگی بلوار", 2, 70, 225, 35, atStreet}, // the November rains
		{"garbage", "دپوی زباله", 4, 40, 90, 80, atStreet},           // summer
		{"dogs", "سگ~های پارک", 5, 30, 150, 70, atPark},
	}
	var out []*issue
	for _, pl := range plant {
		size := int(math.Round(pl.size * scale))
		if size < 2 {
			continue
		}
		p := problemByCode(pl.code)
		s := pickSpot(g.rng, g.towns, pl.town, pl.at)
		if pl.at == atStreet {
			s.street, s.mark = 0, -1 // the boulevard
			s.lat, s.lon = place(g.towns[pl.town], 0, -1, s.block)
		}
		offs := make([]time.Duration, size)
		for i := 1; i < size; i++ {
			offs[i] = time.Duration(g.rng.Float64() * pl.span * 24 * float64(time.Hour))
		}
		sort.Slice(offs, func(i, j int) bool { return offs[i] < offs[j] })
		start := yearStart.Add(time.Duration((pl.from + g.rng.Float64()*5) * 24 * float64(time.Hour)))
		is := g.newIssue(p, 0, s, start, offs)
		is.famous = pl.name
		out = append(out, is)
	}
	return out
}

// issues draws issues until they hold n requests; the last is cut to fit.
func (g *generator) issues(n int) []*issue {
	total := 0
	var out []*issue
	add := func(is *issue) bool {
		if total+len(is.offsets) > n {
			is.offsets = is.offsets[:n-total]
		}
		total += len(is.offsets)
		if len(is.offsets) > 0 {
			out = append(out, is)
		}
		return total < n
	}
	for _, is := range g.famous(n) {
		if !add(is) {
			return out
		}
	}
	var weights float64
	for _, p := range problems {
		weights += p.weight
	}
	for total < n {
		u := g.rng.Float64() * weights
		pi := 0
		for ; pi < len(problems)-1 && u >= problems[pi].weight; pi++ {
			u -= problems[pi].weight
		}
		p := &problems[pi]
		size := g.drawSize(p)
		offs := g.offsets(size, p.gap)
		span := offs[len(offs)-1].Hours() / 24
		a := g.rng.IntN(p.nAspects())
		var is *issue
		for try := 0; try < 20 && is == nil; try++ {
			ti := g.townWeighted()
			s := pickSpot(g.rng, g.towns, ti, p.at)
			if p.at == atTown {
				s = spot{town: ti, street: -1, alley: -1, block: -1, mark: -1, park: -1, lat: g.towns[ti].lat, lon: g.towns[ti].lon}
			}
			start := g.startIn(p, 0, yearDays-span)
			if g.free(spotProblem(s, p, a), window{start, start.Add(offs[len(offs)-1])}) {
				is = g.newIssue(p, a, s, start, offs)
			}
		}
		if is == nil || !add(is) {
			continue
		}
		// a spot-problem that comes back after it was fixed is a new episode, a new issue
		for prev := is; p.recur > 0 && g.rng.Float64() < p.recur && total < n; {
			size := g.drawSize(p)
			offs := g.offsets(size, p.gap)
			start := prev.end().Add(quiet + time.Duration(g.rng.Float64()*90*24*float64(time.Hour)))
			if start.Add(offs[len(offs)-1]).After(yearStart.AddDate(0, 0, yearDays)) ||
				!g.free(spotProblem(prev.spot, p, a), window{start, start.Add(offs[len(offs)-1])}) {
				break
			}
			next := g.newIssue(p, a, prev.spot, start, offs)
			next.again = true
			if !add(next) {
				break
			}
			prev = next
		}
	}
	return out
}

// townWeighted: the bigger towns file more.
func (g *generator) townWeighted() int {
	w := []float64{1.3, 1.2, 1.1, 1, 0.9, 0.8, 0.7}
	var sum float64
	for _, x := range w[:len(g.towns)] {
		sum += x
	}
	u := g.rng.Float64() * sum
	for i, x := range w[:len(g.towns)] {
		if u < x {
			return i
		}
		u -= x
	}
	return len(g.towns) - 1
}
