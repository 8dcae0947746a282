package rasht32

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which world to write.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "1"
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

// irst is Iran's clock; Iran has kept +03:30 all year since 2022.
var irst = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, irst)

const yearDays = 365.0

// quietDays is how long a fixed problem stays quiet before a new report is a new episode.
const quietDays = 21.0

type issue struct {
	n          int
	prob       *problem
	p          place
	placeless  bool
	variant    int     // which sub-problem, for problems with sub
	start, end float64 // days since yearStart
	size       int
	reqs       []*req
}

type req struct {
	iss      *issue
	seq      int
	at       time.Time
	channel  string
	followUp bool
	copyOf   *req
	id       string
	text     string
	address  string
	lat, lon *float64
}

// Generate writes the year: rows in time order, each with its true issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht32: N must be positive")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed)*0x9e3779b97f4a7c15+1))
	g := &gen{r: r, streets: buildWorld(), ops: newOperators(r), byProb: map[string][]*issue{}}
	g.plan(opt.N)
	reqs := g.schedule()
	g.render(reqs)
	rows := make([]labelled.Row, len(reqs))
	for i, q := range reqs {
		rows[i] = labelled.Row{ID: q.id, District: opt.District, CreatedAt: q.at, Category: g.category(q),
			Text: q.text, Address: q.address, Lat: q.lat, Lon: q.lon, Channel: q.channel, Status: g.status(q),
			Group: fmt.Sprintf("i%04d-%s", q.iss.n, q.iss.prob.key), Agency: q.iss.prob.agency}
	}
	return rows, nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

type gen struct {
	r       *rand.Rand
	streets []*street
	ops     []writer
	issues  []*issue
	byProb  map[string][]*issue // only looked up by key, never ranged over
	reqSeq  int
}

func (g *gen) problemByKey(k string) *problem {
	for i := range problems {
		if problems[i].key == k {
			return &problems[i]
		}
	}
	panic("rasht32: no problem " + k)
}

func (g *gen) drawProblem() *problem {
	total := 0.0
	for _, p := range problems {
		total += p.weight
	}
	x := g.r.Float64() * total
	for i := range problems {
		x -= problems[i].weight
		if x < 0 {
			return &problems[i]
		}
	}
	return &problems[len(problems)-1]
}

// drawSize: most issues draw one or two requests, a tail draws a few dozen.
func (g *gen) drawSize(crowd bool) int {
	x := g.r.Float64()
	switch {
	case x < 0.56:
		return 1
	case x < 0.75:
		return 2
	case x < 0.86:
		return 3 + g.r.IntN(2)
	case !crowd:
		return 1 + g.r.IntN(4)
	case x < 0.945:
		return 5 + g.r.IntN(6)
	case x < 0.992:
		return 11 + g.r.IntN(15)
	default:
		return 26 + g.r.IntN(20)
	}
}

// drawDay picks a start day by the problem's season.
func (g *gen) drawDay(p *problem) float64 {
	for {
		d := g.r.Float64() * yearDays
		if p.season == ([12]float64{}) {
			return d
		}
		m := yearStart.Add(time.Duration(d * 24 * float64(time.Hour))).Month()
		if g.r.Float64()*3 < p.season[m-1] {
			return d
		}
	}
}

func (g *gen) drawStreet() *street {
	total := 0.0
	for _, s := range g.streets {
		total += s.length
	}
	x := g.r.Float64() * total
	for _, s := range g.streets {
		x -= s.length
		if x < 0 {
			return s
		}
	}
	return g.streets[len(g.streets)-1]
}

func span(r *rand.Rand, size int) float64 {
	switch {
	case size == 1:
		return 0
	case size <= 3:
		return 0.1 + r.Float64()*8
	case size <= 10:
		return 2 + r.Float64()*35
	case size <= 30:
		return 15 + r.Float64()*90
	default:
		return 60 + r.Float64()*200
	}
}

// free reports whether the spot has no open episode of the problem near [start, end].
func (g *gen) free(p *problem, pl place, start, end float64) bool {
	for _, o := range g.byProb[p.key] {
		if o.placeless || !samePlace(o.p, pl) {
			continue
		}
		if start < o.end+quietDays && end > o.start-quietDays {
			return false
		}
	}
	return true
}

func (g *gen) add(is *issue) {
	is.n = len(g.issues) + 1
	g.issues = append(g.issues, is)
	g.byProb[is.prob.key] = append(g.byProb[is.prob.key], is)
}

// plan lays out the issues until they hold n requests.
func (g *gen) plan(n int) {
	left := n
	// the alley whose asphalt was dug up and left: about a hundred requests per 6,000
	if n >= 1000 {
		big := []struct {
			key   string
			share float64
			from  float64
			span  float64
		}{{"asphalt", 0.017, 20 + g.r.Float64()*60, 220}, {"surface", 0.008, 190, 120}}
		for _, b := range big {
			p := g.problemByKey(b.key)
			var pl place
			for {
				pl = randomPlace(g.r, g.drawStreet())
				if pl.alleyNo > 0 {
					break
				}
			}
			size := int(math.Round(float64(n) * b.share * (0.85 + 0.3*g.r.Float64())))
			is := &issue{prob: p, p: pl, start: b.from, end: b.from + b.span, size: size}
			g.add(is)
			left -= size
		}
	}
	for left > 0 {
		p := g.drawProblem()
		size := min(g.drawSize(p.crowd), left)
		is := &issue{prob: p, size: size, variant: g.r.IntN(min(len(p.operator), len(p.citizen)))}
		sp := span(g.r, size)
		is.start = g.drawDay(p)
		if is.start+sp > yearDays-0.01 {
			is.start = math.Max(0, yearDays-0.01-sp)
		}
		is.end = is.start + sp
		switch {
		case size == 1 && g.r.Float64() < 0.06:
			is.placeless = true
		case g.r.Float64() < 0.12 && g.recur(is):
		default:
			for try := 0; ; try++ {
				s := g.drawStreet()
				pl := randomPlace(g.r, s)
				if p.key == "park" || p.key == "parklight" {
					pl = g.parkPlace() // a park's trouble is in a park
				}
				if !p.marks && pl.mark != "" && g.r.Float64() < 0.6 {
					continue
				}
				if g.free(p, pl, is.start, is.end) || try > 50 {
					is.p = pl
					break
				}
			}
		}
		g.add(is)
		left -= size
	}
}

// parkPlace picks one of the district's parks.
func (g *gen) parkPlace() place {
	var parks []place
	for _, s := range g.streets {
		for _, m := range s.marks {
			if strings.Contains(m, "پارک") {
				p := randomPlace(g.r, s)
				p.alleyNo, p.alleyNm, p.mark, p.block = 0, "", m, 0
				parks = append(parks, p)
			}
		}
	}
	return pick(g.r, parks)
}

// recur makes the issue a new episode at the spot of an earlier one of the same problem.
func (g *gen) recur(is *issue) bool {
	prev := g.byProb[is.prob.key]
	if len(prev) == 0 {
		return false
	}
	o := prev[g.r.IntN(len(prev))]
	if o.placeless {
		return false
	}
	start := o.end + quietDays + g.r.Float64()*60
	sp := is.end - is.start
	if start+sp > yearDays-0.01 || !g.free(is.prob, o.p, start, start+sp) {
		return false
	}
	is.p, is.start, is.end = o.p, start, start+sp
	return true
}

// hourOf draws the time of day a request arrives by channel.
func (g *gen) hourOf(channel string) float64 {
	r := g.r
	switch channel {
	case "app", "web":
		for {
			h := r.Float64() * 24
			w := 0.2
			switch {
			case h >= 7 && h < 13:
				w = 0.9
			case h >= 13 && h < 17:
				w = 0.7
			case h >= 17 && h < 24:
				w = 1.0
			}
			if r.Float64() < w {
				return h
			}
		}
	case "in_person":
		return 7.5 + r.Float64()*6
	default:
		for {
			h := 7 + r.Float64()*16
			w := 0.6
			switch {
			case h >= 8 && h < 13:
				w = 1.0
			case h >= 17 && h < 21:
				w = 0.9
			}
			if r.Float64() < w {
				return h
			}
		}
	}
}

func (g *gen) channel() string {
	switch x := g.r.Float64(); {
	case x < 0.55:
		return "phone"
	case x < 0.85:
		return "app"
	case x < 0.95:
		return "web"
	default:
		return "in_person"
	}
}

func at(day, hour float64) time.Time {
	d := math.Floor(day)
	return yearStart.Add(time.Duration((d*24 + hour) * float64(time.Hour))).Truncate(time.Second)
}

// schedule gives every request of every issue its time and channel, and sorts them.
func (g *gen) schedule() []*req {
	var all []*req
	for _, is := range g.issues {
		sp := is.end - is.start
		for k := 0; k < is.size; k++ {
			q := &req{iss: is, channel: g.channel()}
			day := is.start
			if k > 0 {
				day += sp * math.Pow(g.r.Float64(), 1.4)
			}
			q.at = at(day, g.hourOf(q.channel))
			if k > 0 {
				prev := is.reqs[k-1]
				switch {
				case prev.channel == "app" && g.r.Float64() < 0.03:
					// the app's send button pressed twice, or sent again after a timeout
					q.channel, q.copyOf = "app", prev
					q.at = prev.at.Add(time.Duration(20+g.r.IntN(300)) * time.Second)
				case g.r.Float64() < 0.12 || (day-is.start > 10 && g.r.Float64() < 0.3):
					q.followUp = true
				}
			}
			// calls taken in the evening rush are sometimes typed in the next morning
			if q.channel == "phone" && q.copyOf == nil && g.r.Float64() < 0.04 {
				q.at = at(math.Floor(day)+1, 8+g.r.Float64()*1.5)
			}
			if end := yearStart.AddDate(1, 0, 0).Add(-time.Minute); q.at.After(end) {
				q.at = end.Add(-time.Duration(g.r.IntN(3600)) * time.Second)
			}
			is.reqs = append(is.reqs, q)
			q.seq = len(all)
			all = append(all, q)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if !all[i].at.Equal(all[j].at) {
			return all[i].at.Before(all[j].at)
		}
		return all[i].seq < all[j].seq
	})
	// ids come from a city-wide counter: other districts' requests fall between ours
	id := int64(1404_0000_0000) + int64(g.r.IntN(50000))
	for _, q := range all {
		id += 1 + int64(g.r.IntN(5))
		q.id = fmt.Sprint(id)
	}
	return all
}
