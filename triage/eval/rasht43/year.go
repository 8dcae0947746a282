package rasht43

import (
	"math"
	"math/rand/v2"
	"time"
)

// tehran is Iran's time, +03:30 all year since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// The year 1404: 1 Farvardin 1404 = 21 March 2025, 29 Esfand 1404 = 20 March 2026.
var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	yearEnd   = yearStart.AddDate(0, 0, 365)
)

// monthDays are the lengths of the months of 1404 (not a leap year).
var monthDays = [12]int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

// monthOf is the Jalali month (0 = Farvardin) of day d of the year.
func monthOf(d int) int {
	for m, n := range monthDays {
		if d < n {
			return m
		}
		d -= n
	}
	return 11
}

// jalali is the Jalali date of t as year, month (1-12), day.
func jalali(t time.Time) (int, int, int) {
	d := int(t.In(tehran).Sub(yearStart).Hours() / 24)
	if d < 0 {
		return 1403, 12, 30 + d
	}
	for m, n := range monthDays {
		if d < n {
			return 1404, m + 1, d + 1
		}
		d -= n
	}
	return 1405, 1, d + 1
}

func monthStart(m int) int {
	s := 0
	for i := 0; i < m; i++ {
		s += monthDays[i]
	}
	return s
}

// hourWeights: 137 answers day and night, but most requests come in the morning and the evening.
var hourWeights = []float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.2, 2, 2.6, 2.8, 2.6, 2.2, 1.8, 1.6, 1.6, 1.8, 2, 2.2, 2.4, 2.4, 2.2, 1.6, 0.9}

func pick(r *rand.Rand, w []float64) int {
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	u := r.Float64() * sum
	for i, x := range w {
		u -= x
		if u < 0 {
			return i
		}
	}
	return len(w) - 1
}

func one[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// atHour is day d of the year at a random minute of a drawn hour.
func atHour(r *rand.Rand, d int) time.Time {
	h := pick(r, hourWeights)
	return yearStart.AddDate(0, 0, d).Add(time.Duration(h)*time.Hour + time.Duration(r.IntN(3600))*time.Second)
}

// weather: the rain days and the snow spell of the seed's year.
type weather struct {
	rain []int
	snow []int
}

func newWeather(r *rand.Rand) weather {
	var w weather
	for d := 0; d < 365; d++ {
		if r.Float64() < 0.065*rainy[monthOf(d)] {
			w.rain = append(w.rain, d)
		}
	}
	s := monthStart(10) + r.IntN(20) // Bahman
	w.snow = []int{s, s + 1, s + 2}
	return w
}

// startDay draws the first day of an episode of p.
func (g *gen) startDay(p *problem) int {
	switch {
	case p.rain && len(g.wx.rain) > 0:
		return one(g.r, g.wx.rain)
	case p.snow:
		return one(g.r, g.wx.snow)
	case p.season != nil:
		m := pick(g.r, p.season)
		return monthStart(m) + g.r.IntN(monthDays[m])
	}
	return g.r.IntN(365)
}

// times draws the request times of an episode of n reports over span days from day d:
// the first at d, the rest front-loaded.
func (g *gen) times(d int, span float64, n int) []time.Time {
	t0 := atHour(g.r, d)
	out := []time.Time{t0}
	for i := 1; i < n; i++ {
		off := span * math.Pow(g.r.Float64(), 1.6)
		var t time.Time
		if span < 2 {
			t = t0.Add(time.Duration(off*24*3600) * time.Second)
		} else {
			t = atHour(g.r, d+int(off))
			if !t.After(t0) {
				t = t0.Add(time.Duration(600+g.r.IntN(7200)) * time.Second)
			}
		}
		out = append(out, t)
	}
	return clampYear(g.r, out)
}

// spread draws n times between days from and to, in a few bursts (a chronic issue flares
// up when it rains or when someone new moves in), the first at from.
func (g *gen) spread(from, to, n int) []time.Time {
	out := []time.Time{atHour(g.r, from)}
	bursts := []int{from}
	for i := 0; i < 2+n/12; i++ {
		bursts = append(bursts, from+g.r.IntN(to-from+1))
	}
	for i := 1; i < n; i++ {
		var d int
		if g.r.Float64() < 0.55 {
			d = one(g.r, bursts) + g.r.IntN(6)
		} else {
			d = from + g.r.IntN(to-from+1)
		}
		if d > to {
			d = to
		}
		t := atHour(g.r, d)
		if !t.After(out[0]) {
			t = out[0].Add(time.Duration(900+g.r.IntN(3600)) * time.Second)
		}
		out = append(out, t)
	}
	return clampYear(g.r, out)
}

func clampYear(r *rand.Rand, ts []time.Time) []time.Time {
	for i, t := range ts {
		if !t.Before(yearEnd) {
			room := yearEnd.Sub(ts[0])
			ts[i] = ts[0].Add(time.Duration(r.Float64() * float64(room)))
		}
	}
	return ts
}
