package rasht43

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var (
	openFormal = []string{"با سلام و احترام،", "سلام وقت بخیر،", "ضمن عرض سلام و خسته نباشید،", "با سلام،", "احتراما به استحضار می‌رساند", "با عرض سلام،"}
	openCasual = []string{"سلام", "سلام خسته نباشید", "سلام وقتتون بخیر", "", "", "آقا", "سلام،", "ببخشید"}
	closeForm  = []string{"لطفا رسیدگی فرمایید.", "خواهشمند است دستور پیگیری صادر فرمایید.", "با تشکر", "پیشاپیش از همکاری شما سپاسگزارم.", "لطفا در اسرع وقت اقدام شود.", ""}
	closeCas   = []string{"ممنون", "مرسی", "لطفا زودتر", "تورو خدا رسیدگی کنید", "ممنون میشم رسیدگی کنید", "", "", "دستتون درد نکنه"}
	closeOp    = []string{"خواستار رسیدگی هستند.", "", "پیگیری شود.", "لطفا بررسی شود.", "", "درخواست بازدید دارند."}
	extras     = []string{"دیگه خسته شدیم", "هیچکی جواب نمیده", "چند بار زنگ زدیم", "بچه‌ها مریض شدن", "واقعا شرم‌آوره",
		"عوارض میگیرید ولی کاری نمی‌کنید", "شب‌ها وضع بدتره", "خیلی وقته همینطوره", "مسئول این محله کیه؟", "همسایه‌ها هم شاکی‌ان"}
	gilaki = []string{"خیلی بد بوسته", "چی بوکونیم؟", "ایمروزم همینه", "آقا جان بیدین چی بوسته", "هیچکس امی حرف گوش نده",
		"خسته بوستیم", "تی قربان بشم یه کاری بوکون", "ایمی محله فراموش بوسته"}
	followCit = []string{"پیگیری مجدد: ", "پیگیری مجدد، ", "بار سوم است که گزارش می‌دهم! ", "قبلا هم گفتیم، هنوز اقدامی نشده. ",
		"پیرو درخواست شماره {id}، ", "دوباره پیگیری می‌کنم، ", "بابا چند بار بگیم؟ ", "برای بار چندم میگم، ", "پیگیری درخواست قبلی: "}
	followOp = []string{"پیگیری مجدد درخواست قبلی؛ ", "شهروند برای بار دوم تماس گرفته‌اند؛ ", "پیرو درخواست {id}، ",
		"بار سوم است که شهروند تماس می‌گیرد؛ ", "پیگیری مجدد: "}
	followFing = []string{"dobare peygiri mikonam. ", "bare sevome!! ", "peygiri mojadad: "}
	vague      = []string{"سایر", "درخواست شهروندی", "سایر", "متفرقه"}
)

// write turns the sorted plans into rows: ids, groups, words, categories, pins, statuses.
func (g *gen) write(plans []*plan) []labelled.Row {
	r := g.r
	seq := 1000000 + r.IntN(50000)
	groups := map[*issue]string{}
	ng := 0
	newGroup := func() string { ng++; return fmt.Sprintf("g%05d", ng) }
	seen := map[*issue][]*plan{}
	rows := make([]labelled.Row, 0, len(plans))
	for _, pl := range plans {
		seq += 1 + r.IntN(9)
		pl.id = fmt.Sprintf("1404%07d", seq)
		is := pl.is
		switch {
		case pl.repeatOf != nil && pl.repeatOf.alone:
			pl.group = pl.repeatOf.group
		case pl.alone || is.p.place.at == atNone:
			pl.group = newGroup()
		default:
			if groups[is] == "" {
				groups[is] = newGroup()
			}
			pl.group = groups[is]
		}
		before := seen[is]
		seen[is] = append(seen[is], pl)

		row := labelled.Row{ID: pl.id, District: g.opt.District, CreatedAt: pl.t.In(tehran), Channel: pl.channel,
			Group: pl.group, Agency: is.agency}
		if pl.repeatOf != nil {
			o := pl.repeatOf.row
			row.Category, row.Text, row.Address, row.Lat, row.Lon = o.Category, o.Text, o.Address, o.Lat, o.Lon
		} else {
			row.Text, row.Address = g.words(pl, before)
			row.Category = g.category(pl)
			if pl.pinned {
				lat, lon := g.pin(pl)
				row.Lat, row.Lon = &lat, &lon
			}
		}
		row.Status = g.status(pl)
		pl.row = row
		rows = append(rows, row)
	}
	return rows
}

// style is who writes the text: an operator, or a citizen formal, casual, Gilaki,
// Finglish or terse.
func (g *gen) style(ch string) string {
	r := g.r
	switch ch {
	case "phone":
		return []string{"operator", "casual"}[pick(r, []float64{0.85, 0.15})]
	case "in_person":
		return []string{"operator", "formal"}[pick(r, []float64{0.7, 0.3})]
	case "app":
		return []string{"casual", "formal", "terse", "finglish", "gilaki"}[pick(r, []float64{0.42, 0.2, 0.15, 0.08, 0.07})]
	}
	return []string{"formal", "casual", "gilaki", "finglish", "terse"}[pick(r, []float64{0.5, 0.33, 0.05, 0.05, 0.07})]
}

// words writes the text and the address of one request.
func (g *gen) words(pl *plan, before []*plan) (string, string) {
	r := g.r
	is := pl.is
	p := is.p
	if len(is.mix) > 0 && r.Float64() < 0.35 {
		p = one(r, is.mix)
	}
	st := g.style(pl.channel)
	tpls := p.texts
	fromOp := false
	switch st {
	case "operator":
		if len(p.op) > 0 && r.Float64() < 0.7 {
			tpls, fromOp = p.op, true
		}
	case "finglish":
		if len(p.fing) > 0 {
			tpls = p.fing
		} else {
			st = "casual"
		}
	case "terse":
		if len(p.terse) > 0 {
			tpls = p.terse
		}
	}
	if pl.again && len(p.again) > 0 {
		tpls = p.again
		fromOp = false
		if st == "finglish" {
			st = "casual"
		}
	}
	tpl := one(r, tpls)

	// where the place goes: the address field, the text, or both
	sp, lv := pl.caller, pl.level
	var addr, inText string
	switch {
	case lv == lvNone:
		if r.IntN(12) == 0 {
			addr = one(r, []string{"رشت", "منطقه 2", "رشت، منطقه دو"})
		}
	case st == "finglish":
		inText = g.fing(sp, lv)
		if r.IntN(5) == 0 {
			addr = g.formal(sp, coarser(lv))
		}
	case st == "operator":
		switch pick(r, []float64{0.6, 0.25, 0.1, 0.05}) {
		case 0:
			addr = g.formal(sp, lv)
		case 1:
			addr, inText = g.formal(sp, lv), g.spoken(sp, lv)
		case 2:
			addr, inText = g.formal(sp, coarser(lv)), g.spoken(sp, lv)
		default:
			inText = g.spoken(sp, lv)
		}
	default:
		switch pick(r, []float64{0.45, 0.2, 0.2, 0.15}) {
		case 0:
			inText = g.spoken(sp, lv)
		case 1:
			addr = g.formal(sp, lv)
		case 2:
			addr, inText = g.formal(sp, coarser(lv)), g.spoken(sp, lv)
		default:
			addr, inText = g.formal(sp, lv), g.spoken(sp, lv)
		}
	}
	intro := ""
	if inText != "" && sp.al != nil && (st == "formal" || st == "casual" || st == "gilaki") && r.IntN(7) == 0 {
		from := "از " + inText + " پیام میدم."
		if pl.channel == "phone" {
			from = "از " + inText + " تماس می‌گیرم."
		}
		intro = one(r, []string{"ساکن " + inText + " هستم.", "من ساکن " + inText + " هستم،", from})
		inText = ""
	}
	text := g.fillTemplate(tpl, pl, inText, st)

	// a second problem, or the same problem in the next alley
	if st != "terse" && st != "finglish" && !pl.again {
		if r.Float64() < 0.03 {
			if c := g.alsoClause(pl); c != "" {
				text += one(r, []string{"، ضمنا ", ". یه مشکل دیگه هم هست: ", " و ", "؛ همچنین "}) + c
			}
		} else if sp.al != nil && sp.dead == nil && lv <= lvAlleyOnly && p.place.at == atStreetPlace && r.Float64() < 0.015 {
			if nb := g.neighbour(sp.al); nb != nil {
				text += "، " + one(r, []string{"کوچه بغلی (" + alleyWord(r, nb) + ") هم همین وضع رو داره", alleyWord(r, nb) + " هم همینطوره"})
			}
		}
	}

	if st == "operator" && !fromOp && r.Float64() < 0.3 {
		text = one(r, []string{"شهروند اظهار داشت: ", "تماس‌گیرنده: ", "متن درخواست: "}) + text
	}

	// a follow-up says so
	if len(before) > 0 && pl.t.Sub(before[0].t) > 20*time.Hour && r.Float64() < 0.4 {
		var f string
		switch st {
		case "operator":
			f = one(r, followOp)
		case "finglish":
			f = one(r, followFing)
		default:
			f = one(r, followCit)
		}
		f = strings.ReplaceAll(f, "{id}", one(r, before).id)
		text = f + text
	}

	switch st {
	case "formal":
		text = join(one(r, openFormal), intro, text+".", one(r, closeForm))
	case "casual":
		ex := ""
		if r.Float64() < 0.35 {
			ex = one(r, extras) + "."
		}
		text = join(one(r, openCasual), intro, text+".", ex, one(r, closeCas))
	case "gilaki":
		text = join(one(r, openCasual), intro, text+"،", one(r, gilaki)+".", one(r, closeCas))
	case "operator":
		end := one(r, closeOp)
		if fromOp && r.Float64() < 0.6 {
			end = ""
		}
		text = join(text+".", end)
	case "finglish":
		text = join(one(r, []string{"salam", "slm", "", "salam vaght bekheir"}), text, one(r, []string{"mamnoon", "merci", "", "lotfan residegi konid"}))
	}
	text = tidy(text)
	addr = tidy(addr)
	h := newHand(r, st)
	text = h.apply(r, text)
	ah := newHand(r, "operator")
	if pl.channel == "app" || pl.channel == "web" {
		ah = newHand(r, "formal")
	}
	addr = ah.apply(r, addr)
	return text, addr
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// coarser is the level an address field gives when the text gives the rest.
func coarser(lv level) level {
	switch lv {
	case lvFull, lvAlleyOnly, lvLandmark:
		return lvStreet
	case lvStreet:
		return lvHood
	}
	return lv
}

// fallback is a place with a word for when the request gives none: {p|مدرسه}.
var fallback = regexp.MustCompile(`\{p\|([^}]*)\}`)

func (g *gen) fillTemplate(tpl string, pl *plan, place, st string) string {
	r := g.r
	is := pl.is
	in := ""
	if place != "" {
		pre := []string{"در ", "در ", "تو "}
		if pl.caller.al != nil && st != "operator" {
			pre = append(pre, "سر ", "ته ", "اول ", "تو ")
		}
		if st == "operator" || st == "formal" {
			pre = []string{"در ", "در "}
		}
		in = one(r, pre) + place
	}
	owner, fowner := "", ""
	if is.owner != "" && r.Float64() < 0.67 {
		owner = one(r, ownerWords[is.owner])
		fowner = one(r, ownerFing[is.owner])
	}
	tpl = fallback.ReplaceAllStringFunc(tpl, func(m string) string {
		if place != "" {
			return place
		}
		return fallback.FindStringSubmatch(m)[1]
	})
	return strings.NewReplacer("{p}", place, "{inp}", in, "{fp}", place, "{owner}", owner, "{fowner}", fowner,
		"{line}", fmt.Sprint(is.line)).Replace(tpl)
}

// alsoClause is a second problem named in passing: preferably one really there at the time.
func (g *gen) alsoClause(pl *plan) string {
	r := g.r
	for _, o := range g.byKey[pl.caller.key()] {
		if o == pl.is || o.p.family == pl.is.p.family || o.p.also == "" {
			continue
		}
		first, last := o.reqs[0].t, o.reqs[len(o.reqs)-1].t
		if pl.t.After(first.Add(-72*time.Hour)) && pl.t.Before(last.Add(240*time.Hour)) {
			return o.p.also
		}
	}
	for try := 0; try < 10; try++ {
		q := one(r, problems)
		if q.also != "" && q.family != pl.is.p.family {
			return q.also
		}
	}
	return ""
}

// neighbour is an alley near a: the facing or the next one.
func (g *gen) neighbour(a *alley) *alley {
	var best *alley
	bd := 1.0
	for _, b := range a.st.alleys {
		if b == a {
			continue
		}
		if d := math.Abs(b.frac - a.frac); d < bd {
			best, bd = b, d
		}
	}
	return best
}

// category is what the operator or the app's menu filed the request under.
func (g *gen) category(pl *plan) string {
	r := g.r
	p := pl.is.p
	if p.key == "misc" {
		return one(r, append(p.cats, ""))
	}
	switch pick(r, []float64{0.78, 0.08, 0.07, 0.07}) {
	case 0:
		if r.Float64() < 0.7 {
			return p.cats[0]
		}
		return one(r, p.cats)
	case 1:
		return one(r, vague)
	case 2:
		return ""
	}
	if pl.is.owner != "" && pl.is.owner != municipality {
		return map[string]string{water: "آب و فاضلاب", gas: "گاز", telecom: "مخابرات"}[pl.is.owner]
	}
	return one(r, p.wrong)
}

// pin is a map pin 20–150 m from the caller's spot.
func (g *gen) pin(pl *plan) (float64, float64) {
	r := g.r
	sp := pl.caller
	if pl.is.p.place.at == atNone {
		sp = spot{al: one(r, g.w.alleys)}
	}
	lat, lon := sp.latLon()
	d := 20 + r.Float64()*130
	a := r.Float64() * 2 * math.Pi
	lat, lon = offset(lat, lon, d*math.Sin(a), d*math.Cos(a))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

// status is where the request stood when the year was exported.
func (g *gen) status(pl *plan) string {
	r := g.r
	age := yearEnd.Sub(pl.t).Hours() / 24
	if pl.alone {
		return []string{"rejected", "reviewing", "new"}[pick(r, []float64{0.7, 0.2, 0.1})]
	}
	if pl.is.p.place.at == atNone {
		return []string{"resolved", "rejected"}[pick(r, []float64{0.8, 0.2})]
	}
	if pl.is.agency != municipality {
		if age < 3 {
			return []string{"new", "reviewing", "referred"}[pick(r, []float64{0.4, 0.3, 0.3})]
		}
		return []string{"referred", "reviewing", "rejected", "resolved", "new"}[pick(r, []float64{0.78, 0.07, 0.05, 0.07, 0.03})]
	}
	switch {
	case age > 45:
		return []string{"resolved", "rejected", "in_progress", "assigned", "reviewing", "referred", "new"}[pick(r, []float64{0.7, 0.06, 0.06, 0.06, 0.06, 0.03, 0.03})]
	case age > 7:
		return []string{"resolved", "in_progress", "assigned", "reviewing", "new", "rejected"}[pick(r, []float64{0.4, 0.2, 0.2, 0.12, 0.05, 0.03})]
	}
	return []string{"new", "reviewing", "assigned", "in_progress"}[pick(r, []float64{0.5, 0.3, 0.15, 0.05})]
}
