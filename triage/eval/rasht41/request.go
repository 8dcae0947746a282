package rasht41

import (
	"math/rand/v2"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

func pickChannel(r *rand.Rand) string {
	switch x := r.Float64(); {
	case x < 0.55:
		return "phone"
	case x < 0.86:
		return "app"
	case x < 0.94:
		return "web"
	}
	return "in_person"
}

func pickDetail(r *rand.Rand, is *issue, k int) detail {
	if is.placeless {
		return detNone
	}
	if k == 0 || is.sp.level == atHood {
		return detFull
	}
	x := r.Float64()
	switch is.sp.level {
	case atAlley, atStretch:
		switch {
		case x < 0.13:
			return detStreet
		case x < 0.19:
			return detHood
		case x < 0.25 && len(is.sp.st.landmarks) > 0:
			return detNearby
		}
	case atLandmark, atPark:
		if x < 0.08 {
			return detStreet
		}
	}
	return detFull
}

func pickDigits(r *rand.Rand, operator bool) digitStyle {
	x := r.Float64()
	if operator {
		x += 0.1
	}
	switch {
	case x < 0.32:
		return latinDigits
	case x < 0.37:
		return arabicDigits
	}
	return persianDigits
}

func pickZWNJ(r *rand.Rand, operator bool) zwnjMode {
	x := r.Float64()
	if operator {
		x -= 0.25
	}
	switch {
	case x < 0.45:
		return zwnjKeep
	case x < 0.8:
		return zwnjDrop
	}
	return zwnjSpace
}

// writeRequest writes the k-th request of an issue as its channel and writer would.
func writeRequest(r *rand.Rand, w *world, is *issue, k int, district string) labelled.Row {
	channel := pickChannel(r)
	if is.placeless && channel == "in_person" {
		channel = "phone" // the office clerk always asks where
	}
	sp := is.sp
	var home *alley
	if sp.level == atHood {
		// An area's cut is reported from each caller's own home.
		sp.st = pick(r, sp.h.streets)
		home = pick(r, sp.st.alleys)
	}
	det := pickDetail(r, is, k)
	if is.placeless {
		sp = spot{level: is.p.level}
	}
	operator := channel == "phone" || channel == "in_person"
	d := pickDigits(r, operator)
	followUp := k > 0 && chance(r, 0.22)
	row := labelled.Row{District: district, CreatedAt: requestTime(r, is, k, channel), Channel: channel,
		Group: is.id, Agency: is.p.agency}

	// Coordinates: the app's pin, now and then a web pin or the operator's click on the map.
	pinned := false
	if det != detNone {
		lat, lon := sp.lat, sp.lon
		if home != nil {
			lat, lon = home.lat, home.lon
		}
		var p float64
		switch channel {
		case "app":
			p = 0.82
		case "web":
			p = 0.15
		case "phone":
			p = 0.06
		}
		if chance(r, p) {
			la, lo := jitter(r, lat, lon, 20, 150)
			row.Lat, row.Lon = &la, &lo
			pinned = true
		}
	}

	place := func() string {
		if det == detNone {
			return ""
		}
		return inlinePlace(r, sp, det, d, home)
	}
	var text, addr string
	switch channel {
	case "phone", "in_person":
		inText := det != detNone && chance(r, 0.35)
		if det != detNone && (!inText || chance(r, 0.9)) {
			addr = addressField(r, sp, det, d, true, home)
		} else if det != detNone {
			inText = true
		}
		var p string
		if det == detNone {
			p = pick(r, []string{"محل سکونت", "کوچه", "معبر"})
		} else {
			p = bare(sp)
		}
		if inText {
			p = place()
		}
		body := fill(pick(r, is.p.operator), p)
		if channel == "in_person" && chance(r, 0.5) {
			body = "مراجعه‌کننده اظهار داشت " + fill(pick(r, is.p.citizen), p)
		} else if channel == "in_person" {
			body = pick(r, []string{"مراجعه حضوری: ", "فرم مراجعه حضوری - ", ""}) + body
		}
		if followUp {
			body = pick(r, followOperator) + body
		}
		if t := pick(r, operatorTails); t != "" && chance(r, 0.4) {
			body += ". " + t
		}
		text = body
		text, addr = operatorNoise(r, text, addr)
	default:
		if channel == "app" && det != detNone && chance(r, 0.04) {
			row.Text, row.Address = finglish(r, is, sp, det, home), ""
			if chance(r, 0.5) {
				row.Address = geocoded(sp)
			}
			row.Category = category(r, is.p, false)
			row.Status = status(r, is, k)
			return row
		}
		inText := det != detNone && (chance(r, 0.5) || (channel == "app" && !pinned))
		if channel == "web" && det != detNone {
			addr = addressField(r, sp, det, d, false, home)
		}
		if channel == "app" && pinned && chance(r, 0.6) {
			addr = geocoded(sp)
		}
		if channel == "app" && !pinned && !inText && det != detNone {
			addr = addressField(r, sp, det, d, false, home)
		}
		p := pick(r, deictic[sp.level])
		if inText {
			p = place()
		} else if sp.level == atLandmark && det != detNone {
			p = pick(r, landmarkPreps) + " " + sp.lm.name
		}
		text = citizenText(r, is.p, p, channel == "web", followUp)
		var clean string
		if strings.HasPrefix(addr, "رشت، ") && channel == "app" {
			clean = addr // the app's own address is not typed
		}
		text, addr = citizenNoise(r, text, addr)
		if clean != "" {
			addr = clean
		}
	}
	row.Text, row.Address = text, addr
	row.Category = category(r, is.p, operator)
	row.Status = status(r, is, k)
	return row
}

func citizenText(r *rand.Rand, p *problem, place string, web, followUp bool) string {
	var parts []string
	if web && chance(r, 0.6) {
		parts = append(parts, pick(r, formalGreeting))
	} else if chance(r, 0.45) {
		parts = append(parts, pick(r, greetings))
	}
	if followUp {
		parts = append(parts, pick(r, followCitizen))
	}
	parts = append(parts, fill(pick(r, p.citizen), place))
	if chance(r, 0.2) {
		parts = append(parts, pick(r, moans))
	}
	if chance(r, 0.45) {
		parts = append(parts, pick(r, pleas))
	}
	if chance(r, 0.2) || (web && chance(r, 0.5)) {
		parts = append(parts, pick(r, thanks))
	}
	sep := pick(r, []string{" ", "، ", ". ", "\n"})
	return strings.Join(parts, sep)
}

func citizenNoise(r *rand.Rand, text, addr string) (string, string) {
	if chance(r, 0.2) {
		text = strings.Replace(text, "آسفالت", "اسفالت", 1)
	}
	if chance(r, 0.22) {
		text = misspell(r, text)
	}
	if chance(r, 0.08) {
		text = stretchLetters(r, text)
	}
	z := pickZWNJ(r, false)
	text, addr = applyZWNJ(text, z), applyZWNJ(addr, z)
	if chance(r, 0.1) {
		text, addr = arabicKeyboard(text), arabicKeyboard(addr)
	}
	return text, addr
}

func operatorNoise(r *rand.Rand, text, addr string) (string, string) {
	if chance(r, 0.04) {
		text = misspell(r, text)
	}
	z := pickZWNJ(r, true)
	text, addr = applyZWNJ(text, z), applyZWNJ(addr, z)
	if chance(r, 0.04) {
		text, addr = arabicKeyboard(text), arabicKeyboard(addr)
	}
	return text, addr
}

// finglish is a caption typed on a phone without a Persian keyboard.
func finglish(r *rand.Rand, is *issue, sp spot, det detail, home *alley) string {
	place := "koocheye ma"
	switch {
	case det == detHood || sp.st == nil:
		place = sp.h.finglish
	case sp.level == atAlley && det == detFull:
		place = "kooche " + itoa(sp.al.num) + " " + sp.st.finglish
	case home != nil:
		place = "kooche " + itoa(home.num) + " " + sp.h.finglish
	default:
		place = sp.st.finglish
	}
	s := strings.ReplaceAll(is.p.finglish, "{p}", place)
	if chance(r, 0.6) {
		s = "salam " + s
	}
	if chance(r, 0.5) {
		s += pick(r, []string{" lotfan residegi konid", " lotfan", " mersi", "!!"})
	}
	return s
}

// category is the 137 menu entry: the operator's usually right, the citizen's less so.
func category(r *rand.Rand, p *problem, operator bool) string {
	right, vague := 0.78, 0.12
	if !operator {
		right, vague = 0.62, 0.23
	}
	switch x := r.Float64(); {
	case x < right:
		return p.category
	case x < right+vague:
		return pick(r, vagueCategories)
	}
	return pick(r, p.wrong)
}

// status is where the 137 system says the request stands at the export.
func status(r *rand.Rand, is *issue, k int) string {
	done := is.end().Before(yearEnd.AddDate(0, 0, -3))
	if is.p.agency != municipality {
		switch x := r.Float64(); {
		case x < 0.62:
			return "ارجاع شده"
		case x < 0.72:
			return "خارج از حوزه"
		case x < 0.86:
			return "جدید"
		case x < 0.93:
			return "در حال بررسی"
		}
		return "رد شده"
	}
	if done {
		switch x := r.Float64(); {
		case x < 0.72:
			return "انجام شده"
		case x < 0.8:
			return "بسته شده"
		case x < 0.88 && k > 0:
			return "رد شده" // the operator closed it as a repeat
		case x < 0.94:
			return "رسیدگی شده"
		}
		return "در حال بررسی"
	}
	return pick(r, []string{"جدید", "جدید", "در حال بررسی", "ارجاع به پیمانکار", "در دست اقدام"})
}
