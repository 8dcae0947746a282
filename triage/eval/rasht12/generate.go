package rasht12

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Row is one generated request with its truth.
type Row = labelled.Row

// Options says what to generate. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // default one year before End
	End      time.Time // default 2026-11-20 end of day, Tehran time
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N <= 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 23, 59, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	return o
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Generate draws the issues first, then writes each issue's reports; the rows come out in
// the order the central system received them.
func Generate(opt Options) ([]Row, error) {
	opt = opt.withDefaults()
	if !opt.End.After(opt.Start.Add(60 * 24 * time.Hour)) {
		return nil, fmt.Errorf("rasht12: the period %s..%s is shorter than 60 days", opt.Start.Format(time.DateOnly), opt.End.Format(time.DateOnly))
	}
	g := newGen(opt)
	g.plan()
	return g.rows(), nil
}

func newGen(opt Options) *gen {
	return &gen{r: rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874313200)), w: buildWorld(), opt: opt,
		episodes: map[episodeKey][][2]time.Time{}}
}

// episodeKey is one problem at one spot. Two issues with the same key must be apart in
// time, or no clerk (and no label) could tell them apart. The spot is the alley for an
// alley's problem, the whole street for a street's (two reports of flooding at two shops of
// one street the same week are one job), the park, or the neighbourhood.
type episodeKey struct {
	problem string
	spot    any
}

func spotOf(pl place) any {
	switch {
	case pl.al != nil:
		return pl.al
	case pl.pk != nil:
		return pl.pk
	case pl.st != nil:
		return pl.st
	}
	return pl.h
}

// episodeGap is the least silence between two episodes of one problem at one spot.
const episodeGap = 45 * 24 * time.Hour

// free reports whether an episode of p at pl over [from, to] stays clear of every other.
func (g *gen) free(p *problem, pl place, from, to time.Time) bool {
	for _, e := range g.episodes[episodeKey{p.key, spotOf(pl)}] {
		if from.Before(e[1].Add(episodeGap)) && e[0].Before(to.Add(episodeGap)) {
			return false
		}
	}
	return true
}

// book records the issue's episode once its reports are drawn.
func (g *gen) book(is *issue) {
	if len(is.reports) == 0 {
		return
	}
	first, last := is.reports[0].at, is.reports[0].at
	for _, r := range is.reports {
		if r.at.Before(first) {
			first = r.at
		}
		if r.at.After(last) {
			last = r.at
		}
	}
	k := episodeKey{is.prob.key, spotOf(is.pl)}
	g.episodes[k] = append(g.episodes[k], [2]time.Time{first, last})
}

type issue struct {
	id      string
	prob    *problem
	pl      place
	reports []*report
	owner   *persona // the resident who opened it, if any
	event   string   // storm, burst, outage, trench, mega, recur, sibling, persona, or ""
}

type report struct {
	is    *issue
	at    time.Time
	first bool
	row   Row
	// cite is an earlier report whose tracking code this one quotes.
	cite *report
}

// persona is one resident who reports whatever goes wrong in their own alley, from the
// same app account: the same profile address and phone on every request.
type persona struct {
	home    place
	address string
	issues  []*issue
}

type gen struct {
	r        *rand.Rand
	w        *world
	opt      Options
	issues   []*issue
	total    int
	episodes map[episodeKey][][2]time.Time
}

func (g *gen) scale(n int) int {
	return max(1, int(math.Round(float64(n)*float64(g.opt.N)/6000)))
}

// episode opens an issue of p at pl with n reports from t0 over span, unless the same
// problem at the same spot is already in an episode then; it returns nil in that case.
func (g *gen) episode(p *problem, pl place, event string, t0 time.Time, n int, span time.Duration) *issue {
	// a day's slack each side: dayTime may move a report to another hour of its day
	if g.total >= g.opt.N || !g.free(p, pl, t0.Add(-24*time.Hour), t0.Add(span+24*time.Hour)) {
		return nil
	}
	is := g.newIssue(p, pl, event)
	g.addTimes(is, t0, n, span)
	return is
}

func (g *gen) newIssue(p *problem, pl place, event string) *issue {
	is := &issue{id: fmt.Sprintf("r12-%05d", len(g.issues)+1), prob: p, pl: pl, event: event}
	g.issues = append(g.issues, is)
	return is
}

// addTimes gives the issue n reports, the first at t0, the rest spread over span with
// most of them early: people call when a thing is new, then a few keep calling.
func (g *gen) addTimes(is *issue, t0 time.Time, n int, span time.Duration) {
	for i := 0; i < n && g.total < g.opt.N; i++ {
		at := t0
		if i > 0 {
			f := math.Min(1, g.r.ExpFloat64()/3)
			if span > 48*time.Hour && g.r.IntN(3) == 0 {
				f = g.r.Float64() // a steady trickle over the whole episode
			}
			at = t0.Add(time.Duration(f * float64(span)))
			if span > 24*time.Hour {
				at = g.dayTime(at)
			}
		}
		if at.After(g.opt.End) {
			at = g.opt.End.Add(-time.Duration(g.r.IntN(3600)) * time.Second)
		}
		is.reports = append(is.reports, &report{is: is, at: at, first: i == 0})
		g.total++
	}
	g.book(is)
}

// dayTime moves t to a plausible hour of its day: mornings and evenings, few at night.
func (g *gen) dayTime(t time.Time) time.Time {
	hours := []int{7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 16, 17, 18, 19, 20, 20, 21, 21, 22, 23, 0}
	h := pick(g.r, hours)
	d := time.Date(t.Year(), t.Month(), t.Day(), h, g.r.IntN(60), g.r.IntN(60), 0, tehran)
	return d
}

func (g *gen) randDay(from, to time.Time) time.Time {
	if !to.After(from) {
		return g.dayTime(from)
	}
	return g.dayTime(from.Add(time.Duration(g.r.Int64N(int64(to.Sub(from))))))
}

// ordinarySize is the long tail: half the issues are one report, a few are dozens.
func (g *gen) ordinarySize(p *problem) int {
	u := g.r.Float64()
	var k int
	switch {
	case u < 0.52:
		k = 1
	case u < 0.72:
		k = 2
	case u < 0.82:
		k = 3
	case u < 0.90:
		k = 4 + g.r.IntN(3)
	case u < 0.955:
		k = 7 + g.r.IntN(6)
	case u < 0.994:
		k = 13 + g.r.IntN(22)
	default:
		k = 35 + g.r.IntN(25)
	}
	return min(70, 1+int(math.Round(float64(k-1)*p.size*(0.6+0.3*g.r.Float64()))))
}

func spanFor(size int, r *rand.Rand) time.Duration {
	days := 2.0
	switch {
	case size <= 3:
		days = 1 + r.Float64()*9
	case size <= 12:
		days = 7 + r.Float64()*35
	default:
		days = 40 + r.Float64()*160
	}
	return time.Duration(days * 24 * float64(time.Hour))
}

// placeFor picks a spot where problem p can be.
func (g *gen) placeFor(p *problem, h *hood) place {
	if h == nil {
		h = pick(g.r, g.w.hoods)
	}
	pl := place{h: h}
	switch p.scope {
	case scopePark:
		if len(h.parks) == 0 {
			pl.pk = pick(g.r, g.w.parks)
			pl.h = pl.pk.hood
		} else {
			pl.pk = pick(g.r, h.parks)
		}
		pl.lat, pl.lon = pl.pk.lat, pl.pk.lon
		return pl
	case scopeHood:
		pl.lat, pl.lon = h.lat, h.lon
		return pl
	}
	pl.st = pick(g.r, h.streets)
	u := g.r.Float64()
	switch {
	case p.scope == scopeAlley && u < 0.8:
		pl.al = pick(g.r, pl.st.alleys)
		pl.lat, pl.lon = pl.al.lat, pl.al.lon
	case u < 0.85 && len(pl.st.marks) > 0:
		pl.mk = pick(g.r, pl.st.marks)
		pl.lat, pl.lon = pl.mk.lat, pl.mk.lon
	default:
		pl.near = pick(g.r, pl.st.alleys)
		// on the street itself, a little off the alley's mouth
		pl.lat, pl.lon = pl.near.lat+(pl.st.lat-pl.near.lat)*0.1, pl.near.lon+(pl.st.lon-pl.near.lon)*0.1
	}
	return pl
}

// outsideScale keeps other agencies' share of requests near 12%: the menu tree sends
// citizens with a gas smell or a dark alley elsewhere more often than not.
const outsideScale = 0.24

func (g *gen) pickProblem() *problem {
	total := 0.0
	for _, p := range problems {
		total += g.weight(p)
	}
	u := g.r.Float64() * total
	for _, p := range problems {
		u -= g.weight(p)
		if u <= 0 {
			return p
		}
	}
	return problems[0]
}

func (g *gen) weight(p *problem) float64 {
	if p.agency != "municipality" {
		return p.weight * outsideScale
	}
	return p.weight
}

func (g *gen) plan() {
	o := g.opt
	// The long-running ones: the asphalt of one alley, one dead end's rubbish, one sewer.
	megas := []struct {
		key     string
		lo, hi  int
		minDays int
	}{{"asphalt", 95, 115, 150}, {"garbage", 65, 85, 90}, {"sewage", 30, 45, 60}}
	for _, m := range megas {
		p := problemByKey(m.key)
		pl := g.placeFor(p, nil)
		for pl.al == nil {
			pl = g.placeFor(p, nil)
		}
		span := time.Duration(m.minDays+g.r.IntN(100)) * 24 * time.Hour
		t0 := g.randDay(o.Start, o.End.Add(-span))
		g.episode(p, pl, "mega", t0, g.scale(m.lo+g.r.IntN(m.hi-m.lo)), span)
	}
	// Storms: one night of wind and rain makes many separate jobs across the district.
	for s := 0; s < 2; s++ {
		day := g.winterDay()
		for i, n := 0, g.scale(10+g.r.IntN(8)); i < n; i++ {
			p := problemByKey(pick(g.r, []string{"falltree", "falltree", "falltree", "branchwire", "branchwire", "surfacewater", "surfacewater", "pole"}))
			t0 := day.Add(time.Duration(g.r.IntN(10*60)) * time.Minute)
			g.episode(p, g.placeFor(p, nil), "storm", t0, 1+g.r.IntN(6), time.Duration(2+g.r.IntN(8))*time.Hour)
		}
		g.hoodEvent(problemByKey("outage"), day.Add(time.Duration(g.r.IntN(300))*time.Minute), 6+g.r.IntN(10), "storm")
	}
	// Burst mains: a street under water and the phone ringing for an hour.
	for i, n := 0, g.scale(3); i < n; i++ {
		p := problemByKey("burstmain")
		pl := g.placeFor(p, nil)
		t0 := g.randDay(o.Start, o.End.Add(-48*time.Hour))
		g.episode(p, pl, "burst", t0, 8+g.r.IntN(22), time.Duration(2+g.r.IntN(4))*time.Hour)
	}
	// Neighbourhood-wide cuts: one event, callers from every alley.
	for i, n := 0, g.scale(4); i < n; i++ {
		p := problemByKey(pick(g.r, []string{"nowater", "nowater", "outage"}))
		g.hoodEvent(p, g.randDay(o.Start, o.End.Add(-24*time.Hour)), 5+g.r.IntN(14), "outage")
	}
	// Trenches dug alley by alley: one issue per alley, one after another.
	for i, n := 0, g.scale(2); i < n; i++ {
		g.trench(problemByKey(pick(g.r, []string{"gastrench", "watertrench"})))
	}
	// Residents who report everything wrong in their own alley, weeks apart.
	for i, n := 0, g.scale(22); i < n; i++ {
		g.persona()
	}
	// Everything else: ordinary issues, some coming back months later, some with the
	// neighbouring alley reporting the same thing the same week.
	for g.total < o.N {
		p := g.pickProblem()
		if p.scope == scopeHood && p.key != "pension" {
			continue
		}
		pl := g.placeFor(p, nil)
		size := g.ordinarySize(p)
		switch {
		case p.key == "pension":
			size = 1 // each pensioner's own case
		case p.agency != "municipality":
			// another agency's job is referred out after a few calls; only the special
			// events above (a burst main, a cut, the long sewer) draw dozens
			size = min(size, 12)
		}
		span := spanFor(size, g.r)
		t0 := g.randDay(o.Start, o.End.Add(-span/2))
		is := g.episode(p, pl, "", t0, size, span)
		if is == nil {
			continue
		}
		if g.total >= o.N {
			break
		}
		last := is.reports[len(is.reports)-1].at
		if chance(g.r, 0.08) && p.key != "pension" {
			t1 := g.dayTime(last.Add(time.Duration(60+g.r.IntN(120)) * 24 * time.Hour))
			if t1.Before(o.End) {
				n := max(1, size/2+g.r.IntN(3))
				g.episode(p, pl, "recur", t1, n, spanFor(n, g.r))
			}
		}
		if pl.al != nil && len(pl.st.alleys) > 1 && chance(g.r, 0.06) {
			sib := pl
			j := pl.al.idx + 1
			if j >= len(pl.st.alleys) {
				j = pl.al.idx - 1
			}
			sib.al = pl.st.alleys[j]
			sib.lat, sib.lon = sib.al.lat, sib.al.lon
			n := 1 + g.r.IntN(4)
			g.episode(p, sib, "sibling", t0.Add(time.Duration(g.r.IntN(5*24))*time.Hour), n, spanFor(n, g.r))
		}
	}
}

func (g *gen) winterDay() time.Time {
	for {
		d := g.randDay(g.opt.Start, g.opt.End.Add(-48*time.Hour))
		if m := d.Month(); m >= time.October || m <= time.February {
			return time.Date(d.Year(), d.Month(), d.Day(), 2+g.r.IntN(6), 0, 0, 0, tehran)
		}
	}
}

func (g *gen) hoodEvent(p *problem, t0 time.Time, n int, event string) {
	g.episode(p, g.placeFor(p, nil), event, t0, g.scale(n), time.Duration(3+g.r.IntN(8))*time.Hour)
}

func (g *gen) trench(p *problem) {
	var st *street
	for st == nil || len(st.alleys) < 6 {
		st = pick(g.r, g.w.streets)
	}
	k := 4 + g.r.IntN(len(st.alleys)-4)
	t := g.randDay(g.opt.Start, g.opt.End.Add(-time.Duration(k*14+20)*24*time.Hour))
	for i := 0; i < k; i++ {
		al := st.alleys[i]
		pl := place{h: st.hood, st: st, al: al, lat: al.lat, lon: al.lon}
		n := 1 + g.r.IntN(5)
		g.episode(p, pl, "trench", t.Add(time.Duration(i*(7+g.r.IntN(8)))*24*time.Hour), n, time.Duration(5+g.r.IntN(20))*24*time.Hour)
	}
}

func (g *gen) persona() {
	var home place
	for home.al == nil {
		home = g.placeFor(problemByKey("asphalt"), nil)
	}
	pr := &persona{home: home}
	pr.address = address(g.r, home, true)
	kinds := []string{"asphalt", "garbage", "streetlight", "dogs", "surfacewater", "rubble", "blockcar", "sewage", "speedbump", "buildnoise", "rats"}
	t := g.randDay(g.opt.Start, g.opt.End.Add(-120*24*time.Hour))
	used := map[string]bool{}
	for i, n := 0, 2+g.r.IntN(3); i < n; i++ {
		k := pick(g.r, kinds)
		if used[k] {
			continue
		}
		used[k] = true
		p := problemByKey(k)
		if is := g.episode(p, home, "persona", t, 1+g.r.IntN(3), time.Duration(3+g.r.IntN(20))*24*time.Hour); is != nil {
			is.owner = pr
			pr.issues = append(pr.issues, is)
		}
		t = g.dayTime(t.Add(time.Duration(10+g.r.IntN(30)) * 24 * time.Hour))
	}
}

// rows writes every report, orders them as received, numbers them with tracking codes,
// and fills in the codes the follow-ups quote.
func (g *gen) rows() []Row {
	var all []*report
	for _, is := range g.issues {
		sort.SliceStable(is.reports, func(i, j int) bool { return is.reports[i].at.Before(is.reports[j].at) })
		for i, rep := range is.reports {
			rep.first = i == 0
		}
	}
	for _, is := range g.issues {
		for i, rep := range is.reports {
			g.write(rep, i)
			all = append(all, rep)
		}
		// A double tap on «ارسال»: the app sends the same request twice, seconds apart.
		for i := 0; i+1 < len(is.reports); i++ {
			a, b := is.reports[i], is.reports[i+1]
			if a.row.Channel == "app" && chance(g.r, 0.015) {
				b.row, b.cite = a.row, a.cite
				b.at = a.at.Add(time.Duration(5+g.r.IntN(85)) * time.Second)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at.Before(all[j].at) })
	code := 1405000000 + int64(g.r.IntN(90000))
	for _, rep := range all {
		code += 1 + int64(g.r.IntN(40)) // other districts' requests take the codes between
		rep.row.ID = strconv.FormatInt(code, 10)
	}
	out := make([]Row, len(all))
	for i, rep := range all {
		if rep.cite != nil {
			ref := rep.cite.row.ID
			if chance(g.r, 0.5) {
				ref = digits(ref, 1)
			}
			rep.row.Text = strings.ReplaceAll(rep.row.Text, refMark, ref)
		}
		rep.row.CreatedAt = rep.at
		rep.row.Group = rep.is.id
		rep.row.Agency = rep.is.prob.agency
		rep.row.District = g.opt.District
		rep.row.Status = g.status(rep)
		out[i] = rep.row
	}
	return out
}

func (g *gen) status(rep *report) string {
	age := float64(g.opt.End.Sub(rep.at)) / float64(g.opt.End.Sub(g.opt.Start))
	u := g.r.Float64()
	if rep.is.prob.agency != "municipality" {
		switch {
		case u < 0.25+0.3*age:
			return "referred"
		case u < 0.7:
			return "new"
		case u < 0.9:
			return "reviewing"
		}
		return "resolved"
	}
	switch {
	case u < 0.15+0.6*age:
		return "resolved"
	case u < 0.55:
		return "new"
	case u < 0.7:
		return "reviewing"
	case u < 0.82:
		return "assigned"
	case u < 0.95:
		return "in_progress"
	}
	return "rejected"
}
