package rasht44

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose the year: the seed, how many requests and the district code written.
type Options struct {
	Seed     int64
	N        int    // requests; 0 means 6,000
	District string // district code; "" means "3"
}

func (o Options) norm() Options {
	if o.N <= 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	return o
}

// yearDays is the length of 1404; day 0 is 1 Farvardin 1404 = 21 March 2025.
const yearDays = 365

var tehran = time.FixedZone("+0330", 3*3600+1800)

var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

// at is the instant of a fractional day of the year, to the second.
func at(day float64) time.Time {
	return yearStart.Add(time.Duration(math.Round(day*86400)) * time.Second)
}

// monthStart[m] is the first day of Jalali month m (0 = Farvardin).
var monthStart = [13]int{0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336, 365}

// jalali is the month (1..12) and day (1..31) of a day of 1404.
func jalali(day int) (int, int) {
	for m := 11; m >= 0; m-- {
		if day >= monthStart[m] {
			return m + 1, day - monthStart[m] + 1
		}
	}
	return 1, 1
}

// place levels
const (
	lvAlley = iota
	lvBlock
	lvArea
	lvHouse
	lvMark
	lvNone
)

// place is where a problem is, at the level the labelling rule counts.
type place struct {
	level   int
	nb      *nbhd
	st      *street
	al      *alley
	block   int // first block (lvBlock)
	blockHi int // last block of a stretch; == block otherwise
	plate   int // lvHouse
	mark    *landmark
}

// keys are the place keys an issue occupies for the uniqueness of problem+place+episode.
func (p place) keys() []string {
	switch p.level {
	case lvAlley:
		return []string{fmt.Sprintf("a%d", p.al.id)}
	case lvBlock:
		var ks []string
		for b := p.block; b <= p.blockHi; b++ {
			ks = append(ks, fmt.Sprintf("s%d/%d", p.st.id, b))
		}
		return ks
	case lvArea:
		return []string{fmt.Sprintf("n%d", p.nb.id)}
	case lvHouse:
		return []string{fmt.Sprintf("a%d/%d", p.al.id, p.plate)}
	case lvMark:
		return []string{fmt.Sprintf("m%d", p.mark.id)}
	}
	return nil // a general complaint occupies no place
}

// issue is one problem at one place in one episode: one group of the truth.
type issue struct {
	n          int
	k          *kind
	pl         place
	start, end float64 // days; end is when it is really fixed, maybe after the year
	size       int
	spotLat    float64
	spotLon    float64
	planted    string // the name of a planted issue, "" for the rest
	reqs       []*req
	group      string
}

// req is one request before it is written.
type req struct {
	is      *issue
	i       int // order in its issue
	t       float64
	rep     *reporter
	nth     int  // this reporter's nth request on the issue
	prev    *req // the reporter's previous request on it
	channel string
	op      *operator
	give    int  // how much of the place the request gives (giveFull ... giveNone)
	inText  bool // the place is written in the text
	inAddr  bool // the place is written in the address
	id      string
	row     labelled.Row
}

type interval struct{ lo, hi float64 }

// gen is one year being generated.
type gen struct {
	opt    Options
	r      *rand.Rand
	w      *world
	rain   [yearDays]float64 // mm-ish intensity, 0 when dry
	wet    []int             // heavy rain days
	issues []*issue
	busy   map[string][]interval // family|key → episodes
	perK   map[string]int        // requests planned per kind
	total  int
	ops    []*operator
}

// Generate plans and writes one year: the requests sorted by created_at with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.norm()
	if opt.N > 1_000_000 {
		return nil, fmt.Errorf("rasht44: n = %d is more than a district's requests", opt.N)
	}
	_, reqs := year(opt)
	rows := make([]labelled.Row, len(reqs))
	for i, q := range reqs {
		rows[i] = q.row
	}
	return rows, nil
}

// year plans, times and renders one year; the plan stays inspectable for the tests.
func year(opt Options) (*gen, []*req) {
	g := &gen{opt: opt, r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x52a5_4833_9d1e_0b44)), w: buildWorld(),
		busy: map[string][]interval{}, perK: map[string]int{}}
	g.weather()
	g.operators()
	g.plant()
	g.fill()
	reqs := g.schedule()
	g.render(reqs)
	return g, reqs
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// weather makes the year's rain: wet from Mehr to Esfand, showers in spring, dry in summer.
func (g *gen) weather() {
	chance := [12]float64{0.30, 0.22, 0.12, 0.07, 0.09, 0.22, 0.42, 0.50, 0.46, 0.42, 0.40, 0.36}
	wetYesterday := false
	for d := 0; d < yearDays; d++ {
		m, _ := jalali(d)
		p := chance[m-1]
		if wetYesterday {
			p = math.Min(0.85, p*1.8)
		}
		if g.r.Float64() < p {
			g.rain[d] = 2 + g.r.ExpFloat64()*12
			wetYesterday = true
			if g.rain[d] > 14 {
				g.wet = append(g.wet, d)
			}
		} else {
			wetYesterday = false
		}
	}
}

// volume is how busy the line is on a day: Nowruz is quiet, Fridays a little quieter.
func volume(d int) float64 {
	v := 1.0
	if d < 13 {
		v = 0.45
	}
	if (d+1)%7 == 6 { // 21 March 2025 was a Friday
		v *= 0.8
	}
	return v
}

// startDay draws the first day of an episode of k.
func (g *gen) startDay(k *kind, lo, hi float64) float64 {
	if k.rain && len(g.wet) > 0 && g.r.Float64() < 0.8 {
		var cand []int
		for _, d := range g.wet {
			if float64(d) >= lo && float64(d) < hi {
				cand = append(cand, d)
			}
		}
		if len(cand) > 0 {
			return float64(cand[g.r.IntN(len(cand))]) + g.hour(k)/24
		}
	}
	var tot float64
	w := make([]float64, yearDays)
	for d := 0; d < yearDays; d++ {
		if float64(d) < math.Floor(lo) || float64(d) >= hi {
			continue
		}
		m, _ := jalali(d)
		w[d] = k.season[m-1] * volume(d)
		tot += w[d]
	}
	if tot == 0 {
		return math.Min(lo, yearDays-1) + g.hour(k)/24
	}
	x := g.r.Float64() * tot
	for d := 0; d < yearDays; d++ {
		x -= w[d]
		if x < 0 && w[d] > 0 {
			return math.Max(lo, float64(d)+g.hour(k)/24)
		}
	}
	return math.Min(lo, yearDays-1) + 0.5
}

// hour is when in the day a problem starts or is noticed.
func (g *gen) hour(k *kind) float64 {
	switch {
	case k.night:
		return math.Mod(21+g.r.Float64()*5, 24)
	case k.code == "powercut":
		return float64(8 + 2*g.r.IntN(7)) // the blackout table's two-hour slots
	default:
		return 6 + g.r.Float64()*16
	}
}

func (g *gen) episodeEnd(k *kind, start float64) float64 {
	if k.hours > 0 {
		return start + k.hours/24*(0.4+0.6*g.r.Float64())
	}
	// log-uniform: most fixes are quick, some drag on
	lo, hi := math.Log(k.minDays), math.Log(k.maxDays)
	return start + math.Exp(lo+(hi-lo)*g.r.Float64())
}

func (g *gen) drawSize(k *kind) int {
	u := g.r.Float64()
	between := func(a, b int) int { return a + g.r.IntN(b-a+1) }
	switch k.size {
	case sizeOne:
		return 1
	case sizePrivate:
		switch {
		case u < 0.66:
			return 1
		case u < 0.86:
			return 2
		case u < 0.93:
			return 3
		}
		return between(4, 8)
	case sizeArea:
		switch {
		case u < 0.22:
			return 1
		case u < 0.40:
			return 2
		case u < 0.55:
			return 3
		case u < 0.68:
			return between(4, 5)
		case u < 0.86:
			return between(6, 12)
		}
		return between(13, 30)
	}
	switch {
	case u < 0.50:
		return 1
	case u < 0.72:
		return 2
	case u < 0.82:
		return 3
	case u < 0.88:
		return 4
	case u < 0.94:
		return between(5, 8)
	case u < 0.985:
		return between(9, 16)
	}
	return between(17, 36)
}

// free reports whether family+place is free of another episode over [lo, hi] (with a
// week's margin after a fix, so a new episode is clearly new).
func (g *gen) free(k *kind, pl place, lo, hi float64) bool {
	for _, key := range pl.keys() {
		for _, iv := range g.busy[k.family+"|"+key] {
			if lo < iv.hi+7 && iv.lo < hi+7 {
				return false
			}
		}
	}
	return true
}

func (g *gen) occupy(is *issue) {
	for _, key := range is.pl.keys() {
		fk := is.k.family + "|" + key
		g.busy[fk] = append(g.busy[fk], interval{is.start, is.end})
	}
}

// add records a planned issue.
func (g *gen) add(is *issue) {
	is.n = len(g.issues)
	g.spot(is)
	g.issues = append(g.issues, is)
	g.occupy(is)
	g.perK[is.k.code] += is.size
	g.total += is.size
}

// spot is the real position of the problem (the pothole, the lamp, the bin).
func (g *gen) spot(is *issue) {
	pl := is.pl
	switch pl.level {
	case lvAlley:
		is.spotLat, is.spotLon = pl.al.inside(g.r.Float64() * pl.al.length)
	case lvHouse:
		is.spotLat, is.spotLon = pl.al.inside(float64(pl.plate%40) / 40 * pl.al.length)
	case lvBlock:
		b := pl.block + g.r.IntN(pl.blockHi-pl.block+1)
		is.spotLat, is.spotLon = pl.st.blockPoint(b)
	case lvMark:
		is.spotLat, is.spotLon = pl.mark.lat, pl.mark.lon
	default:
		is.spotLat, is.spotLon = pl.nb.lat, pl.nb.lon
	}
}

func (g *gen) scaled(n int) int {
	s := int(math.Round(float64(n) * float64(g.opt.N) / 6000))
	return max(1, s)
}

// plant places the issues a district remembers: the alley with a hundred calls, the dark
// boulevard, the channel that floods with every rain, and their neighbours and returns.
func (g *gen) plant() {
	w := g.w
	stShalkoo := w.nbs[0].streets[0]
	stAmin := w.nbs[1].streets[0]
	stSar := w.nbs[2].streets[0]
	stAhmad := w.nbs[3].streets[0]
	stEsteghlal := w.nbs[5].streets[0]
	stDiyanati := w.nbs[6].streets[0]
	alley := func(st *street, num int) *alley {
		for _, a := range st.alleys {
			if a.num == num {
				return a
			}
		}
		panic("rasht44: no alley")
	}
	blockOf := func(m *landmark) int {
		best, bd := 0, 2.0
		for b := 0; b < m.st.blocks(); b++ {
			as := m.st.blockAlleys(b)
			c := (as[0].pos + as[len(as)-1].pos) / 2
			if d := math.Abs(c - m.pos); d < bd {
				best, bd = b, d
			}
		}
		return best
	}
	mark := func(name string) *landmark {
		for _, m := range w.marks {
			if m.name == name {
				return m
			}
		}
		panic("rasht44: no landmark " + name)
	}
	mellat := blockOf(mark("بوستان ملت"))
	plan := []struct {
		name       string
		k          string
		pl         place
		start, end float64
		size       int
	}{
		{"the asphalt of Shahid Rajabi alley", "asphalt", place{level: lvAlley, al: alley(stShalkoo, 14)}, 24.4, 171.6, 104},
		{"its neighbour alley 12", "asphalt", place{level: lvAlley, al: alley(stShalkoo, 12)}, 40.2, 150.3, 6},
		{"its neighbour alley 16", "asphalt", place{level: lvAlley, al: alley(stShalkoo, 16)}, 88.7, 190.5, 3},
		{"the gas company digs the renewed alley", "trenchgas", place{level: lvAlley, al: alley(stShalkoo, 14)}, 231.3, 252.8, 7},
		{"and leaves it unpaved", "trenchpave", place{level: lvAlley, al: alley(stShalkoo, 14)}, 262.5, 400, 9},
		{"the dark stretch of Ahmadzadeh", "streetlight", place{level: lvBlock, st: stAhmad, block: mellat - 1, blockHi: mellat + 1}, 227.8, 289.4, 58},
		{"the channel at Sarcheshmeh crossroads", "channel", place{level: lvBlock, st: stSar, block: blockOf(mark("چهارراه سرچشمه")), blockHi: blockOf(mark("چهارراه سرچشمه"))}, 0, 262.2, 62},
		{"sewage in Yas alley", "sewer", place{level: lvAlley, al: alley(stAmin, 12)}, 100.4, 131.2, 41},
		{"the bins of the bazaarche", "waste", place{level: lvBlock, st: stSar, block: blockOf(mark("بازارچه سرچشمه")), blockHi: blockOf(mark("بازارچه سرچشمه"))}, 140.3, 161.0, 33},
		{"the dogs of Mellat park", "dogs", place{level: lvArea, nb: w.nbs[3]}, 250.6, 301.2, 27},
		{"wedding guests at the hall", "parking", place{level: lvBlock, st: stEsteghlal, block: blockOf(mark("تالار پذیرایی ستاره")), blockHi: blockOf(mark("تالار پذیرایی ستاره"))}, 60.8, 200.1, 19},
		{"Sarv alley dark in spring", "streetlight", place{level: lvAlley, al: stDiyanati.alleys[6]}, 95.3, 111.0, 4},
		{"Sarv alley dark again in autumn", "streetlight", place{level: lvAlley, al: stDiyanati.alleys[6]}, 249.9, 262.4, 5},
	}
	for _, p := range plan {
		k := kindByCode(p.k)
		start := p.start
		if k.rain && start == 0 { // the first heavy rain of Mehr
			start = 190
			for _, d := range g.wet {
				if d >= 186 {
					start = float64(d) + 0.35
					break
				}
			}
		}
		if p.pl.level == lvAlley || p.pl.level == lvHouse {
			p.pl.st, p.pl.nb = p.pl.al.st, p.pl.al.st.nb
		} else if p.pl.level == lvBlock {
			p.pl.nb = p.pl.st.nb
		}
		size := min(g.scaled(int(math.Round(float64(p.size)*(0.88+0.24*g.r.Float64())))), g.opt.N-g.total)
		if size <= 0 {
			continue
		}
		g.add(&issue{k: k, pl: p.pl, start: start, end: math.Max(p.end, start+1), size: size, planted: p.name})
	}
}

// pickKind draws the kind furthest below its share of the requests planned so far.
func (g *gen) pickKind() *kind {
	var tot float64
	w := make([]float64, len(kinds))
	for i, k := range kinds {
		want := k.share / 100 * float64(g.opt.N)
		w[i] = math.Max(0.02*k.share, want-float64(g.perK[k.code]))
		tot += w[i]
	}
	x := g.r.Float64() * tot
	for i := range kinds {
		x -= w[i]
		if x < 0 {
			return kinds[i]
		}
	}
	return kinds[len(kinds)-1]
}

// pickPlace draws where a new issue of k is.
func (g *gen) pickPlace(k *kind) place {
	w := g.w
	rule := k.where
	u := g.r.Float64()
	switch {
	case rule == onAlleyOrBlock && u < 0.25, rule == onBlock && u < 0.85:
		st := w.sts[g.r.IntN(len(w.sts))]
		b := g.r.IntN(st.blocks())
		return place{level: lvBlock, nb: st.nb, st: st, block: b, blockHi: b}
	case rule == onAlleyOrBlock, rule == onBlock:
		a := w.alleys[g.r.IntN(len(w.alleys))]
		return place{level: lvAlley, nb: a.st.nb, st: a.st, al: a}
	case rule == onArea:
		a := w.alleys[g.r.IntN(len(w.alleys))] // a neighbourhood, by how many live there
		return place{level: lvArea, nb: a.st.nb}
	case rule == onHouse:
		a := w.alleys[g.r.IntN(len(w.alleys))]
		return place{level: lvHouse, nb: a.st.nb, st: a.st, al: a, plate: 1 + g.r.IntN(90)}
	case rule == onMark:
		ms := w.marksOfKind(k.marks...)
		m := ms[g.r.IntN(len(ms))]
		return place{level: lvMark, nb: m.st.nb, st: m.st, mark: m}
	}
	a := w.alleys[g.r.IntN(len(w.alleys))]
	return place{level: lvNone, nb: a.st.nb, st: a.st, al: a}
}

// sibling is the place next door to pl: the neighbouring alley or block of the same street.
func (g *gen) sibling(pl place) (place, bool) {
	switch pl.level {
	case lvAlley:
		as := pl.st.alleys
		j := pl.al.idx + []int{-2, -1, 1, 2}[g.r.IntN(4)]
		if j < 0 || j >= len(as) {
			return pl, false
		}
		pl.al = as[j]
		return pl, true
	case lvBlock:
		j := pl.block + []int{-1, 1}[g.r.IntN(2)]
		if j < 0 || j >= pl.st.blocks() || pl.blockHi != pl.block {
			return pl, false
		}
		pl.block, pl.blockHi = j, j
		return pl, true
	}
	return pl, false
}

// fill plans ordinary issues until the year holds N requests: fresh ones, the same problem
// back at the same place after its fix, and the same problem next door at the same time.
func (g *gen) fill() {
	for tries := 0; g.total < g.opt.N && tries < 50*g.opt.N; tries++ {
		k := g.pickKind()
		size := g.drawSize(k)
		var pl place
		var start float64
		var end float64
		mode := g.r.Float64()
		prev := g.sameKind(k)
		switch {
		case mode < 0.07 && prev != nil && prev.end < yearDays-20 && prev.pl.level != lvNone: // back again
			pl = prev.pl
			start = g.startDay(k, prev.end+8+g.r.Float64()*60, yearDays)
		case mode < 0.16 && prev != nil: // next door, same time
			sp, ok := g.sibling(prev.pl)
			if !ok {
				continue
			}
			pl = sp
			start = prev.start + (g.r.Float64()-0.5)*20
			if start < 0.3 {
				start = 0.3 + g.r.Float64()/2
			}
		default:
			pl = g.pickPlace(k)
			start = g.startDay(k, 0, yearDays)
		}
		if start >= yearDays-0.01 {
			continue
		}
		end = g.episodeEnd(k, start)
		if k.size != sizeArea {
			// a large crowd needs a long enough episode to call in
			dur := end - start
			if k.hours > 0 {
				size = min(size, 6)
			} else if lim := 4 + int(3*dur); size > lim {
				size = lim
			}
		}
		if k.most > 0 {
			size = min(size, k.most)
		}
		if !g.free(k, pl, start, end) {
			continue
		}
		if g.total+size > g.opt.N {
			size = g.opt.N - g.total
		}
		g.add(&issue{k: k, pl: pl, start: start, end: end, size: size})
	}
}

// sameKind is a random earlier issue of kind k, or nil.
func (g *gen) sameKind(k *kind) *issue {
	var c []*issue
	for _, is := range g.issues {
		if is.k == k && is.planted == "" {
			c = append(c, is)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[g.r.IntN(len(c))]
}

// schedule times every request of every issue and returns them sorted by time.
func (g *gen) schedule() []*req {
	var all []*req
	for _, is := range g.issues {
		end := math.Min(is.end, yearDays-0.001)
		ts := make([]float64, is.size)
		ts[0] = is.start
		for i := 1; i < is.size; i++ {
			ts[i] = g.later(is, end)
		}
		slices.Sort(ts)
		for i, t := range ts {
			q := &req{is: is, i: i, t: t}
			is.reqs = append(is.reqs, q)
			all = append(all, q)
		}
		g.people(is)
	}
	slices.SortStableFunc(all, func(a, b *req) int {
		switch {
		case a.t < b.t:
			return -1
		case a.t > b.t:
			return 1
		}
		return a.is.n*100000 + a.i - (b.is.n*100000 + b.i)
	})
	// tracking numbers: the Jalali date and the order of the day
	seq := map[int]int{}
	for _, q := range all {
		d := int(q.t)
		seq[d]++
		m, dd := jalali(d)
		q.id = fmt.Sprintf("1404%02d%02d%04d", m, dd, seq[d])
	}
	// the truth's group ids, in the order issues were first reported
	n := 0
	for _, q := range all {
		if q.is.group == "" {
			n++
			q.is.group = fmt.Sprintf("d3-%05d", n)
		}
	}
	return all
}

// later is when a later request of the issue comes in.
func (g *gen) later(is *issue, end float64) float64 {
	k := is.k
	dur := math.Max(end-is.start, 0)
	var t float64
	switch {
	case k.hours > 0 || dur < 1:
		t = is.start + dur*g.r.Float64()
	case k.rain && g.r.Float64() < 0.6:
		var cand []int
		for d := int(is.start) + 1; float64(d) < end; d++ {
			if g.rain[d] > 6 {
				cand = append(cand, d)
			}
		}
		if len(cand) > 0 {
			t = float64(cand[g.r.IntN(len(cand))]) + (6+g.r.Float64()*16)/24
			break
		}
		fallthrough
	default:
		t = is.start + dur*math.Pow(g.r.Float64(), 1.6)
		// a day's calls come in office and evening hours, not at the problem's minute
		if t-is.start > 1 {
			t = math.Floor(t) + callHour(g.r)/24
		}
	}
	if t > end { // the office hour fell after the fix: the call came that day before it
		t = end - g.r.Float64()*math.Min(0.5, dur)
	}
	return math.Min(math.Max(t, is.start), yearDays-0.001)
}

// callHour is an hour of day when people call or write, peaking mornings and evenings.
func callHour(r *rand.Rand) float64 {
	u := r.Float64()
	switch {
	case u < 0.45:
		return 8 + r.Float64()*5
	case u < 0.85:
		return 16 + r.Float64()*6
	case u < 0.95:
		return 13 + r.Float64()*3
	}
	return math.Mod(22+r.Float64()*9, 24)
}
