package rasht27

import (
	"math"
	"time"
)

// yearEnd is when the export was taken.
var yearEnd = yearStart.AddDate(0, 0, yearDays)

// scheduleRequests spreads each issue's requests over its episode and picks their channels.
func (g *gen) scheduleRequests() []*req {
	rng := g.rng
	var out []*req
	for _, is := range g.issues {
		dur := time.Duration(is.days * 24 * float64(time.Hour))
		for n := range is.size {
			var off time.Duration
			switch {
			case n == 0:
			case is.campaign:
				off = time.Duration(rng.Float64() * float64(dur))
			default:
				u := rng.Float64()
				off = time.Duration(u * u * float64(dur))
			}
			at := is.start.Add(off)
			if n > 0 && is.days >= 1 {
				// a later caller calls at a waking hour of that day
				d := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, tehran)
				at = d.Add(g.hourOfDay(is.k))
				if at.Before(is.start) {
					at = is.start.Add(time.Duration(rng.IntN(7200)) * time.Second)
				}
			}
			if !at.Before(yearEnd) {
				// the export ends the year: the request falls between the start and the end
				at = is.start.Add(time.Duration(rng.Float64() * float64(yearEnd.Sub(is.start))))
			}
			r := &req{iss: is, at: at, nth: n, channel: g.channel()}
			if r.channel == "in_person" && is.days < 2 {
				r.channel = "phone" // nobody walks into the office about a gas smell
			}
			// a follow-up comes a day or more after the first report, when nothing happened
			if n > 0 && at.Sub(is.start) > 24*time.Hour && rng.Float64() < 0.3 {
				r.followUp = true
			}
			if is.size == 1 && rng.Float64() < 0.03 {
				r.noPlace = true
			}
			if r.channel == "in_person" {
				r.at = g.officeHours(r.at)
			}
			out = append(out, r)
		}
	}
	// An app double-submit: the citizen pressed send twice, or resent a minute later. It
	// replaces a later request of the same issue so sizes stay as planned.
	for _, r := range out {
		if r.channel == "app" && r.nth == 0 && r.iss.size >= 2 && rng.Float64() < 0.05 {
			for _, o := range out {
				if o.iss == r.iss && o.nth == 1 {
					o.dupOf = r
					o.channel = "app"
					o.followUp = false
					o.at = r.at.Add(time.Duration(20+rng.IntN(200)) * time.Second)
				}
			}
		}
	}
	return out
}

// officeHours is when a walk-in is typed: during office hours (Saturday to Wednesday 8:00
// to 14:00, Thursday to 12:00), and a third of the forms in a batch the next working morning.
func (g *gen) officeHours(t time.Time) time.Time {
	closing := 14
	if t.Weekday() == time.Thursday {
		closing = 12
	}
	open := t.Weekday() != time.Friday && t.Hour() >= 8 && t.Hour() < closing
	if open && g.rng.Float64() < 0.65 {
		return t
	}
	return nextMorning(t, g.rng.IntN(90))
}

// nextMorning is when a clerk types in yesterday's walk-in forms: the next working
// morning (Friday is the weekend), in order, a few minutes apart.
func nextMorning(t time.Time, minutes int) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day()+1, 8, 0, 0, 0, tehran)
	if d.Weekday() == time.Friday {
		d = d.AddDate(0, 0, 1)
	}
	return d.Add(time.Duration(minutes)*time.Minute + time.Duration(t.Minute())*time.Second)
}

func (g *gen) channel() string {
	switch r := g.rng.Float64(); {
	case r < 0.55:
		return "phone"
	case r < 0.85:
		return "app"
	case r < 0.93:
		return "web"
	default:
		return "in_person"
	}
}

// location is the pin: 20–150 m off the spot, now and then the citizen's home instead.
func (g *gen) location(r *req) (lat, lon float64, ok bool) {
	var p float64
	switch r.channel {
	case "app":
		p = 0.85
	case "web":
		p = 0.2
	case "phone":
		p = 0.02
	}
	if r.noPlace || g.rng.Float64() >= p {
		return 0, 0, false
	}
	dist := 20 + g.rng.Float64()*130
	if g.rng.Float64() < 0.07 {
		dist = 200 + g.rng.Float64()*500
	}
	a := g.rng.Float64() * 2 * math.Pi
	lat = r.iss.sp.lat + dist*math.Sin(a)*metreLat
	lon = r.iss.sp.lon + dist*math.Cos(a)*metreLon
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6, true
}
