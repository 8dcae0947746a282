package rasht24

import (
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var unitOrdinals = []string{"", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"}

// ordinal writes n as the number word people use for a street or alley: دوازدهم, بیست و سوم, سی_ام.
func ordinal(n int) string {
	if n <= 20 {
		return ordinals[n]
	}
	tens := map[int]string{2: "بیست", 3: "سی", 4: "چهل"}[n/10]
	if n%10 == 0 {
		return tens + "_ام"
	}
	return tens + " و " + unitOrdinals[n%10]
}

// num writes n in the request's digits; the voice decides Persian, Arabic-Indic or Latin.
func (v *voice) num(n int) string { return v.digits(itoa(n)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// streetFull is the street's formal name: بلوار معلم, خیابان لاله, خیابان ۷, پارک منظریه.
func (v *voice) streetFull(s *street, words bool) string {
	if s.name != "" {
		return s.kind + " " + s.name
	}
	if words {
		return s.kind + " " + ordinal(s.num)
	}
	return s.kind + " " + v.num(s.num)
}

// alleyName is کوچه ۱۲, کوچه دوازدهم, ک ۱۲, بن_بست ۷, بلوک ۳, کوچه یاس.
func (v *voice) alleyName(a *alley, words, short bool) string {
	kind := a.kind
	if a.name != "" {
		if short {
			return "ک " + a.name
		}
		return kind + " " + a.name
	}
	switch {
	case words && kind != "بلوک":
		return kind + " " + ordinal(a.num)
	case short && kind == "کوچه":
		return v.pick([]string{"ک ", "ک.", "ک"}) + v.num(a.num)
	}
	return kind + " " + v.num(a.num)
}

// hoodPart is the neighbourhood as people name it in an address, "" when the street names it.
func hoodPart(p spot) string {
	if p.s != nil && p.s.main && strings.Contains(p.h.name, p.s.name) {
		return ""
	}
	return p.h.name
}

func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// shortStreet is how a numbered side street is said with its neighbourhood: حمیدیان ۷, بعثت ۵.
func (v *voice) shortStreet(p spot) string {
	if p.s.num > 0 {
		return strings.TrimPrefix(strings.TrimPrefix(p.h.name, "شهرک "), "کوی ") + " " + v.num(p.s.num)
	}
	if p.s.main && strings.Contains(p.h.name, p.s.name) {
		return strings.TrimPrefix(p.h.name, "شهرک ")
	}
	if p.s.main {
		return p.s.name
	}
	return join(" ", hoodPart(p), p.s.name)
}

// place writes a spot the way this writer writes places. coarse leaves the alley or stretch
// out (the caller did not say it); it is the only way the truth knows more than the text.
func (v *voice) place(p spot, coarse bool) string { return v.placeIn(p, coarse, false) }

// placeIn writes a spot; inText leaves out the forms only an address field has (the dashed
// form that starts with رشت, a plate).
func (v *voice) placeIn(p spot, coarse, inText bool) string {
	r := v.r
	if p.s == nil {
		return v.pick([]string{p.h.name, p.h.name, "محله " + p.h.name, "کل " + p.h.name})
	}
	if coarse && r.IntN(3) == 0 {
		return v.pick([]string{p.h.name, "محله " + p.h.name})
	}
	if p.s.kind == "پارک" {
		return v.pick([]string{"پارک " + p.s.name, "پارک " + p.s.name, "پارک محله " + p.h.name, "بوستان " + p.s.name})
	}
	h := hoodPart(p)
	if coarse || (p.a == nil && p.st == nil) {
		alone := v.streetFull(p.s, r.IntN(3) == 0)
		if p.s.name == "" {
			alone = join(" ", alone, h) // «خیابان ۷» alone is in two neighbourhoods
		}
		return v.pick([]string{join("، ", h, v.streetFull(p.s, false)), alone,
			v.shortStreet(p), join(" ", v.streetFull(p.s, false), h)})
	}
	if p.st != nil {
		rel := v.pick([]string{"جنب", "روبروی", "نزدیک", "کنار", "بعد از", "نرسیده به", "روبه_روی"})
		switch r.IntN(4) {
		case 0:
			return join("، ", h, v.streetFull(p.s, false), rel+" "+p.st.landmark)
		case 1:
			return v.streetFull(p.s, false) + " " + rel + " " + p.st.landmark
		case 2:
			return rel + " " + p.st.landmark + " " + v.streetFull(p.s, false)
		default:
			return join(" ", h, p.s.name, rel, p.st.landmark)
		}
	}
	a := p.a
	where := ""
	if r.IntN(6) == 0 {
		where = v.pick([]string{"انتهای ", "اول ", "وسط ", "سر "})
	}
	form := r.IntN(9)
	if inText && (form == 4 || form == 6) {
		form = r.IntN(4)
	}
	switch form {
	case 0, 1: // گلسار، خیابان ۱۲۴، کوچه ۱۲
		return join("، ", h, v.streetFull(p.s, false), where+v.alleyName(a, false, false))
	case 2: // کوچه دوازدهم خیابان هفتم حمیدیان
		return join(" ", where+v.alleyName(a, true, false), v.streetFull(p.s, true), h)
	case 3: // حمیدیان ۷ ک ۳, معلم ۱۸
		if p.s.main && a.name == "" && a.kind == "کوچه" {
			if hasNumberedStreets(p.h) {
				// «فرهنگیان ۶» is the sixth street; its boulevard's sixth alley is said in full
				return v.streetFull(p.s, false) + " " + v.num(a.num)
			}
			return v.shortStreet(p) + " " + v.num(a.num)
		}
		return v.shortStreet(p) + " " + v.alleyName(a, false, true)
	case 4: // رشت - معلم - کوچه ۱۸ - پلاک ۲۳
		return join(" - ", "رشت", h, v.streetFull(p.s, false), v.alleyName(a, false, false), v.plate(p))
	case 5: // بلوار معلم نبش کوچه ۱۸
		if p.s.main && len(p.s.stretches) > 0 {
			lm := p.s.stretches[r.IntN(len(p.s.stretches))].landmark
			if r.IntN(2) == 0 {
				return v.streetFull(p.s, false) + " نبش " + v.alleyName(a, false, false)
			}
			return join("، ", v.streetFull(p.s, false), "بعد از "+lm, v.alleyName(a, false, false))
		}
		return join(" ", h, v.streetFull(p.s, false), where+v.alleyName(a, false, false))
	case 6:
		return join("، ", h, v.streetFull(p.s, false), v.alleyName(a, false, false), v.plate(p))
	default:
		return join(" ", h, v.streetFull(p.s, r.IntN(4) == 0), where+v.alleyName(a, r.IntN(4) == 0, false))
	}
}

func hasNumberedStreets(h *hood) bool {
	for _, s := range h.streets {
		if s.num > 0 {
			return true
		}
	}
	return false
}

func (v *voice) plate(p spot) string {
	if p.plate == 0 {
		return ""
	}
	return v.pick([]string{"پلاک ", "پ ", "پلاک "}) + v.num(p.plate)
}

// finglish writes a spot in Latin letters as typed on a phone without a Persian keyboard.
func finglish(r *rand.Rand, p spot) string {
	if p.s == nil || p.s.kind == "پارک" {
		return p.h.fing
	}
	st := p.s.fing
	if st == "" {
		st = strings.TrimPrefix(strings.TrimPrefix(p.h.fing, "shahrake "), "kooye ") + " " + itoa(p.s.num)
	} else if p.s.kind == "بلوار" {
		st = "bolvare " + st
	} else if !p.s.main {
		st = p.h.fing + " " + st
	}
	if p.a == nil || p.a.name != "" {
		return st
	}
	k := []string{"kooche", "k", "koche", "kuche"}[r.IntN(4)]
	if p.a.kind == "بلوک" {
		k = "block"
	}
	if r.IntN(2) == 0 {
		return k + " " + itoa(p.a.num) + " " + st
	}
	return st + " " + k + " " + itoa(p.a.num)
}
