package rasht19

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// request writes the j-th request of an issue, reported at t (the day; the hour is drawn
// here from the channel's habits).
func (g *generator) request(is *issue, j int, t time.Time, earlier []*draft, batches map[int]int) *draft {
	r := g.r
	channel := []string{"phone", "app", "web", "in_person"}[choose(r, 0.52, 0.31, 0.11, 0.06)]
	w := newWriter(r, channel)
	d := &draft{issue: is, ref: -1, w: w}
	d.at = g.clock(t, channel, j, batches)

	sp := is.spot
	var inAddress, inText, pin bool
	switch channel {
	case "phone":
		inAddress, inText, pin = r.Float64() < 0.92, r.Float64() < 0.35, r.Float64() < 0.12
	case "app":
		inAddress, inText, pin = r.Float64() < 0.45, r.Float64() < 0.55, true
	case "web":
		inAddress, inText, pin = r.Float64() < 0.95, r.Float64() < 0.40, r.Float64() < 0.30
	default:
		inAddress, inText, pin = true, r.Float64() < 0.25, false
	}
	if sp != nil && !inAddress && !inText && !pin {
		inText = true // every request with a spot names it somewhere
	}

	var addr, placeInText string
	if sp == nil {
		addr = pick(r, "", "", "رشت", "گلسار", "منطقه یک", "رشت منطقه ۱", "حمیدیان", "معلم", "منظریه")
		placeInText = vaguePlace(r, nil, !w.citizen)
		pin = false
	} else {
		if inAddress {
			addr = address(r, sp, w.citizen)
			if isLatin(addr) {
				w.digits = digitsLatin // who types the address in Latin letters types Latin digits
			}
		}
		if inText {
			placeInText = textPlace(r, sp)
		} else {
			placeInText = vaguePlace(r, sp, !w.citizen)
		}
	}

	var text string
	p := is.prob
	fing, hasFing := finglishTexts[p.key]
	switch {
	case w.finglish && hasFing && sp != nil:
		fp := finglishAddress(r, sp)
		if !inText {
			fp = pick(r, "kooche ma", "inja", "mahale ma")
		}
		text = fmt.Sprintf(pick(r, fing...), fp)
		w.digits = digitsLatin
	case channel == "app" && len(shortCaptions[p.key]) > 0 && pin && r.Float64() < 0.12:
		text = pick(r, shortCaptions[p.key]...) // the photo and the pin say the rest
		if inText {
			text += " " + placeInText
		}
	case w.citizen:
		text = w.dress(r, strings.ReplaceAll(pick(r, p.citizen...), "{P}", placeInText))
	default:
		text = strings.ReplaceAll(pick(r, p.phone...), "{P}", placeInText)
		if w.polite {
			text += " " + pick(r, "شهروند خواستار رسیدگی فوری است.", "درخواست پیگیری دارد.", "تماس‌گیرنده چندین بار قبلا تماس گرفته است.")
		}
		if channel == "in_person" && r.IntN(3) == 0 {
			m, day := jalali(t)
			text = fmt.Sprintf("مراجعه حضوری مورخ 1404/%02d/%02d: %s", m, day, text)
		}
	}
	// «در روبروی بانک» is not Persian: a relation word stands for the preposition.
	for _, rel := range relations {
		text = strings.ReplaceAll(text, "در "+rel+" ", rel+" ")
	}
	text = strings.TrimSpace(text)

	// A follow-up of an earlier report of the same episode.
	if j > 0 && r.Float64() < 0.09 {
		d.ref = r.IntN(j)
		var framed, plain string
		if w.citizen {
			framed = pick(r, "پیگیری کد رهگیری {REF}: ", "پیگیری درخواست {REF} ", "کد پیگیری قبلی {REF}، ")
			plain = pick(r, "دوباره میگم ", "بار سومه گزارش میدم ", "هنوز درست نشده! ", "پیگیری: ")
		} else {
			framed = pick(r, "پیگیری درخواست شماره {REF}؛ ", "شهروند پیگیر درخواست قبلی خود به شماره {REF} است. ")
			plain = pick(r, "پیگیری مجدد؛ ", "شهروند مجددا تماس گرفته است؛ ", "درخواست تکراری شهروند: ")
		}
		if r.IntN(2) == 0 {
			d.ref = -1
			text = plain + text
		} else {
			d.noRef = w.scribble(r, plain+text, true)
			text = framed + text
		}
		if !w.citizen {
			text = strings.TrimRight(text, ".") + pick(r, ". تاکنون اقدامی نشده است.", ". هنوز رسیدگی نشده.", ".")
		}
	}

	d.w = w
	d.row = labelled.Row{
		Category: g.category(p, channel),
		Text:     w.scribble(r, text, true),
		Address:  w.scribble(r, addr, false),
		Channel:  channel,
		Status:   g.status(is, d.at),
		Agency:   p.agency,
	}
	if pin && sp != nil {
		lat, lon := sp.latLon()
		dist := 20 + r.Float64()*130
		if channel == "app" && r.Float64() < 0.06 {
			dist = 300 + r.Float64()*600 // the pin of home, not of the problem
		}
		a := r.Float64() * 2 * math.Pi
		lat, lon = offset(lat, lon, dist*math.Cos(a), dist*math.Sin(a))
		lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
		d.row.Lat, d.row.Lon = &lat, &lon
	}
	return d
}

// clock puts a report at an hour of its day: calls from morning to late evening, app
// captions at any waking hour, and in-person forms typed in by the clerk in a morning batch
// a few working days later.
func (g *generator) clock(t time.Time, channel string, j int, batches map[int]int) time.Time {
	r := g.r
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, tehran)
	switch channel {
	case "in_person":
		later := day.AddDate(0, 0, 1+r.IntN(4))
		for later.Weekday() == time.Friday || later.Weekday() == time.Thursday {
			later = later.AddDate(0, 0, 1)
		}
		if later.Sub(yearStart) >= yearDays*24*time.Hour {
			later = day
		}
		k := int(later.Sub(yearStart) / (24 * time.Hour))
		batches[k]++
		return later.Add(8*time.Hour + 20*time.Minute + time.Duration(batches[k]*(2+r.IntN(4)))*time.Minute + time.Duration(r.IntN(60))*time.Second)
	case "phone":
		h := []float64{0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.2, 1.6, 1.6, 1.4, 1.2, 1, 1, 1.1, 1.2, 1.3, 1.3, 1.2, 1, 0.8, 0.5, 0.2}
		return day.Add(hourFrom(r, h))
	}
	h := []float64{0.3, 0.15, 0.05, 0.02, 0.02, 0.05, 0.2, 0.6, 1, 1.1, 1.1, 1, 0.9, 0.9, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5, 1.2, 0.7}
	return day.Add(hourFrom(r, h))
}

func hourFrom(r *rand.Rand, w []float64) time.Duration {
	total := 0.0
	for _, x := range w {
		total += x
	}
	u := r.Float64() * total
	for h, x := range w {
		if u < x {
			return time.Duration(h)*time.Hour + time.Duration(r.IntN(3600))*time.Second
		}
		u -= x
	}
	return 23 * time.Hour
}

// category is the operator's (or, on the app and the web, the citizen's) choice of
// category: a hint, sometimes vague, sometimes wrong.
func (g *generator) category(p *problem, channel string) string {
	r := g.r
	right, vague := 0.70, 0.13
	if channel == "app" || channel == "web" {
		right, vague = 0.60, 0.25
	}
	switch u := r.Float64(); {
	case u < right:
		return p.category
	case u < right+vague:
		return pick(r, vagueCategories...)
	}
	return pick(r, p.wrong...)
}

// status is where the request stands at the export, at the end of the year.
func (g *generator) status(is *issue, at time.Time) string {
	r := g.r
	last := is.times[len(is.times)-1]
	left := yearStart.AddDate(0, 0, yearDays).Sub(last)
	if is.prob.agency != "municipality" {
		if r.Float64() < 0.8 {
			return "referred"
		}
		return pick(r, "new", "reviewing", "rejected")
	}
	if left > 25*24*time.Hour {
		return []string{"resolved", "in_progress", "assigned", "rejected", "reviewing"}[choose(r, 0.75, 0.08, 0.07, 0.04, 0.06)]
	}
	return []string{"new", "reviewing", "assigned", "in_progress"}[choose(r, 0.4, 0.25, 0.2, 0.15)]
}

// isLatin reports whether s is written in Latin letters: a Finglish address.
func isLatin(s string) bool {
	latin, other := 0, 0
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z':
			latin++
		case c > 0x600:
			other++
		}
	}
	return latin > other
}
