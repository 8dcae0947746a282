package rasht20

import (
	"fmt"
	"math"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var (
	greetings = []string{"سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "", "", "", "با عرض سلام"}
	pleas     = []string{"لطفا رسیدگی کنید", "خواهشمند است رسیدگی فرمایید", "تورو خدا یه کاری بکنید", "ممنون میشم زودتر درستش کنید",
		"مسئولین کجا هستن؟", "چند بار زنگ زدم کسی جواب نمیده", "", "", "لطفا پیگیری کنید", "واقعا شرم آوره", "دست شما درد نکنه", "با تشکر"}
	repeats = []string{"باز هم", "برای بار چندم", "هفته پیش هم گفتم،", "دوباره", "هنوز"}
	// relations say where a caller stands from a landmark.
	relations = []string{"روبروی", "جنب", "کنار", "جلوی", "نزدیک", "روبه‌روی", "بغل", "پایین‌تر از", "بالاتر از", "حوالی"}
	opPrefix  = []string{"شهروند اعلام نمود ", "تماس‌گیرنده: ", "طبق تماس شهروند ", "", "", "اعلام شهروند: ", "مغازه‌دار محل اعلام کرد "}
	opSuffix  = []string{"، درخواست رسیدگی دارند", "، پیگیری شود", "", "", "، فوری", "، شهروند ناراضی است", "، اقدام لازم"}
	placeless = []string{"همه خیابونای مرکز شهر همینطوره", "کل شهر همینه", "چرا شهرداری هیچ کاری نمیکنه؟", "تو محله ما", "اینجا", "سر خیابون ما"}
)

// render writes one request as a citizen typed it in the app or an operator took it down.
func (g *gen) render(d *draft) labelled.Row {
	rng := g.rng
	iss, p := d.iss, d.iss.prob
	operator := d.channel == "phone"
	w := newWriter(rng, operator)
	row := labelled.Row{ID: d.id, District: g.opt.District, CreatedAt: d.at, Channel: d.channel,
		Group: iss.id, Agency: p.agency, Status: g.status(d)}
	row.Category = g.category(p)

	finglish := !operator && iss.road != nil && rng.Float64() < 0.04
	place, addr := "", ""
	if iss.road != nil {
		place = g.describe(d, finglish)
		switch {
		case operator && rng.Float64() < 0.85:
			addr, place = g.formalAddress(place), ""
		case operator:
			addr = ""
		case rng.Float64() < 0.35:
			addr, place = place, ""
		case rng.Float64() < 0.3:
			addr = "رشت، " + pick(rng, iss.road.names) // the app's map pin, a street only
		}
	}

	var text string
	if finglish {
		text = strings.Join(strings.Fields(pick(rng, []string{"salam ", "slm ", "", ""})+place+" "+pick(rng, p.finglish)+pick(rng, []string{" lotfan residegi konid", " lotfan", "", " merci"})), " ")
		if d.refID != "" {
			text = "peygiri darkhaste " + d.refID + " " + text
		}
	} else {
		says := g.say(p, iss, d)
		var parts []string
		if operator {
			s := pick(rng, opPrefix)
			if place != "" {
				s += place + "، "
			}
			parts = append(parts, s+says+pick(rng, opSuffix))
		} else {
			if gr := pick(rng, greetings); gr != "" {
				parts = append(parts, gr)
			}
			s := says
			if p.ep == chronic && rng.Float64() < 0.25 {
				s = pick(rng, repeats) + " " + s
			}
			if iss.road == nil {
				s = pick(rng, placeless) + " " + s
			} else if place != "" {
				if rng.Float64() < 0.6 {
					s = place + pick(rng, []string{"، ", "، ", " "}) + s
				} else {
					s = s + pick(rng, []string{" ", "، "}) + place
				}
			}
			parts = append(parts, s)
			if rng.Float64() < 0.5 {
				parts = append(parts, pick(rng, p.why))
			}
			if pl := pick(rng, pleas); pl != "" {
				parts = append(parts, pl)
			}
		}
		text = strings.Join(parts, pick(rng, []string{"، ", ". ", " ", "\n"}))
		// a shopkeeper who calls every week sends the same message again
		if last, ok := g.last[iss]; ok && !operator && p.ep == chronic && d.refID == "" && rng.Float64() < 0.35 {
			text = pick(rng, []string{"باز هم ", "دوباره ", "این هفته هم ", ""}) + last
		} else if !operator && p.ep == chronic {
			g.last[iss] = text
		}
		if d.refID != "" {
			text = g.followUp(d.refID, operator, text)
		}
	}
	row.Text = w.apply(rng, strings.TrimSpace(text))
	row.Address = w.apply(rng, strings.TrimSpace(addr))
	if lat, lon, ok := g.coords(d); ok {
		row.Lat, row.Lon = &lat, &lon
	}
	return row
}

func (g *gen) followUp(ref string, operator bool, text string) string {
	rng := g.rng
	switch x := rng.Float64(); {
	case operator && x < 0.5:
		return "پیگیری درخواست شماره " + ref + "، هنوز اقدامی نشده"
	case operator:
		return "پیگیری " + ref + ": " + text
	case x < 0.35:
		return "درخواست قبلیم به شماره " + ref + " هنوز رسیدگی نشده"
	case x < 0.7:
		return "پیگیری درخواست " + ref + "\n" + text
	default:
		return text + " (کد رهگیری قبلی " + ref + ")"
	}
}

// say names the problem, with a landmark for the problems whose phrase carries one: a
// shop's name where the phrase is about a shop, any landmark otherwise.
func (g *gen) say(p *problem, iss *issue, d *draft) string {
	s := pick(g.rng, p.says)
	street := "خیابون"
	if iss.road != nil && iss.road.key == "bazaar" {
		street = pick(g.rng, []string{"بازار", "راسته"})
	}
	fish := ""
	if street != "خیابون" {
		fish = " ماهی و مرغ"
	}
	s = strings.NewReplacer("{street}", street, "{fish}", fish).Replace(s)
	if !strings.Contains(s, "{mark}") {
		return s
	}
	shop := strings.Contains(s, "مغازه {mark}") || strings.Contains(s, "رستوران {mark}")
	mark := ""
	if iss.road != nil {
		for _, m := range iss.road.near(d.pos, 100) {
			if !shop {
				mark = strings.TrimSpace(pick(g.rng, m.names))
				break
			}
			if m.kind == "shop" && strings.HasPrefix(m.finglish, "maghaze ") {
				mark = m.names[1] // the shop's own name
				break
			}
		}
	}
	if mark == "" {
		s = strings.NewReplacer("در مغازه {mark}", "در یک مغازه", "مغازه {mark}", "یک مغازه", "رستوران {mark}", "یک رستوران",
			"جلوی {mark}", "اینجا", "{mark}", "اینجا").Replace(s)
	}
	return strings.ReplaceAll(s, "{mark}", mark)
}

// describe names the spot the way one caller would: a road and a landmark near where they
// stand, the junctions around it, an alley's mouth, a square's side, rarely a plate.
func (g *gen) describe(d *draft, finglish bool) string {
	rng := g.rng
	r := d.iss.road
	road := pick(rng, r.names)
	marks := r.near(d.pos, 100)
	if finglish {
		f := pick(rng, r.finglish)
		if len(marks) > 0 && marks[0].finglish != "" {
			return f + " " + pick(rng, []string{"roberooye", "jolo", "nazdik", "kenare"}) + " " + marks[0].finglish
		}
		return f
	}
	if d.iss.prob.family == "dark" && rng.Float64() < 0.5 {
		from, to := markAt(r, d.iss.from, "ابتدای "+road), markAt(r, d.iss.to, "انتهای "+road)
		return road + "، " + pick(rng, []string{"از " + from + " تا " + to, "حد فاصل " + from + " و " + to, "کل مسیر " + from + " تا " + to})
	}
	if r.square {
		side := pick(rng, []string{"ضلع شمالی", "ضلع جنوبی", "ضلع شرقی", "ضلع غربی", "وسط", "دور"})
		if len(marks) > 0 && rng.Float64() < 0.6 {
			return road + "، " + pick(rng, relations) + " " + pick(rng, marks[0].names)
		}
		if strings.HasPrefix(road, "بازار") {
			return road + "، " + pick(rng, []string{"داخل بازار", "ورودی بازار", "پشت بازار"})
		}
		return side + " " + road
	}
	x := rng.Float64()
	switch {
	case len(marks) == 0 || x < 0.1:
		b, a := r.junctions(d.pos)
		if b != nil && a != nil && a.at-b.at < 600 && rng.Float64() < 0.7 {
			return road + "، حد فاصل " + b.names[0] + " و " + a.names[0]
		}
		if x < 0.04 {
			return road + "، پلاک " + fmt.Sprint(int(d.pos/7)+1)
		}
		if len(marks) == 0 {
			return road
		}
	}
	m := marks[0]
	if len(marks) > 1 && rng.Float64() < 0.5 {
		m = marks[rng.IntN(len(marks))]
	}
	name := strings.TrimSpace(pick(rng, m.names))
	var rel string
	switch m.kind {
	case "alley":
		rel = pick(rng, []string{"نبش", "سر", "روبروی", "جنب", "بعد از", "نرسیده به"})
	case "junction", "bridge":
		rel = pick(rng, []string{"بعد از", "قبل از", "نرسیده به", "نبش", "سر", "کنار", "پایین‌تر از"})
	default:
		rel = pick(rng, relations)
	}
	s := road + "، " + rel + " " + name
	switch y := rng.Float64(); {
	case y < 0.15 && (m.kind == "bank" || m.kind == "public" || m.kind == "bridge"):
		return rel + " " + name // a landmark everyone knows, no road
	case y < 0.3 && len(marks) > 1:
		o := marks[(indexOf(marks, m)+1)%len(marks)]
		return s + "، " + pick(rng, relations) + " " + strings.TrimSpace(pick(rng, o.names))
	case y < 0.4:
		return rel + " " + name + " " + strings.TrimPrefix(strings.TrimPrefix(road, "خیابان "), "خ ")
	}
	return s
}

func indexOf(ms []landmark, m landmark) int {
	for i := range ms {
		if ms[i].at == m.at {
			return i
		}
	}
	return 0
}

func markAt(r *road, at float64, fallback string) string {
	for _, m := range r.marks {
		if m.at == at {
			return m.names[0]
		}
	}
	return fallback
}

// formalAddress is how an operator types the place into the address field.
func (g *gen) formalAddress(place string) string {
	switch x := g.rng.Float64(); {
	case x < 0.4:
		return "رشت، " + place
	case x < 0.5:
		return "منطقه " + g.opt.District + "، " + place
	}
	return place
}

func (g *gen) category(p *problem) string {
	switch x := g.rng.Float64(); {
	case x < 0.66:
		return pick(g.rng, p.right)
	case x < 0.86:
		return pick(g.rng, vagueCategories)
	default:
		return pick(g.rng, p.wrong)
	}
}

// status is where the request stood when the set was exported, a year after it began.
func (g *gen) status(d *draft) string {
	age := g.opt.Start.Add(year).Sub(d.at)
	rng := g.rng
	var s string
	switch {
	case age < 7*day:
		s = pick(rng, []string{"new", "new", "reviewing", "assigned"})
	case d.iss.prob.agency != "municipality" && rng.Float64() < 0.6:
		s = "referred"
	case rng.Float64() < 0.04:
		s = "rejected"
	case age < 40*day:
		s = pick(rng, []string{"assigned", "in_progress", "resolved", "reviewing"})
	default:
		s = pick(rng, []string{"resolved", "resolved", "resolved", "in_progress"})
	}
	if rng.Float64() < 0.08 {
		s = map[string]string{"new": "جدید", "reviewing": "در حال بررسی", "assigned": "ارجاع به واحد", "in_progress": "در دست اقدام",
			"resolved": "انجام شده", "referred": "ارجاع شده", "rejected": "رد شده"}[s]
	}
	return s
}

// coords is the pin of an app report (20–150 m off the spot, some from a passing car) or,
// rarely, of an operator who looked the place up.
func (g *gen) coords(d *draft) (lat, lon float64, ok bool) {
	rng := g.rng
	if d.iss.road == nil {
		if d.channel == "app" && rng.Float64() < 0.5 {
			lat, lon = 37.26+rng.Float64()*0.04, 49.57+rng.Float64()*0.04
			return round(lat, 6), round(lon, 6), true
		}
		return 0, 0, false
	}
	var p float64
	switch d.channel {
	case "app":
		p = 0.88
	case "web":
		p = 0.35
	default:
		p = 0.1
	}
	if rng.Float64() >= p {
		return 0, 0, false
	}
	r := d.iss.road
	lat, lon = r.point(math.Max(0, math.Min(r.length, d.pos)))
	dist := 20 + rng.Float64()*130
	ang := rng.Float64() * 2 * math.Pi
	if rng.Float64() < 0.3 { // from a passing car: off along the road
		ang = math.Atan2((r.lat1-r.lat0)*metresPerDegLat, (r.lon1-r.lon0)*metresPerDegLon(r.lat0))
		if rng.IntN(2) == 0 {
			ang += math.Pi
		}
	}
	lat += dist * math.Sin(ang) / metresPerDegLat
	lon += dist * math.Cos(ang) / metresPerDegLon(lat)
	digits := 6
	if d.channel == "phone" {
		digits = 5
	}
	return round(lat, digits), round(lon, digits), true
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}
