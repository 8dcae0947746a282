package rasht26

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// tehran is Iran's time, without daylight saving since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 فروردین 1404; the export covers one Solar Hijri year.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode: what the truth calls a group.
type issue struct {
	n       int
	p       *problem
	sp      spot
	start   time.Time
	days    float64 // length of the episode
	size    int
	chronic bool   // reports keep coming evenly while nothing is done, rather than in a burst
	variant string // which of the problem's variants ("1", "2" …), "" when it has none
}

// variants lists the variant tags a problem's templates carry, in order of appearance.
func (p *problem) variants() []string {
	var vs []string
	seen := map[string]bool{}
	for _, t := range append(append([]string{}, p.Citizen...), p.Operator...) {
		if v, _, ok := strings.Cut(t, "|"); ok && !seen[v] {
			seen[v] = true
			vs = append(vs, v)
		}
	}
	return vs
}

// say picks one of the templates that fit the issue's variant, without its tag.
func (is *issue) say(r *rand.Rand, templates []string) string {
	var fit []string
	for _, t := range templates {
		v, text, ok := strings.Cut(t, "|")
		switch {
		case !ok:
			fit = append(fit, t)
		case v == is.variant:
			fit = append(fit, text)
		}
	}
	return pick(r, fit)
}

// call is one request before it is written: which issue, when, through which channel.
type call struct {
	is      *issue
	at      time.Time
	channel string
	nth     int  // 0 for the first request of its issue
	batch   bool // typed in at the desk later
}

// solarMonth is the Solar Hijri month (0 = فروردین) of a day of the year, close enough.
func solarMonth(day int) int {
	if day < 186 {
		return day / 31
	}
	m := 6 + (day-186)/30
	if m > 11 {
		m = 11
	}
	return m
}

func problemByKey(key string) *problem {
	for i := range problems {
		if problems[i].Key == key {
			return &problems[i]
		}
	}
	panic("rasht26: no problem " + key)
}

// capped keeps a private nuisance (a car at my garage, a bin at my door) from drawing the
// crowd a flooded street does.
func capped(r *rand.Rand, p *problem, n int) int {
	if p.Max > 0 && n > p.Max {
		return p.Max - r.IntN(p.Max/2)
	}
	return n
}

// size draws how many requests one issue gets: most one or two, a few a dozen or more.
func drawSize(r *rand.Rand, big float64) int {
	var n int
	switch u := r.Float64(); {
	case u < 0.62:
		n = 1
	case u < 0.80:
		n = 2
	case u < 0.875:
		n = 3
	case u < 0.925:
		n = 4 + r.IntN(2)
	case u < 0.97:
		n = 6 + r.IntN(7)
	case u < 0.995:
		n = 13 + r.IntN(18)
	default:
		n = 31 + r.IntN(30)
	}
	if big > 1 {
		if n == 1 && r.Float64() < (big-1)*0.4 {
			n = 2
		}
		n = int(math.Round(float64(n) * big))
	}
	return n
}

type planner struct {
	r      *rand.Rand
	hood   []neighbourhood
	issues []*issue
	left   int
}

func (pl *planner) add(p *problem, sp spot, start time.Time, days float64, size int, chronic bool) *issue {
	if size > pl.left {
		size = pl.left
	}
	if size <= 0 {
		return nil
	}
	is := &issue{n: len(pl.issues) + 1, p: p, sp: sp, start: start, days: days, size: size, chronic: chronic}
	if vs := p.variants(); len(vs) > 0 {
		is.variant = pick(pl.r, vs)
	}
	pl.issues = append(pl.issues, is)
	pl.left -= size
	return is
}

func (pl *planner) dayTime(day int) time.Time {
	return yearStart.AddDate(0, 0, day).Add(time.Duration(7*60+pl.r.IntN(14*60)) * time.Minute)
}

// quietDays draws a day of the year on which a problem is first reported: fewer on
// Fridays, and fewer in the Nowruz holidays, when half the city has left.
func quietDays(r *rand.Rand) int {
	for {
		d := r.IntN(yearDays)
		keep := 1.0
		if yearStart.AddDate(0, 0, d).Weekday() == time.Friday {
			keep = 0.65
		}
		if d < 13 {
			keep *= 0.5
		}
		if r.Float64() < keep {
			return d
		}
	}
}

// seasonalDay draws a day of the year weighted by a season.
func seasonalDay(r *rand.Rand, season [12]float64) int {
	for {
		d := r.IntN(yearDays)
		w := season[solarMonth(d)]
		if w == 0 || r.Float64()*2.5 < w {
			return d
		}
	}
}

// plan lays out the year: the storms and the low spots they flood, one or two chronic
// issues that draw a hundred requests, then ordinary issues until n requests are spoken for.
func plan(r *rand.Rand, n int) []*issue {
	pl := &planner{r: r, hood: district3(), left: n}
	scale := float64(n) / 6000

	// Storms: Rasht's autumn and winter rain floods the same low alleys again and again;
	// each storm at each spot is a new episode.
	flood, channel, falltree := problemByKey("flood"), problemByKey("channel"), problemByKey("falltree")
	lowSpots := make([]spot, 14)
	for i := range lowSpots {
		lowSpots[i] = pickSpot(r, pl.hood, levelAlley)
	}
	storms := int(math.Round((10 + float64(r.IntN(6))) * math.Sqrt(scale)))
	for range storms {
		day := seasonalDay(r, autumnWinter)
		start := yearStart.AddDate(0, 0, day).Add(time.Duration(r.IntN(24*60)) * time.Minute)
		heavy := 1.0
		if r.Float64() < 0.3 {
			heavy = 1.8
		}
		for _, i := range r.Perm(len(lowSpots))[:3+r.IntN(5)] {
			pl.add(flood, lowSpots[i], start.Add(time.Duration(r.IntN(180))*time.Minute), 1+r.Float64(), drawSize(r, flood.Big*heavy), false)
		}
		for range 1 + r.IntN(4) {
			pl.add(flood, pickSpot(r, pl.hood, levelAlley), start.Add(time.Duration(r.IntN(300))*time.Minute), 1, drawSize(r, 1), false)
		}
		for range r.IntN(3) {
			pl.add(falltree, pickSpot(r, pl.hood, levelStretch), start.Add(time.Duration(r.IntN(600))*time.Minute), 1, capped(r, falltree, drawSize(r, falltree.Big)), false)
		}
		for range r.IntN(3) {
			pl.add(channel, pickSpot(r, pl.hood, levelAlley), start.Add(time.Duration(r.IntN(48*60))*time.Minute), 5+r.Float64()*20, drawSize(r, 1), false)
		}
	}

	// One or two issues of about a hundred: an alley dug up and never restored, a dark
	// boulevard, or a week after week garbage point; reports come for months.
	giants := []string{"asphalt", "asphalt", "asphalt", "darkroad", "garbage"}
	ng := 1 + r.IntN(2)
	for g := range ng {
		p := problemByKey(giants[r.IntN(len(giants))])
		lv := p.Level
		sp := pickSpot(r, pl.hood, lv)
		size := int(float64(70+r.IntN(60)) * scale)
		if g == 1 {
			size = int(float64(40+r.IntN(50)) * scale)
		}
		days := 60 + r.Float64()*100
		day := r.IntN(yearDays - int(days) + 30)
		pl.add(p, sp, pl.dayTime(day), days, size, true)
	}

	// Ordinary issues.
	var total float64
	for _, p := range problems {
		total += p.Weight
	}
	for pl.left > 0 {
		day := quietDays(r)
		m := solarMonth(day)
		// draw a problem by weight × season of the day
		var p *problem
		for p == nil {
			u := r.Float64() * total
			for i := range problems {
				u -= problems[i].Weight
				if u < 0 {
					q := &problems[i]
					w := q.Season[m]
					if w == 0 {
						w = 1
					}
					if r.Float64()*2.5 < w {
						p = q
					}
					break
				}
			}
		}
		sp := pickSpot(r, pl.hood, p.Level)
		days := float64(p.Days[0]) + r.Float64()*float64(p.Days[1]-p.Days[0]) + r.Float64()
		size := capped(r, p, drawSize(r, p.Big))
		chronic := size >= 8 && days > 20
		pl.add(p, sp, pl.dayTime(day), days, size, chronic)
		// the problem comes back at the same spot after the repair
		for d := day + int(days); r.Float64() < p.Recur && pl.left > 0; {
			d += 20 + r.IntN(120)
			if d >= yearDays {
				break
			}
			days = float64(p.Days[0]) + r.Float64()*float64(p.Days[1]-p.Days[0]) + r.Float64()
			pl.add(p, sp, pl.dayTime(d), days, capped(r, p, drawSize(r, p.Big)), false)
			d += int(days)
		}
	}
	return pl.issues
}

var channels = []struct {
	name string
	w    float64
}{{"phone", 0.52}, {"app", 0.32}, {"web", 0.08}, {"in_person", 0.08}}

func drawChannel(r *rand.Rand) string {
	u := r.Float64()
	for _, c := range channels {
		u -= c.w
		if u < 0 {
			return c.name
		}
	}
	return "phone"
}

// yearEnd is when the export was taken.
var yearEnd = yearStart.AddDate(0, 0, yearDays)

// calls spreads each issue's requests over its episode and gives each a channel and a
// time of day that channel has; the result is in time order.
func calls(r *rand.Rand, issues []*issue) []call {
	var out []call
	for _, is := range issues {
		span := time.Duration(is.days * float64(24*time.Hour))
		for k := range is.size {
			var at time.Time
			switch {
			case k == 0:
				at = is.start
			case is.chronic:
				at = is.start.Add(time.Duration(r.Float64() * float64(span)))
			default:
				// a burst: most reports in the first hours and days, a tail of "still not done"
				u := r.Float64()
				at = is.start.Add(time.Duration(u * u * float64(span+6*time.Hour)))
			}
			c := call{is: is, channel: drawChannel(r), nth: k}
			at = channelTime(r, at, c.channel)
			if c.channel == "in_person" && r.Float64() < 0.5 {
				// written on paper at the desk and typed in with the morning's batch
				c.batch = true
				d := at.AddDate(0, 0, 1+r.IntN(3))
				at = time.Date(d.Year(), d.Month(), d.Day(), 12, 40, 0, 0, tehran).Add(time.Duration(r.IntN(40)) * time.Minute)
			}
			if !at.Before(yearEnd) {
				// the export was taken at the year's end: pull the call into its last days, in
				// office hours so that no channel speaks out of its hours
				at = yearEnd.AddDate(0, 0, -1-r.IntN(3)).Add(9*time.Hour + time.Duration(r.IntN(4*60))*time.Minute)
			}
			if at.Before(yearStart) {
				at = yearStart.Add(time.Duration(r.IntN(600)) * time.Minute)
			}
			c.at = at
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].at.Equal(out[j].at) {
			return out[i].at.Before(out[j].at)
		}
		if out[i].is.n != out[j].is.n {
			return out[i].is.n < out[j].is.n
		}
		return out[i].nth < out[j].nth
	})
	// the first request of an issue is, by definition, its earliest
	seen := map[*issue]int{}
	for i := range out {
		out[i].nth = seen[out[i].is]
		seen[out[i].is]++
	}
	return out
}

// channelTime moves a moment to an hour the channel is used: the phone line is staffed
// 7:00–22:00, the desk 8:00–14:00, the app and the web any time, mostly by day.
func channelTime(r *rand.Rand, at time.Time, ch string) time.Time {
	h := at.Hour()
	switch ch {
	case "phone":
		if h < 7 || h >= 22 {
			at = at.Add(time.Duration((7+24-h)%24+r.IntN(3)) * time.Hour)
		}
	case "in_person":
		if h < 8 || h >= 14 {
			at = at.Add(time.Duration((8+24-h)%24+r.IntN(5)) * time.Hour)
		}
		// Friday (and often Thursday) the desk is closed
		for at.Weekday() == time.Friday || at.Weekday() == time.Thursday {
			at = at.AddDate(0, 0, 1)
		}
	default:
		if h >= 1 && h < 6 && r.Float64() < 0.8 {
			at = at.Add(time.Duration(6-h+r.IntN(4)) * time.Hour)
		}
	}
	return at.Add(time.Duration(r.IntN(3600)) * time.Second)
}
