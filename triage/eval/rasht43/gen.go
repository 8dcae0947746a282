package rasht43

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose the year: the seed, how many requests and the district code written on them.
type Options struct {
	Seed     int64
	N        int    // requests; 0 means 6,000
	District string // "" means "2"
}

func (o Options) norm() Options {
	if o.N <= 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "2"
	}
	return o
}

// issue is one problem at one place in one episode: what the truth calls a group.
type issue struct {
	p      *problem
	agency string
	owner  string // excavations: who dug ("" when the citizen does not say)
	sp     spot
	reqs   []*plan
	mix    []*problem // other problems whose words its requests also use (a channel's flooding)
	chron  string
	line   int // bus line
}

// plan is one request before it is written.
type plan struct {
	is       *issue
	t        time.Time
	again    bool  // a complaint that the fix was bad
	repeatOf *plan // an identical resubmission
	caller   spot  // where the caller is, for outages; else the issue's spot
	channel  string
	pinned   bool
	level    level
	alone    bool // the caller could not be reached: an issue of its own
	order    int

	// filled when written
	id, group string
	row       labelled.Row
}

type gen struct {
	opt   Options
	r     *rand.Rand
	w     *world
	wx    weather
	busy  map[string][][2]time.Time // family|place → episodes, gap included
	byKey map[string][]*issue       // place → issues (for two-problem requests)
	all   []*issue

	lastSize int // the size of the issue ordinary placed last
}

// Generate builds the year's requests with their truth, sorted by CreatedAt.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.norm()
	if opt.N > 200000 {
		return nil, fmt.Errorf("rasht43: %d requests is more than one district's year", opt.N)
	}
	g := &gen{opt: opt, r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874343300)), w: buildWorld(),
		busy: map[string][][2]time.Time{}, byKey: map[string][]*issue{}}
	g.wx = newWeather(g.r)
	used := g.chronic()
	g.fill(opt.N - used)
	plans := g.schedule()
	if len(plans) != opt.N {
		return nil, fmt.Errorf("rasht43: planned %d requests, want %d", len(plans), opt.N)
	}
	return g.write(plans), nil
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// chronicSpec is one of the year's long-running problems, sized for 6,000 requests.
type chronicSpec struct {
	name     string
	prob     string
	size     int
	from, to int // days of the year
	place    func(w *world) spot
	owner    string
	mix      []string
	again    int
	oneDay   bool
}

var chronics = []chronicSpec{
	{name: "asphalt of Hajiabad alley 12", prob: "asphalt", size: 104, from: 9, to: 262, again: 3,
		place: func(w *world) spot { return spot{al: w.alleyBy("hajiabad", 12, "")} }},
	{name: "asphalt of Hajiabad alley 14", prob: "asphalt", size: 16, from: 25, to: 200,
		place: func(w *world) spot { return spot{al: w.alleyBy("hajiabad", 14, "")} }},
	{name: "asphalt of Hajiabad alley 12, first dead end", prob: "asphalt", size: 9, from: 40, to: 230,
		place: func(w *world) spot { a := w.alleyBy("hajiabad", 12, ""); return spot{al: a, dead: a.deads[0]} }},
	{name: "lights of Hajiabad alley 12", prob: "light", size: 7, from: 190, to: 228,
		place: func(w *world) spot { return spot{al: w.alleyBy("hajiabad", 12, "")} }},
	{name: "dark Nastaran alley off Roudbari", prob: "light", size: 52, from: 188, to: 318,
		place: func(w *world) spot { return spot{al: w.alleyBy("roudbari", 0, "نسترن")} }},
	{name: "lights of Yas alley off Roudbari", prob: "light", size: 10, from: 200, to: 262,
		place: func(w *world) spot { return spot{al: w.alleyBy("roudbari", 0, "یاس")} }},
	{name: "surface channel of Javan street", prob: "channel", size: 58, from: 192, to: 322, mix: []string{"flood"},
		place: func(w *world) spot {
			return spot{seg: w.lmByName("درمانگاه شبانه‌روزی جوان").seg}
		}},
	{name: "dog pack in Seyghalan park", prob: "dogs", size: 41, from: 100, to: 258,
		place: func(w *world) spot { return spot{lm: w.lmByName("بوستان صیقلان")} }},
	{name: "sewage of Chomarsara alley 5", prob: "sewage", size: 44, from: 38, to: 168,
		place: func(w *world) spot { return spot{al: w.alleyBy("chomarsara", 5, "")} }},
	{name: "sewage of Chomarsara alley 6", prob: "sewage", size: 6, from: 80, to: 122,
		place: func(w *world) spot { return spot{al: w.alleyBy("chomarsara", 6, "")} }},
	{name: "vendors on Motahari", prob: "sidewalk", size: 36, from: 2, to: 355,
		place: func(w *world) spot { return spot{seg: w.lmByName("پاساژ گلستان").seg} }},
	{name: "building site in Yakhsazan alley 3", prob: "debris", size: 30, from: 60, to: 200, mix: []string{"violation"},
		place: func(w *world) spot { return spot{al: w.alleyBy("yakhsazan", 3, ""), plate: 18} }},
	{name: "bin corner of Hajiabad", prob: "bin", size: 28, from: 30, to: 300,
		place: func(w *world) spot { return spot{seg: w.alleyBy("hajiabad", 3, "").seg} }},
	{name: "garage blocking Hammam alley", prob: "parking", size: 26, from: 50, to: 250,
		place: func(w *world) spot { return spot{al: w.alleyBy("emam", 0, "حمام")} }},
	{name: "water company trench in Javan alley 9", prob: "dig", size: 31, from: 120, to: 262, owner: water, again: 2,
		place: func(w *world) spot { return spot{al: w.alleyBy("javan", 9, "")} }},
	{name: "water cut in Hajiabad", prob: "watercut", size: 24, from: 112, to: 112, oneDay: true,
		place: func(w *world) spot { return spot{h: w.byHood["حاجی‌آباد"]} }},
}

// chronic places the long-running problems and returns how many requests they take.
func (g *gen) chronic() int {
	used := 0
	scale := float64(g.opt.N) / 6000
	for _, c := range chronics {
		n := int(math.Round(float64(c.size) * scale))
		if n < 1 {
			n = 1
		}
		if used+n > g.opt.N {
			break
		}
		p := problemByKey(c.prob)
		is := &issue{p: p, agency: p.agency, sp: c.place(g.w), chron: c.name}
		if c.owner != "" {
			is.agency, is.owner = c.owner, c.owner
		}
		for _, m := range c.mix {
			is.mix = append(is.mix, problemByKey(m))
		}
		var ts []time.Time
		if c.oneDay {
			ts = g.times(c.from, 0.5, n)
		} else {
			ts = g.spread(c.from, c.to, n)
		}
		sortTimes(ts)
		again := 0
		if c.again > 0 && n >= 6 {
			again = int(math.Round(float64(c.again) * math.Min(1, scale*2)))
			// the fix comes a few days after the last ordinary report; complaints follow within 30 days
			fix := ts[n-again-1].Add(time.Duration(2+g.r.IntN(5)) * 24 * time.Hour)
			for i := n - again; i < n; i++ {
				ts[i] = fix.Add(time.Duration(1+g.r.IntN(28))*24*time.Hour + time.Duration(g.r.IntN(36000))*time.Second)
			}
			ts = clampYear(g.r, ts)
			sortTimes(ts)
		}
		g.add(is, ts, again)
		used += n
	}
	return used
}

// fill spends the rest of the budget on ordinary issues, problem by problem, in the
// proportions of their weights.
func (g *gen) fill(budget int) {
	if budget <= 0 {
		return
	}
	total := 0.0
	for _, p := range problems {
		total += p.weight
	}
	share := make([]int, len(problems))
	rest := make([]float64, len(problems))
	given := 0
	for i, p := range problems {
		x := p.weight / total * float64(budget)
		share[i] = int(x)
		rest[i] = x - float64(share[i])
		given += share[i]
	}
	for given < budget {
		best := 0
		for i := range rest {
			if rest[i] > rest[best] {
				best = i
			}
		}
		share[best]++
		rest[best] = -1
		given++
	}
	misc := problemByKey("misc")
	leftover := 0
	for i, p := range problems {
		left := share[i]
		for left > 0 {
			n := g.drawSize(p.size)
			if p.max > 0 && n > p.max {
				n = p.max
			}
			if n > left {
				n = left
			}
			if !g.ordinary(p, n) && !g.ordinary(p, 1) {
				leftover += left
				break
			}
			if g.lastSize > 0 {
				left -= g.lastSize
			}
		}
	}
	for ; leftover > 0; leftover-- {
		g.ordinary(misc, 1)
	}
}

// ordinary tries to place one ordinary issue of n requests; it records the size placed in
// lastSize and reports whether it found a free place and time.
func (g *gen) ordinary(p *problem, n int) bool {
	g.lastSize = 0
	for try := 0; try < 40; try++ {
		sp := g.drawSpot(p)
		d := g.startDay(p)
		span := p.span
		if n > 8 {
			span *= 1 + float64(n)/15
		}
		ts := g.times(d, span, n)
		sortTimes(ts)
		is := &issue{p: p, agency: p.agency, sp: sp}
		if p.ownerOf != nil {
			ws := make([]float64, len(p.ownerOf))
			for i, o := range p.ownerOf {
				ws[i] = o.w
			}
			is.agency = p.ownerOf[pick(g.r, ws)].agency
			is.owner = is.agency
		}
		if p.key == "bus" {
			is.line = one(g.r, []int{3, 7, 12, 16, 24})
		}
		again := 0
		if p.again != nil && n >= 4 && g.r.Float64() < 0.25 {
			again = 1
			fix := ts[n-2].Add(time.Duration(1+g.r.IntN(6)) * 24 * time.Hour)
			ts[n-1] = fix.Add(time.Duration(1+g.r.IntN(25))*24*time.Hour + time.Duration(g.r.IntN(36000))*time.Second)
			ts = clampYear(g.r, ts)
			sortTimes(ts)
		}
		if p.place.at != atNone && !g.free(p, sp, ts) {
			continue
		}
		g.add(is, ts, again)
		g.lastSize = n
		return true
	}
	return false
}

func (g *gen) famKey(p *problem, sp spot) string { return p.family + "|" + sp.key() }

// free reports whether no episode of p's family at sp overlaps ts (gaps included).
func (g *gen) free(p *problem, sp spot, ts []time.Time) bool {
	lo, hi := ts[0], ts[len(ts)-1].Add(time.Duration(p.gap*24)*time.Hour)
	lo = lo.Add(-time.Duration(p.gap*24) * time.Hour)
	for _, iv := range g.busy[g.famKey(p, sp)] {
		if lo.Before(iv[1]) && iv[0].Before(hi) {
			return false
		}
	}
	return true
}

func (g *gen) add(is *issue, ts []time.Time, again int) {
	p := is.p
	if p.place.at != atNone {
		k := g.famKey(p, is.sp)
		g.busy[k] = append(g.busy[k], [2]time.Time{ts[0], ts[len(ts)-1]})
		g.byKey[is.sp.key()] = append(g.byKey[is.sp.key()], is)
	}
	for i, t := range ts {
		pl := &plan{is: is, t: t, caller: is.sp, again: i >= len(ts)-again}
		if p.place.at == atArea {
			pl.caller = g.callerSpot(is.sp.h)
		}
		is.reqs = append(is.reqs, pl)
	}
	g.all = append(g.all, is)
}

func (g *gen) drawSize(d sizeDist) int {
	u := g.r.Float64()
	switch d {
	case sizeOne:
		return 1
	case sizeSingle:
		switch {
		case u < 0.9:
			return 1
		case u < 0.98:
			return 2
		}
		return 3
	case sizeArea:
		if u < 0.2 {
			return 1
		}
		n := 2 + int(g.r.ExpFloat64()*5)
		if n > 30 {
			n = 30
		}
		return n
	case sizeAsphalt:
		switch {
		case u < 0.45:
			return 1
		case u < 0.65:
			return 2
		case u < 0.75:
			return 3
		case u < 0.87:
			return 4 + g.r.IntN(3)
		case u < 0.96:
			return 7 + g.r.IntN(8)
		}
		return 15 + g.r.IntN(21)
	}
	switch {
	case u < 0.58:
		return 1
	case u < 0.78:
		return 2
	case u < 0.86:
		return 3
	case u < 0.94:
		return 4 + g.r.IntN(3)
	case u < 0.985:
		return 7 + g.r.IntN(8)
	}
	return 15 + g.r.IntN(16)
}

func sortTimes(ts []time.Time) {
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
}

// schedule decides, for every request, its channel, pin, how much place it gives, whether it
// is a resubmission, and sorts the year by time.
func (g *gen) schedule() []*plan {
	var out []*plan
	for _, is := range g.all {
		for i, pl := range is.reqs {
			g.channel(pl)
			if i > 0 && pl.channel == "app" && !pl.again && is.reqs[i-1].channel == "app" && is.reqs[i-1].repeatOf == nil &&
				!is.reqs[i-1].again && is.reqs[i-1].t.Before(yearEnd.Add(-time.Hour)) && g.r.Float64() < 0.03 {
				prev := is.reqs[i-1]
				pl.repeatOf = prev
				pl.t = prev.t.Add(time.Duration(60+g.r.IntN(900)) * time.Second)
				pl.pinned, pl.level, pl.caller = prev.pinned, prev.level, prev.caller
				continue
			}
			pl.level = g.level(is.p)
			if pl.level == lvNone && !pl.pinned && is.p.place.at != atNone && g.r.Float64() < 0.35 {
				pl.alone = true
			}
		}
		out = append(out, is.reqs...)
	}
	for i, pl := range out {
		pl.order = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].t.Equal(out[j].t) {
			return out[i].t.Before(out[j].t)
		}
		return out[i].order < out[j].order
	})
	return out
}

// channel: phone, app, web or in person, by the hour; the pin comes with the channel.
func (g *gen) channel(pl *plan) {
	t := pl.t.In(tehran)
	// the office is open Saturday to Wednesday 8–14 and Thursday 8–12; at other hours those
	// who would have come in person phone or use the app
	ch := []string{"phone", "app", "web", "in_person"}[pick(g.r, []float64{0.36, 0.36, 0.08, 0.20})]
	if ch == "in_person" {
		wd, h := t.Weekday(), t.Hour()
		if wd == time.Friday || h < 8 || h >= 14 || (wd == time.Thursday && h >= 12) {
			ch = []string{"phone", "app", "web"}[pick(g.r, []float64{0.5, 0.4, 0.1})]
		}
	}
	pl.channel = ch
	pin := map[string]float64{"phone": 0.06, "app": 0.75, "web": 0.25, "in_person": 0.10}[ch]
	if pl.is.p.place.at == atNone {
		pin /= 3
	}
	pl.pinned = g.r.Float64() < pin
}

// level is how much of the place a request gives.
type level int

const (
	lvFull level = iota
	lvAlleyOnly
	lvLandmark
	lvStreet
	lvHood
	lvNone
)

func (g *gen) level(p *problem) level {
	switch p.place.at {
	case atNone:
		return lvNone
	case atPark, atJunction, atInst:
		return []level{lvFull, lvStreet, lvHood, lvNone}[pick(g.r, []float64{0.8, 0.08, 0.04, 0.08})]
	case atArea:
		return []level{lvFull, lvStreet, lvHood, lvNone}[pick(g.r, []float64{0.7, 0.12, 0.1, 0.08})]
	}
	return level(pick(g.r, []float64{0.62, 0.08, 0.08, 0.10, 0.05, 0.07}))
}
