package rasht21

import (
	"math"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// pinChance is how often a request on a channel carries coordinates: the app pins almost
// always, an operator drops a pin on the map now and then.
var pinChance = map[string]float64{"app": 0.9, "web": 0.4, "phone": 0.12, "in_person": 0.05}

// write renders the category, text, address and pin of one request.
func (g *gen) write(q *request) labelled.Row {
	r := g.r
	h := handFor(r, q.channel)
	is := q.iss
	var row labelled.Row
	if is.placeless {
		pl := placeless[is.pl]
		text := pl.text[0]
		if h.citizen {
			text = pl.text[1]
		}
		if h.citizen && r.Float64() < 0.5 {
			text = pickS(r, greetings...) + pickS(r, "، ", " ", ". ") + text
		}
		row.Category, row.Text = pl.category, h.apply(text)
		return row
	}
	p, sp := is.p, is.sp

	if r.Float64() < pinChance[q.channel] {
		lat, lon := g.pin(sp, q.channel)
		row.Lat, row.Lon = &lat, &lon
	}
	fing := h.citizen && r.Float64() < map[bool]float64{true: 0.08, false: 0.03}[q.channel == "app"]

	// the address field
	var addr string
	streetOnly, addrFing := false, false
	x := r.Float64()
	switch q.channel {
	case "phone":
		if x < 0.88 {
			addr = address(r, sp, h.abbrev)
		}
	case "in_person":
		if x < 0.95 {
			addr = address(r, sp, h.abbrev)
		}
	case "web":
		if x < 0.85 {
			addr = address(r, sp, h.abbrev)
		}
	default:
		switch {
		case fing && x < 0.5:
			addr, addrFing = finglish(r, sp), true
		case x < 0.4:
			addr = address(r, sp, h.abbrev)
		case x < 0.7:
			addr, streetOnly = reverseGeocoded(r, sp), true
		}
	}
	// a request must say where, somewhere, unless it chases an earlier one by its code
	named := addr != "" && !streetOnly || row.Lat != nil
	inText := r.Float64() < map[string]float64{"phone": 0.45, "app": 0.4, "web": 0.6, "in_person": 0.4}[q.channel]
	if !named {
		inText = true
	}

	if q.chase != nil {
		row.Text, row.Address = g.followUp(q, h, addr, inText)
		row.Category = g.category(p, q.channel)
		row.Text = h.apply(row.Text)
		if !addrFing {
			row.Address = h.apply(row.Address)
		}
		return row
	}

	var text string
	switch {
	case fing:
		loc := "inja"
		if sp.kind == inAlley {
			loc = pickS(r, "kooche ma", "inja", "kuchamun")
		}
		if inText {
			loc = finglish(r, sp)
		}
		text = pickS(r, fgreet...) + " " + fill(g.template(is, p.fng, 0), loc)
		if r.Float64() < 0.5 {
			text += " " + pickS(r, fclose...)
		}
		row.Address = addr
		if !addrFing {
			row.Address = h.apply(addr)
		}
		row.Category = g.category(p, q.channel)
		row.Text = text
		return row
	case h.citizen:
		loc := generic(r, sp, true)
		if inText {
			loc = inline(r, sp, h.abbrev)
		}
		text = g.dress(fill(g.template(is, p.citizen, 1), loc), h, q.channel)
	default:
		loc := generic(r, sp, false)
		if inText {
			loc = inline(r, sp, h.abbrev)
		}
		text = fill(g.template(is, p.operator, 1), loc)
		if q.channel == "in_person" {
			text = strings.ReplaceAll(text, "تماس‌گیرنده", "شهروند")
		}
		if q.channel == "in_person" && r.Float64() < 0.5 {
			text = pickS(r, "مراجعه حضوری: ", "مراجعه حضوری شهروند - ", "حضوری؛ ") + text
		}
		text = misspell(r, text, 0.06, false)
	}
	row.Text, row.Address = h.apply(text), h.apply(addr)
	row.Category = g.category(p, q.channel)
	return row
}

// template picks a sentence; a faceted problem keeps to its issue's facet.
func (g *gen) template(is *issue, ts []string, _ int) string {
	if is.p.facets {
		if len(ts) == 1 {
			return ts[0]
		}
		return ts[is.facet%len(ts)]
	}
	return ts[g.r.IntN(len(ts))]
}

// dress adds what citizens add around the problem: greetings, fillers, a plea, their
// spelling and their held-down keys.
func (g *gen) dress(text string, h hand, channel string) string {
	r := g.r
	if !h.citizen {
		return misspell(r, text, 0.06, false)
	}
	if r.Float64() < 0.6 {
		text = pickS(r, greetings...) + pickS(r, "، ", " ", ". ") + pickS(r, fillers...) + text
	}
	if r.Float64() < 0.55 {
		if strings.HasSuffix(text, "؟") {
			text += pickS(r, " ", "\n")
		} else {
			text += pickS(r, ". ", "، ", " ", "\n")
		}
		text += pickS(r, closings...)
	}
	text = misspell(r, text, 0.3, true)
	if r.Float64() < map[bool]float64{true: 0.16, false: 0.05}[channel == "app"] {
		text = stretch(r, text)
	}
	return text
}

// followUp writes a request that chases an earlier one. With the tracking code the place
// may be left out; without it the caller says again what and where.
func (g *gen) followUp(q *request, h hand, addr string, inText bool) (text, address string) {
	r := g.r
	p, sp := q.iss.p, q.iss.sp
	if r.Float64() < 0.6 {
		code := q.chase.id
		if h.citizen {
			text = pickS(r, "بازم همون مشکل، هنوز کسی نیومده. کد پیگیری "+code,
				"درخواست "+code+" رو ثبت کردم ولی هیچ اقدامی نشده",
				"پیگیری "+code+" - هنوز درست نشده")
		} else {
			text = pickS(r, "پیگیری درخواست شماره "+code+"؛ شهروند اعلام داشتند تاکنون اقدامی صورت نگرفته است.",
				"تماس مجدد شهروند جهت پیگیری درخواست "+code+".",
				"پیگیری کد رهگیری "+code+" - هنوز رسیدگی نشده.")
		}
		if r.Float64() < 0.5 {
			addr = ""
		}
		return text, addr
	}
	loc := inline(r, sp, h.abbrev)
	if !inText && addr != "" {
		loc = generic(r, sp, h.citizen)
	}
	if h.citizen {
		return pickS(r, "چند بار گزارش دادیم ", "دوباره ثبت میکنم، ") + p.category + " " + loc + " هنوز درست نشده", addr
	}
	return pickS(r, "تماس مجدد شهروند در خصوص ", "شهروند چندین بار در خصوص ") + p.category + " " + loc +
		pickS(r, " تماس گرفته‌اند؛ تاکنون رسیدگی نشده است.", " پیگیری نموده‌اند و خواستار اقدام فوری هستند."), addr
}

// category is what the operator (or the citizen in the app menu) filed it under.
func (g *gen) category(p *problem, channel string) string {
	x := g.r.Float64()
	if channel == "app" || channel == "web" {
		return pickAt(x, []string{p.category, p.wrong, p.vague}, []float64{0.6, 0.15, 0.25})
	}
	return pickAt(x, []string{p.category, p.vague, p.wrong, "سایر", ""}, []float64{0.74, 0.12, 0.08, 0.04, 0.02})
}

// pin is the spot seen through a phone's GPS or an operator's click: 20–150 m off, and now
// and then the citizen's home a few hundred metres away.
func (g *gen) pin(sp *spot, channel string) (float64, float64) {
	r := g.r
	dist := 20 + r.Float64()*130
	if channel == "app" && r.Float64() < 0.05 {
		dist = 150 + r.Float64()*200
	}
	a := r.Float64() * 2 * math.Pi
	lat, lon := offset(sp.lat, sp.lon, dist*math.Cos(a), dist*math.Sin(a))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}
