package rasht47

import (
	"math"
	"math/rand/v2"
	"time"
)

// The year 1404: 1 Farvardin 1404 is 21 March 2025, 29 Esfand 1404 is 20 March 2026. Iran keeps
// +03:30 all year since 2022.

var tehran = time.FixedZone("+0330", 3*3600+1800)

var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

var yearEnd = yearStart.AddDate(0, 0, yearDays)

// monthDays are the lengths of the months of 1404.
var monthDays = [12]int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

var monthNames = [12]string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"}

// dayOf is the day of the year (0-based) of month m (1-based) day d (1-based).
func dayOf(m, d int) int {
	n := 0
	for i := 0; i < m-1; i++ {
		n += monthDays[i]
	}
	return n + d - 1
}

// monthOf is the Persian month (0-based) of day-of-year d.
func monthOf(d int) int {
	for m := 0; m < 12; m++ {
		if d < monthDays[m] {
			return m
		}
		d -= monthDays[m]
	}
	return 11
}

// monthOfTime is the Persian month (0-based) of t within the year.
func monthOfTime(t time.Time) int {
	d := int(t.Sub(yearStart).Hours() / 24)
	if d < 0 {
		return 0
	}
	if d >= yearDays {
		return 11
	}
	return monthOf(d)
}

func dayTime(d int, hours float64) time.Time {
	return yearStart.AddDate(0, 0, d).Add(time.Duration(hours * float64(time.Hour)))
}

// dayWeight is how busy day d of the year is: Fridays and Nowruz are quiet.
func dayWeight(d int) float64 {
	w := 1.0
	switch yearStart.AddDate(0, 0, d).Weekday() {
	case time.Friday:
		w = 0.6
	case time.Thursday:
		w = 0.85
	}
	switch {
	case d < 4:
		w *= 0.4
	case d < 12:
		w *= 0.7
	case d == 12:
		w *= 0.5
	}
	return w
}

// hourWeights: the 137 line is open day and night but people call by day and in the evening.
var hourWeights = [24]float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 2.8, 3, 2.9,
	2.5, 2, 1.8, 1.9, 2.1, 2.3, 2.5, 2.6, 2.4, 1.9, 1.2, 0.6}

func pickHour(r *rand.Rand) float64 {
	h := pickWeighted(r, hourWeights[:])
	return float64(h) + r.Float64()
}

func pickWeighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	u := r.Float64() * total
	for i, x := range w {
		u -= x
		if u < 0 {
			return i
		}
	}
	return len(w) - 1
}

// daySampler draws days of the year by a problem's season and the weekly rhythm.
type daySampler struct{ w []float64 }

func newDaySampler(season [12]float64) *daySampler {
	s := &daySampler{w: make([]float64, yearDays)}
	for d := range s.w {
		s.w[d] = season[monthOf(d)] * dayWeight(d)
	}
	return s
}

// draw returns a day at or after from (or -1 when the season has no weight left).
func (s *daySampler) draw(r *rand.Rand, from int) int {
	if from < 0 {
		from = 0
	}
	if from >= yearDays {
		return -1
	}
	total := 0.0
	for _, x := range s.w[from:] {
		total += x
	}
	if total <= 0 {
		return -1
	}
	u := r.Float64() * total
	for d := from; d < yearDays; d++ {
		u -= s.w[d]
		if u < 0 {
			return d
		}
	}
	return yearDays - 1
}

// event is a rain or a snowfall: it starts at At and weighs Heavy.
type event struct {
	At    time.Time
	Heavy float64
}

// rainSeason: Rasht's rain peaks in autumn; these are the heavy rains that flood streets.
var rainSeason = [12]float64{1.5, 1.5, 0.8, 0.3, 0.3, 0.8, 4, 6, 6, 4, 3, 2}

func makeRains(r *rand.Rand) []event {
	ds := newDaySampler(rainSeason)
	for d := range ds.w { // rain does not care about Fridays
		ds.w[d] = rainSeason[monthOf(d)]
	}
	ds.w[yearDays-1] = 0 // its floods would be next year's
	n := 30 + r.IntN(8)
	seen := map[int]bool{}
	var out []event
	for len(out) < n {
		d := ds.draw(r, 0)
		if seen[d] || seen[d-1] || seen[d+1] {
			continue
		}
		seen[d] = true
		out = append(out, event{At: dayTime(d, r.Float64()*24), Heavy: 0.3 + r.ExpFloat64()})
	}
	sortEvents(out)
	return out
}

func sortEvents(ev []event) {
	for i := 1; i < len(ev); i++ {
		for j := i; j > 0 && ev[j].At.Before(ev[j-1].At); j-- {
			ev[j], ev[j-1] = ev[j-1], ev[j]
		}
	}
}

// pickEvent draws an event at or after from, weighted by how heavy it was; ok is false when
// there is none.
func pickEvent(r *rand.Rand, ev []event, from time.Time) (event, bool) {
	var w []float64
	var idx []int
	for i, e := range ev {
		if !e.At.Before(from) {
			w = append(w, e.Heavy)
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return event{}, false
	}
	return ev[idx[pickWeighted(r, w)]], true
}

func days(d float64) time.Duration { return time.Duration(d * 24 * float64(time.Hour)) }

func round(x float64) int { return int(math.Round(x)) }
