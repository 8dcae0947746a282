package rasht11

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"time"
)

// Options choose the set. Zero values take the defaults: N 6000, district "3", one year
// ending 2026-11-20.
type Options struct {
	Seed     int64
	N        int
	District string
	Start    time.Time
	End      time.Time
}

// Row is one generated request with its truth. Lat and Lon are nil when the row has no
// location.
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
	// Group is the true issue; Agency the agency that must act.
	Group  string
	Agency string
}

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht11: N must be positive")
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
	if !o.End.After(o.Start) {
		return errors.New("rasht11: End must be after Start")
	}
	return nil
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

// issue is one true group: one problem at one place in one episode.
type issue struct {
	id          string
	prob        *problem
	pl          *place
	start       time.Time
	span        time.Duration
	size        int
	noPlaceBias float64 // events: callers often say only "the street is flooded"
	persona     *persona
	// feast is what the callers of a feast day say instead of the usual clause.
	feast []string
	// vocab are the clauses its reporters use: one facet of the problem, so that a fallen
	// tree and a pruning request, or a pension and a postman, never share an issue.
	vocab []string
	// paste is the one line an operator pasted for every call of an event day.
	paste string
	times []time.Time
}

type persona struct {
	home  *place
	intro string
	phone string
	unit  string
	// codes are the tracking codes of what this resident reported so far, with their issues.
	codes     []string
	codeIssue []*issue
}

type gen struct {
	r      *rand.Rand
	o      Options
	w      *world
	issues []*issue
	total  int
	// used remembers problem@place episodes so a new one starts after the last ended.
	lastEnd map[string]time.Time
}

// Generate builds the set for opt; the same Options give the same rows.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	g := &gen{r: rand.New(rand.NewSource(opt.Seed)), o: opt, lastEnd: map[string]time.Time{}}
	g.w = buildWorld(g.r)
	g.plan()
	return g.render(), nil
}

func (g *gen) scale(n int) int {
	v := int(math.Round(float64(n) * float64(g.o.N) / 6000))
	if v < 1 && n > 0 {
		v = 1
	}
	return v
}

func (g *gen) prob(code string) *problem {
	for i := range problems {
		if problems[i].code == code {
			return &problems[i]
		}
	}
	panic("rasht11: no problem " + code)
}

// add registers an issue, capping its size so the set has exactly N rows.
func (g *gen) add(is *issue) bool {
	if g.total >= g.o.N {
		return false
	}
	if is.size > g.o.N-g.total {
		is.size = g.o.N - g.total
	}
	if is.start.Before(g.o.Start) {
		is.start = g.o.Start
	}
	if is.start.Add(is.span).After(g.o.End) {
		is.span = g.o.End.Sub(is.start)
		if is.span <= time.Hour {
			return false
		}
	}
	key := is.prob.code + "@" + placeKey(is.pl)
	if le, ok := g.lastEnd[key]; ok && is.start.Before(le.Add(60*24*time.Hour)) {
		return false
	}
	is.times = g.times(is)
	is.vocab = g.vocab(is.prob)
	g.lastEnd[key] = is.times[len(is.times)-1]
	is.id = fmt.Sprintf("G%05d", len(g.issues)+1)
	g.issues = append(g.issues, is)
	g.total += is.size
	return true
}

// distinct problems have clauses that are different matters, not different words.
var distinct = map[string]bool{"misc": true, "health": true, "bump": true, "sidewalk": true, "tree": true, "telecom": true,
	"parkgear": true, "building": true, "powerline": true, "nowater": true, "blocking": true, "noise": true, "shopgoods": true,
	"carcass": true, "snow": true}

func (g *gen) vocab(p *problem) []string {
	r := g.r
	if la := lookalikes[p.code]; la != nil && r.Float64() < 0.12 {
		return []string{pick(r, la)}
	}
	if distinct[p.code] {
		return []string{pick(r, p.cores)}
	}
	idx := r.Perm(len(p.cores))
	if len(idx) > 3 {
		idx = idx[:3]
	}
	var v []string
	for _, i := range idx {
		v = append(v, p.cores[i])
	}
	return v
}

func placeKey(p *place) string { return fmt.Sprintf("%p", p) }

// times spreads an issue's reports: bursts within hours, chronic ones in waves that come
// back after the office says it is done.
func (g *gen) times(is *issue) []time.Time {
	ts := make([]time.Time, is.size)
	ts[0] = is.start
	// Chronic issues come in waves: a few calls after each rain, each missed collection,
	// each time a neighbour loses patience; the first wave follows the first report.
	waves := []time.Duration{0}
	for w := 1; w < 1+is.size/5; w++ {
		waves = append(waves, time.Duration(g.r.Float64()*float64(is.span)))
	}
	for i := 1; i < is.size; i++ {
		var d time.Duration
		switch {
		case is.prob.burst || is.span < 48*time.Hour:
			d = time.Duration(g.r.ExpFloat64() * float64(is.span) / 3)
		case g.r.Float64() < 0.25:
			d = time.Duration(g.r.Float64() * float64(is.span))
		default:
			d = waves[g.r.Intn(len(waves))] + time.Duration(g.r.ExpFloat64()*30*float64(time.Hour))
		}
		if d > is.span {
			d = time.Duration(g.r.Float64() * float64(is.span))
		}
		ts[i] = is.start.Add(d)
	}
	for i := range ts {
		ts[i] = g.daytime(ts[i])
	}
	sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
	// An episode is not silent for more than 40 days: a longer silence means it was fixed,
	// and a later report would open a new file (README, rule 3).
	const maxGap = 40 * 24 * time.Hour
	for i := 1; i < len(ts); i++ {
		if ts[i].Sub(ts[i-1]) > maxGap {
			ts[i] = ts[i-1].Add(time.Duration(g.r.Int63n(int64(maxGap))))
		}
	}
	sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
	return ts
}

// daytime moves most night-time reports into office and evening hours, as 137 traffic is.
func (g *gen) daytime(t time.Time) time.Time {
	h := t.Hour()
	if h < 7 && g.r.Float64() < 0.8 {
		t = t.Add(time.Duration(7-h+g.r.Intn(3)) * time.Hour)
	}
	return t
}

func (g *gen) pickDay(season []float64) time.Time {
	days := int(g.o.End.Sub(g.o.Start).Hours() / 24)
	for {
		d := g.r.Intn(days)
		t := g.o.Start.Add(time.Duration(d)*24*time.Hour + time.Duration(g.r.Intn(24*60))*time.Minute)
		if g.r.Float64()*2.6 < season[int(t.Month())-1] {
			return t
		}
	}
}

func (g *gen) placeFor(p *problem) *place {
	w := g.w
	switch p.need {
	case needPark:
		return w.parks[g.r.Intn(len(w.parks))]
	case needStreet:
		if g.r.Float64() < 0.3 {
			return w.mains[g.r.Intn(len(w.mains))]
		}
		for {
			pl := w.places[g.r.Intn(len(w.places))]
			if pl.al == nil {
				return pl
			}
		}
	case needAlley:
		for {
			pl := w.places[g.r.Intn(len(w.places))]
			if pl.al != nil {
				return pl
			}
		}
	}
	u := g.r.Float64()
	switch {
	case u < 0.08:
		return w.mains[g.r.Intn(len(w.mains))]
	default:
		return w.places[g.r.Intn(len(w.places))]
	}
}

// size draws how many reports one issue gets: most 1-3, a tail for chronic problems.
func (g *gen) size(p *problem) int {
	u := g.r.Float64()
	switch {
	case u < 0.50:
		return 1
	case u < 0.70:
		return 2
	case u < 0.80:
		return 3
	case u < 0.90:
		return 4 + g.r.Intn(3)
	case u < 0.96:
		if g.r.Float64() < p.tail {
			return 7 + g.r.Intn(6)
		}
		return 2 + g.r.Intn(3)
	default:
		if g.r.Float64() < p.tail {
			return 13 + g.r.Intn(28)
		}
		return 3 + g.r.Intn(4)
	}
}

func (g *gen) spanFor(p *problem, size int) time.Duration {
	if p.burst {
		return time.Duration(2+g.r.Intn(10)) * time.Hour
	}
	days := 2 + g.r.Intn(10) + size*(2+g.r.Intn(5))
	if days > 150 {
		days = 150
	}
	return time.Duration(days) * 24 * time.Hour
}

var weights = map[string]float64{
	"asphalt": 10.0, "garbage": 9.0, "channel": 7.0, "sweep": 3.0, "debris": 3.0, "building": 4.0, "tree": 4.0,
	"dogs": 4.0, "carcass": 1.2, "shopgoods": 3.0, "parklight": 1.5, "parkgear": 1.5, "sidewalk": 3.0, "bump": 2.5,
	"pests": 1.5, "snow": 0.6, "sewage": 1.05, "watermain": 0.38, "nowater": 0.52, "streetlight": 1.15,
	"powerline": 0.38, "gas": 0.3, "telecom": 0.45, "blocking": 0.8, "noise": 0.68, "health": 0.3, "misc": 0.52,
	"trench-water": 0.3, "trench-gas": 0.26, "trench-telecom": 0.22, "trench-mun": 0.6,
}

func (g *gen) pickProblem() *problem {
	var sum float64
	for i := range problems {
		sum += weights[problems[i].code]
	}
	u := g.r.Float64() * sum
	for i := range problems {
		u -= weights[problems[i].code]
		if u < 0 {
			return &problems[i]
		}
	}
	return &problems[0]
}

func (g *gen) plan() {
	r := g.r
	// The giants: the asphalt of one alley all year, one rubbish station all summer.
	alleyPl := g.w.places[r.Intn(len(g.w.places))]
	for alleyPl.al == nil || alleyPl.h.kind == kindTown {
		alleyPl = g.w.places[r.Intn(len(g.w.places))]
	}
	g.add(&issue{prob: g.prob("asphalt"), pl: alleyPl, start: g.o.Start.Add(20 * 24 * time.Hour),
		span: 300 * 24 * time.Hour, size: g.scale(95 + r.Intn(20))})
	st := g.w.places[r.Intn(len(g.w.places))]
	g.add(&issue{prob: g.prob("garbage"), pl: st, start: g.pickDay(summer), span: 110 * 24 * time.Hour, size: g.scale(55 + r.Intn(20))})
	sw := g.w.places[r.Intn(len(g.w.places))]
	g.add(&issue{prob: g.prob("sewage"), pl: sw, start: g.pickDay(flat), span: 40 * 24 * time.Hour, size: g.scale(18 + r.Intn(10))})

	// Storm nights: many alleys at once, each its own issue.
	for k := 0; k < 5; k++ {
		day := g.pickDay(leaves)
		pastes := map[string]string{"channel": pick(r, stormPastes), "tree": pick(r, treePastes)}
		for j := 0; j < 10+r.Intn(10); j++ {
			code := []string{"channel", "channel", "channel", "channel", "tree", "tree", "tree", "powerline", "sewage"}[r.Intn(9)]
			p := g.prob(code)
			g.add(&issue{prob: p, pl: g.placeFor(p), start: day.Add(time.Duration(r.Intn(8*60)) * time.Minute),
				span: 30 * time.Hour, size: 1 + r.Intn(4), noPlaceBias: 0.15, paste: pastes[code]})
		}
	}
	// Burst mains and gas leaks: one place, a crowd of calls within hours, often no address.
	for k := 0; k < 4; k++ {
		p := g.prob("watermain")
		g.add(&issue{prob: p, pl: g.placeFor(p), start: g.pickDay(p.season), span: 6 * time.Hour,
			size: g.scale(8 + r.Intn(22)), noPlaceBias: 0.35, paste: "شکستگی لوله آب شرب - ارجاع به آبفا"})
	}
	for k := 0; k < 3; k++ {
		p := g.prob("gas")
		g.add(&issue{prob: p, pl: g.placeFor(p), start: g.pickDay(p.season), span: 3 * time.Hour,
			size: 3 + r.Intn(4), noPlaceBias: 0.2})
	}
	// Feast and mourning days leave rubbish in many alleys at once: the nazri of Tasua and
	// Ashura, the picnics of Sizdah-bedar in the parks. One issue per alley or park.
	feasts := []struct {
		day   time.Time
		paste string
		park  bool
	}{
		{time.Date(2026, 6, 26, 10, 0, 0, 0, tehran), "انباشت پسماند پس از مراسم عزاداری - اعزام اکیپ", false},
		{time.Date(2025, 7, 6, 10, 0, 0, 0, tehran), "انباشت پسماند پس از مراسم عزاداری - اعزام اکیپ", false},
		{time.Date(2026, 4, 2, 17, 0, 0, 0, tehran), "پسماند رهاشده روز طبیعت در بوستان", true},
	}
	for _, f := range feasts {
		if f.day.Before(g.o.Start) || !f.day.Before(g.o.End) {
			continue
		}
		p := g.prob("garbage")
		for j := 0; j < 6+r.Intn(8); j++ {
			pl := g.placeFor(p)
			if f.park {
				pl = g.w.parks[r.Intn(len(g.w.parks))]
			}
			g.add(&issue{prob: p, pl: pl, start: f.day.Add(time.Duration(r.Intn(20*60)) * time.Minute),
				span: 40 * time.Hour, size: 1 + r.Intn(4), paste: f.paste, feast: feastWords(f.park)})
		}
	}
	// Trenches that move along a street, alley by alley, a week apart.
	for k := 0; k < 4; k++ {
		code := []string{"trench-water", "trench-gas", "trench-telecom", "trench-mun"}[k]
		p := g.prob(code)
		pl := g.placeFor(p)
		day := g.pickDay(flat)
		for j := 0; j < 3+r.Intn(3) && pl != nil; j++ {
			g.add(&issue{prob: p, pl: pl, start: day.Add(time.Duration(j*7) * 24 * time.Hour),
				span: time.Duration(10+r.Intn(15)) * 24 * time.Hour, size: 1 + r.Intn(5)})
			pl = g.w.neighbourNext(pl)
		}
	}
	// People who report several things at their own alley over weeks.
	var personas []*persona
	for k := 0; k < g.scale(30); k++ {
		home := g.w.places[r.Intn(len(g.w.places))]
		for home.al == nil {
			home = g.w.places[r.Intn(len(g.w.places))]
		}
		pe := &persona{home: home, intro: intros[r.Intn(len(intros))],
			phone: fmt.Sprintf("0911%07d", r.Intn(10000000)), unit: fmt.Sprintf("واحد %d", 1+r.Intn(8))}
		personas = append(personas, pe)
		day := g.pickDay(flat)
		seen := map[string]bool{}
		for j := 0; j < 2+r.Intn(3); j++ {
			p := g.pickProblem()
			if seen[p.code] || p.need == needPark || p.need == needStreet {
				continue
			}
			seen[p.code] = true
			g.add(&issue{prob: p, pl: home, start: day.Add(time.Duration(j*(5+r.Intn(15))) * 24 * time.Hour),
				span: g.spanFor(p, 2), size: 1 + r.Intn(3), persona: pe})
		}
	}
	// The everyday inbox, with returns and neighbours.
	for guard := 0; g.total < g.o.N && guard < 100000; guard++ {
		p := g.pickProblem()
		pl := g.placeFor(p)
		sz := g.size(p)
		is := &issue{prob: p, pl: pl, start: g.pickDay(p.season), span: g.spanFor(p, sz), size: sz}
		if !g.add(is) {
			continue
		}
		end := is.times[len(is.times)-1]
		if sz >= 2 && r.Float64() < 0.14 {
			// the same problem comes back at the same place, months later: a new file
			ret := &issue{prob: p, pl: pl, start: end.Add(time.Duration(60+r.Intn(150)) * 24 * time.Hour), size: g.size(p)}
			ret.span = g.spanFor(p, ret.size)
			g.add(ret)
		}
		if r.Float64() < 0.10 {
			if nb := g.w.neighbour(r, pl); nb != nil {
				sib := &issue{prob: p, pl: nb, start: is.start.Add(time.Duration(r.Intn(10*24)) * time.Hour), size: g.size(p)}
				sib.span = g.spanFor(p, sib.size)
				g.add(sib)
			}
		}
		if pl.al != nil && r.Float64() < 0.08 {
			// another problem at the same alley at the same time: another file
			q := g.pickProblem()
			if q != p && q.need != needPark && q.need != needStreet {
				o := &issue{prob: q, pl: pl, start: is.start.Add(time.Duration(r.Intn(20*24)) * time.Hour), size: g.size(q)}
				o.span = g.spanFor(q, o.size)
				g.add(o)
			}
		}
	}
	_ = personas
}

// neighbourNext is the next alley along the same street, for trenches that move.
func (w *world) neighbourNext(p *place) *place {
	if p.al == nil {
		return nil
	}
	for i, a := range p.s.alleys {
		if a == p.al && i+1 < len(p.s.alleys) {
			na := p.s.alleys[i+1]
			for _, q := range w.places {
				if q.al == na {
					return q
				}
			}
		}
	}
	return nil
}

func feastWords(park bool) []string {
	if park {
		return []string{"بعد از سیزده‌بدر پارک پر از زباله است", "زباله‌های روز طبیعت هنوز تو پارک مونده", "مردم سیزده بدر اومدن و آشغالا مونده"}
	}
	return []string{"بعد از مراسم نذری ظرف یکبار مصرف و زباله همه جا ریخته", "زباله‌های هیئت رو نبردن", "بعد از عزاداری کوچه پر از آشغاله", "ظرفای نذری و کیسه زباله سر کوچه تلنبار شده"}
}

var stormPastes = []string{"آبگرفتگی معبر در پی بارندگی شدید - اعزام اکیپ", "آبگرفتگی ناشی از بارش - پیگیری فوری", "تجمع آب باران در معبر (بارندگی امروز)"}
var treePastes = []string{"سقوط درخت در پی باد شدید", "شکستگی شاخه درخت بر اثر طوفان - اعزام اکیپ فضای سبز"}

var intros = []string{
	"بازنشسته فرهنگی هستم", "مادر دو تا بچه کوچیکم", "از ساکنین قدیمی محل هستم", "جانبازم و با ویلچر تردد میکنم",
	"مستاجرم ولی این مشکل همه است", "دانشجو هستم", "از طرف هیئت امنای مسجد محل", "مدیر ساختمان هستم",
}
