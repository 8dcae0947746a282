package rasht12

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
)

// write fills one report's row: who sent it and how, what it says, where it says it is.
func (g *gen) write(rep *report, nth int) {
	is := rep.is
	r := g.r
	// Where the reporter is: for a neighbourhood-wide cut, their own alley; otherwise the
	// issue's place.
	pl := is.pl
	if is.prob.scope == scopeHood {
		st := pick(r, pl.h.streets)
		al := pick(r, st.alleys)
		pl = place{h: pl.h, st: st, al: al, lat: al.lat, lon: al.lon}
	}
	channel := "app"
	switch u := r.Float64(); {
	case is.owner != nil && rep.first:
	case is.event == "burst" || is.event == "outage" || is.prob.key == "gassmell":
		if u < 0.5 {
			channel = "phone"
		}
	case u < 0.33:
		channel = "phone"
	case u < 0.40:
		channel = "web"
	}
	rep.row.Channel = channel
	switch channel {
	case "app":
		g.writeApp(rep, pl, nth)
	case "phone":
		g.writePhone(rep, pl, nth)
	default:
		g.writeWeb(rep, pl, nth)
	}
	rep.row.Text = strings.ReplaceAll(rep.row.Text, "{REF}", refMark)
	if rep.row.Address != defaultPinAddress {
		rep.row.Address = g.addressNoise(rep.row.Address)
	}
}

// refMark stands for a tracking code until the codes are given out; one rune, so that no
// typo or speech error can break it.
const refMark = "\uE000"

func (g *gen) addressNoise(s string) string {
	r := g.r
	switch u := r.Float64(); {
	case u < 0.55:
		s = digits(s, 1)
	case u < 0.62:
		s = digits(s, 2)
	}
	if chance(r, 0.3) {
		s = zwnj(r, s)
	}
	if chance(r, 0.05) {
		s = arabicLetters(s)
	}
	return s
}

func (g *gen) core(p *problem, pl place) string {
	r := g.r
	if chance(r, 0.09) {
		var alts []string
		for _, l := range lookalikes {
			if l.key == p.key {
				alts = append(alts, l.text)
			}
		}
		for _, l := range outsideLookalikes {
			if l.key == p.key {
				alts = append(alts, l.text)
			}
		}
		if len(alts) > 0 {
			return fill(r, pick(r, alts), pl)
		}
	}
	return fill(r, pick(r, p.cores), pl)
}

// shortPlace is how a citizen names the spot inside a caption: just the alley, or a landmark.
func (g *gen) shortPlace(pl place) string {
	r := g.r
	switch {
	case pl.al != nil && chance(r, 0.6):
		return pick(r, []string{"", "تو ", "سر ", "ته ", "داخل "}) + alleyName(r, pl.al, false)
	case pl.mk != nil && chance(r, 0.7):
		return pick(r, landmarkPreps) + " " + pl.mk.name
	case pl.pk != nil:
		return pick(r, []string{"", "تو ", "داخل "}) + pl.pk.name
	}
	return address(r, pl, false)
}

func (g *gen) followUp(rep *report, nth int) string {
	r := g.r
	if nth == 0 {
		return ""
	}
	if chance(r, 0.1) {
		rep.cite = rep.is.reports[r.IntN(nth)]
		return pick(r, []string{"پیگیری درخواست {REF}", "کد رهگیری قبلی {REF}", "قبلا با کد {REF} ثبت کردم درست نشد",
			"درخواست شماره {REF} هنوز انجام نشده", "پیرو {REF}"})
	}
	if chance(r, 0.15) {
		return pick(r, []string{"باز هم", "برای بار سوم", "هنوز درست نشده", "قبلا هم گفتم", "دوباره", "چند بار ثبت کردیم"})
	}
	if first := rep.is.reports[0].at; chance(r, 0.06) && rep.at.Sub(first) > 72*time.Hour {
		return fmt.Sprintf(pick(r, []string{"از %s تا حالا درست نشده", "از تاریخ %s ثبت کردیم", "%s گزارش دادم"}), jalaliDay(r, first))
	}
	return ""
}

// jalaliDay writes a date as a citizen does: «۱۲ آبان» or «1405/08/12».
func jalaliDay(r *rand.Rand, t time.Time) string {
	y, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	if chance(r, 0.3) {
		return fmt.Sprintf("%d/%02d/%02d", y, int(m), d)
	}
	return fmt.Sprintf("%d %s", d, m.String())
}

// personaCite makes a resident's new problem quote their request about an earlier one:
// a different issue at the same alley, said in so many words.
func (g *gen) personaCite(rep *report) string {
	is := rep.is
	if is.owner == nil || !rep.first || !chance(g.r, 0.4) {
		return ""
	}
	for i, other := range is.owner.issues {
		if other == is && i > 0 {
			prev := is.owner.issues[i-1]
			if len(prev.reports) == 0 || !prev.reports[0].at.Before(rep.at) {
				return ""
			}
			rep.cite = prev.reports[0]
			return pick(g.r, []string{"درخواست قبلیم {REF} یه چیز دیگه بود، این مورد جدیده:", "غیر از مورد {REF}، حالا",
				"مشکل قبلی ({REF}) سر جاشه، اینم اضافه شده:"})
		}
	}
	return ""
}

func (g *gen) writeApp(rep *report, pl place, nth int) {
	r := g.r
	p := rep.is.prob
	row := &rep.row
	// The menu: the right item, the first plausible one, or «سایر».
	switch u := r.Float64(); {
	case u < 0.6:
		row.Category = p.appCat[0]
	case u < 0.85 && len(p.appCat) > 1:
		row.Category = pick(r, p.appCat[1:])
	case u < 0.93:
		row.Category = catOther
	default:
		row.Category = pick(r, []string{catAsphalt, catWaste, catSuggest}) // the top of the menu
	}
	// The pin.
	hasPin := chance(r, 0.9)
	pinDefault := hasPin && chance(r, 0.04)
	if hasPin {
		var lat, lon float64
		switch {
		case pinDefault:
			lat, lon = defaultPin[0], defaultPin[1]
		case chance(r, 0.8):
			lat, lon = jitter(r, pl.lat, pl.lon, 20, 150)
		default:
			lat, lon = jitter(r, pl.lat, pl.lon, 150, 450) // sent from the door of home
		}
		lat, lon = round6(lat), round6(lon)
		row.Lat, row.Lon = &lat, &lon
	}
	// The address the app filled from the pin, and what the citizen did to it.
	switch {
	case pinDefault:
		row.Address = defaultPinAddress
	case hasPin:
		st := g.w.nearestStreet(*row.Lat, *row.Lon)
		switch u := r.Float64(); {
		case u < 0.08: // the geocoder knew only the neighbourhood
			row.Address = "رشت، " + st.hood.name
		case u < 0.11: // a phone set to English gets the map's Latin names
			name := st.name
			if st.num == 0 {
				name = latinStreets[st.name]
			}
			kind := map[string]string{"خیابان": "Khiaban", "بلوار": "Boulevard"}[st.kind]
			h := st.hood.aliases[len(st.hood.aliases)-1]
			row.Address = kind + " " + name + ", " + strings.ToUpper(h[:1]) + h[1:] + ", Rasht, Gilan Province"
		case u < 0.55:
			row.Address = "گیلان، رشت، " + st.hood.name + "، " + st.kind + " " + st.name
		default:
			row.Address = st.kind + " " + st.name + "، " + st.hood.name + "، رشت"
		}
	}
	if rep.is.owner != nil && (rep.first || chance(r, 0.3)) {
		row.Address = rep.is.owner.address // the account's saved home address
	} else {
		switch u := r.Float64(); {
		case u < 0.28 && row.Address != "":
			row.Address += pick(r, []string{"، ", " ", " - "}) + g.shortPlace(pl)
		case u < 0.4:
			row.Address = address(r, pl, chance(r, 0.3))
		case u < 0.45:
			row.Address = ""
		}
	}
	// The caption.
	var parts []string
	if c := g.personaCite(rep); c != "" {
		parts = append(parts, c)
	} else if f := g.followUp(rep, nth); f != "" {
		parts = append(parts, f)
	}
	u := r.Float64()
	switch {
	case u < 0.015: // a photo sent with nothing typed; the app writes its own word
		row.Text = pick(r, []string{"📷", "(تصویر پیوست)", "بدون توضیح", "ارسال تصویر", "..."})
		return
	case u < 0.05: // a photo's caption, nothing else
		parts = append(parts, pick(r, captions))
	case u < 0.09: // typed on a Latin keyboard
		t := pick(r, p.fing)
		if chance(r, 0.5) {
			t += " " + finglishPlace(r, pl)
		}
		parts = append(parts, t)
		row.Text = strings.Join(parts, " ")
		if chance(r, 0.3) {
			row.Text += " " + pick(r, emojis)
		}
		return
	default:
		if chance(r, 0.2) {
			parts = append(parts, pick(r, greetings))
		}
		core := g.core(p, pl)
		switch v := r.Float64(); {
		case v < 0.08:
			core = pick(r, []string{"کی میاین درست کنین؟ ", "آقا ", "ببخشید "}) + core
		case v < 0.14:
			core += pick(r, []string{"، کسی نیست رسیدگی کنه؟", " واقعا که", "، این شهره؟", " 👈 اینجا"})
		}
		if chance(r, 0.3) {
			core = g.shortPlace(pl) + " " + core
		}
		if chance(r, 0.025) {
			core = pick(r, gilaki) + " " + core // a Rasht citizen typing as they speak
		}
		parts = append(parts, core)
		if a := g.aside(p, pl); a != "" {
			parts = append(parts, a)
		}
		if chance(r, 0.25) {
			parts = append(parts, pick(r, captions))
		}
		if chance(r, 0.15) {
			parts = append(parts, pick(r, complaints))
		}
		if chance(r, 0.3) {
			parts = append(parts, pick(r, asks))
		}
	}
	text := strings.Join(parts, pick(r, []string{" ", "، ", ". ", " "}))
	if chance(r, 0.15) {
		text = voice(r, text)
	}
	row.Text = g.noise(text, chance(r, 0.4))
}

func (g *gen) writePhone(rep *report, pl place, nth int) {
	r := g.r
	p := rep.is.prob
	row := &rep.row
	switch u := r.Float64(); {
	case u < 0.78:
		row.Category = p.opCat
	case u < 0.9:
		row.Category = "سایر"
	default:
		row.Category = pick(r, problems).opCat // a slip of the operator's hand
	}
	if chance(r, 0.08) {
		lat, lon := jitter(r, pl.lat, pl.lon, 0, 40) // the operator found it on the map
		lat, lon = round6(lat), round6(lon)
		row.Lat, row.Lon = &lat, &lon
	}
	placeInText := false
	switch u := r.Float64(); {
	case u < 0.68:
		row.Address = address(r, pl, true)
	case u < 0.8 && pl.st != nil && len(pl.st.marks) > 0:
		mk := nearestMark(pl) // an elderly caller knows the mosque, not the number
		row.Address = pick(r, landmarkPreps) + " " + mk.name
		if pl.al != nil && chance(r, 0.5) {
			row.Address += "، " + alleyName(r, pl.al, false)
		}
	case u < 0.9:
		placeInText = true
	default:
		row.Address = hoodName(r, pl.h)
		placeInText = chance(r, 0.5)
	}
	op := pick(r, p.ops)
	where := ""
	if placeInText || chance(r, 0.3) {
		where = address(r, pl, false)
	}
	var text string
	if c := g.personaCite(rep); c != "" {
		text = "شهروند اعلام کرد " + c + " " + g.core(p, pl)
	} else if f := g.followUp(rep, nth); f != "" && rep.cite != nil {
		text = "پیرو درخواست شماره {REF}، شهروند اعلام کرد " + op + " هنوز برطرف نشده است."
	} else {
		switch u := r.Float64(); {
		case u < 0.16 && where == "":
			text = "درخواست رسیدگی به " + op // the operator's pasted template
		case u < 0.4:
			text = "شهروند از " + op + pfx(" در ", where) + " گلایه دارد و خواستار رسیدگی است."
		case u < 0.55:
			text = "تماس‌گیرنده اظهار داشت " + g.core(p, pl) + pfx("، آدرس: ", where) + ". " + pick(r, asks)
		case u < 0.68:
			text = "شهروند سالمند تماس گرفتند و فرمودند " + fill(r, pick(r, p.longs), pl) + pfx(". نشانی: ", where)
		case u < 0.76:
			text = pick(r, gilaki) + " " + g.core(p, pl) + pfx(" - ", where) + " (نقل قول تماس‌گیرنده)"
		case u < 0.88:
			text = op + pfx(" - ", where) + pick(r, []string{"", ". مورد فوری است", ". شهروند چند بار تماس گرفته", ". با دقت پیگیری شود"})
		default:
			text = fill(r, pick(r, p.longs), pl) + pfx(". ", where)
		}
	}
	if chance(r, 0.06) {
		text = pick(r, []string{"آقای ", "خانم ", "حاج آقا "}) + pick(r, surnames) + pick(r, []string{" ", " به شماره " + mobile(r) + " "}) + "- " + text
	}
	row.Text = g.noise(text, false)
}

var surnames = []string{"رضایی", "حسینی", "پورمحمد", "قربانی", "نیکخواه", "رستمی", "میرزایی", "اکبری", "صفری", "جعفرزاده", "لاهیجی", "فومنی"}

// aside is a second complaint a citizen adds after the first: «ضمنا چراغ کوچه هم خاموشه».
// The request stays with the issue it opened with; the aside names another problem in passing.
func (g *gen) aside(p *problem, pl place) string {
	r := g.r
	if !chance(r, 0.025) {
		return ""
	}
	q := pick(r, problems)
	if q == p || q.scope == scopeHood {
		return ""
	}
	return pick(r, []string{"ضمنا ", "در ضمن ", "یه چیز دیگه هم، ", "تازه "}) + fill(r, pick(r, q.cores), pl)
}

func (g *gen) writeWeb(rep *report, pl place, nth int) {
	r := g.r
	p := rep.is.prob
	row := &rep.row
	if chance(r, 0.75) {
		row.Category = p.appCat[0]
	} else {
		row.Category = catOther
	}
	if chance(r, 0.5) {
		lat, lon := jitter(r, pl.lat, pl.lon, 20, 150)
		lat, lon = round6(lat), round6(lon)
		row.Lat, row.Lon = &lat, &lon
	}
	if chance(r, 0.85) {
		row.Address = address(r, pl, chance(r, 0.5))
	}
	parts := []string{pick(r, greetings)}
	if c := g.personaCite(rep); c != "" {
		parts = append(parts, c)
	} else if f := g.followUp(rep, nth); f != "" {
		parts = append(parts, f)
	}
	long := fill(r, pick(r, p.longs), pl)
	if chance(r, 0.4) {
		long = g.core(p, pl) + "، " + long
	}
	if row.Address == "" || chance(r, 0.3) {
		long = address(r, pl, false) + "، " + long
	}
	parts = append(parts, long)
	if a := g.aside(p, pl); a != "" {
		parts = append(parts, a)
	}
	parts = append(parts, pick(r, complaints), pick(r, asks))
	row.Text = g.noise(strings.Join(parts, ". "), false)
}

// latinStreets are the map's Latin names of the named streets.
var latinStreets = map[string]string{"گیلان": "Gilan", "منظریه": "Manzarieh", "ارشاد": "Ershad", "شهید صدوقی": "Shahid Sadoughi",
	"معلم": "Moallem", "شهید انصاری": "Shahid Ansari", "فرهنگ": "Farhang", "استادسرا": "Ostadsara", "شهید مطهری": "Shahid Motahari",
	"لاهیجی": "Lahiji", "طالقانی": "Taleghani", "حافظ": "Hafez", "نامجو": "Namjoo", "لاکانی": "Lakani", "سعدی": "Saadi",
	"شریعتی": "Shariati", "پاستور": "Pasteur", "بیستون": "Bisotoun", "تختی": "Takhti", "حمیدیان": "Hamidian", "آزادگان": "Azadegan",
	"گلها": "Golha", "یاس": "Yas", "نسترن": "Nastaran", "دیلمان": "Deylaman", "شهید بهشتی": "Shahid Beheshti", "ضیابری": "Ziabari",
	"امام خمینی": "Imam Khomeini", "پیرسرا": "Pirsara", "شهید رجایی": "Shahid Rajaei"}

// nearestMark is the landmark of the place's street closest to the place.
func nearestMark(pl place) *mark {
	var best *mark
	for _, mk := range pl.st.marks {
		if best == nil || dist(pl.lat, pl.lon, mk.lat, mk.lon) < dist(pl.lat, pl.lon, best.lat, best.lon) {
			best = mk
		}
	}
	return best
}

func pfx(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func round6(x float64) float64 {
	return float64(int64(x*1e6+0.5)) / 1e6
}

// noise applies the keyboard and the hurry: digits of any kind, Arabic letters, the
// half-space lost, a letter held down, a typo, an emoji.
func (g *gen) noise(s string, app bool) string {
	r := g.r
	switch u := r.Float64(); {
	case u < 0.55:
		s = digits(s, 1)
	case u < 0.65:
		s = digits(s, 2)
	}
	if chance(r, 0.5) {
		s = zwnj(r, s)
	}
	if chance(r, 0.09) {
		s = arabicLetters(s)
	}
	if chance(r, 0.1) {
		s = typo(r, s)
	}
	if app {
		if chance(r, 0.1) {
			s = stretch(r, s)
		}
		if chance(r, 0.35) {
			s += " " + pick(r, emojis)
		}
	}
	return s
}
