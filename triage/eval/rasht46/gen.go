package rasht46

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options say which year to write: Seed picks it, N is how many requests (6,000 when 0),
// District is written on every request ("4" when empty).
type Options struct {
	Seed     int64
	N        int
	District string
}

func (o Options) norm() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "4"
	}
	return o
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

// The year 1404: 1 Farvardin 1404 is 21 March 2025, 1 Farvardin 1405 is 21 March 2026.
var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	yearEnd   = time.Date(2026, 3, 21, 0, 0, 0, 0, tehran)
)

// monthDays are the lengths of the months of 1404, Farvardin first.
var monthDays = [12]int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

// Generate writes the year: N requests sorted by creation time, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.norm()
	if opt.N < 0 {
		return nil, errors.New("rasht46: negative N")
	}
	g := newGen(opt)
	g.plan()
	g.schedule()
	return g.render(), nil
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

type issue struct {
	k        *kind
	agency   string
	digger   int // index into diggers for an excavation, else -1
	alley    int // the alley, or -1
	street   int // the alley's street, or the street of a stretch or a park
	pos      int // position along the street of a stretch, -1 otherwise
	park     int // landmark index of a park, -1 otherwise
	nb       int
	subj     string
	anchor   point
	t0, t1   time.Time
	size     int
	plate    int
	headline bool
	reqs     []*req
	group    string
	facets   uint64 // which phrasings fit this issue
}

type req struct {
	is      *issue
	seq     int
	at      time.Time
	channel string
	follow  bool
	id      string
}

type gen struct {
	opt     Options
	r       *rand.Rand
	w       *world
	issues  []*issue
	busy    map[string][][2]time.Time // place key -> episodes already planned
	reqs    []*req
	byAlley map[int][]*issue
}

func newGen(opt Options) *gen {
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874343646))
	return &gen{opt: opt, r: r, w: buildWorld(r), busy: map[string][][2]time.Time{}}
}

func day(d float64) time.Time {
	return yearStart.Add(time.Duration(d * 24 * float64(time.Hour)))
}

// scaled is a headline issue's size for a year of N requests, at least 2.
func (g *gen) scaled(share float64) int {
	n := int(math.Round(share * float64(g.opt.N)))
	if n < 2 {
		n = 2
	}
	return n
}

// plan draws the issues of the year and their sizes until they hold N requests.
func (g *gen) plan() {
	w := g.w
	total := 0
	add := func(is *issue) {
		if total+is.size > g.opt.N {
			is.size = g.opt.N - total
		}
		if is.size <= 0 {
			return
		}
		total += is.size
		g.issues = append(g.issues, is)
		key := g.placeKey(is)
		g.busy[key] = append(g.busy[key], [2]time.Time{is.t0, is.t1})
	}
	alleyIssue := func(k string, st, num int, name string, d0, d1 float64, share float64) *issue {
		a := w.alleyBy(st, num, name)
		is := g.newIssue(kindBy(k))
		g.atAlley(is, a)
		is.t0, is.t1, is.size, is.headline = day(d0), day(d1), g.scaled(share), true
		return is
	}
	if g.opt.N >= 300 {
		// The alley whose asphalt everyone calls about, paved in Azar, sinking again in Bahman.
		add(alleyIssue("asphalt", stEftekhari, 12, "", 40.4, 256, 0.0175))
		add(alleyIssue("asphalt", stEftekhari, 12, "", 322.6, 364, 0.0007))
		// The same number on another street, at the same time.
		add(alleyIssue("asphalt", stIran, 12, "", 150.3, 215, 0.001))
		// The dark dead end of the autumn.
		shahed := g.newIssue(kindBy("streetlight"))
		g.atAlley(shahed, w.deadBy("شاهد"))
		shahed.t0, shahed.t1, shahed.size, shahed.headline = day(200.7), day(292), g.scaled(0.009), true
		add(shahed)
		// A summer water cut in معلولین.
		cut := g.newIssue(kindBy("watercut"))
		g.atArea(cut, nbMaloolin)
		cut.t0, cut.t1, cut.size, cut.headline = day(131.3), day(135.1), g.scaled(0.0068), true
		add(cut)
		// The blocked channel of خیابان ایران in the autumn rains.
		ch := g.newIssue(kindBy("channel"))
		g.atStretch(ch, stIran, 16)
		ch.t0, ch.t1, ch.size, ch.headline = day(214.4), day(262), g.scaled(0.0063), true
		add(ch)
		// کوچه کاج: the sewage and the surface channel at the same time.
		add(alleyIssue("sewage", stRoudbari, 0, "کاج", 225.5, 246, 0.005))
		add(alleyIssue("channel", stRoudbari, 0, "کاج", 227.8, 251, 0.0015))
		// Stray dogs in پارک میخک.
		dogs := g.newIssue(kindBy("dogs"))
		g.atPark(dogs, w.landmarkBy("پارک میخک"))
		dogs.t0, dogs.t1, dogs.size, dogs.headline = day(60.2), day(150), g.scaled(0.0042), true
		add(dogs)
		// The gas company's trench on بلوار رازی.
		ex := g.newIssue(kindBy("excavation"))
		g.atStretch(ex, stRazi, 7)
		ex.digger, ex.agency = 1, gas
		ex.t0, ex.t1, ex.size, ex.headline = day(95.6), day(181), g.scaled(0.0037), true
		add(ex)
		// A burnt transformer in گلباغ نماز.
		tr := g.newIssue(kindBy("outage"))
		g.atArea(tr, nbGolbagh)
		tr.t0, tr.t1, tr.size, tr.headline = day(121.55), day(124.1), g.scaled(0.005), true
		add(tr)
		// One alley's waste, three times in the year: three issues.
		for _, ep := range [][3]float64{{100.3, 104, 0.0008}, {160.4, 163, 0.0007}, {290.2, 293, 0.0005}} {
			add(alleyIssue("waste", stAjbishe, 6, "", ep[0], ep[1], ep[2]))
		}
	}
	var weights []float64
	for _, k := range kinds {
		weights = append(weights, k.weight)
	}
	for total < g.opt.N {
		k := kinds[pick(g.r, weights)]
		is := g.newIssue(k)
		g.place(is)
		g.when(is)
		is.size = g.size(k)
		add(is)
	}
}

func (g *gen) newIssue(k *kind) *issue {
	is := &issue{k: k, agency: k.agency, digger: -1, alley: -1, pos: -1, park: -1, plate: 1 + g.r.IntN(60), facets: g.r.Uint64()}
	if k.key == "excavation" {
		var ws []float64
		for _, d := range diggers {
			ws = append(ws, d.weight)
		}
		is.digger = pick(g.r, ws)
		is.agency = diggers[is.digger].agency
	}
	return is
}

func (g *gen) atAlley(is *issue, a int) {
	al := g.w.alleys[a]
	is.alley, is.street, is.nb, is.anchor = a, al.street, g.w.streets[al.street].nb, al.at
}

func (g *gen) atStretch(is *issue, st, pos int) {
	is.street, is.pos, is.nb = st, pos, g.w.streets[st].nb
	is.alley = g.w.streets[st].alleys[pos]
	is.anchor = g.w.streetPoint(st, pos)
}

func (g *gen) atPark(is *issue, lm int) {
	l := g.w.landmarks[lm]
	is.park, is.street, is.pos, is.nb, is.anchor = lm, l.street, l.pos, g.w.streets[l.street].nb, l.at
}

func (g *gen) atArea(is *issue, nb int) {
	is.nb = nb
	als := g.w.alleysOf(nb)
	var x, y float64
	for _, a := range als {
		x += g.w.alleys[a].at.x
		y += g.w.alleys[a].at.y
	}
	is.anchor = point{x / float64(len(als)), y / float64(len(als))}
}

// place puts a regular issue somewhere its kind happens.
func (g *gen) place(is *issue) {
	w := g.w
	switch is.k.scope {
	case scopeAlley:
		if g.r.Float64() < is.k.streetShare {
			st := g.r.IntN(len(w.streets))
			g.atStretch(is, st, g.r.IntN(len(w.streets[st].alleys)))
			return
		}
		var ws []float64
		for _, a := range w.alleys {
			ws = append(ws, a.weight)
		}
		g.atAlley(is, pick(g.r, ws))
	case scopePark:
		var parks []int
		for i, l := range w.landmarks {
			if l.kind == "park" {
				parks = append(parks, i)
			}
		}
		g.atPark(is, parks[g.r.IntN(len(parks))])
	case scopeArea:
		g.atArea(is, g.r.IntN(len(w.nbs)))
	case scopeSubject:
		switch is.k.key {
		case "bus":
			is.subj = busSubjects[g.r.IntN(len(busSubjects))]
		case "school":
			is.subj = schoolSubjects[g.r.IntN(len(schoolSubjects))]
		default:
			is.subj = adminSubjects[g.r.IntN(len(adminSubjects))]
		}
		a := g.r.IntN(len(w.alleys))
		is.nb, is.anchor, is.street = w.streets[w.alleys[a].street].nb, w.alleys[a].at, w.alleys[a].street
	}
}

func (g *gen) placeKey(is *issue) string {
	switch {
	case is.subj != "":
		return is.k.key + "|s|" + is.subj
	case is.park >= 0:
		return fmt.Sprintf("%s|p|%d", is.k.key, is.park)
	case is.pos >= 0:
		return fmt.Sprintf("%s|st|%d|%d", is.k.key, is.street, is.pos)
	case is.alley >= 0:
		return fmt.Sprintf("%s|a|%d", is.k.key, is.alley)
	default:
		return fmt.Sprintf("%s|nb|%d", is.k.key, is.nb)
	}
}

// when picks the episode: a start by season, weekday and Nowruz, and a length; a new
// episode of a problem at a place starts only after the earlier one was fixed.
func (g *gen) when(is *issue) {
	busy := g.busy[g.placeKey(is)]
	for try := 0; ; try++ {
		d0 := g.startDay(is.k.season)
		length := math.Exp(math.Log(is.k.durMin) + g.r.Float64()*(math.Log(is.k.durMax)-math.Log(is.k.durMin)))
		is.t0 = g.clock(day(math.Floor(d0)))
		is.t1 = is.t0.Add(time.Duration(length * 24 * float64(time.Hour)))
		if is.t1.After(yearEnd) {
			is.t1 = yearEnd.Add(-time.Minute)
		}
		free := true
		for _, ep := range busy {
			// a week's gap at least between two episodes at one place
			if is.t0.Before(ep[1].Add(7*24*time.Hour)) && is.t1.Add(7*24*time.Hour).After(ep[0]) {
				free = false
				break
			}
		}
		if free || try == 20 {
			if !free {
				// the place is taken all year: move it to another place of its kind
				g.place(is)
			}
			return
		}
	}
}

// startDay draws a day of the year by the kind's season, fewer on Fridays and at Nowruz.
func (g *gen) startDay(season *[12]float64) float64 {
	var ws []float64
	for m := 0; m < 12; m++ {
		ws = append(ws, season[m]*float64(monthDays[m]))
	}
	for {
		m := pick(g.r, ws)
		d := 0
		for i := 0; i < m; i++ {
			d += monthDays[i]
		}
		d += g.r.IntN(monthDays[m])
		t := day(float64(d))
		accept := 1.0
		if t.Weekday() == time.Friday {
			accept = 0.55
		}
		if d < 13 {
			accept *= 0.45
		}
		if g.r.Float64() < accept {
			return float64(d)
		}
	}
}

var hourWeights = []float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 2.8, 3, 2.8, 2.5, 2.2, 2, 2.2, 2.4, 2.5, 2.6, 2.8, 3, 2.6, 1.8, 0.9}

// clock sets a time of day on midnight d.
func (g *gen) clock(d time.Time) time.Time {
	h := pick(g.r, hourWeights)
	return d.Add(time.Duration(h)*time.Hour + time.Duration(g.r.IntN(3600))*time.Second)
}

func (g *gen) size(k *kind) int {
	if g.r.Float64() < k.single {
		return 1
	}
	s := 1 + int(math.Exp(k.mu+k.sigma*g.r.NormFloat64()))
	if s < 2 {
		s = 2
	}
	if s > k.maxSize {
		s = k.maxSize
	}
	return s
}

var channelWeights = []float64{0.50, 0.32, 0.10, 0.08}
var channels = []string{"phone", "app", "web", "in_person"}

// schedule gives every issue its requests: times within the episode (most early), channel
// and follow-ups; then sorts the year and numbers the requests and the issues.
func (g *gen) schedule() {
	for _, is := range g.issues {
		span := is.t1.Sub(is.t0)
		for s := 0; s < is.size; s++ {
			q := &req{is: is, seq: s}
			if s == 0 {
				q.at = is.t0
			} else {
				u := math.Pow(g.r.Float64(), 1.7)
				t := is.t0.Add(time.Duration(u * float64(span)))
				if span >= 36*time.Hour {
					// a day of the episode, at a time of day people call
					t = g.clock(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran))
					if !t.After(is.t0) {
						t = is.t0.Add(time.Duration(1+g.r.IntN(180)) * time.Minute)
					}
				}
				if !t.After(is.t0) {
					t = is.t0.Add(time.Duration(1+g.r.IntN(40)) * time.Minute)
				}
				q.at = t
				later := float64(t.Sub(is.t0)) / float64(span+time.Hour)
				q.follow = g.r.Float64() < 0.10+0.16*later
			}
			if !q.at.Before(yearEnd) {
				q.at = yearEnd.Add(-time.Duration(1+g.r.IntN(3600)) * time.Second)
			}
			ws := channelWeights
			if is.k.key == "outage" || is.k.key == "gasleak" || is.k.key == "watercut" {
				ws = []float64{0.7, 0.2, 0.05, 0.05}
			}
			q.channel = channels[pick(g.r, ws)]
			is.reqs = append(is.reqs, q)
			g.reqs = append(g.reqs, q)
		}
	}
	sort.SliceStable(g.reqs, func(i, j int) bool { return g.reqs[i].at.Before(g.reqs[j].at) })
	n := 0
	for i, q := range g.reqs {
		q.id = fmt.Sprintf("14044%06d", i+1)
		if q.is.group == "" {
			n++
			q.is.group = fmt.Sprintf("r46-%04d-%s", n, q.is.k.key)
		}
	}
	for _, is := range g.issues {
		sort.SliceStable(is.reqs, func(i, j int) bool { return is.reqs[i].at.Before(is.reqs[j].at) })
		for s, q := range is.reqs {
			q.seq = s
			if s == 0 {
				q.follow = false
			}
		}
	}
}

// pick draws an index with the given weights.
func pick(r *rand.Rand, ws []float64) int {
	sum := 0.0
	for _, w := range ws {
		sum += w
	}
	x := r.Float64() * sum
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}
