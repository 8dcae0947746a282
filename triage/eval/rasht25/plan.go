package rasht25

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

const (
	chApp   = "app"
	chPhone = "phone"
	chWeb   = "web"
	chDesk  = "in_person"
)

// quietGap is the least silence between two episodes of one problem at one spot.
const quietGap = 21 * 24 * time.Hour

const slack = 5 * 24 * time.Hour

type issue struct {
	prob      *problem
	sp        spot
	placeless bool
	times     []time.Time
	label     string
}

type event struct {
	at      time.Time
	is      *issue
	k       int // index within the issue
	channel string
	follows *event // the earlier request of the same citizen this one follows up
	copyOf  *event // the app request this one repeats word for word
	id      string
	row     labelled.Row
}

// Solar months of 1404: six of 31 days, five of 30, Esfand of 29.
var monthDays = [12]int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

type planner struct {
	r      *rand.Rand
	d      *district
	start  time.Time
	days   int
	used   map[string][][2]time.Time // problem|spot → episodes
	storms []int                     // days of the year
	issues []*issue
	total  int
}

func (p *planner) spotFor(pr *problem) spot {
	switch pr.where[p.r.IntN(len(pr.where))] {
	case atSeg:
		return p.d.segs[p.r.IntN(len(p.d.segs))]
	case atPark:
		return p.d.parks[p.r.IntN(len(p.d.parks))]
	case atMarket:
		return p.d.markets[p.r.IntN(len(p.d.markets))]
	case atSchool:
		return p.d.schools[p.r.IntN(len(p.d.schools))]
	case atRoad:
		return p.d.roads[0]
	}
	return p.d.alleys[p.r.IntN(len(p.d.alleys))]
}

// storms are the year's heavy-rain days: on each, many alleys flood at once, sewers back up,
// branches and wires come down, each its own issue at its own spot.
func (p *planner) drawStorms() {
	for len(p.storms) < 18 {
		d := p.dayOf(&rainy)
		if d < p.days && !slices.Contains(p.storms, d) {
			p.storms = append(p.storms, d)
		}
	}
	slices.Sort(p.storms)
}

// stormy is how often a problem's episode starts on a storm day.
var stormy = map[string]float64{"surface": 0.8, "sewage": 0.6, "wire": 0.6, "trees": 0.35, "blackout": 0.4, "grate": 0.3}

// day draws a day of the year by the problem's season, storms and holidays.
func (p *planner) day(pr *problem) int {
	if len(p.storms) > 0 && p.r.Float64() < stormy[pr.key] {
		return p.storms[p.r.IntN(len(p.storms))] + p.r.IntN(2)
	}
	if pr.key == "garbage" && p.r.Float64() < 0.12 { // Nowruz: crews off, guests' rubbish
		return 1 + p.r.IntN(13)
	}
	return p.dayOf(pr.season)
}

func (p *planner) dayOf(season *[12]float64) int {
	m := pick(p.r, season[:])
	d := 0
	for i := 0; i < m; i++ {
		d += monthDays[i]
	}
	return d + p.r.IntN(monthDays[m])
}

func drawSize(r *rand.Rand, class int) int {
	u := r.Float64()
	between := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	switch class {
	case sizeOne:
		if u < 0.94 {
			return 1
		}
		return 2
	case sizeSmall:
		switch {
		case u < 0.75:
			return 1
		case u < 0.9:
			return 2
		case u < 0.96:
			return 3
		}
		return between(4, 6)
	case sizeMedium:
		switch {
		case u < 0.6:
			return 1
		case u < 0.8:
			return 2
		case u < 0.88:
			return 3
		case u < 0.97:
			return between(4, 8)
		}
		return between(9, 16)
	}
	switch {
	case u < 0.55:
		return 1
	case u < 0.73:
		return 2
	case u < 0.81:
		return 3
	case u < 0.945:
		return between(4, 10)
	case u < 0.993:
		return between(11, 25)
	}
	return between(26, 40)
}

// times lays size requests over an episode starting on day: the first report, then the
// others, more of them early, over a span that grows with the crowd.
func (p *planner) times(pr *problem, day, size int, span float64) []time.Time {
	if span <= 0 {
		span = pr.days * (0.4 + 1.2*p.r.Float64())
		if size > 10 {
			span *= 1 + float64(size)/25
		}
	}
	t0 := p.start.Add(time.Duration(day)*24*time.Hour + p.clock())
	ts := []time.Time{t0}
	for k := 1; k < size; k++ {
		off := int(span * math.Pow(p.r.Float64(), 1.6))
		t := p.start.Add(time.Duration(day+off)*24*time.Hour + p.clock())
		if !t.After(t0) {
			t = t0.Add(time.Duration(5+p.r.IntN(300)) * time.Minute)
		}
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	return ts
}

// clock is a time of day, when people report (Tehran time).
func (p *planner) clock() time.Duration {
	h := pick(p.r, []float64{0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.6, 1.2, 2.2, 2.6, 2.6, 2.4, 2.1, 1.8, 1.6, 1.6, 1.7, 1.9, 2.1, 2.2, 2.2, 2, 1.5, 0.8})
	return time.Duration(h)*time.Hour + time.Duration(p.r.IntN(3600))*time.Second
}

// fits tells whether an episode at this spot keeps the quiet gap to every other episode of
// the same problem there, so that two issues of the truth are never one episode in fact.
func (p *planner) fits(key string, ts []time.Time) bool {
	a, b := ts[0], ts[len(ts)-1]
	end := p.start.Add(time.Duration(p.days) * 24 * time.Hour)
	if b.After(end) {
		return false
	}
	for _, e := range p.used[key] {
		// five days more than the gap: the desk may type a request days after it was made
		if a.Before(e[1].Add(quietGap+slack)) && e[0].Before(b.Add(quietGap+slack)) {
			return false
		}
	}
	return true
}

// episodeKey names where episodes of a problem must not overlap: lamps on a segment of the
// long road go out with the road, so they share the road's key.
func episodeKey(pr *problem, sp spot) string {
	if pr.key == "lamps" && sp.st != nil && sp.st.kind == "جاده" && sp.al == nil {
		return pr.key + "|road/" + sp.st.name
	}
	return pr.key + "|" + sp.key
}

func (p *planner) add(pr *problem, sp spot, ts []time.Time) *issue {
	key := episodeKey(pr, sp)
	p.used[key] = append(p.used[key], [2]time.Time{ts[0], ts[len(ts)-1]})
	is := &issue{prob: pr, sp: sp, times: ts}
	p.issues = append(p.issues, is)
	p.total += len(ts)
	return is
}

func problemByKey(key string) *problem {
	for _, pr := range problems {
		if pr.key == key {
			return pr
		}
	}
	panic("no problem " + key)
}

// plan draws the year's issues until they hold n requests.
func (p *planner) plan(n int) {
	p.drawStorms()
	scale := float64(n) / 6000
	big := func(key string, sp spot, size int, day int, span float64) {
		if size = int(float64(size) * scale); size < 1 {
			return
		}
		pr := problemByKey(key)
		p.add(pr, sp, p.times(pr, day, size, span))
	}
	// the alley whose asphalt stays broken from spring to the autumn rains
	big("asphalt", p.d.alleys[p.r.IntN(len(p.d.alleys))], 96+p.r.IntN(15), 20+p.r.IntN(30), 150)
	// the main-street segment that floods with every rain of one wet autumn
	big("surface", p.d.segs[p.r.IntN(len(p.d.segs))], 60+p.r.IntN(20), 200+p.r.IntN(20), 45)
	// the dark road of لاکان: one outage, one referral
	big("lamps", p.d.roads[0], 30+p.r.IntN(12), 230+p.r.IntN(60), 20)

	weights := make([]float64, len(problems))
	for i, pr := range problems {
		weights[i] = pr.weight
	}
	for p.total < n {
		pr := problems[pick(p.r, weights)]
		if p.r.Float64() < 0.025 { // no place at all: its own issue
			is := &issue{prob: pr, placeless: true, times: p.times(pr, p.day(pr), 1, 0)}
			p.issues = append(p.issues, is)
			p.total++
			continue
		}
		size := drawSize(p.r, pr.size)
		if rest := n - p.total; size > rest {
			size = rest
		}
		for try := 0; try < 8; try++ {
			sp := p.spotFor(pr)
			ts := p.times(pr, p.day(pr), size, 0)
			if !p.fits(episodeKey(pr, sp), ts) {
				continue
			}
			p.add(pr, sp, ts)
			// the spot that has the same trouble again later in the year
			if p.r.Float64() < pr.recur && p.total < n {
				later := int(ts[len(ts)-1].Sub(p.start).Hours()/24) + 25 + p.r.IntN(90)
				if later < p.days {
					s2 := drawSize(p.r, pr.size)
					if rest := n - p.total; s2 > rest {
						s2 = rest
					}
					if ts2 := p.times(pr, later, s2, 0); p.fits(episodeKey(pr, sp), ts2) {
						p.add(pr, sp, ts2)
					}
				}
			}
			break
		}
	}
}
