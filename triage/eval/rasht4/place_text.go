package rasht4

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم",
	"بیست و هشتم", "بیست و نهم", "سی‌ام"}

func oneOf(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func hoodName(r *rand.Rand, p place) string {
	h := hoods[p.hood]
	return h.alias[r.IntN(len(h.alias))]
}

// streetName writes the street as people do: «خیابان ۱۲۴», «خ ۱۲۴», «۱۲۴», «خیابان رجایی».
func streetName(r *rand.Rand, p place, short bool) string {
	if p.street == "" {
		return ""
	}
	name := p.street
	if strings.HasPrefix(name, "شهید ") && chance(r, 0.35) {
		name = strings.TrimPrefix(name, "شهید ")
	}
	kind := p.streetK
	switch {
	case kind == "بلوار":
		kind = oneOf(r, "بلوار", "بلوار", "بلوار", "ب.", "بلوار")
	case short:
		kind = oneOf(r, "خ", "خ.", "خیابان", "خیابون")
	default:
		kind = oneOf(r, "خیابان", "خیابان", "خیابان", "خ", "خیابون")
	}
	if p.streetNum > 0 && chance(r, 0.2) {
		return name // «گلسار ۱۲۴»
	}
	return kind + " " + name
}

func alleyName(r *rand.Rand, p place, short bool) string {
	var s string
	switch {
	case p.alleyNum > 0:
		n := p.alleyNum
		switch u := r.Float64(); {
		case u < 0.45:
			s = fmt.Sprintf("کوچه %d", n)
		case u < 0.65 && n < len(ordinals):
			s = "کوچه " + ordinals[n]
		case u < 0.80 || short:
			s = oneOf(r, fmt.Sprintf("ک %d", n), fmt.Sprintf("ک.%d", n), fmt.Sprintf("ک%d", n), fmt.Sprintf("ک. %d", n))
		case u < 0.90:
			s = fmt.Sprintf("کوچه شماره %d", n)
		default:
			s = fmt.Sprintf("کوچه ی %d", n)
		}
	case p.alleyName != "":
		name := p.alleyName
		if strings.HasPrefix(name, "شهید ") && chance(r, 0.4) {
			name = strings.TrimPrefix(name, "شهید ")
		}
		s = oneOf(r, "کوچه ", "کوچه ", "کوچه ", "ک ", "ک.") + name
	default:
		return ""
	}
	if p.deadEnd > 0 {
		d := p.deadEnd
		de := oneOf(r, "بن‌بست", "بن بست", "بنبست", "بن‌بست")
		if chance(r, 0.3) {
			s += " " + de + " " + ordinals[d]
		} else {
			s += oneOf(r, " ", "، ", " - ") + fmt.Sprintf("%s %d", de, d)
		}
	}
	return s
}

func landmarkPhrase(r *rand.Rand, p place) string {
	if p.landmark == "" {
		return ""
	}
	return oneOf(r, "جنب ", "روبروی ", "روبه‌روی ", "نبش ", "کنار ", "پشت ", "نرسیده به ", "بعد از ", "نزدیک ", "سر کوچه ") + p.landmark
}

// addressField writes the place as the address field of the central system holds it: an
// operator's or the app's address, full or partial, in many orders and spellings.
func addressField(r *rand.Rand, p place) string {
	var parts []string
	if chance(r, 0.12) {
		parts = append(parts, oneOf(r, "رشت", "گیلان، رشت", "رشت", "استان گیلان رشت"))
	}
	if p.square != "" {
		parts = append(parts, oneOf(r, "", "", "ضلع شمالی ", "ضلع جنوبی ", "دور ", "حاشیه ")+p.square)
		if chance(r, 0.4) {
			parts = append(parts, hoodName(r, p))
		}
		return strings.TrimSpace(strings.Join(parts, sep(r)))
	}
	hood, street, alley := hoodName(r, p), streetName(r, p, false), alleyName(r, p, false)
	switch u := r.Float64(); {
	case u < 0.55: // hood, street, alley
		parts = append(parts, hood, street, alley)
	case u < 0.70: // alley, street, hood («کوچه دوازدهم ۱۲۴ گلسار»)
		parts = append(parts, alley, street, hood)
	case u < 0.80: // no hood
		parts = append(parts, street, alley)
	case u < 0.90: // hood and alley, no street
		parts = append(parts, hood, alley)
		if alley == "" {
			parts = append(parts, street)
		}
	default: // short form «گلسار 124 ک 12»
		parts = append(parts, hood, strings.TrimPrefix(streetName(r, p, true), "خیابان "), alleyName(r, p, true))
	}
	if lm := landmarkPhrase(r, p); lm != "" && chance(r, 0.45) {
		parts = append(parts, lm)
	}
	if chance(r, 0.45) {
		// each caller gives their own house's plate, near the problem
		plate := max(1, p.plate+r.IntN(21)-10)
		parts = append(parts, oneOf(r, "پلاک ", "پ ", "پلاک ", "پ.", "پلاک: ")+fmt.Sprint(plate))
	}
	if chance(r, 0.08) {
		parts = append(parts, oneOf(r, "طبقه ۲", "واحد 3", "طبقه اول", "زنگ دوم"))
	}
	a := joinNonEmpty(parts, sep(r))
	if chance(r, 0.05) {
		a = oneOf(r, "نشانی: ", "آدرس: ", "آدرس ") + a
	}
	return a
}

// textPlace names the place inside a sentence: usually shorter, often with a landmark.
func textPlace(r *rand.Rand, p place) string {
	if p.square != "" {
		return oneOf(r, "", "دور ", "اطراف ", "ضلع شرقی ") + p.square
	}
	hood, street, alley := hoodName(r, p), streetName(r, p, chance(r, 0.3)), alleyName(r, p, chance(r, 0.2))
	var s string
	switch u := r.Float64(); {
	case u < 0.30:
		s = joinNonEmpty([]string{alley, street, hood}, " ")
	case u < 0.50:
		s = joinNonEmpty([]string{hood, street, alley}, oneOf(r, " ", "، "))
	case u < 0.62:
		s = joinNonEmpty([]string{alley, street}, " ")
	case u < 0.72:
		s = joinNonEmpty([]string{alley, oneOf(r, "در ", "تو ", "") + hood}, " ")
		if alley == "" {
			s = joinNonEmpty([]string{street, hood}, " ")
		}
	case u < 0.85 && p.landmark != "":
		s = joinNonEmpty([]string{street, landmarkPhrase(r, p)}, " ")
		if alley != "" && chance(r, 0.5) {
			s = joinNonEmpty([]string{alley, street, landmarkPhrase(r, p)}, " ")
		}
	case u < 0.93:
		s = joinNonEmpty([]string{hood, strings.TrimPrefix(streetName(r, p, true), "خیابان "), alleyName(r, p, true)}, " ")
	default: // only the neighbourhood, or the neighbourhood and a landmark
		s = oneOf(r, "محله ", "تو ", "", "منطقه ") + hood
		if p.landmark != "" && chance(r, 0.6) {
			s += " " + landmarkPhrase(r, p)
		}
	}
	return s
}

// deictic is how people point at a place without naming it.
func deictic(r *rand.Rand, p place, operator bool) string {
	if operator {
		return oneOf(r, "محل", "معبر", "محل سکونت شهروند", "کوچه محل سکونت", "آدرس اعلامی", "محدوده")
	}
	if p.square != "" {
		return oneOf(r, "میدون", "دور میدان", "اینجا")
	}
	if p.alleyNum > 0 || p.alleyName != "" {
		return oneOf(r, "کوچه ما", "کوچمون", "کوچه", "جلوی خونه ما", "سر کوچه", "ته کوچه", "این کوچه", "اینجا")
	}
	return oneOf(r, "خیابون ما", "خیابان", "محله ما", "این خیابون", "اینجا", "جلوی مغازه ما", "سر خیابون")
}

func sep(r *rand.Rand) string { return oneOf(r, "، ", "، ", "، ", " ", " - ", ",", "،") }

func joinNonEmpty(parts []string, sep string) string {
	var keep []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, sep)
}

// finglishPlace writes the place in Latin letters, as some app users type.
func finglishPlace(r *rand.Rand, p place) string {
	h := hoods[p.hood].finglish
	if p.square != "" {
		return oneOf(r, "meydan ", "midan ") + h
	}
	var parts []string
	parts = append(parts, h)
	if p.streetNum > 0 {
		parts = append(parts, oneOf(r, "khiaban ", "kh ", "")+fmt.Sprint(p.streetNum))
	}
	if p.alleyNum > 0 {
		parts = append(parts, oneOf(r, "kooche ", "kuche ", "k ")+fmt.Sprint(p.alleyNum))
	}
	if p.deadEnd > 0 {
		parts = append(parts, oneOf(r, "bonbast ", "bon bast ")+fmt.Sprint(p.deadEnd))
	}
	return strings.Join(parts, " ")
}
