package rasht30

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var (
	channels       = []string{"phone", "app", "web", "in_person"}
	channelWeights = []float64{55, 28, 9, 8}
)

// render writes every planned request as a row: channel, time, category, text, address,
// coordinates and status, then sorts them in time order and numbers them and their issues.
func (g *gen) render(reqs []request) []labelled.Row {
	type out struct {
		row labelled.Row
		is  *issue
	}
	rows := make([]out, len(reqs))
	end := g.opt.Start.AddDate(1, 0, 0)
	for i, rq := range reqs {
		ch := channels[g.weighted(channelWeights)]
		at := g.timeOfDay(rq.at, ch)
		r := labelled.Row{District: g.opt.District, CreatedAt: at, Channel: ch, Agency: rq.is.prob.agency}
		r.Category = g.category(rq.is.prob)
		if !rq.is.at.noPlace && g.chance(pinShare(ch)) {
			lat, lon := g.jitter(rq.is.at.lat, rq.is.at.lon)
			r.Lat, r.Lon = &lat, &lon
		}
		r.Text, r.Address = g.words(rq, ch, r.Lat != nil)
		r.Status = g.status(rq.is.prob, at, end)
		rows[i] = out{row: r, is: rq.is}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].row.CreatedAt.Before(rows[j].row.CreatedAt) })
	result := make([]labelled.Row, len(rows))
	next := 1
	for i := range rows {
		is := rows[i].is
		if is.id == "" {
			is.id = fmt.Sprintf("R30-%04d", next)
			next++
		}
		rows[i].row.ID = strconv.Itoa(14040000000 + 137*i + g.rng.IntN(137))
		rows[i].row.Group = is.id
		result[i] = rows[i].row
	}
	return result
}

// pinShare is how often a channel carries coordinates: the app's pin, a web form's map.
func pinShare(ch string) float64 {
	switch ch {
	case "app":
		return 0.8
	case "web":
		return 0.3
	case "phone":
		return 0.04
	}
	return 0
}

// jitter moves a point 20-150 m in a random direction, as a pin dropped from a phone is.
func (g *gen) jitter(lat, lon float64) (float64, float64) {
	d := 20 + g.rng.Float64()*130
	a := g.rng.Float64() * 2 * math.Pi
	lat += d * math.Cos(a) / 111320
	lon += d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

// category is the operator's pick: mostly right, sometimes vague, sometimes wrong.
func (g *gen) category(p *problem) string {
	switch r := g.rng.Float64(); {
	case r < 0.10:
		return g.pick(vagueCategories)
	case r < 0.17 && len(p.wrongCat) > 0:
		return g.pick(p.wrongCat)
	}
	return p.category
}

// status is where the request stands at the end of the year: the last days' requests are
// still new, other agencies' are referred, the municipality's mostly done.
func (g *gen) status(p *problem, at, end time.Time) string {
	if end.Sub(at) < 10*24*time.Hour {
		return []string{"new", "new", "reviewing", "assigned"}[g.rng.IntN(4)]
	}
	r := g.rng.Float64()
	if p.agency != municipality {
		switch {
		case r < 0.75:
			return "referred"
		case r < 0.9:
			return "resolved"
		}
		return "rejected"
	}
	switch {
	case r < 0.68:
		return "resolved"
	case r < 0.80:
		return "in_progress"
	case r < 0.90:
		return "assigned"
	case r < 0.97:
		return "rejected"
	}
	return "referred"
}

// words writes the request's text and address as its channel's writer would. Only a
// request of a place-less issue goes without any place: an app caption leaves the address
// empty only when the pin says where.
func (g *gen) words(rq request, ch string, pinned bool) (text, address string) {
	is := rq.is
	p := is.prob
	w := g.writer(ch)
	if ch == "app" && g.chance(0.04) && len(p.finglish) > 0 {
		return g.finglish(rq), ""
	}
	switch ch {
	case "phone", "in_person":
		text = g.pick(p.operator)
		if rq.followUp {
			text = g.pick([]string{"پیگیری: ", "پیگیری مجدد - ", "شهروند مجددا تماس گرفته، ", "درخواست تکراری: "}) + text +
				g.pick([]string{" و تاکنون رسیدگی نشده است", "؛ قبلا هم ثبت شده", ""})
		} else if ch == "in_person" && !strings.HasPrefix(text, "شهروند") {
			text = g.pick([]string{"مراجعه حضوری: ", "حضوری - ", "مراجعه‌کننده اظهار داشت ", ""}) + text
		} else if g.chance(0.5) && !strings.HasPrefix(text, "شهروند") && !strings.HasPrefix(text, "درخواست") {
			text = g.pick([]string{"شهروند اعلام نمود ", "تماس‌گیرنده اظهار داشت ", "اهالی اعلام کردند ", "شهروند: "}) + text
		}
		if !is.at.noPlace && g.chance(0.3) {
			text += " " + g.placeInText(is.at, true)
		}
		if !is.at.noPlace {
			address = g.address(is.at, w)
			if g.chance(0.06) {
				// The operator typed the whole address into the text and left the field empty.
				text += " - آدرس: " + address
				address = ""
			}
		}
	default:
		text = g.pick(p.citizen)
		if rq.followUp {
			text = g.pick([]string{"باز هم ", "چند بار گزارش دادیم ", "هنوز درست نشده ", "دوباره "}) + text
		}
		if !is.at.noPlace && g.chance(0.35) {
			text += " " + g.placeInText(is.at, false)
		}
		if is.at.noPlace && g.chance(0.3) {
			text = g.pick([]string{"تو محله ما ", "محله ما "}) + text
		}
		if ch == "web" || g.chance(0.3) {
			text = g.pick(greetings) + text
		}
		if g.chance(0.4) {
			text += g.pick(closings)
		}
		if !is.at.noPlace {
			switch r := g.rng.Float64(); {
			case ch == "app" && r < 0.4 && pinned:
				address = ""
			case ch == "app" && r < 0.7:
				address = g.mapAddress(is.at)
			default:
				address = g.address(is.at, w)
			}
		}
	}
	return w.apply(g, text, true), w.apply(g, address, false)
}

var greetings = []string{"سلام ", "با سلام ", "با سلام و احترام ", "سلام خسته نباشید ", "سلام وقت بخیر "}
var closings = []string{" لطفا رسیدگی کنید", " ممنون", " با تشکر", " خواهشا پیگیری کنید", " خیلی ممنون میشم رسیدگی کنید", " مرسی"}

// placeInText is how the text itself names the place; an operator writes it formally.
func (g *gen) placeInText(s spot, formal bool) string {
	al := g.alleyWord(s, writer{})
	near := []string{"روبروی ", "جنب ", "کنار ", "نزدیک "}
	in := []string{"سر ", "تو ", "داخل ", "نبش "}
	if formal {
		near = []string{"روبروی ", "جنب ", "نرسیده به ", "واقع در جنب "}
		in = []string{"در ", "واقع در ", "نبش ", "ابتدای "}
	}
	switch r := g.rng.Float64(); {
	case s.alley == 0 && s.alleyName == "" || r < 0.3:
		return g.pick(near) + s.landmark
	case r < 0.6:
		return g.pick(in) + al
	default:
		return al + " " + s.street.name
	}
}

// alleyWord names the alley: کوچه ۱۲، کوچه دوازدهم، ک ۱۲، کوچه شماره ۱۲، بن‌بست یاس.
func (g *gen) alleyWord(s spot, w writer) string {
	if s.alleyName != "" {
		return g.pick([]string{"کوچه ", "کوچه ", "کوچه ", "بن‌بست "}) + s.alleyName
	}
	n := strconv.Itoa(s.alley)
	switch r := g.rng.Float64(); {
	case r < 0.18 && s.alley < len(ordinals):
		return "کوچه " + ordinals[s.alley]
	case r < 0.3:
		return "ک " + n
	case r < 0.36:
		return "کوچه شماره " + n
	case r < 0.40:
		return "ک." + n
	}
	return "کوچه " + n
}

// address is the address field as a writer types it.
func (g *gen) address(s spot, w writer) string {
	hood := g.hoodName(s)
	st := s.street.kind + " " + s.street.name
	if g.chance(0.35) {
		st = s.street.name
	}
	if s.street.name == s.hood.name || strings.Contains(hood, s.street.name) {
		hood = st // the street is the neighbourhood: ضیابری، کوچه ۱۲
	}
	lm := g.pick([]string{"روبروی ", "جنب ", "نبش ", "کنار ", "نرسیده به ", "بعد از "}) + s.landmark
	var parts []string
	if s.alley == 0 && s.alleyName == "" {
		parts = []string{hood, st, lm}
		if g.chance(0.3) {
			parts = []string{st, lm}
		}
	} else {
		al := g.alleyWord(s, w)
		switch r := g.rng.Float64(); {
		case r < 0.35:
			parts = []string{hood, st, al}
		case r < 0.5:
			parts = []string{st, al}
		case r < 0.6:
			parts = []string{hood, al}
		case r < 0.72:
			parts = []string{st, al, lm}
		case r < 0.82:
			parts = []string{al, st, hood}
		default:
			parts = []string{"رشت", hood, st, al, "پلاک " + strconv.Itoa(s.plate)}
		}
	}
	var kept []string
	for _, p := range parts {
		if p != "" && !slices.Contains(kept, p) {
			kept = append(kept, p)
		}
	}
	sep := g.pick([]string{"، ", " ", " - ", "، ", ","})
	return strings.Join(kept, sep)
}

// hoodName is how the neighbourhood is named; «خیابان ضیابری» names the main street too,
// so off a side street people say the bare name.
func (g *gen) hoodName(s spot) string {
	v := g.pick(s.hood.variants)
	if s.street != &s.hood.streets[0] && (strings.HasPrefix(v, "خیابان ") || strings.HasPrefix(v, "بلوار ")) {
		return s.hood.name
	}
	return v
}

// mapAddress is the app's reverse-geocoded address: street level, never the alley.
func (g *gen) mapAddress(s spot) string {
	return "رشت، " + s.hood.name + "، " + s.street.kind + " " + s.street.name
}

// finglish is an app caption typed with a Latin keyboard.
func (g *gen) finglish(rq request) string {
	s := rq.is.at
	t := g.pick(rq.is.prob.finglish)
	if s.noPlace {
		return t
	}
	place := s.street.fin
	if s.alley > 0 {
		switch g.rng.IntN(3) {
		case 0:
			place = fmt.Sprintf("kooche %d %s", s.alley, s.hood.fin)
		case 1:
			place = fmt.Sprintf("%s k %d", s.hood.fin, s.alley)
		default:
			place = fmt.Sprintf("%s kooche %d", s.street.fin, s.alley)
		}
	}
	if g.chance(0.5) {
		return "salam " + t + " " + place
	}
	return place + " " + t
}
