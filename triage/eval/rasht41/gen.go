package rasht41

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write.
type Options struct {
	Seed     int64
	N        int    // requests; 6000 when zero
	District string // "4" when empty
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "4"
	}
	return o
}

// tehran is Iran Standard Time; Iran has kept no summer time since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404; the export is taken at the end of Esfand.
var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	yearDays  = 365
	yearEnd   = yearStart.AddDate(0, 0, yearDays)
)

// issue is one problem at one spot in one episode, and how many requests it draws.
type issue struct {
	id        string
	p         *problem
	sp        spot
	start     time.Time
	days      float64
	size      int
	placeless bool
	giant     bool
}

// Generate writes the year: requests in time order, each with its issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 1 {
		return nil, errors.New("rasht41: N must be positive")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x4141_7a1e_0004))
	w := buildWorld(r)
	spells := rainSpells(r)
	issues := planIssues(r, w, spells, opt.N)
	rows := make([]labelled.Row, 0, opt.N)
	for _, is := range issues {
		for k := 0; k < is.size; k++ {
			rows = append(rows, writeRequest(r, w, is, k, opt.District))
		}
	}
	typeInBatches(r, rows)
	slices.SortStableFunc(rows, func(a, b labelled.Row) int { return a.CreatedAt.Compare(b.CreatedAt) })
	serial := 1404_00_4000 + r.IntN(500)
	for i := range rows {
		serial += 1 + r.IntN(23) // other districts take numbers from the same counter
		rows[i].ID = fmt.Sprintf("%d", serial)
	}
	if len(rows) != opt.N {
		return nil, fmt.Errorf("rasht41: wrote %d requests, want %d", len(rows), opt.N)
	}
	return rows, nil
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// rainProb is the chance of rain on a day of each month, Farvardin first: Rasht is wet
// all year and wettest in autumn.
var rainProb = [12]float64{0.3, 0.25, 0.15, 0.1, 0.12, 0.25, 0.4, 0.45, 0.4, 0.35, 0.35, 0.35}

type spell struct{ day, days int }

func monthOf(day int) int {
	if day < 186 {
		return day / 31
	}
	return min(6+(day-186)/30, 11)
}

func rainSpells(r *rand.Rand) []spell {
	var out []spell
	for d := 0; d < yearDays; d++ {
		if chance(r, rainProb[monthOf(d)]*0.3) {
			n := 1 + r.IntN(4)
			out = append(out, spell{d, n})
			d += n + 1
		}
	}
	return out
}

// issueSize is how many requests one issue draws: most one or two, a few dozens.
func issueSize(r *rand.Rand, scale float64) int {
	var n int
	switch x := r.Float64(); {
	case x < 0.58:
		n = 1
	case x < 0.78:
		n = 2
	case x < 0.88:
		n = 3 + r.IntN(2)
	case x < 0.96:
		n = 5 + r.IntN(5)
	case x < 0.995:
		n = 10 + r.IntN(12)
	default:
		n = 25 + r.IntN(21)
	}
	if n > 1 {
		n = max(1, int(math.Round(float64(n)*scale)))
	}
	return min(n, 55)
}

func pickProblem(r *rand.Rand) *problem {
	total := 0.0
	for _, p := range problems {
		total += p.weight
	}
	x := r.Float64() * total
	for _, p := range problems {
		if x < p.weight {
			return p
		}
		x -= p.weight
	}
	return problems[len(problems)-1]
}

func problemByKey(key string) *problem {
	for _, p := range problems {
		if p.key == key {
			return p
		}
	}
	panic("rasht41: no problem " + key)
}

func pickDay(r *rand.Rand, months [12]float64) int {
	for {
		d := r.IntN(yearDays)
		if r.Float64()*1.8 < months[monthOf(d)] {
			return d
		}
	}
}

// planIssues draws the year's issues until their requests add up to n, then places them.
func planIssues(r *rand.Rand, w *world, spells []spell, n int) []*issue {
	var out []*issue
	left := n
	// One or two issues draw about a hundred requests: an alley's asphalt that a whole
	// street's neighbours call about for months, and a dark lane at the edge.
	if n >= 1000 {
		v := w.streetNamed("ولیعصر")
		out = append(out, &issue{p: problemByKey("asphalt"), giant: true, size: min(left, scaled(90+r.IntN(25), n)),
			sp:    spot{level: atAlley, h: v.hood, st: v, al: v.alleys[11], lat: v.alleys[11].lat, lon: v.alleys[11].lon},
			start: yearStart.AddDate(0, 0, 200+r.IntN(40)), days: 110})
		left -= out[0].size
	}
	if n >= 3000 {
		k := w.streetNamed("خمیران")
		a, b := k.alleys[0], k.alleys[len(k.alleys)-1]
		is := &issue{p: problemByKey("streetlight"), giant: true, size: min(left, scaled(45+r.IntN(25), n)),
			sp:    spot{level: atStretch, h: k.hood, st: k, from: 1, to: len(k.alleys), lat: (a.lat + b.lat) / 2, lon: (a.lon + b.lon) / 2},
			start: yearStart.AddDate(0, 0, 150+r.IntN(60)), days: 70}
		out = append(out, is)
		left -= is.size
	}
	placeless := int(math.Round(float64(n) * 0.035))
	for ; placeless > 0 && left > 0; placeless-- {
		out = append(out, &issue{p: pickProblem(r), placeless: true, size: 1})
		left--
	}
	for left > 0 {
		p := pickProblem(r)
		size := min(left, issueSize(r, p.scale))
		if p.maxDays <= 7 {
			size = min(size, 20) // a bin or a rain spell is over before a crowd can call
		}
		out = append(out, &issue{p: p, size: size})
		left -= size
	}
	for _, is := range out {
		if is.giant {
			continue
		}
		p := is.p
		if p.rain && len(spells) > 0 {
			s := pick(r, spells)
			is.start = yearStart.AddDate(0, 0, s.day).Add(time.Duration(r.IntN(20*60)) * time.Minute)
			is.days = float64(s.days) + r.Float64()*1.5
		} else {
			is.start = yearStart.AddDate(0, 0, pickDay(r, p.months)).Add(time.Duration(6*60+r.IntN(17*60)) * time.Minute)
			is.days = float64(p.minDays) + r.Float64()*float64(p.maxDays-p.minDays) + 0.3
		}
		// A crowd needs time: an issue many people report lasts at least a few days.
		is.days = max(is.days, float64(is.size)/8)
	}
	slices.SortStableFunc(out, func(a, b *issue) int { return a.start.Compare(b.start) })
	placeIssues(r, w, out)
	for i, is := range out {
		is.id = fmt.Sprintf("d4-%05d", i+1)
	}
	return out
}

func scaled(size, n int) int { return max(2, size*n/6000) }

func (w *world) streetNamed(name string) *street {
	for _, s := range w.streets {
		if s.name == name {
			return s
		}
	}
	panic("rasht41: no street " + name)
}

func (is *issue) end() time.Time {
	return is.start.Add(time.Duration(is.days * 24 * float64(time.Hour)))
}

// overlaps reports whether two spots would be one issue for the same problem at once.
func overlaps(a, b spot) bool {
	if a.h != b.h || a.level != b.level {
		return false
	}
	switch a.level {
	case atHood:
		return true
	case atStretch:
		return a.st == b.st && a.from <= b.to && b.from <= a.to
	case atLandmark, atPark:
		return a.lm == b.lm
	}
	return a.al == b.al
}

// placeIssues gives each issue its spot, in start order: about one in eight comes back to
// a spot where the same problem was fixed before (a new episode), and no two issues of
// one problem are open at one spot at once.
func placeIssues(r *rand.Rand, w *world, issues []*issue) {
	for i, is := range issues {
		if is.giant || is.placeless {
			continue
		}
		clash := func(sp spot) bool {
			for _, o := range issues[:i] {
				if o.p == is.p && !o.placeless && overlaps(o.sp, sp) && o.end().After(is.start.Add(-7*24*time.Hour)) {
					return true
				}
			}
			for _, o := range issues[i+1:] {
				if o.giant && o.p == is.p && overlaps(o.sp, sp) {
					return true
				}
			}
			return false
		}
		if chance(r, 0.12) {
			var past []*issue
			for _, o := range issues[:i] {
				if o.p == is.p && !o.placeless && !o.giant {
					past = append(past, o)
				}
			}
			if len(past) > 0 {
				o := pick(r, past)
				if !clash(o.sp) {
					is.sp = o.sp
					continue
				}
			}
		}
		for try := 0; ; try++ {
			sp := w.pickSpot(r, is.p.level)
			if is.p.key == "debris" || is.p.key == "building" {
				sp.plate = 1 + r.IntN(60)
			}
			if !clash(sp) || try > 40 {
				is.sp = sp
				break
			}
		}
	}
}

// requestTime is when the k-th request of an issue came in: the first at the start, the
// rest front-loaded over the episode, at the hours each channel is used.
func requestTime(r *rand.Rand, is *issue, k int, channel string) time.Time {
	if k == 0 {
		return is.start
	}
	limit := yearEnd.Sub(is.start).Hours() / 24
	span := min(is.days, limit-0.05)
	off := math.Pow(r.Float64(), 1.5) * span
	day := is.start.Add(time.Duration(off * 24 * float64(time.Hour)))
	d0 := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, tehran)
	t := d0.Add(time.Duration(channelMinute(r, channel)) * time.Minute)
	for t.Before(is.start) {
		t = t.Add(24 * time.Hour)
	}
	if !t.Before(yearEnd) {
		t = is.start.Add(time.Duration(r.Float64() * float64(yearEnd.Sub(is.start))))
	}
	return t
}

// channelMinute is a minute of the day: the phone line is busiest in the morning, the app
// in the evening, the office only open in the morning.
func channelMinute(r *rand.Rand, channel string) int {
	switch channel {
	case "app", "web":
		h := pick(r, []int{7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 1})
		return h*60 + r.IntN(60)
	case "in_person":
		return (8+r.IntN(5))*60 + r.IntN(60)
	}
	h := pick(r, []int{7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22})
	return h*60 + r.IntN(60)
}

// typeInBatches moves the paper forms of the office to when a clerk typed them: the next
// working morning, one after another.
func typeInBatches(r *rand.Rand, rows []labelled.Row) {
	for i := range rows {
		if rows[i].Channel != "in_person" || !chance(r, 0.6) {
			continue
		}
		t := rows[i].CreatedAt.AddDate(0, 0, 1)
		if t.Weekday() == time.Friday {
			t = t.AddDate(0, 0, 1)
		}
		t = time.Date(t.Year(), t.Month(), t.Day(), 8, 30+r.IntN(60), r.IntN(60), 0, tehran)
		if t.Before(yearEnd) {
			rows[i].CreatedAt = t
		}
	}
}
