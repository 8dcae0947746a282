package rasht11

import (
	"fmt"
	"math/rand"
	"strings"
)

var onesWords = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"}
var teensWords = []string{"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tensWords = []string{"", "", "بیست", "سی", "چهل", "پنجاه"}

func cardinal(n int) string {
	switch {
	case n < 10:
		return onesWords[n]
	case n < 20:
		return teensWords[n-10]
	case n < 60:
		if n%10 == 0 {
			return tensWords[n/10]
		}
		return tensWords[n/10] + " و " + onesWords[n%10]
	}
	return fmt.Sprint(n)
}

// ordinal is how people name an alley by its rank: «دوازدهم», «بیست و سوم», «اول».
func ordinal(n int) string {
	if n == 1 {
		return "اول"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + "‌ام"
	case strings.HasSuffix(c, " و یک"):
		return c + "م"
	}
	return c + "م"
}

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

func (h *hood) spell(r *rand.Rand) string {
	if r.Intn(3) == 0 {
		return h.name
	}
	return pick(r, h.spells)
}

func (s *street) render(r *rand.Rand, h *hood) string {
	if s.phase > 0 {
		return pick(r, []string{"فاز " + fmt.Sprint(s.phase), "فاز" + fmt.Sprint(s.phase), "فاز " + cardinal(s.phase), "فاز " + fmt.Sprint(s.phase)})
	}
	if s.num > 0 {
		n := fmt.Sprint(s.num)
		return pick(r, []string{"خیابان " + n, "خیابان " + n, "خ " + n, "خ." + n, n, "خیابون " + n})
	}
	name := s.name
	bare := strings.TrimPrefix(strings.TrimPrefix(name, "خیابان "), "بلوار ")
	kind := strings.TrimSuffix(name, " "+bare)
	switch r.Intn(6) {
	case 0:
		return bare
	case 1:
		if kind == "بلوار" {
			return "ب " + bare
		}
		return "خ " + bare
	case 2:
		if kind == "خیابان" {
			return "خیابون " + bare
		}
	}
	return name
}

func (a *alley) render(r *rand.Rand, h *hood) string {
	if h.kind == kindTown {
		n := fmt.Sprint(a.num)
		return pick(r, []string{"بلوک " + n, "بلوک " + n, "بلوک" + n, "ب " + n, "بلوک شماره " + n})
	}
	var s string
	if a.name != "" {
		nm := a.name
		if strings.HasPrefix(nm, "شهید ") && r.Intn(3) == 0 {
			nm = strings.TrimPrefix(nm, "شهید ")
		}
		switch {
		case a.deadEnd && r.Intn(2) == 0:
			s = pick(r, []string{"بن‌بست ", "بن بست ", "بنبست "}) + nm
		case a.deadEnd:
			s = "کوچه " + nm + " (بن‌بست)"
		default:
			s = pick(r, []string{"کوچه ", "کوچه ", "ک ", "ک.", "کوچه‌ی "}) + nm
		}
	} else {
		n := fmt.Sprint(a.num)
		switch r.Intn(8) {
		case 0, 1:
			s = "کوچه " + n
		case 2:
			s = "کوچه " + ordinal(a.num)
		case 3:
			s = "ک " + n
		case 4:
			s = "ک." + n
		case 5:
			s = "کوچه شماره " + n
		case 6:
			s = "کوچه " + ordinal(a.num)
		default:
			s = "کوچه " + n
		}
		if a.deadEnd {
			s = pick(r, []string{"بن‌بست " + n, s + " بن‌بست", s + " (بن بست)"})
		}
	}
	if a.subDeadEnd > 0 {
		s += "، " + pick(r, []string{"بن‌بست ", "بن بست ", "بنبست "}) + ordinal(a.subDeadEnd)
	}
	return s
}

var lmPreps = []string{"روبروی", "روبه‌روی", "جنب", "نبش", "کنار", "پشت", "نرسیده به", "بعد از", "بغل", "نزدیک"}

// placeText renders a place in one of the many ways people and operators write it. When
// short, it returns a form that fits inside a sentence.
func placeText(r *rand.Rand, p *place, short bool) string {
	if p.h == nil { // a main avenue or square, by a landmark
		lm := pick(r, lmPreps) + " " + p.landmark
		nm := p.s.name
		switch r.Intn(4) {
		case 0:
			return nm + "، " + lm
		case 1:
			return nm + " " + lm
		case 2:
			return lm + " در " + nm
		}
		return strings.TrimPrefix(strings.TrimPrefix(nm, "خیابان "), "بلوار ") + " " + lm
	}
	h := p.h
	hs := h.spell(r)
	if p.park {
		switch r.Intn(4) {
		case 0:
			return p.landmark + " " + hs
		case 1:
			return hs + "، " + p.landmark
		case 2:
			return "داخل " + p.landmark
		}
		return p.landmark + "، " + p.s.render(r, h)
	}
	ss := p.s.render(r, h)
	if p.al == nil {
		lm := pick(r, lmPreps) + " " + p.landmark
		switch r.Intn(5) {
		case 0:
			return hs + "، " + ss + "، " + lm
		case 1:
			return ss + " " + lm
		case 2:
			return lm + "، " + ss
		case 3:
			return hs + " " + ss + " " + lm
		}
		return ss + "، " + lm
	}
	as := p.al.render(r, h)
	plate := ""
	if !short && r.Intn(3) == 0 {
		plate = pick(r, []string{"پلاک ", "پ ", "پ.", "پلاک "}) + fmt.Sprint(1+r.Intn(60))
	}
	if h.kind == kindTown {
		switch r.Intn(5) {
		case 0:
			return join(hs, ss, as, plate)
		case 1:
			return join(as+" "+ss+" "+hs, plate)
		case 2:
			return hs + " " + ss + " " + as
		case 3:
			return join(hs, as)
		}
		return join(as, ss, hs)
	}
	switch u := r.Intn(12); {
	case u < 4:
		return join(hs, ss, as, plate)
	case u < 6:
		// «کوچه دوازدهم ۱۲۴ گلسار»
		return strings.TrimSpace(as + " " + ss + " " + hs)
	case u < 7:
		return hs + " " + ss + " " + as
	case u < 8 && p.al.landmark != "":
		return join(hs, ss, as, pick(r, lmPreps)+" "+p.al.landmark)
	case u < 9 && p.al.landmark != "":
		// only the landmark: «کوچه کنار نانوایی بربری حاج رضا»
		return "کوچه " + pick(r, []string{"کنار", "روبروی", "جنب", "بغل"}) + " " + p.al.landmark + "، " + hs
	case u < 10:
		return join(ss, as, plate)
	case u < 11:
		return join(hs, as)
	}
	return join("رشت", hs, ss, as, plate)
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "، ")
}

// addressField is what lands in the address column: a place form, sometimes with the
// district, a flat, a doorbell, a phone number, or only a postcode.
func addressField(r *rand.Rand, p *place, pe *persona) string {
	if p.al != nil && r.Float64() < 0.04 {
		return pick(r, []string{"کدپستی ", "کد پستی: ", "ک.پ ", "کدپستی"}) + p.al.post
	}
	if p.al != nil && p.h != nil && r.Float64() < 0.02 {
		// only the quarter and a plate: a clerk cannot find the alley from it
		return p.h.spell(r) + " " + pick(r, []string{"پلاک ", "پ "}) + fmt.Sprint(1+r.Intn(60))
	}
	s := placeText(r, p, false)
	if r.Float64() < 0.08 {
		s = pick(r, []string{"رشت - منطقه ۳، ", "گیلان، رشت، ", "رشت، ", "منطقه 3 "}) + s
	}
	if p.al != nil && r.Float64() < 0.06 {
		s += "، " + pick(r, []string{"طبقه دوم", "واحد ۴", "زنگ دوم", "طبقه همکف", "واحد 7"})
	}
	if p.al != nil && r.Float64() < 0.04 {
		s += " کدپستی " + p.al.post
	}
	if pe != nil {
		if r.Intn(2) == 0 {
			s += "، " + pe.unit
		}
		if r.Intn(2) == 0 {
			s += " تلفن " + pe.phone
		}
	} else if r.Float64() < 0.03 {
		s += " تماس " + fmt.Sprintf("0911%07d", r.Intn(10000000))
	}
	return s
}
