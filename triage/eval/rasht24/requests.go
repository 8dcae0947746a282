package rasht24

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channels of an ordinary 137 year: half by phone, a third by the app, the web, a few at
// the counter.
var (
	channels       = []string{"phone", "app", "web", "in_person"}
	channelWeights = []float64{0.5, 0.32, 0.13, 0.05}
	// an outage or a water cut is phoned in: the app is no use without power or in a hurry
	urgentWeights = []float64{0.8, 0.15, 0.03, 0.02}
)

func (g *generator) requests(is *issue) []*request {
	var out []*request
	for i := 0; i < is.size; i++ {
		var at time.Time
		switch {
		case i == 0:
			at = is.start
		case is.giant:
			at = is.start.Add(time.Duration(g.r.Float64() * float64(is.end.Sub(is.start))))
		default:
			// reports come early in an episode and thin out
			at = is.start.Add(time.Duration(math.Pow(g.r.Float64(), 1.6) * float64(is.end.Sub(is.start))))
		}
		w := channelWeights
		if is.p.key == "outage" || is.p.key == "watercut" || is.p.key == "gassmell" {
			w = urgentWeights
		}
		ch := channels[weighted(g.r, w)]
		rq := g.request(is, ch, at, i > 0)
		out = append(out, rq)
		// a double tap in the app sends the same report twice
		if ch == "app" && i+1 < is.size && g.r.Float64() < 0.02 {
			dup := *rq
			dup.at = rq.at.Add(time.Duration(30+g.r.IntN(200)) * time.Second)
			g.seq++
			dup.seq = g.seq
			out = append(out, &dup)
			i++
		}
	}
	return out
}

// clock moves a moment to an hour the channel is used at, keeping the day unless the
// episode is one of hours.
func (g *generator) clock(is *issue, ch string, at time.Time) time.Time {
	if is.p.shape == atArea {
		return at
	}
	day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, iran)
	var hour float64
	switch ch {
	case "in_person":
		for day.Weekday() == time.Friday || day.Weekday() == time.Thursday {
			day = day.AddDate(0, 0, 1)
		}
		hour = 8 + 5.5*g.r.Float64()
	case "phone":
		hour = []float64{8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22}[g.r.IntN(13)] + g.r.Float64()
	default: // the app and the web, any hour, least before dawn
		hour = []float64{0, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 23}[g.r.IntN(17)] + g.r.Float64()
	}
	return day.Add(time.Duration(hour * float64(time.Hour))).Truncate(time.Second)
}

func (g *generator) request(is *issue, ch string, at time.Time, later bool) *request {
	g.seq++
	rq := &request{is: is, channel: ch, seq: g.seq}
	rq.at = g.clock(is, ch, at)
	if ch == "phone" && g.r.Float64() < 0.06 {
		// typed in at the end of the shift from the operator's notes
		shiftEnd := time.Date(rq.at.Year(), rq.at.Month(), rq.at.Day(), 14, 0, 0, 0, iran)
		if rq.at.Hour() >= 14 {
			shiftEnd = shiftEnd.Add(8 * time.Hour)
		}
		rq.at = shiftEnd.Add(time.Duration(g.r.IntN(25)) * time.Minute)
	}
	if rq.at.After(exportAt) {
		rq.at = exportAt.Add(-time.Duration(1+g.r.IntN(48)) * time.Hour)
	}
	v := newVoice(g.r, ch)
	coarse := !is.noPlace && is.p.shape != atArea && g.r.Float64() < 0.07
	rq.address = g.address(is, v, ch, coarse)
	g.locate(rq, is, ch)
	// with neither an address nor a pin the place must be in the text, or the request
	// names no place and would be an issue of its own (README)
	must := !is.noPlace && rq.address == "" && !rq.hasLoc
	rq.text = g.text(is, v, ch, coarse, later, must)
	rq.category = g.category(is.p, v, ch)
	rq.status = g.status(is.p, rq.at)
	return rq
}

// text writes what the citizen wrote or the operator summarised.
func (g *generator) text(is *issue, v *voice, ch string, coarse, later, mustPlace bool) string {
	p := is.p
	var pool []string
	switch ch {
	case "app":
		pool = p.app
		if len(p.fing) > 0 && !is.noPlace && g.r.Float64() < 0.08 {
			t := v.pick(p.fing)
			if mustPlace || g.r.IntN(2) == 0 {
				t = finglish(g.r, is.at) + " " + t
			}
			return []string{"", "salam ", "slm "}[g.r.IntN(3)] + t
		}
	case "web":
		pool = p.web
		if len(pool) == 0 {
			pool = p.app
		}
	default:
		pool = p.phone
	}
	t := v.pick(pool)
	place := ""
	if !is.noPlace {
		place = v.placeIn(is.at, coarse, true)
	}
	switch {
	case strings.Contains(t, "{P}") && place == "":
		t = strings.ReplaceAll(t, "{P}", v.pick([]string{"کوچه ما", "محل ما", "محله", "اینجا"}))
	case strings.Contains(t, "{P}"):
		t = strings.ReplaceAll(t, "{P}", place)
	case place != "" && (mustPlace || g.r.Float64() < 0.3):
		// the place goes into the text as well as, or instead of, the address
		switch {
		case g.r.IntN(3) == 0:
			t = place + "، " + t
		case ch == "phone" && g.r.IntN(2) == 0:
			t = t + ". آدرس: " + place
		case ch == "app" && strings.ContainsAny(t[len(t)-1:], "?!."):
			t = t + " " + place
		case ch == "app" && strings.HasSuffix(t, "؟"):
			t = t + " " + place
		case ch == "app":
			t = t + "، " + place
		default:
			t = t + " - " + place
		}
	}
	t = v.slip(t)
	switch ch {
	case "app":
		if later && g.r.Float64() < 0.2 {
			t = v.pick(appFollow) + t
		}
		if g.r.Float64() < 0.45 {
			t = v.pick(appHello) + " " + t
		}
		if g.r.Float64() < 0.2 {
			t += " " + v.pick(appGripe)
		}
		if g.r.Float64() < 0.35 {
			t += " " + v.pick(appBye)
		}
		t = v.stretch(t)
	case "web":
		greeted := strings.HasPrefix(t, "با سلام") || strings.HasPrefix(t, "احتراما")
		if later && g.r.Float64() < 0.15 {
			t = "پیرو درخواست قبلی، " + t
		}
		if !greeted && g.r.Float64() < 0.6 {
			t = v.pick(webHello) + " " + t
		}
		if g.r.Float64() < 0.4 {
			if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "؟") {
				t += "."
			}
			t += " " + v.pick(webBye)
		}
		t = v.stretch(t)
	case "in_person":
		t = v.pick([]string{"مراجعه حضوری: ", "مراجعه حضوری - ", "ارباب رجوع: ", ""}) + t
	default:
		if later && g.r.Float64() < 0.18 {
			t = v.pick(opFollow) + t + v.pick(opFollowEnd)
		}
	}
	return v.finish(t)
}

// address is the address field: the operator's transcription, the citizen's own words, the
// app's coarse reverse geocoding of the pin, or nothing.
func (g *generator) address(is *issue, v *voice, ch string, coarse bool) string {
	if is.noPlace {
		return ""
	}
	var a string
	switch ch {
	case "phone":
		if g.r.Float64() < 0.08 {
			return ""
		}
		a = v.place(is.at, coarse)
	case "in_person":
		a = v.place(is.at, coarse)
	case "web":
		if g.r.Float64() < 0.15 {
			return ""
		}
		a = v.place(is.at, coarse)
	default:
		switch weighted(g.r, []float64{0.4, 0.35, 0.25}) {
		case 0:
			return ""
		case 1:
			if g.r.Float64() < 0.04 {
				a = finglish(g.r, is.at)
			} else {
				a = v.place(is.at, coarse)
			}
		default:
			// the map's own writing: Persian digits, the neighbourhood, the street
			geo := &voice{r: g.r}
			a = "گیلان، رشت، " + is.at.h.name
			if is.at.s != nil && hoodPart(is.at) != "" {
				a += "، " + geo.streetFull(is.at.s, false)
			} else if is.at.s != nil && is.at.s.kind != "پارک" {
				a = "گیلان، رشت، " + geo.streetFull(is.at.s, false)
			}
			return geo.finish(a)
		}
	}
	if g.r.Float64() < 0.1 && !strings.HasPrefix(a, "رشت") && !strings.HasPrefix(a, "گیلان") {
		a = "رشت، " + a
	}
	return v.finish(a)
}

// locate pins the request: the app almost always, the web sometimes, an operator rarely.
func (g *generator) locate(rq *request, is *issue, ch string) {
	if is.noPlace {
		return
	}
	var p float64
	switch ch {
	case "app":
		p = 0.93
	case "web":
		p = 0.25
	case "phone":
		p = 0.03
	}
	if g.r.Float64() >= p {
		return
	}
	lo, hi := 20.0, 150.0
	if is.p.shape == atArea {
		lo, hi = 50, 600 // the caller's home, somewhere in the neighbourhood
	}
	rq.lat, rq.lon = jitter(g.r, is.at.lat, is.at.lon, lo, hi)
	rq.lat = math.Round(rq.lat*1e6) / 1e6
	rq.lon = math.Round(rq.lon*1e6) / 1e6
	rq.hasLoc = true
}

// category is the operator's pick, or the citizen's from the app's list.
func (g *generator) category(p *problem, v *voice, ch string) string {
	var w []float64
	switch ch {
	case "phone", "in_person":
		w = []float64{0.74, 0.1, 0.1, 0.06} // right, vague, wrong, "refer to a utility"
	default:
		w = []float64{0.55, 0.22, 0.2, 0.03}
	}
	var c string
	switch weighted(g.r, w) {
	case 0:
		c = v.pick(p.cats)
	case 1:
		c = v.pick(vague)
	case 2:
		c = v.pick(p.wrong)
	default:
		if p.agency == "municipality" {
			c = v.pick(p.cats)
		} else {
			c = catUtility
		}
	}
	return strings.ReplaceAll(c, "_", "\u200c")
}

var statusOld = []string{"resolved", "in_progress", "assigned", "rejected", "referred"}

// status is where the request stood on export day.
func (g *generator) status(p *problem, at time.Time) string {
	age := exportAt.Sub(at)
	if p.agency != "municipality" {
		return []string{"referred", "referred", "referred", "referred", "referred", "referred", "referred",
			"resolved", "reviewing", "new"}[g.r.IntN(10)]
	}
	if age > 30*24*time.Hour {
		return statusOld[weighted(g.r, []float64{0.82, 0.06, 0.05, 0.04, 0.03})]
	}
	return []string{"new", "new", "reviewing", "reviewing", "assigned", "assigned", "in_progress", "resolved"}[g.r.IntN(8)]
}

// rows numbers the requests and issues in time order, the way the export lists them.
func (g *generator) rows(reqs []*request, opt Options) []labelled.Row {
	groups := map[*issue]string{}
	id := 1404_0000_00 + g.r.IntN(5000)
	out := make([]labelled.Row, 0, len(reqs))
	for _, rq := range reqs {
		gid, ok := groups[rq.is]
		if !ok {
			gid = fmt.Sprintf("r24-%05d", len(groups)+1)
			groups[rq.is] = gid
		}
		// the central system numbers every district's requests in one sequence
		id += 1 + g.r.IntN(40)
		row := labelled.Row{ID: fmt.Sprint(id), District: opt.District, CreatedAt: rq.at, Category: rq.category,
			Text: rq.text, Address: rq.address, Channel: rq.channel, Status: rq.status, Group: gid, Agency: rq.is.p.agency}
		if rq.hasLoc {
			lat, lon := rq.lat, rq.lon
			row.Lat, row.Lon = &lat, &lon
		}
		out = append(out, row)
	}
	return out
}
