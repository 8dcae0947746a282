package rasht36

import (
	"fmt"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// row writes request q as its channel and its writer would.
func (g *gen) row(opt Options, q request, id string) labelled.Row {
	r := g.r
	is := q.is
	k := is.kind
	channel := "phone"
	switch x := r.Float64(); {
	case x < 0.55:
	case x < 0.80:
		channel = "app"
	case x < 0.92:
		channel = "web"
	default:
		channel = "in_person"
	}
	if q.batch && channel == "app" {
		channel = "phone"
	}
	w := newWriter(r, channel)
	row := labelled.Row{ID: id, District: opt.District, CreatedAt: q.at, Channel: channel,
		Group: is.id, Agency: k.agency}

	// The category: chosen by the operator, or by the citizen in the app's list.
	switch x := r.Float64(); {
	case x < 0.82:
		row.Category = k.category
	case x < 0.94:
		row.Category = pick(r, vagueCats)
	default:
		row.Category = pick(r, k.wrong)
	}

	operator := channel == "phone" || channel == "in_person"
	fin := channel == "app" && len(k.fin) > 0 && r.Float64() < 0.05
	var body string
	switch {
	case fin:
		body = pick(r, k.fin)
	case operator || r.Float64() < 0.15:
		body = pick(r, k.op)
	default:
		body = pick(r, k.cit)
	}

	// The place in the text, if the template asks for one.
	place := pick(r, []string{"کوچه", "محل", "محله", "کوچه ما"})
	if !is.placeless {
		place = g.shortPlace(is.sp, fin)
	} else if fin {
		place = ""
	}
	body = strings.TrimSpace(strings.ReplaceAll(body, "{P}", place))
	body = strings.NewReplacer("  ", " ", "در نزدیک", "نزدیک", "در روبروی", "روبروی", "در جنب", "جنب",
		"در کنار", "کنار").Replace(body)

	if q.nth > 0 && r.Float64() < 0.08 {
		if operator {
			body = pick(r, []string{"پیگیری درخواست قبلی: ", "تماس مجدد شهروند - ", "پیگیری مجدد، "}) + body +
				pick(r, []string{"، تاکنون اقدامی نشده", " - هنوز رسیدگی نشده", ""})
		} else {
			body = pick(r, []string{"دوباره پیگیری میکنم ", "بار دومه که ثبت میکنم ", "قبلا هم گزارش دادم "}) + body
		}
	}
	if !operator && !fin {
		if r.Float64() < 0.5 {
			body = pick(r, greetings) + pick(r, []string{" ", "، ", ". "}) + body
		}
		if r.Float64() < 0.45 {
			body += pick(r, []string{" ", "، ", ". "}) + pick(r, pleas)
		}
	} else if operator && r.Float64() < 0.2 {
		body += pick(r, []string{"؛ شهروند خواستار رسیدگی فوری است", ". تماس گیرنده: ساکن محل", "؛ تکرار شده"})
	}
	row.Text = w.apply(r, body)

	// The address field and the pin.
	if !is.placeless {
		fill := map[string]float64{"phone": 0.96, "in_person": 0.98, "web": 0.85, "app": 0.45}[channel]
		if r.Float64() < fill || (channel != "app" && !strings.Contains(body, place)) {
			row.Address = w.apply(r, g.address(is.sp, fin || (channel == "app" && r.Float64() < 0.04)))
		}
		pin := map[string]float64{"phone": 0.03, "in_person": 0, "web": 0.25, "app": 0.88}[channel]
		if r.Float64() < pin || (row.Address == "" && !strings.Contains(body, place)) {
			lat, lon := jitter(r, is.sp.lat, is.sp.lon)
			row.Lat, row.Lon = &lat, &lon
		}
	} else if r.Float64() < 0.3 {
		row.Address = w.apply(r, pick(r, []string{"رشت", "منطقه 4", "رشت منطقه چهار", "-"}))
	}
	row.Status = g.status(k.agency, q)
	return row
}

// status is where the central system had the request when the year was exported.
func (g *gen) status(agency string, q request) string {
	r := g.r
	recent := q.at.After(yearStart.AddDate(0, 0, yearDays-20))
	if recent && r.Float64() < 0.6 {
		return pick(r, []string{"new", "new", "reviewing", "assigned"})
	}
	if agency != "municipality" && r.Float64() < 0.75 {
		return "referred"
	}
	switch x := r.Float64(); {
	case x < 0.68:
		return "resolved"
	case x < 0.78:
		return "in_progress"
	case x < 0.86:
		return "assigned"
	case x < 0.92:
		return "reviewing"
	case x < 0.96:
		return "rejected"
	default:
		return "new"
	}
}

func (g *gen) num(n int) string { return fmt.Sprint(n) }

// streetWord names a street as people do: «خیابان تختی», «خ تختی», «تختی».
func (g *gen) streetWord(st street) string {
	if strings.HasPrefix(st.name, "بلوار ") {
		return pick(g.r, []string{st.name, st.name, "بلوار " + strings.TrimPrefix(st.name, "بلوار ") + " خمینی", strings.TrimPrefix(st.name, "بلوار ")})
	}
	switch x := g.r.Float64(); {
	case x < 0.55:
		return "خیابان " + st.name
	case x < 0.75:
		return "خ " + st.name
	default:
		if st.numbered {
			return "خ " + st.name
		}
		return st.name
	}
}

// alleyWord names alley n: «کوچه ۱۲», «ک 12», «کوچه دوازدهم», «کوچه‌ی ۱۲», «کوچه شماره ۱۲».
func (g *gen) alleyWord(st street, n int) string {
	if name := st.alleyName(n); name != "" && g.r.Float64() < 0.55 {
		return "کوچه " + name
	}
	switch x := g.r.Float64(); {
	case x < 0.5:
		return "کوچه " + g.num(n)
	case x < 0.62:
		return "ک " + g.num(n)
	case x < 0.8 && n < len(ordinals):
		return "کوچه " + ordinals[n]
	case x < 0.9:
		return "کوچه\u200cی " + g.num(n)
	default:
		return "کوچه شماره " + g.num(n)
	}
}

// shortPlace is the place as said inside a sentence.
func (g *gen) shortPlace(sp spot, fin bool) string {
	h := g.hs[sp.hood]
	st := h.streets[sp.street]
	if fin {
		if sp.kind == inAlley {
			return fmt.Sprintf("%d %s", sp.n, st.fin)
		}
		return st.fin
	}
	switch sp.kind {
	case inAlley:
		if g.r.Float64() < 0.5 {
			return g.alleyWord(st, sp.n) + " " + g.streetWord(st)
		}
		return g.alleyWord(st, sp.n)
	case inPark:
		return sp.landmark(g.r)
	}
	switch x := g.r.Float64(); {
	case x < 0.4:
		return g.streetWord(st)
	case x < 0.7:
		return pick(g.r, []string{"روبروی ", "جنب ", "کنار ", "نزدیک "}) + sp.landmark(g.r)
	default:
		return g.streetWord(st) + " نبش " + g.alleyWord(st, sp.n)
	}
}

// address is the address field: the same place written many ways.
func (g *gen) address(sp spot, fin bool) string {
	r := g.r
	h := g.hs[sp.hood]
	st := h.streets[sp.street]
	if fin {
		switch sp.kind {
		case inAlley:
			return fmt.Sprintf("%s kooche %d %s", pick(r, []string{"", "kh"}), sp.n, st.fin+" "+h.fin)
		default:
			return st.fin + " " + h.fin
		}
	}
	lm := ""
	if r.Float64() < 0.3 {
		lm = pick(r, []string{"، روبروی ", "، جنب ", " کنار ", "، نرسیده به ", "، بعد از "}) + sp.landmark(g.r)
	}
	hoodFirst := r.Float64() < 0.6
	withHood := r.Float64() < 0.8
	var parts []string
	switch sp.kind {
	case inPark:
		return pick(r, []string{h.name + "، " + sp.landmark(g.r), sp.landmark(g.r), "رشت، " + h.name + "، پارک محله"})
	case inAlley:
		switch x := r.Float64(); {
		case x < 0.5:
			parts = []string{g.streetWord(st), g.alleyWord(st, sp.n)}
		case x < 0.75:
			name := st.name
			if st.numbered {
				name = "خیابان " + name
			}
			return fmt.Sprintf("%s %s %s", g.alleyWord(st, sp.n), name, h.name) + lm
		default:
			return fmt.Sprintf("%s %s ک %d", h.name, st.name, sp.n) + lm
		}
	default:
		switch x := r.Float64(); {
		case x < 0.4:
			parts = []string{g.streetWord(st), "نبش " + g.alleyWord(st, sp.n)}
		case x < 0.7:
			parts = []string{g.streetWord(st), pick(r, []string{"روبروی ", "جنب ", "کنار "}) + sp.landmark(g.r)}
			lm = ""
		default:
			parts = []string{g.streetWord(st), fmt.Sprintf("بین کوچه %d و %d", sp.n, sp.n+1)}
		}
	}
	if withHood {
		if hoodFirst {
			parts = append([]string{h.name}, parts...)
		} else {
			parts = append(parts, h.name)
		}
	}
	if r.Float64() < 0.1 {
		parts = append([]string{"رشت"}, parts...)
	}
	sep := pick(r, []string{"، ", " ", " - ", "،"})
	return strings.Join(parts, sep) + lm
}
