package rasht28

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// episodeGap is the quiet time, in days, after which the same problem at the same spot is a
// new issue (README.md, the labelling rule).
const episodeGap = 30

// Options says which year to write.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the export's district code; default "1"
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

// tehran is Iran's time, +03:30 all year since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404; the year has 365 days.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// Channels as the export writes them.
const (
	chPhone    = "تلفن"
	chApp      = "اپلیکیشن"
	chWeb      = "سامانه اینترنتی"
	chInPerson = "حضوری"
)

type issue struct {
	group   string
	problem problem
	place   place
	start   float64 // day of the year
	span    float64 // days over which reports come
	size    int
	noPlace bool
	status  string // the issue's outcome
}

// Generate writes the year: rows in time order with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht28: N is %d", opt.N)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x72617368743238))
	w := newWorld(rng)
	issues := planIssues(rng, w, opt.N)
	type req struct {
		row   labelled.Row
		issue int
		seq   int
	}
	var reqs []req
	for ii, is := range issues {
		times := reportTimes(rng, is)
		for k, at := range times {
			r := renderRequest(rng, is, k, at)
			r.District, r.Group, r.Agency = opt.District, is.group, is.problem.agency
			reqs = append(reqs, req{row: r, issue: ii, seq: k})
		}
	}
	slices.SortStableFunc(reqs, func(a, b req) int {
		if c := a.row.CreatedAt.Compare(b.row.CreatedAt); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.issue, b.issue), cmp.Compare(a.seq, b.seq))
	})
	rows := make([]labelled.Row, len(reqs))
	id := int64(1404000000 + rng.IntN(5000))
	for i, r := range reqs {
		// tracking numbers are city-wide; this district sees every few of them
		id += 1 + int64(rng.IntN(12))
		r.row.ID = strconv.FormatInt(id, 10)
		rows[i] = r.row
	}
	return rows, nil
}

// planIssues draws issues until they hold exactly n requests.
func planIssues(rng *rand.Rand, w *world, n int) []issue {
	var out []issue
	total := 0
	// episodes of one problem at one spot, to keep every new issue at least episodeGap
	// days from the others there: closer, they would be one issue by the labelling rule
	episodes := map[string][][2]float64{}
	free := func(is issue) bool {
		for _, e := range episodes[is.problem.key+"|"+is.place.key()] {
			if is.start <= e[1]+episodeGap && is.start+is.span+episodeGap >= e[0] {
				return false
			}
		}
		return true
	}
	add := func(is issue) bool {
		if total+is.size > n {
			is.size = n - total
		}
		if is.size <= 0 || !free(is) {
			return false
		}
		k := is.problem.key + "|" + is.place.key()
		episodes[k] = append(episodes[k], [2]float64{is.start, is.start + is.span})
		is.group = fmt.Sprintf("R28-%05d", len(out)+1)
		total += is.size
		out = append(out, is)
		return true
	}
	weights := make([]float64, len(problems))
	for i, p := range problems {
		weights[i] = p.weight
	}
	byKey := func(k string) problem {
		for _, p := range problems {
			if p.key == k {
				return p
			}
		}
		panic(k)
	}
	// the alley of Manzariyeh whose asphalt the whole year asks for, and the Golsar street a
	// blocked channel floods all autumn
	if n >= 600 {
		alley := w.first(func(p place) bool { return p.hood == "منظریه" && p.alleyKind == "کوچه" && p.alleyName != "" })
		add(issue{problem: byKey("asphalt"), place: alley, start: 20, span: 300, size: n / 60})
		street := w.first(func(p place) bool { return p.hood == "گلسار" && p.streetNum > 0 && p.alleyKind == "" })
		add(issue{problem: byKey("surfacewater"), place: street, start: 200, span: 45, size: n / 100})
	}
	for total < n {
		pr := problems[pickIdx(rng, weights)]
		start := seasonalDay(rng, pr.season)
		is := issue{problem: pr, start: start, size: issueSize(rng)}
		is.span = spanFor(rng, is.size)
		if is.size == 1 && chance(rng, 0.02) {
			is.noPlace = true
		}
		added := false
		for try := 0; try < 20 && !added; try++ {
			is.place = w.pick(rng, pr.park)
			added = add(is)
		}
		// the same problem back at the same spot after it was fixed: a new episode
		if added && chance(rng, pr.recur) {
			again := is
			again.start = is.start + is.span + 40 + rng.Float64()*120
			again.size = issueSize(rng)
			again.span = spanFor(rng, again.size)
			again.noPlace = false
			if again.start+again.span < yearDays {
				add(again)
			}
		}
	}
	for i := range out {
		out[i].status = outcome(rng, out[i])
	}
	return out
}

// issueSize: most issues draw one or two requests, a few dozens.
func issueSize(rng *rand.Rand) int {
	switch pickIdx(rng, []float64{0.64, 0.18, 0.11, 0.055, 0.012, 0.002}) {
	case 0:
		return 1
	case 1:
		return 2
	case 2:
		return 3 + rng.IntN(3)
	case 3:
		return 6 + rng.IntN(10)
	case 4:
		return 16 + rng.IntN(25)
	default:
		return 41 + rng.IntN(30)
	}
}

func spanFor(rng *rand.Rand, size int) float64 {
	if size == 1 {
		return 0
	}
	d := float64(size) * (0.5 + rng.Float64()*2.5)
	return min(d, 75)
}

var monthDays = []int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

func seasonalDay(rng *rand.Rand, season [12]float64) float64 {
	w := make([]float64, 12)
	for i := range w {
		w[i] = season[i] * float64(monthDays[i])
	}
	m := pickIdx(rng, w)
	d := 0
	for i := range m {
		d += monthDays[i]
	}
	day := float64(d) + rng.Float64()*float64(monthDays[m])
	// Nowruz holidays: fewer calls
	if day < 13 && chance(rng, 0.5) {
		day += 13
	}
	return day
}

// reportTimes spreads an issue's reports over its span, most of them early.
func reportTimes(rng *rand.Rand, is issue) []float64 {
	ts := make([]float64, is.size)
	for k := range ts {
		if k == 0 {
			ts[k] = is.start
			continue
		}
		u := rng.Float64()
		if is.span > 100 {
			ts[k] = is.start + u*is.span
		} else {
			ts[k] = is.start + u*u*is.span
		}
		if ts[k] > yearDays-0.01 {
			ts[k] = yearDays - 0.01
		}
	}
	slices.Sort(ts)
	return ts
}

// outcome is where the issue stood when the export was taken, at the end of the year.
func outcome(rng *rand.Rand, is issue) string {
	if is.problem.agency != "municipality" {
		return pick(rng, []string{"ارجاع شده", "ارجاع شده", "ارجاع شده", "ارجاع شده", "خارج از حوزه", "انجام شده", "جدید"})
	}
	if is.noPlace && chance(rng, 0.5) {
		return "رد شده"
	}
	age := yearDays - is.start
	switch {
	case age < 10:
		return pick(rng, []string{"جدید", "جدید", "در حال بررسی", "واگذار شده"})
	case age < 40:
		return pick(rng, []string{"در حال بررسی", "واگذار شده", "در حال انجام", "انجام شده", "انجام شده"})
	default:
		return pick(rng, []string{"انجام شده", "انجام شده", "انجام شده", "انجام شده", "انجام شده", "انجام شده",
			"در حال انجام", "واگذار شده", "رد شده"})
	}
}
