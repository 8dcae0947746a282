package rasht32

import (
	"math"
	"math/rand/v2"
	"strings"
)

var (
	citizenOpen  = []string{"سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "سلام ببخشید", "سلام و عرض ادب"}
	citizenClose = []string{"لطفا رسیدگی کنید", "ممنون میشم رسیدگی کنید", "تو رو خدا یه کاری بکنید", "چند بار زنگ زدیم کسی نیومده",
		"مرسی", "لطفا پیگیری کنید", "ممنون", "لطفا زودتر", "خیلی ممنون از زحماتتون", "کی میخواید درستش کنید؟"}
	durations = []string{"چند روزه", "یک هفته است", "دو هفته‌ست", "از دیروز", "یه ماهه", "از هفته پیش", "چند ماهه"}
	webOpen   = []string{"با سلام و احترام", "احتراما به استحضار می‌رساند", "سلام", "با عرض سلام و خسته نباشید"}
	webClose  = []string{"با تشکر", "پیشاپیش از همکاری شما سپاسگزارم", "خواهشمند است دستور رسیدگی صادر فرمایید", "لطفا رسیدگی شود. متشکرم"}
	opOpen    = []string{"شهروند اعلام نمودند", "تماس‌گیرنده اظهار داشت", "شهروند گزارش دادند", "طبق تماس شهروند", "شهروند محترم اعلام کردند"}
	opClose   = []string{"درخواست رسیدگی دارند.", "خواستار رسیدگی هستند.", "لطفا پیگیری شود.", "خواستار رسیدگی فوری می‌باشند."}
	opFollow  = []string{"پیگیری درخواست قبلی", "تماس مجدد شهروند", "شهروند مجددا تماس گرفتند", "پیرو تماس قبلی"}
	citFollow = []string{"دوباره پیام میدم هنوز کاری نکردید", "چند بار گزارش دادم هنوز درست نشده", "هنوز رسیدگی نشده",
		"این چندمین باره که پیام میدم", "گفتن رسیدگی میشه ولی هنوز خبری نیست"}
	extras = []string{"بچه‌ها از اینجا میرن مدرسه", "پیرمرد و پیرزن اینجا زیاده", "همسایه‌ها همه شاکی هستن",
		"عکسش رو هم فرستادم", "چند بار به ۱۳۷ زنگ زدیم", "شهرداری کجاست؟"}
	noPlaceAddr = []string{"", "", "رشت", "منطقه ۱", "-"}
	inPerson    = []string{"مراجعه حضوری:", "مراجعه حضوری -", "حضوری:", "شهروند حضورا مراجعه و اعلام نمودند"}
)

// shortCaptions are what a user types under a photo when the photo says the rest.
var shortCaptions = map[string][]string{
	"asphalt": {"چاله", "آسفالت", "چاله خطرناک"}, "garbage": {"زباله", "آشغال", "زباله!!"},
	"surface": {"آبگرفتگی", "آب گرفته"}, "streetlight": {"چراغ خاموش", "تاریکی"}, "dogs": {"سگ ولگرد", "سگ"},
	"debris": {"نخاله"}, "sidewalk": {"سد معبر"}, "tree": {"درخت"}, "sewage": {"فاضلاب"},
}

// the app's map opens here, on the municipality square, until the user moves it.
const mapCentreLat, mapCentreLon = 37.2808617, 49.5831979

// hasDuration: the phrase already says how long.
func hasDuration(s string) bool {
	for _, w := range []string{"روز", "هفته", "ماه", "سال"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// render writes every request's text, address and pin.
func (g *gen) render(all []*req) {
	for _, q := range all {
		if q.copyOf != nil {
			q.text, q.address, q.lat, q.lon = q.copyOf.text, q.copyOf.address, q.copyOf.lat, q.copyOf.lon
			if q.lat != nil && g.r.Float64() < 0.5 {
				// the second send carries a fresh GPS fix
				la, lo := jitter(g.r, *q.lat, *q.lon, 3, 25)
				q.lat, q.lon = round(la, 6), round(lo, 6)
			}
			continue
		}
		var first *req
		if q.followUp {
			for _, o := range q.iss.reqs {
				if o != q && o.at.Before(q.at) && (first == nil || o.at.Before(first.at)) {
					first = o
				}
			}
		}
		switch q.channel {
		case "phone", "in_person":
			g.renderOperator(q, first)
		default:
			g.renderCitizen(q, first)
		}
	}
}

func round(x float64, places int) *float64 {
	p := math.Pow(10, float64(places))
	v := math.Round(x*p) / p
	return &v
}

func (g *gen) pin(q *req, lo, hi float64, places int) {
	la, ln := jitter(g.r, q.iss.p.lat, q.iss.p.lon, lo, hi)
	q.lat, q.lon = round(la, places), round(ln, places)
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func maybe(r *rand.Rand, p float64, xs []string) string {
	if r.Float64() < p {
		return pick(r, xs)
	}
	return ""
}

// renderOperator writes what the operator typed for a call or a visit to the office.
func (g *gen) renderOperator(q *req, first *req) {
	r, is := g.r, q.iss
	w := g.ops[r.IntN(len(g.ops))]
	if q.channel == "in_person" {
		w = g.ops[0] // the front desk
	}
	phrase := pick(r, is.prob.operator)
	if is.prob.sub {
		phrase = is.prob.operator[is.variant]
	}
	var text string
	place := ""
	if !is.placeless && r.Float64() < 0.3 {
		place = textPlace(r, is.p)
		if !strings.HasPrefix(place, "سر ") && !strings.HasPrefix(place, "ته ") && !strings.HasPrefix(place, "روبروی") &&
			!strings.HasPrefix(place, "جنب") && !strings.HasPrefix(place, "نزدیک") && !strings.HasPrefix(place, "کنار") &&
			!strings.HasPrefix(place, "پشت") && !strings.HasPrefix(place, "بعد") && !strings.HasPrefix(place, "نرسیده") {
			place = "در " + place
		}
	}
	switch {
	case first != nil:
		ref := ""
		if r.Float64() < 0.4 {
			ref = "به شماره " + first.id
		}
		text = join(pick(r, opFollow), ref, "-", phrase, place, pick(r, []string{"هنوز رفع نشده است.", "همچنان ادامه دارد.", "رسیدگی نشده است."}))
	case r.Float64() < 0.55:
		text = join(pick(r, opOpen), phrase, place, maybe(r, 0.5, opClose))
	default:
		text = join(phrase, place, maybe(r, 0.3, []string{"- پیگیری شود", "فوری", ""}))
	}
	if q.channel == "in_person" && first == nil {
		text = join(pick(r, inPerson), phrase, place)
	}
	switch {
	case is.placeless:
		q.address = pick(r, noPlaceAddr)
	case place != "" && r.Float64() < 0.2:
		q.address = ""
	default:
		q.address = w.applyAddress(r, address(r, is.p, true))
	}
	q.text = w.apply(r, text)
	if !is.placeless {
		lim := 0.10
		if q.channel == "in_person" {
			lim = 0.05
		}
		if r.Float64() < lim {
			g.pin(q, 20, 150, 5) // the operator clicked the map
		}
	}
}

// renderCitizen writes what a citizen typed in the app or on the web site.
func (g *gen) renderCitizen(q *req, first *req) {
	r, is := g.r, q.iss
	w := citizen(r)
	web := q.channel == "web"
	hasPin := !is.placeless && (web && r.Float64() < 0.25 || !web && r.Float64() < 0.85)
	switch x := r.Float64(); {
	case !hasPin:
	case web:
		g.pin(q, 20, 150, 6) // a click on the web site's map
	case x < 0.03:
		// the user never moved the map: the app's default centre, میدان شهرداری
		q.lat, q.lon = round(mapCentreLat, 7), round(mapCentreLon, 7)
	case x < 0.08:
		g.pin(q, 200, 700, 7) // the phone's GPS at home, not at the problem
	default:
		g.pin(q, 20, 150, 7)
	}
	// Finglish: a few app users on a phone without a Persian keyboard
	if !web && !is.placeless && len(is.prob.latin) > 0 && r.Float64() < 0.04 {
		q.text = join(maybe(r, 0.5, []string{"salam", "slm", "Salam"}), pick(r, is.prob.latin), latinAddress(r, is.p),
			maybe(r, 0.6, []string{"lotfan residegi konid", "lotfan", "mersi", "tnx"}))
		if !hasPin || r.Float64() < 0.3 {
			q.address = latinAddress(r, is.p)
		}
		return
	}
	addr := ""
	switch {
	case is.placeless:
		addr = maybe(r, 0.3, noPlaceAddr)
	case web && r.Float64() < 0.92, !web && r.Float64() < 0.4:
		addr = address(r, is.p, web)
	}
	place := ""
	if !is.placeless && (r.Float64() < 0.3 || addr == "" && !hasPin) {
		place = textPlace(r, is.p)
	}
	phrase := pick(r, is.prob.citizen)
	if is.prob.sub {
		phrase = is.prob.citizen[is.variant]
	}
	dur := maybe(r, 0.35, durations)
	if hasDuration(phrase) {
		dur = ""
	}
	var text string
	short := shortCaptions[is.prob.key]
	switch {
	case !web && first == nil && hasPin && len(short) > 0 && r.Float64() < 0.12:
		text = pick(r, short)
	case first != nil:
		ref := ""
		if r.Float64() < 0.3 {
			ref = "کد رهگیری " + first.id
		}
		text = join(maybe(r, 0.4, citizenOpen), pick(r, citFollow), ref, place, maybe(r, 0.6, []string{phrase}))
	case web:
		text = join(pick(r, webOpen), dur, phrase, place, pick(r, webClose))
	default:
		lead := maybe(r, 0.5, citizenOpen)
		if place != "" && r.Float64() < 0.5 {
			text = join(lead, place, dur, phrase, maybe(r, 0.5, citizenClose))
		} else {
			text = join(lead, dur, phrase, place, maybe(r, 0.5, citizenClose))
		}
	}
	if first == nil && len([]rune(text)) > 12 && r.Float64() < 0.15 {
		text = join(text, pick(r, extras))
	}
	q.text = w.apply(r, text)
	q.address = w.applyAddress(r, addr)
}

// category is the operator's category for the request: mostly right, sometimes a hurried
// wrong one, sometimes vague. App and web users pick their own and more often vaguely.
func (g *gen) category(q *req) string {
	r, p := g.r, q.iss.prob
	good, wrong := 0.75, 0.10
	switch q.channel {
	case "app":
		good, wrong = 0.55, 0.15
	case "web":
		good, wrong = 0.60, 0.15
	}
	switch x := r.Float64(); {
	case x < good:
		return pick(r, p.cats)
	case x < good+wrong:
		return pick(r, p.wrong)
	default:
		return pick(r, vague)
	}
}

// status is where the request stood on the day of the export.
func (g *gen) status(q *req) string {
	r, is := g.r, q.iss
	exported := yearStart.AddDate(1, 0, 0)
	age := exported.Sub(q.at).Hours() / 24
	if is.placeless && r.Float64() < 0.25 {
		return "rejected"
	}
	if age < 3 {
		return pick(r, []string{"new", "new", "reviewing"})
	}
	if is.prob.agency != "municipality" {
		if r.Float64() < 0.8 {
			return "referred"
		}
		return pick(r, []string{"resolved", "reviewing"})
	}
	if yearDays-is.end < 14 {
		return pick(r, []string{"reviewing", "assigned", "in_progress"})
	}
	switch x := r.Float64(); {
	case x < 0.84:
		return "resolved"
	case x < 0.88:
		return "rejected"
	default:
		return pick(r, []string{"assigned", "in_progress"})
	}
}
