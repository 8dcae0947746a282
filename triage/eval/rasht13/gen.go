package rasht13

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Row is one labelled request, in the shared writer's shape.
type Row = labelled.Row

// Options chooses the set. Zero values take the defaults: 6,000 requests of district 3
// over the year ending 2026-11-20.
type Options struct {
	Seed       int64
	N          int
	District   string
	Start, End time.Time
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N == 0 {
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

const (
	day = 24 * time.Hour
	// maxGap is the longest silence inside one episode; a report after a longer one is a
	// new issue, and the generator keeps silences out of the band between the two.
	maxGap    = 40 * day
	newAfter  = 60 * day
	fixReturn = 14 * day
)

// migration is when the new 137 system went live: a third into the year, which for the
// default year is Nowruz 1405.
func (o Options) migration() time.Time { return o.Start.Add(o.End.Sub(o.Start) / 3) }

// issue is one file a clerk would open.
type issue struct {
	id    string
	prob  *problem
	pl    place
	times []time.Time
	fixed int                // index of the first report after the office marked it fixed; 0 if none
	fixAt time.Time          // when it was marked fixed
	recur bool               // the same problem at the same place after a new-issue silence
	prev  *issue             // the earlier episode of a recurrence
	migr  time.Time          // the clerk's re-registration of a file open at the migration
	twice map[time.Time]bool // reports that are a second tap on "send"
	storm bool
	seq   int // position in a trench series
}

type planner struct {
	rng      *rand.Rand
	w        *world
	opt      Options
	issues   []*issue
	reserved map[string][][2]time.Time
	total    int
	weights  []float64
	sumW     float64
}

func (pl place) key(p *problem) string {
	switch {
	case p.lv == lvPark:
		return fmt.Sprintf("%s|park|%p", p.key, pl.mark)
	case p.lv == lvStreet || pl.al == nil:
		return fmt.Sprintf("%s|st|%p", p.key, pl.st)
	}
	return fmt.Sprintf("%s|al|%p", p.key, pl.al)
}

// free reports whether a new episode of p at pl over [a,b] keeps the new-issue silence
// from every other episode there.
func (pn *planner) free(p *problem, pl place, a, b time.Time) bool {
	for _, iv := range pn.reserved[pl.key(p)] {
		if a.Before(iv[1].Add(newAfter)) && b.After(iv[0].Add(-newAfter)) {
			return false
		}
	}
	return true
}

func (pn *planner) reserve(is *issue) {
	k := is.pl.key(is.prob)
	pn.reserved[k] = append(pn.reserved[k], [2]time.Time{is.times[0], is.times[len(is.times)-1]})
}

func (pn *planner) pickProblem() *problem {
	x := pn.rng.Float64() * pn.sumW
	for i, w := range pn.weights {
		if x < w {
			return problems[i]
		}
		x -= w
	}
	return problems[len(problems)-1]
}

func (pn *planner) pickPlace(p *problem) place {
	rng := pn.rng
	if p.lv == lvPark {
		m := pick(rng, pn.w.parks)
		return place{st: m.st, mark: m, pos: m.pos}
	}
	st := pick(rng, pn.w.streets)
	switch p.lv {
	case lvAlley:
		al := pick(rng, st.alleys)
		return place{st: st, al: al, pos: al.idx, plate: 1 + rng.IntN(60)}
	case lvStreet:
		pl := place{st: st, pos: 1 + rng.IntN(len(st.alleys)), plate: 1 + rng.IntN(300)}
		if len(st.marks) > 0 && chance(rng, 0.7) {
			m := pick(rng, st.marks)
			if !m.isPark {
				pl.mark, pl.pos = m, m.pos
			}
		}
		return pl
	}
	pl := place{st: st, pos: 1 + rng.IntN(len(st.alleys)), plate: 1 + rng.IntN(120)}
	if chance(rng, 0.6) {
		pl.al = st.alleys[pl.pos-1]
	}
	return pl
}

func (pn *planner) size(p *problem) int {
	rng := pn.rng
	if p.burst {
		return 1 + int(rng.ExpFloat64()*2.5)
	}
	switch r := rng.Float64(); {
	case r < 0.50:
		return 1
	case r < 0.72:
		return 2
	case r < 0.82:
		return 3
	case r < 0.935:
		return 4 + rng.IntN(6)
	}
	if n := 10 + int(rng.ExpFloat64()*8); n <= 40 {
		return n
	}
	return 10 + rng.IntN(31)
}

// spread lays n reports from start: bursts within hours, others with silences never
// longer than maxGap; a long issue stretches over months.
func (pn *planner) spread(p *problem, start time.Time, n int) []time.Time {
	rng := pn.rng
	ts := []time.Time{start}
	var mean time.Duration
	switch {
	case p.burst:
		mean = 40 * time.Minute
	case n > 40:
		mean = time.Duration(float64(150+rng.IntN(120)) / float64(n) * float64(day))
	case n > 9:
		mean = time.Duration(2+rng.IntN(5)) * day
	default:
		mean = time.Duration(1+rng.IntN(8)) * day
	}
	t := start
	for i := 1; i < n; i++ {
		g := time.Duration(rng.ExpFloat64() * float64(mean))
		if p.burst && chance(rng, 0.1) {
			g += time.Duration(rng.IntN(30)) * time.Hour
		}
		if g > maxGap {
			g = maxGap - time.Duration(1+rng.IntN(10))*day
		}
		t = daytime(rng, t.Add(g+time.Duration(rng.IntN(600))*time.Second))
		ts = append(ts, t)
	}
	return ts
}

// daytime nudges a night-time report into waking hours most of the time.
func daytime(rng *rand.Rand, t time.Time) time.Time {
	h := t.In(tehran).Hour()
	if (h < 7 || h >= 23) && chance(rng, 0.8) {
		return t.Add(time.Duration(8+rng.IntN(6)) * time.Hour)
	}
	return t
}

func (pn *planner) randomStart() time.Time {
	span := pn.opt.End.Sub(pn.opt.Start)
	t := pn.opt.Start.Add(time.Duration(pn.rng.Int64N(int64(span))))
	t = time.Date(t.Year(), t.Month(), t.Day(), 7+pn.rng.IntN(16), pn.rng.IntN(60), pn.rng.IntN(60), 0, tehran)
	return t
}

// add keeps the reports inside the year and the issue in the plan; false when the place
// is taken for that time.
func (pn *planner) add(is *issue) bool {
	var ts []time.Time
	for _, t := range is.times {
		if !t.After(pn.opt.End) && !t.Before(pn.opt.Start) {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 || !pn.free(is.prob, is.pl, ts[0], ts[len(ts)-1]) {
		return false
	}
	if is.fixed >= len(ts) {
		is.fixed = 0
	}
	is.times = ts
	is.id = fmt.Sprintf("I13-%05d", len(pn.issues)+1)
	pn.issues = append(pn.issues, is)
	pn.reserve(is)
	pn.total += len(ts)
	return true
}

// regular plans one ordinary issue, sometimes with a failed repair and a come-back, and
// sometimes followed months later by a new episode at the same place.
func (pn *planner) regular(p *problem, size int) {
	rng := pn.rng
	for try := 0; try < 30; try++ {
		pl := pn.pickPlace(p)
		n := size
		if n == 0 {
			n = pn.size(p)
		}
		start := pn.randomStart()
		if p.key == "channel" || p.key == "felltree" || p.key == "branchline" {
			// Rasht's rain comes in autumn and winter
			for k := 0; k < 2 && start.Month() >= time.May && start.Month() <= time.September; k++ {
				start = pn.randomStart()
			}
		}
		if n > 40 {
			// a much-reported issue starts early enough to run for months
			room := pn.opt.End.Sub(pn.opt.Start) - 280*day
			start = pn.opt.Start
			if room > 0 {
				start = start.Add(time.Duration(rng.Int64N(int64(room))))
			}
		}
		is := &issue{prob: p, pl: pl, times: pn.spread(p, start, n)}
		if n >= 3 && p.agency == "municipality" && chance(rng, 0.18) {
			pn.comeBack(is)
		}
		if !pn.free(p, pl, is.times[0], is.times[len(is.times)-1]) {
			continue
		}
		if !pn.add(is) {
			continue
		}
		if len(is.times) >= 2 && !p.burst && chance(rng, 0.12) {
			last := is.times[len(is.times)-1]
			rs := last.Add(newAfter + time.Duration(rng.IntN(150))*day + time.Duration(rng.IntN(86400))*time.Second)
			re := &issue{prob: p, pl: pl, times: pn.spread(p, daytime(rng, rs), 1+rng.IntN(5)), recur: true, prev: is}
			pn.add(re)
		}
		return
	}
}

// comeBack marks the issue fixed after some reports and moves the rest to within two
// weeks of the fix: the repair failed, the file is reopened.
func (pn *planner) comeBack(is *issue) {
	rng := pn.rng
	k := 1 + rng.IntN(len(is.times)-1)
	fixAt := is.times[k-1].Add(time.Duration(1+rng.IntN(10)) * day)
	t := fixAt.Add(time.Duration(1+rng.IntN(13))*day + time.Duration(rng.IntN(20000))*time.Second)
	for i := k; i < len(is.times); i++ {
		t = daytime(rng, t)
		is.times[i] = t
		t = t.Add(time.Duration(rng.ExpFloat64()*3*float64(day)) + time.Hour)
		if t.Sub(is.times[i]) > maxGap {
			t = is.times[i].Add(maxGap / 2)
		}
	}
	is.fixed, is.fixAt = k, fixAt
}

var stormProblems = []string{"felltree", "felltree", "branchline", "channel", "channel", "channel", "powercut", "sweep", "felltree"}

// storm: one windy, rainy night brings many small issues all over the district at once,
// each its own file.
func (pn *planner) storm(at time.Time) {
	rng := pn.rng
	for k := 0; k < 10+rng.IntN(12); k++ {
		p := problemByKey(pick(rng, stormProblems))
		for try := 0; try < 10; try++ {
			pl := pn.pickPlace(p)
			start := at.Add(time.Duration(rng.IntN(30*60)) * time.Minute)
			n := 1 + rng.IntN(6)
			ts := []time.Time{start}
			for i := 1; i < n; i++ {
				ts = append(ts, ts[i-1].Add(time.Duration(5+rng.IntN(240))*time.Minute))
			}
			if pn.add(&issue{prob: p, pl: pl, times: ts, storm: true}) {
				break
			}
		}
	}
}

// trench: a utility (or the municipality) digs along a street alley by alley; each
// alley's unrepaired trench is its own file.
func (pn *planner) trench() {
	rng := pn.rng
	p := problemByKey(pick(rng, []string{"gastrench", "watertrench", "teltrench", "muntrench", "gastrench"}))
	st := pick(rng, pn.w.streets)
	if len(st.alleys) < 5 {
		return
	}
	first := rng.IntN(len(st.alleys) - 3)
	n := 3 + rng.IntN(min(5, len(st.alleys)-first-2))
	t := pn.randomStart()
	for j := 0; j < n && first+j < len(st.alleys); j++ {
		al := st.alleys[first+j]
		pl := place{st: st, al: al, pos: al.idx, plate: 1 + rng.IntN(40)}
		start := t.Add(time.Duration(j*(3+rng.IntN(6))) * day)
		pn.add(&issue{prob: p, pl: pl, times: pn.spread(p, daytime(rng, start), 1+rng.IntN(5)), seq: j + 1})
	}
}

// missedRoute: the rubbish truck skips part of its round, and three to five neighbouring
// alleys of one street report the same day. Each alley is its own file.
func (pn *planner) missedRoute() {
	rng := pn.rng
	p := problemByKey("garbage")
	st := pick(rng, pn.w.streets)
	if len(st.alleys) < 6 {
		return
	}
	first := rng.IntN(len(st.alleys) - 4)
	t := pn.randomStart()
	for j := 0; j < 3+rng.IntN(3) && first+j < len(st.alleys); j++ {
		al := st.alleys[first+j]
		start := t.Add(time.Duration(rng.IntN(8*60)) * time.Minute)
		ts := []time.Time{start}
		for i := 1; i < 1+rng.IntN(4); i++ {
			ts = append(ts, ts[i-1].Add(time.Duration(1+rng.IntN(20))*time.Hour))
		}
		pn.add(&issue{prob: p, pl: place{st: st, al: al, pos: al.idx, plate: 1 + rng.IntN(50)}, times: ts})
	}
}

var alleyTroubles = []string{"asphalt", "garbage", "channel", "dogs", "sewage", "pests", "blockcar", "streetlight"}

// troubledAlley: one alley with two or three different problems in the same weeks; a
// clerk opens one file per problem.
func (pn *planner) troubledAlley() {
	rng := pn.rng
	st := pick(rng, pn.w.streets)
	al := pick(rng, st.alleys)
	t := pn.randomStart()
	for _, i := range rng.Perm(len(alleyTroubles))[:2+rng.IntN(2)] {
		p := problemByKey(alleyTroubles[i])
		pl := place{st: st, al: al, pos: al.idx, plate: 1 + rng.IntN(50)}
		if p.lv == lvStreet {
			pl.al = nil
		}
		start := t.Add(time.Duration(rng.IntN(21*24)) * time.Hour)
		pn.add(&issue{prob: p, pl: pl, times: pn.spread(p, daytime(rng, start), 1+rng.IntN(5))})
	}
}

func plan(rng *rand.Rand, w *world, opt Options) []*issue {
	pn := &planner{rng: rng, w: w, opt: opt, reserved: map[string][][2]time.Time{}}
	for _, p := range problems {
		pn.weights = append(pn.weights, p.weight)
		pn.sumW += p.weight
	}
	scale := float64(opt.N) / 6000
	// storms come in the rainy months
	for s := 0; s < int(math.Max(1, math.Round(4*scale))); s++ {
		var at time.Time
		for {
			at = pn.randomStart()
			if m := at.Month(); m >= time.October || m <= time.March {
				break
			}
		}
		pn.storm(at)
	}
	for s := 0; s < int(math.Max(1, math.Round(5*scale))); s++ {
		pn.trench()
	}
	for s := 0; s < int(math.Max(1, math.Round(6*scale))); s++ {
		pn.missedRoute()
	}
	for s := 0; s < int(math.Max(1, math.Round(8*scale))); s++ {
		pn.troubledAlley()
	}
	// a few much-reported issues: the asphalt of one alley, rubbish that is never collected
	for k := 0; k < int(math.Max(1, math.Round(float64(3+rng.IntN(3))*scale))); k++ {
		p := problemByKey(pick(rng, []string{"asphalt", "asphalt", "garbage", "channel", "asphalt", "dogs", "sewage", "streetlight", "garbage"}))
		pn.regular(p, 60+rng.IntN(50))
	}
	for pn.total < opt.N {
		pn.regular(pn.pickProblem(), 0)
	}
	// Files open at the migration (reports before and after it) were re-registered by a
	// clerk in the new system within its first days.
	mig := opt.migration()
	byKey := map[string][]*issue{}
	for _, is := range pn.issues {
		byKey[is.pl.key(is.prob)] = append(byKey[is.pl.key(is.prob)], is)
	}
	for _, is := range pn.issues {
		last := is.times[len(is.times)-1]
		if !is.times[0].Before(mig) || last.Before(mig.Add(-30*day)) || is.fixed > 0 || !chance(rng, 0.6) {
			continue
		}
		at := time.Date(mig.Year(), mig.Month(), mig.Day()+rng.IntN(4), 8+rng.IntN(7), rng.IntN(60), rng.IntN(60), 0, tehran)
		clear := true
		for _, o := range byKey[is.pl.key(is.prob)] {
			if o != is && o.times[0].After(last) && o.times[0].Sub(at) < newAfter {
				clear = false
			}
		}
		if !clear {
			continue
		}
		is.migr = at
		is.times = append(is.times, at)
		sort.Slice(is.times, func(i, j int) bool { return is.times[i].Before(is.times[j]) })
		pn.total++
	}
	// a citizen who taps "send" twice: the same report a minute or two later
	for _, is := range pn.issues {
		if chance(rng, 0.02) {
			k := rng.IntN(len(is.times))
			if k+1 < len(is.times) && is.times[k+1].Sub(is.times[k]) < 10*time.Minute {
				continue
			}
			is.times = append(is.times, time.Time{})
			copy(is.times[k+2:], is.times[k+1:])
			is.times[k+1] = is.times[k].Add(time.Duration(40+rng.IntN(140)) * time.Second)
			is.twice = map[time.Time]bool{is.times[k+1]: true}
			if is.fixed > k {
				is.fixed++
			}
			pn.total++
		}
	}
	// trim the last issues to exactly N reports
	for pn.total > opt.N {
		last := pn.issues[len(pn.issues)-1]
		cut := min(pn.total-opt.N, len(last.times))
		if cut == len(last.times) {
			pn.issues = pn.issues[:len(pn.issues)-1]
		} else {
			last.times = last.times[:len(last.times)-cut]
			if last.fixed >= len(last.times) {
				last.fixed = 0
			}
		}
		pn.total -= cut
	}
	return pn.issues
}

// report is one request before its words are written.
type report struct {
	is  *issue
	idx int
	at  time.Time
	id  string
	old bool
}

// Generate builds the labelled set for opt, deterministic for a seed.
func Generate(opt Options) ([]Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht13: N must not be negative")
	}
	if !opt.End.After(opt.Start) {
		return nil, errors.New("rasht13: End must come after Start")
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x137_13))
	w := buildWorld(rng)
	issues := plan(rng, w, opt)
	var reps []*report
	for _, is := range issues {
		for i, t := range is.times {
			reps = append(reps, &report{is: is, idx: i, at: t})
		}
	}
	sort.SliceStable(reps, func(i, j int) bool { return reps[i].at.Before(reps[j].at) })
	migration := opt.migration()
	perDay := map[string]int{}
	for _, r := range reps {
		r.old = r.at.Before(migration)
		t := r.at.In(tehran)
		jy, jm, jd, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
		if err != nil {
			return nil, err
		}
		if r.old {
			k := fmt.Sprintf("%02d%02d", jy%100, int(jm))
			perDay[k]++
			r.id = fmt.Sprintf("%s-%05d", k, perDay[k]*7+rng.IntN(7))
		} else {
			k := fmt.Sprintf("%04d%02d%02d", jy, int(jm), jd)
			perDay[k]++
			r.id = fmt.Sprintf("%s%04d", k, perDay[k])
		}
	}
	vc := newVoices(rng, w, opt)
	rows := make([]Row, 0, len(reps))
	for _, r := range reps {
		rows = append(rows, vc.row(r))
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
