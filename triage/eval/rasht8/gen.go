package rasht8

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
	"time"
)

// Options choose a set. Zero values take the defaults: 6,000 requests in district "3" over
// the year ending 2026-11-20.
type Options struct {
	Seed     int64
	N        int
	District string
	Start    time.Time
	End      time.Time
}

// Row is one request as the central system would export it, with its truth.
type Row struct {
	ID        string
	District  string
	CreatedAt time.Time
	Category  string
	Text      string
	Address   string
	Lat, Lon  *float64
	Channel   string
	Status    string
	// GroupID names the distinct issue; Jurisdiction is the agency that must act.
	GroupID      string
	Jurisdiction string
}

// tehran is the offset the central system writes; Iran has kept +03:30 all year since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 0, 0, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	if o.N < 0 {
		return errors.New("rasht8: N must be positive")
	}
	if !o.End.After(o.Start.Add(60 * 24 * time.Hour)) {
		return errors.New("rasht8: the period must span at least 60 days")
	}
	return nil
}

type issue struct {
	p      *problem
	lvl    level
	h      *hood
	s      *street
	a      *alley
	m      *landmark
	part   string
	times  []time.Time
	moving bool // a trench dug alley by alley along its street
	// home and who are the one caller of a personal matter, who calls again from the same door
	home *alley
	who  *resident
}

type draft struct {
	iss     *issue
	at      time.Time
	channel string
	text    string
	address string
	lat     *float64
	lon     *float64
	cat     string
	app     bool
	voice   voice
	same    *draft // set on a double submission: the request it repeats
}

type gen struct {
	opt    Options
	rng    *rand.Rand
	w      *world
	left   int
	issues []*issue
	// taken holds the time spans of issues by family and place, so that two issues that
	// nobody could tell apart (same kind of trouble, same place, same weeks) are never made.
	taken map[string][][2]time.Time
}

// family groups problems a clerk would call the same trouble at one place.
var family = map[string]string{"flood": "rain", "channel": "rain", "waste": "waste", "bin": "waste",
	"waste-by-pole": "waste", "sweep": "waste", "prune": "tree", "felltree": "tree", "branchline": "tree",
	"rubble": "site", "building": "site", "watertrench": "trench", "gastrench": "trench", "cabinet": "trench"}

func famOf(p *problem) string {
	if f, ok := family[p.key]; ok {
		return f
	}
	return p.key
}

func (is *issue) placeKey() string {
	switch is.lvl {
	case atHood:
		return "h:" + is.h.name
	case atStreet:
		return fmt.Sprintf("s:%p", is.s)
	case atPark, atMark:
		return fmt.Sprintf("m:%p", is.m)
	}
	return fmt.Sprintf("a:%p", is.a)
}

func (g *gen) free(is *issue, from, to time.Time) bool {
	k := famOf(is.p) + "|" + is.placeKey()
	margin := 60 * 24 * time.Hour
	for _, iv := range g.taken[k] {
		if from.Before(iv[1].Add(margin)) && to.After(iv[0].Add(-margin)) {
			return false
		}
	}
	return true
}

func (g *gen) take(is *issue) {
	k := famOf(is.p) + "|" + is.placeKey()
	g.taken[k] = append(g.taken[k], [2]time.Time{is.times[0], is.times[len(is.times)-1]})
}

// Generate builds the set. The same Options give the same rows, byte for byte.
func Generate(opt Options) ([]Row, error) {
	g, err := build(opt)
	if err != nil {
		return nil, err
	}
	return g.rows(), nil
}

// build lays out the world and the issues; rows then writes the requests.
func build(opt Options) (*gen, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	g := &gen{opt: opt, rng: rng, w: buildWorld(rng), left: opt.N, taken: map[string][][2]time.Time{}}
	g.events()
	g.regular()
	return g, nil
}

// place picks a place of the right kind for a problem.
func (g *gen) place(p *problem, is *issue) bool {
	rng := g.rng
	is.p, is.lvl = p, p.lvl
	switch p.lvl {
	case atHood:
		is.h = g.w.hoods[rng.Intn(len(g.w.hoods))]
	case atStreet:
		is.s = g.w.strts[rng.Intn(len(g.w.strts))]
		is.h = is.s.hood
	case atPark:
		if len(g.w.parks) == 0 {
			return false
		}
		is.m = g.w.parks[rng.Intn(len(g.w.parks))]
		is.s, is.h = is.m.street, is.m.street.hood
	case atMark:
		var cands []*landmark
		for _, m := range g.w.marks {
			switch {
			case p.mark == "any" && !m.agencyWord,
				p.mark == "shop" && (m.kind == "سوپرمارکت" || m.kind == "نانوایی" || m.kind == "داروخانه"),
				p.mark == m.kind:
				cands = append(cands, m)
			}
		}
		if len(cands) == 0 {
			return false
		}
		is.m = cands[rng.Intn(len(cands))]
		is.s, is.h = is.m.street, is.m.street.hood
	default:
		is.a = g.w.alleys[rng.Intn(len(g.w.alleys))]
		is.s, is.h = is.a.street, is.a.street.hood
		if chance(rng, 0.35) {
			is.part = pick(rng, "اول", "انتهای", "ته", "وسط", "سر", "نبش")
		}
	}
	return true
}

func (g *gen) drawSize(c sizeClass) int {
	rng := g.rng
	r := rng.Float64()
	switch c {
	case chronic:
		switch {
		case r < 0.40:
			return 1
		case r < 0.60:
			return 2
		case r < 0.72:
			return 3
		case r < 0.91:
			return 4 + rng.Intn(6)
		case r < 0.985:
			return 10 + rng.Intn(21)
		}
		return 31 + rng.Intn(15)
	case burst:
		if r < 0.15 {
			return 15 + rng.Intn(21)
		}
		return 1 + rng.Intn(10)
	case personal:
		if r < 0.9 {
			return 1
		}
		return 2
	}
	switch {
	case r < 0.58:
		return 1
	case r < 0.78:
		return 2
	case r < 0.87:
		return 3
	case r < 0.98:
		return 4 + rng.Intn(6)
	}
	return 10 + rng.Intn(10)
}

// spread lays n reports out in time from start. Bursts come within hours; chronic troubles
// are reported again and again over weeks or months.
func (g *gen) spread(c sizeClass, n int, start time.Time) []time.Time {
	rng := g.rng
	ts := []time.Time{start}
	if n == 1 {
		return ts
	}
	var span time.Duration
	switch c {
	case burst:
		for i := 1; i < n; i++ {
			d := time.Duration(rng.ExpFloat64() * float64(50*time.Minute))
			if d > 10*time.Hour {
				d = 10 * time.Hour
			}
			if chance(rng, 0.08) {
				d = time.Duration(rng.Float64() * float64(48*time.Hour))
			}
			ts = append(ts, start.Add(d))
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		return ts
	case chronic:
		span = time.Duration(float64(n)*(1.5+rng.Float64()*2.5)*24) * time.Hour
		if span > 240*24*time.Hour {
			span = 240 * 24 * time.Hour
		}
	default:
		span = time.Duration(float64(n)*(0.5+rng.Float64()*3)*24) * time.Hour
		if span > 90*24*time.Hour {
			span = 90 * 24 * time.Hour
		}
	}
	for i := 1; i < n; i++ {
		// reports bunch early, when the trouble is fresh, and trickle on
		f := math.Pow(rng.Float64(), 1.4)
		ts = append(ts, start.Add(time.Duration(f*float64(span))))
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	return ts
}

// startFor picks a start so that the whole episode fits in the period.
func (g *gen) startFor(c sizeClass, n int) (time.Time, bool) {
	period := g.opt.End.Sub(g.opt.Start)
	return g.opt.Start.Add(time.Duration(g.rng.Float64() * float64(period))), true
}

// add places an issue's reports; it trims the issue to what is left of N and refuses a
// place and time that an earlier issue of the same family holds.
func (g *gen) add(is *issue, n int, start time.Time, c sizeClass) bool {
	if g.left <= 0 || n <= 0 {
		return false
	}
	if n > g.left {
		n = g.left
	}
	ts := g.spread(c, n, start)
	// an episode running past the period's end is cut at it: its later reports are not
	// exported yet; one starting before the period is moved into it
	var keep []time.Time
	for _, t := range ts {
		if t.Before(g.opt.End) && !t.Before(g.opt.Start) {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 {
		return false
	}
	is.times = keep
	if !g.free(is, keep[0], keep[len(keep)-1]) {
		return false
	}
	g.take(is)
	g.issues = append(g.issues, is)
	g.left -= len(keep)
	return true
}

// tryAdd picks a place for p until it finds one that is free.
func (g *gen) tryAdd(p *problem, n int, start time.Time, c sizeClass) *issue {
	for k := 0; k < 30; k++ {
		is := &issue{}
		if !g.place(p, is) {
			return nil
		}
		if g.add(is, n, start, c) {
			return is
		}
	}
	return nil
}

func (g *gen) randomDay(months ...time.Month) time.Time {
	for k := 0; k < 1000; k++ {
		t := g.opt.Start.Add(time.Duration(g.rng.Float64() * float64(g.opt.End.Sub(g.opt.Start))))
		for _, m := range months {
			if t.Month() == m {
				return t
			}
		}
	}
	return g.opt.Start.Add(g.opt.End.Sub(g.opt.Start) / 2)
}

// events are the days when a neighbourhood calls all at once: autumn and winter storms
// (floods, fallen trees, branches on lines, a power cut, sewers backing up), burst mains
// followed weeks later by the water company's unrepaired trench, and the one alley whose
// asphalt a hundred people report.
func (g *gen) events() {
	rng := g.rng
	scale := float64(g.opt.N) / 6000
	nStorms := int(math.Round(float64(4+rng.Intn(3)) * scale))
	for i := 0; i < nStorms; i++ {
		day := g.randomDay(time.October, time.November, time.December, time.January, time.February, time.March)
		at := func() time.Time { return day.Add(time.Duration(rng.Float64() * float64(10*time.Hour))) }
		for k := 0; k < 6+rng.Intn(9); k++ {
			g.tryAdd(problemByKey("flood"), 1+rng.Intn(8), at(), burst)
		}
		for k := 0; k < 2+rng.Intn(4); k++ {
			g.tryAdd(problemByKey("felltree"), 1+rng.Intn(4), at(), burst)
		}
		for k := 0; k < 1+rng.Intn(3); k++ {
			g.tryAdd(problemByKey("branchline"), 1+rng.Intn(3), at(), burst)
		}
		for k := 0; k < 1+rng.Intn(3); k++ {
			g.tryAdd(problemByKey("sewage"), 1+rng.Intn(5), at(), burst)
		}
		for k := 0; k < 2+rng.Intn(4); k++ {
			g.tryAdd(problemByKey("channel"), 1+rng.Intn(4), at(), burst)
		}
		if chance(rng, 0.7) {
			g.tryAdd(problemByKey("outage"), 6+rng.Intn(20), at(), burst)
		}
	}
	for i := 0; i < int(math.Round(float64(3+rng.Intn(3))*scale)); i++ {
		is := g.tryAdd(problemByKey("main"), 8+rng.Intn(23), g.randomDay(time.Month(1+rng.Intn(12))), burst)
		if is == nil {
			continue
		}
		// the repair leaves a trench; that is a new issue for the same company
		tr := &issue{p: problemByKey("watertrench"), lvl: atStreet, s: is.s, h: is.h}
		g.add(tr, 2+rng.Intn(7), is.times[0].Add(time.Duration(7+rng.Intn(14))*24*time.Hour), ordinary)
	}
	// the long reported ones
	megas := []struct {
		key string
		lo  int
		hi  int
	}{{"asphalt", 85, 115}, {"waste", 45, 75}, {"channel", 35, 55}, {"asphalt", 30, 50}}
	nm := int(math.Max(1, math.Round(float64(len(megas))*scale)))
	for i := 0; i < nm && i < len(megas); i++ {
		mg := megas[i]
		n := mg.lo + rng.Intn(mg.hi-mg.lo)
		start := g.opt.Start.Add(time.Duration(rng.Float64() * float64(g.opt.End.Sub(g.opt.Start)) / 3))
		for k := 0; k < 30; k++ {
			is := &issue{}
			g.place(problemByKey(mg.key), is)
			is.part = ""
			ts := []time.Time{start}
			span := time.Duration(150+rng.Intn(90)) * 24 * time.Hour
			for j := 1; j < n; j++ {
				ts = append(ts, start.Add(time.Duration(rng.Float64()*float64(span))))
			}
			sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
			if g.addTimes(is, ts) {
				break
			}
		}
	}
	// trenches that move along a street: one company's one job, reported alley by alley
	for i := 0; i < int(math.Max(1, math.Round(2*scale))); i++ {
		p := problemByKey(pick(rng, "gastrench", "watertrench", "cabinet"))
		for k := 0; k < 30; k++ {
			is := &issue{p: p, lvl: atStreet, moving: true}
			is.s = g.w.strts[rng.Intn(len(g.w.strts))]
			is.h = is.s.hood
			start := g.opt.Start.Add(time.Duration(rng.Float64() * float64(g.opt.End.Sub(g.opt.Start)) * 0.8))
			if g.add(is, 6+rng.Intn(10), start, ordinary) {
				break
			}
		}
	}
}

func (g *gen) addTimes(is *issue, ts []time.Time) bool {
	var keep []time.Time
	for _, t := range ts {
		if t.Before(g.opt.End) && !t.Before(g.opt.Start) && len(keep) < g.left {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 || !g.free(is, keep[0], keep[len(keep)-1]) {
		return false
	}
	is.times = keep
	g.take(is)
	g.issues = append(g.issues, is)
	g.left -= len(keep)
	return true
}

// outsideDamp scales other agencies' problems down so that they make about an eighth of
// the requests, as in a district office's year.
const outsideDamp = 0.4

func (g *gen) drawProblem() *problem {
	total := 0.0
	for _, p := range problems {
		total += g.weight(p)
	}
	r := g.rng.Float64() * total
	for _, p := range problems {
		r -= g.weight(p)
		if r < 0 {
			return p
		}
	}
	return problems[0]
}

func (g *gen) weight(p *problem) float64 {
	w := p.weight
	if p.agency != "municipality" {
		w *= outsideDamp
	}
	return w
}

// regular fills the rest, with the look-alike issues a clerk must keep apart: the same
// trouble at the same alley months later, the neighbouring alley at the same time, and
// another trouble at the same alley.
func (g *gen) regular() {
	rng := g.rng
	for tries := 0; g.left > 0 && tries < 100000; tries++ {
		p := g.drawProblem()
		n := g.drawSize(p.class)
		start, _ := g.startFor(p.class, n)
		is := g.tryAdd(p, n, start, p.class)
		if is == nil || is.lvl != atAlley {
			continue
		}
		last := is.times[len(is.times)-1]
		switch r := rng.Float64(); {
		case r < 0.06: // the same trouble again, a new episode
			again := &issue{p: p, lvl: atAlley, a: is.a, s: is.s, h: is.h, part: is.part}
			g.add(again, g.drawSize(p.class), last.Add(time.Duration(70+rng.Intn(120))*24*time.Hour), p.class)
		case r < 0.11: // next alley, same weeks
			if nb := neighbour(is.a); nb != nil {
				next := &issue{p: p, lvl: atAlley, a: nb, s: is.s, h: is.h}
				g.add(next, g.drawSize(p.class), is.times[0].Add(time.Duration(rng.Intn(5*24))*time.Hour), p.class)
			}
		case r < 0.16: // another trouble, same alley
			q := g.drawProblem()
			if q.lvl == atAlley && famOf(q) != famOf(p) {
				other := &issue{p: q, lvl: atAlley, a: is.a, s: is.s, h: is.h}
				g.add(other, g.drawSize(q.class), is.times[0].Add(time.Duration(rng.Intn(10*24))*time.Hour), q.class)
			}
		}
	}
}

func neighbour(a *alley) *alley {
	al := a.street.alleys
	for i, x := range al {
		if x == a {
			for _, j := range []int{i + 1, i - 1} {
				if j >= 0 && j < len(al) && al[j].parent == nil && a.parent == nil {
					return al[j]
				}
			}
		}
	}
	return nil
}

var channels = []struct {
	name   string
	weight float64
	coords float64
	app    bool
}{
	{"اپلیکیشن", 0.45, 0.85, true},
	{"تلفن", 0.42, 0.42, false},
	{"سامانه اینترنتی", 0.08, 0.3, true},
	{"حضوری", 0.05, 0.2, false},
}

// rows turns the issues into requests: who called, how, what they said, where they said it.
func (g *gen) rows() []Row {
	rng := g.rng
	var ds []*draft
	for _, is := range g.issues {
		var mine []*draft
		for i, t := range is.times {
			d := g.report(is, i, t)
			if i > 0 && mine[i-1].app && chance(rng, 0.02) {
				// the app's double tap: the same words again a few minutes later
				tw := *mine[i-1]
				tw.same = mine[i-1]
				tw.at = tw.at.Add(time.Duration(20+rng.Intn(300)) * time.Second)
				d = &tw
			}
			mine = append(mine, d)
		}
		ds = append(ds, mine...)
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].at.Before(ds[j].at) })
	ids := make(map[*draft]string, len(ds))
	groups := map[*issue]string{}
	seen := map[*issue][]string{}
	final := map[*draft][2]string{}
	rows := make([]Row, 0, len(ds))
	base := 7300000 + rng.Intn(100000)
	for i, d := range ds {
		id := fmt.Sprintf("%d", base+i*7+rng.Intn(7))
		ids[d] = id
		gid, ok := groups[d.iss]
		if !ok {
			gid = fmt.Sprintf("R8G%05d", len(groups)+1)
			groups[d.iss] = gid
		}
		text := d.text
		for strings.Contains(text, "{REF}") {
			prev := seen[d.iss]
			ref := "قبلی" // the earlier call came in later the same day: the caller has no code to hand
			if len(prev) > 0 {
				ref = prev[rng.Intn(len(prev))]
			}
			text = strings.Replace(text, "{REF}", ref, 1)
		}
		seen[d.iss] = append(seen[d.iss], id)
		style := digitStyle(rng, d.app)
		if d.voice == finglishVoice {
			style = 0
		}
		text = digits(noisy(text, d.app, d.voice, rng), style)
		addr := d.address
		if addr != "" {
			addr = digits(addr, digitStyle(rng, d.app))
			if chance(rng, 0.05) {
				addr = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(addr)
			}
		}
		if d.same != nil {
			if o, ok := final[d.same]; ok {
				text, addr = o[0], o[1]
			}
		}
		final[d] = [2]string{text, addr}
		rows = append(rows, Row{ID: id, District: g.opt.District, CreatedAt: d.at, Category: d.cat,
			Text: text, Address: addr, Lat: d.lat, Lon: d.lon, Channel: d.channel,
			Status: g.status(d), GroupID: gid, Jurisdiction: d.iss.p.agency})
	}
	return rows
}

func digitStyle(rng *rand.Rand, app bool) int {
	r := rng.Float64()
	if app {
		switch {
		case r < 0.45:
			return 1
		case r < 0.9:
			return 0
		case r < 0.96:
			return 2
		}
		return 3
	}
	switch {
	case r < 0.75:
		return 1
	case r < 0.95:
		return 0
	}
	return 2
}

func (g *gen) status(d *draft) string {
	rng := g.rng
	age := g.opt.End.Sub(d.at)
	outside := d.iss.p.agency != "municipality"
	switch {
	case age < 3*24*time.Hour:
		return pick(rng, "جدید", "جدید", "ثبت شده", "در حال بررسی")
	case age < 30*24*time.Hour:
		if outside && chance(rng, 0.4) {
			return "ارجاع شده"
		}
		return pick(rng, "در حال بررسی", "واگذار شده", "در حال انجام", "جدید", "انجام شده")
	}
	if outside && chance(rng, 0.6) {
		return pick(rng, "ارجاع شده", "ارجاع به دستگاه دیگر", "خارج از حوزه")
	}
	return pick(rng, "انجام شده", "انجام شده", "بسته شده", "مختومه", "در حال انجام", "رد شده", "رسیدگی شده")
}

func (g *gen) report(is *issue, i int, t time.Time) *draft {
	rng := g.rng
	d := &draft{iss: is}
	r := rng.Float64()
	ch := channels[len(channels)-1]
	for _, c := range channels {
		if r < c.weight {
			ch = c
			break
		}
		r -= c.weight
	}
	d.channel, d.app = ch.name, ch.app
	// a burst keeps its minutes; otherwise people call in waking hours
	if is.p.class != burst && len(is.times) < 60 {
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran)
		h := 8 + rng.Intn(13)
		if ch.app {
			h = 7 + rng.Intn(17)
		}
		t = day.Add(time.Duration(h)*time.Hour + time.Duration(rng.Intn(3600))*time.Second)
		if t.Before(g.opt.Start) || !t.Before(g.opt.End) {
			t = is.times[i]
		}
	}
	d.at = t.In(tehran).Truncate(time.Second)

	sp := spot{lvl: is.lvl, h: is.h, s: is.s, a: is.a, m: is.m}
	if is.part != "" && chance(rng, 0.6) {
		sp.part = is.part
	}
	switch is.lvl {
	case atStreet:
		if is.moving {
			k := int(float64(len(is.s.alleys)) * float64(i) / float64(len(is.times)))
			sp.a = is.s.alleys[k]
		} else {
			sp.a = is.s.alleys[rng.Intn(len(is.s.alleys))]
		}
	case atHood:
		if is.home != nil {
			sp.a = is.home
			break
		}
		var al []*alley
		for _, s := range is.h.streets {
			al = append(al, s.alleys...)
		}
		sp.a = al[rng.Intn(len(al))]
		if is.p.class == personal {
			is.home = sp.a
		}
		sp.s = sp.a.street
	case atPark, atMark:
		best, bd := is.s.alleys[0], math.Inf(1)
		for _, a := range is.s.alleys {
			if dd := math.Abs(a.pos - is.m.pos); dd < bd {
				best, bd = a, dd
			}
		}
		sp.a = best
	}
	switch {
	case is.who != nil:
		sp.res = is.who
	case is.p.class == personal:
		sp.res = sp.a.resident(rng)
		is.who = sp.res
	case chance(rng, 0.7):
		sp.res = sp.a.resident(rng)
	}

	var v voice
	switch {
	case ch.app && len(is.p.fing) > 0 && chance(rng, 0.07):
		v = finglishVoice
	case ch.app && chance(rng, 0.05):
		v = terseVoice
	case ch.app:
		v = citizenVoice
	case chance(rng, 0.12) && is.p.lvl != atHood:
		v = pastedVoice
	case chance(rng, 0.2):
		v = citizenVoice // the operator typed the caller's words
	default:
		v = operatorVoice
	}
	var w where
	r = rng.Float64()
	switch {
	case v == pastedVoice:
		w = inAddress
	case ch.app && r < 0.33, !ch.app && r < 0.35:
		w = inBoth
	case ch.app && r < 0.6, !ch.app && r < 0.86:
		w = inAddress
	case ch.app && r < 0.88, !ch.app && r < 0.95:
		w = inText
	default:
		w = nowhere
	}
	// a trench that moves is told by the alley it has reached
	textSpot := sp
	if is.moving {
		textSpot.lvl = atAlley
	}
	d.voice = v
	d.text = textFor(is.p, textSpot, v, w, i > 0, rng)
	if i > 0 && v != pastedVoice && v != finglishVoice && chance(rng, 0.025) {
		// nothing but a chase-up: the problem and place are only in the cited request
		d.text = pick(rng, "پیگیری درخواست {REF}، هنوز کاری نشده", "پیرو کد رهگیری {REF} کسی جواب نمیده؟",
			"درخواست قبلی من {REF} بدون رسیدگی بسته شده!", "سلام، {REF} رو پیگیری کنید لطفا",
			"شهروند پیگیر درخواست {REF} است.")
	}
	if chance(rng, 0.04) && sp.res != nil {
		d.text += " " + pick(rng, "شماره تماس ", "تلفن: ", "شمارم ") + sp.res.phone
	}
	if w == inBoth || w == inAddress {
		d.address = addressField(sp, rng)
	}
	d.cat = g.category(is.p, v, ch.app)
	if chance(rng, ch.coords) {
		lat, lon := g.coords(is, sp)
		d.lat, d.lon = &lat, &lon
	}
	return d
}

func (g *gen) category(p *problem, v voice, app bool) string {
	rng := g.rng
	r := rng.Float64()
	if v == pastedVoice {
		return p.cats[0]
	}
	if app {
		switch {
		case r < 0.6:
			return p.cats[0]
		case r < 0.75:
			return p.cats[rng.Intn(len(p.cats))]
		case r < 0.87:
			return catOther
		}
		return allCats[rng.Intn(len(allCats))]
	}
	switch {
	case r < 0.78:
		return p.cats[0]
	case r < 0.88:
		return p.cats[rng.Intn(len(p.cats))]
	case r < 0.95:
		return catOther
	}
	return allCats[rng.Intn(len(allCats))]
}

// coords is where the phone says the caller stood: near the trouble, 20-150 m off.
func (g *gen) coords(is *issue, sp spot) (float64, float64) {
	rng := g.rng
	var lat, lon float64
	switch is.lvl {
	case atStreet:
		if is.moving {
			lat, lon = sp.a.point()
		} else {
			lat, lon = is.s.point(rng.Float64()*is.s.alleys[len(is.s.alleys)-1].pos, 0)
		}
	case atPark, atMark:
		lat, lon = is.s.point(is.m.pos, 1)
	default:
		lat, lon = sp.a.point()
	}
	dist := 20 + rng.Float64()*130
	ang := rng.Float64() * 2 * math.Pi
	lat, lon = offset(lat, lon, dist*math.Cos(ang), dist*math.Sin(ang))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}
