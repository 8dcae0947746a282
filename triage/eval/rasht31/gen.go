package rasht31

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options shape one generated year.
type Options struct {
	Seed int64
	// N is the number of requests (default 6000).
	N int
	// District is the district code written on every request (default "1"); the world is
	// منطقه ۴ whatever the code says.
	District string
	// Start is the first day of the year written (default 1404-01-01, 2025-03-21 +03:30).
	Start time.Time
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

const year = 365 * 24 * time.Hour

// issue is one problem at one spot in one episode, with the times its requests arrive.
type issue struct {
	prob    int
	sp      spot
	noPlace bool
	times   []time.Time
	group   string
}

// event is one request before it is written: which issue, which of its requests.
type event struct {
	is  *issue
	nth int
	at  time.Time
}

// Generate writes one year of the district's requests, in time order, with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht31: n %d < 0", opt.N)
	}
	r := newRand(opt.Seed)
	issues := planIssues(r, opt)
	var evs []event
	for _, is := range issues {
		for i, t := range is.times {
			evs = append(evs, event{is: is, nth: i, at: t})
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].at.Before(evs[j].at) })
	if len(evs) > opt.N {
		evs = evs[:opt.N]
	}
	end := opt.Start.Add(year)
	type rendered struct {
		row labelled.Row
		is  *issue
	}
	out := make([]rendered, len(evs))
	for i, ev := range evs {
		out[i] = rendered{render(r, ev, end), ev.is}
	}
	// Batches typed in later move a request past its neighbours; the central system numbers
	// requests when they are typed, so ids follow the final order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].row.CreatedAt.Before(out[j].row.CreatedAt) })
	rows := make([]labelled.Row, len(out))
	next := 1
	seq := int64(4040000000) + int64(r.IntN(5000))
	for i, o := range out {
		if o.is.group == "" {
			o.is.group = "z4-" + strconv.Itoa(next)
			next++
		}
		seq += 1 + int64(r.IntN(6)) // the central counter is shared with the other districts
		row := o.row
		row.ID = strconv.FormatInt(seq, 10)
		row.District = opt.District
		row.Group = o.is.group
		rows[i] = row
	}
	return rows, nil
}

// planIssues draws issues until they hold at least opt.N requests.
func planIssues(r *rand.Rand, opt Options) []*issue {
	scale := float64(opt.N) / 6000
	taken := map[[5]int][][2]time.Time{} // spot and problem → episodes, so none overlap
	var issues []*issue
	total := 0
	add := func(is *issue) {
		issues = append(issues, is)
		total += len(is.times)
	}
	// One or two issues a year draw about a hundred: an alley's asphalt in the rains, a bin
	// station that the truck skips all summer.
	giants := max(1, int(math.Round(2*scale)))
	for g := 0; g < giants && total < opt.N; g++ {
		p, startDay, span := 1, 200+r.IntN(60), 50 // asphalt, from mid-autumn
		if g%2 == 1 {
			p, startDay, span = 0, 90+r.IntN(40), 40 // garbage, in summer
		}
		n := int(float64(80+r.IntN(35)) * scale)
		start := opt.Start.Add(time.Duration(startDay) * 24 * time.Hour)
		if is := placeIssue(r, taken, p, start, n, span, true); is != nil {
			add(is)
		}
	}
	// Requests that name no place at all: each its own issue.
	noPlace := int(0.025 * float64(opt.N))
	for i := 0; i < noPlace; i++ {
		p := pickProblem(r)
		add(&issue{prob: p, noPlace: true, times: []time.Time{dayTime(r, opt.Start, r.IntN(365))}})
	}
	for total < opt.N {
		p := pickProblem(r)
		n := issueSize(r, problems[p])
		start := opt.Start.Add(time.Duration(seasonalDay(r, problems[p])) * 24 * time.Hour)
		span := 3 + n*2
		is := placeIssue(r, taken, p, start, n, span, false)
		if is == nil {
			continue
		}
		add(is)
		// Episodes come back: the same spot's problem a few months later is a new issue.
		for last := is; len(last.times) > 1 && total < opt.N && r.Float64() < recurChance(problems[p]); {
			after := last.times[len(last.times)-1].Add(time.Duration(35+r.IntN(110)) * 24 * time.Hour)
			if after.After(opt.Start.Add(year - 5*24*time.Hour)) {
				break
			}
			n2 := issueSize(r, problems[p])
			nx := placeAt(r, taken, p, last.sp, after, n2, 3+n2*2)
			if nx == nil {
				break
			}
			add(nx)
			last = nx
		}
	}
	return issues
}

func recurChance(p problem) float64 {
	if p.big {
		return 0.25
	}
	return 0.12
}

// placeIssue finds a spot free of this problem around the episode and lays the issue there.
// A giant is one alley: the hundred requests of one alley's asphalt.
func placeIssue(r *rand.Rand, taken map[[5]int][][2]time.Time, p int, start time.Time, n, spanDays int, alleyOnly bool) *issue {
	for try := 0; try < 30; try++ {
		sp := pickSpot(r, r.Float64() < problems[p].streetWide)
		if alleyOnly && sp.alley == 0 {
			continue
		}
		if is := placeAt(r, taken, p, sp, start, n, spanDays); is != nil {
			return is
		}
	}
	return nil
}

// placeAt lays an episode of n requests from start at sp, unless another episode of the same
// problem at the same spot lies within 35 days of it (the clerk would count them as one).
func placeAt(r *rand.Rand, taken map[[5]int][][2]time.Time, p int, sp spot, start time.Time, n, spanDays int) *issue {
	times := episodeTimes(r, start, n, spanDays)
	k := sp.key()
	key := [5]int{k[0], k[1], k[2], k[3], p}
	lo, hi := times[0].Add(-35*24*time.Hour), times[len(times)-1].Add(35*24*time.Hour)
	for _, ep := range taken[key] {
		if ep[0].Before(hi) && ep[1].After(lo) {
			return nil
		}
	}
	taken[key] = append(taken[key], [2]time.Time{times[0], times[len(times)-1]})
	return &issue{prob: p, sp: sp, times: times}
}

// episodeTimes spreads n requests over about spanDays, most early: the first days draw the
// most calls, then the stragglers and the follow-ups.
func episodeTimes(r *rand.Rand, start time.Time, n, spanDays int) []time.Time {
	times := make([]time.Time, n)
	day0 := midnight(start)
	for i := range times {
		d := 0.0
		if i > 0 {
			d = float64(spanDays) * math.Pow(r.Float64(), 1.6)
		}
		times[i] = dayTime(r, day0, int(d))
		if i == 0 {
			continue
		}
		if times[i].Before(times[0]) {
			times[i] = times[0].Add(time.Duration(10+r.IntN(300)) * time.Minute)
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	return times
}

// dayTime is a moment of day d after start when people call: mornings and evenings.
func dayTime(r *rand.Rand, start time.Time, d int) time.Time {
	hours := []float64{0.3, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1.5, 4, 6, 6.5, 6, 5, 4.5, 4, 4, 4.5, 5, 5.5, 5.5, 5, 4, 2.5, 1}
	h := pickWeighted(r, hours)
	return start.Add(time.Duration(d)*24*time.Hour + time.Duration(h)*time.Hour +
		time.Duration(r.IntN(3600))*time.Second)
}

// seasonalDay draws the first day of an episode: rain problems in autumn and winter
// (Rasht's rains run from mehr to esfand), garbage worse in summer.
func seasonalDay(r *rand.Rand, p problem) int {
	for {
		d := r.IntN(365)
		w := 1.0
		month := d / 30 // 0 = farvardin
		switch p.key {
		case "surfacewater", "grate", "asphalt", "sweeping":
			if month >= 6 && month <= 10 {
				w = 1
			} else {
				w = 0.45
			}
		case "garbage", "dogs", "park":
			if month >= 2 && month <= 5 {
				w = 1
			} else {
				w = 0.7
			}
		}
		if r.Float64() < w {
			return d
		}
	}
}

func pickProblem(r *rand.Rand) int {
	w := make([]float64, len(problems))
	for i, p := range problems {
		w[i] = p.weight
	}
	return pickWeighted(r, w)
}

// issueSize: most issues draw one or two requests, some a handful, a few dozens.
func issueSize(r *rand.Rand, p problem) int {
	u := r.Float64()
	var n int
	switch {
	case u < 0.57:
		n = 1
	case u < 0.77:
		n = 2
	case u < 0.86:
		n = 3
	case u < 0.93:
		n = 4 + r.IntN(3)
	case u < 0.98:
		n = 7 + r.IntN(8)
	default:
		n = 15 + r.IntN(26)
	}
	if !p.big && n > 12 {
		n = 6 + r.IntN(7)
	}
	if p.agency != "municipality" && n > 6 {
		n = 3 + r.IntN(4)
	}
	return n
}

// midnight is the start of t's day in Tehran time.
func midnight(t time.Time) time.Time {
	t = t.In(tehran)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran)
}

func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
}
