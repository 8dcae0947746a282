package rasht36

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options shape a generated year.
type Options struct {
	Seed     int64
	N        int    // requests; 0 means 6000
	District string // "" means "4"
	// PlacelessShare is the share of requests that give no place at all; 0 means 0.03.
	PlacelessShare float64
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "4"
	}
	if o.PlacelessShare == 0 {
		o.PlacelessShare = 0.03
	}
	return o
}

var irst = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, irst)

const (
	yearDays    = 365
	episodeGap  = 45 // days without a report that end an episode
	maxInnerGap = 30 // days: the longest silence inside one episode
)

// issue is one labelled issue before its requests are written.
type issue struct {
	id        string
	kind      *kind
	sp        spot
	placeless bool
	times     []float64 // days since yearStart, sorted
}

// Generate returns the requests of one year of district opt.District, in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht36: negative N")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874333600))
	hs := buildPlaces(r)
	g := &gen{r: r, hs: hs, busy: map[string][][2]float64{}}
	g.plan(opt)
	return g.write(opt), nil
}

type gen struct {
	r      *rand.Rand
	hs     []hood
	issues []*issue
	busy   map[string][][2]float64 // kind+spot → episodes [first,last]; looked up only
}

func kindByKey(key string) *kind {
	for i := range kinds {
		if kinds[i].key == key {
			return &kinds[i]
		}
	}
	panic("rasht36: no kind " + key)
}

// plan draws the issues and their report times until opt.N requests are planned.
func (g *gen) plan(opt Options) {
	r := g.r
	total := 0
	add := func(is *issue) {
		is.id = fmt.Sprintf("d%s-i%05d", opt.District, len(g.issues)+1)
		g.issues = append(g.issues, is)
		total += len(is.times)
	}
	// The year's few big ones: one alley's asphalt through the wet season, a garbage
	// corner, a flooded street in the first autumn storms.
	bigs := []struct {
		key       string
		size      int
		start     float64
		spreadDay float64
		scope     spotKind
	}{
		{"asphalt", opt.N / 60, 215 + r.Float64()*20, 80, inAlley},
		{"garbage", opt.N / 150, 60 + r.Float64()*100, 45, onStreet},
		{"surfacewater", opt.N / 200, 200 + r.Float64()*15, 12, onStreet},
	}
	for _, b := range bigs {
		if b.size < 2 {
			continue
		}
		k := kindByKey(b.key)
		is := &issue{kind: k, sp: pickSpot(r, g.hs, b.scope)}
		is.times = g.times(b.start, b.size, b.spreadDay)
		g.reserve(is)
		add(is)
	}
	var weights float64
	for _, k := range kinds {
		weights += k.weight
	}
	for total < opt.N {
		if r.Float64() < opt.PlacelessShare {
			k := g.pickKind(weights)
			add(&issue{kind: k, placeless: true, times: []float64{g.startDay(k)}})
			continue
		}
		k := g.pickKind(weights)
		size := drawSize(r, k.big)
		if rest := opt.N - total; size > rest {
			size = rest
		}
		var is *issue
		if prev := g.recurrence(k); prev != nil {
			last := prev.times[len(prev.times)-1]
			start := last + episodeGap + 5 + r.Float64()*90
			if start+float64(size) < yearDays-1 {
				is = &issue{kind: k, sp: prev.sp, times: g.times(start, size, k.spreadDays)}
				if !g.free(is) {
					is = nil
				}
			}
		}
		for try := 0; is == nil; try++ {
			scope := k.scope
			if scope == onStreet && r.Float64() < 0.35 {
				scope = inAlley
			} else if scope == inAlley && r.Float64() < 0.25 {
				scope = onStreet
			}
			is = &issue{kind: k, sp: pickSpot(r, g.hs, scope), times: g.times(g.startDay(k), size, k.spreadDays)}
			if !g.free(is) && try < 30 {
				is = nil
			}
		}
		g.reserve(is)
		add(is)
	}
}

func (g *gen) pickKind(weights float64) *kind {
	x := g.r.Float64() * weights
	for i := range kinds {
		x -= kinds[i].weight
		if x < 0 {
			return &kinds[i]
		}
	}
	return &kinds[len(kinds)-1]
}

// recurrence returns, now and then, an earlier issue whose problem comes back at its spot.
func (g *gen) recurrence(k *kind) *issue {
	switch k.key {
	case "asphalt", "garbage", "surfacewater", "sewage", "dogs", "lighting":
	default:
		return nil
	}
	if g.r.Float64() > 0.08 || len(g.issues) == 0 {
		return nil
	}
	for try := 0; try < 20; try++ {
		prev := g.issues[g.r.IntN(len(g.issues))]
		if prev.kind == k && !prev.placeless {
			return prev
		}
	}
	return nil
}

// drawSize: most issues draw one or two requests, some a handful, a few dozens.
func drawSize(r *rand.Rand, big float64) int {
	var n int
	switch u := r.Float64(); {
	case u < 0.58:
		n = 1
	case u < 0.79:
		n = 2
	case u < 0.915:
		n = 3 + r.IntN(2)
	case u < 0.975:
		n = 5 + r.IntN(5)
	case u < 0.994:
		n = 10 + r.IntN(10)
	default:
		n = 20 + r.IntN(16)
	}
	switch {
	case n >= 10:
		n = int(math.Round(float64(n) * math.Sqrt(big)))
	case n > 2:
		n = min(int(math.Round(float64(n)*big)), 9)
	}
	return min(max(n, 1), 48)
}

// startDay draws the first day of an episode; water and asphalt follow the autumn rains.
func (g *gen) startDay(k *kind) float64 {
	r := g.r
	switch k.key {
	case "surfacewater", "sewage":
		if r.Float64() < 0.75 {
			return 195 + r.Float64()*150 // Mehr to Bahman
		}
	case "asphalt":
		if r.Float64() < 0.5 {
			return 220 + r.Float64()*140
		}
	case "dogs", "sidewalk", "park":
		if r.Float64() < 0.5 {
			return 40 + r.Float64()*140 // spring and summer
		}
	}
	return r.Float64() * (yearDays - 2)
}

// times spreads size reports from start: gaps shrink as an issue draws more people, and no
// silence inside an episode is as long as maxInnerGap. The episode is shifted to end in the year.
func (g *gen) times(start float64, size int, spread float64) []float64 {
	ts := []float64{start}
	mean := spread / float64(max(size-1, 1))
	t := start
	for i := 1; i < size; i++ {
		t += math.Min(g.r.ExpFloat64()*mean, maxInnerGap)
		ts = append(ts, t)
	}
	if over := ts[len(ts)-1] - (yearDays - 0.5); over > 0 {
		for i := range ts {
			ts[i] -= over
		}
	}
	if ts[0] < 0 { // longer than the year: squeeze
		span := ts[len(ts)-1] - ts[0]
		for i := range ts {
			ts[i] = (ts[i] - ts[0]) / span * (yearDays - 1)
		}
	}
	return ts
}

func (is *issue) busyKey() string { return is.kind.key + "@" + is.sp.key() }

// free reports whether no other episode of the same problem at the same spot is within
// episodeGap days of is: otherwise the two would be one issue.
func (g *gen) free(is *issue) bool {
	a, b := is.times[0], is.times[len(is.times)-1]
	for _, e := range g.busy[is.busyKey()] {
		if a < e[1]+episodeGap && e[0] < b+episodeGap {
			return false
		}
	}
	return true
}

func (g *gen) reserve(is *issue) {
	k := is.busyKey()
	g.busy[k] = append(g.busy[k], [2]float64{is.times[0], is.times[len(is.times)-1]})
}

// request is one planned request before it is written.
type request struct {
	is    *issue
	nth   int
	at    time.Time
	batch bool
}

// write turns the plan into rows in time order.
func (g *gen) write(opt Options) []labelled.Row {
	r := g.r
	var reqs []request
	for _, is := range g.issues {
		for i, d := range is.times {
			reqs = append(reqs, request{is: is, nth: i, at: g.clock(d)})
		}
	}
	// Requests taken on paper or by a busy operator are typed in the next morning, in a batch.
	for i := range reqs {
		if r.Float64() < 0.035 {
			t := reqs[i].at.In(irst)
			reqs[i].at = time.Date(t.Year(), t.Month(), t.Day()+1, 8, r.IntN(40), r.IntN(60), 0, irst)
			reqs[i].batch = true
		}
	}
	slices.SortStableFunc(reqs, func(a, b request) int { return a.at.Compare(b.at) })
	rows := make([]labelled.Row, 0, len(reqs))
	id := 1404_400_000 + r.IntN(5000)
	for _, q := range reqs {
		id += 1 + r.IntN(3) // other districts' requests take the numbers between
		rows = append(rows, g.row(opt, q, fmt.Sprint(id)))
	}
	return rows
}

// clock gives day d a time of day: the line is busiest in the morning and evening.
func (g *gen) clock(d float64) time.Time {
	day := math.Floor(d)
	hour := 8 + g.r.Float64()*14
	if g.r.Float64() < 0.06 {
		hour = g.r.Float64() * 8
	}
	return yearStart.Add(time.Duration((day*24 + hour) * float64(time.Hour))).Truncate(time.Second)
}
