package rasht43

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Places are written with ASCII digits here; the writer's digits are applied at the end.

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

// ordinal is the Persian ordinal word of n («دوازدهم», «بیست و سوم»).
func ordinal(r *rand.Rand, n int) string {
	switch {
	case n == 1 && r.IntN(2) == 0:
		return "یکم"
	case n == 18 && r.IntN(3) == 0:
		return "هیجدهم"
	case n <= 20:
		return ordinals[n]
	case n < 30:
		u := ordinals[n-20]
		if n == 21 {
			u = "یکم"
		}
		return "بیست و " + u
	}
	return fmt.Sprint(n)
}

func cardinal(n int) string {
	if n <= 20 {
		return cardinals[n]
	}
	if n < 30 {
		return "بیست و " + cardinals[n-20]
	}
	return fmt.Sprint(n)
}

var fingNames = map[string]string{
	"شهید صادقی": "shahid sadeghi", "گلستان": "golestan", "شهید کاظمی": "kazemi", "امیری": "amiri",
	"شهید باقری": "bagheri", "ابریشم": "abrisham", "کیانی": "kiani", "شقایق": "shaghayegh", "رحمانی": "rahmani",
	"سبحانی": "sobhani", "شهید نوروزی": "noroozi", "پورحسن": "poorhasan", "حسینیه": "hoseiniye",
	"شهید حسینی": "hoseini", "مهدوی": "mahdavi", "بهار": "bahar", "نیکپور": "nikpoor", "مسجد": "masjed",
	"حمام": "hamoom", "شهید صادق‌زاده": "sadeghzade", "ابریشم‌چیان": "abrishamchian", "آزادی": "azadi",
	"شهید رجب‌زاده": "rajabzade", "سعادت": "saadat", "گلبهار": "golbahar", "فرهنگ": "farhang",
	"شهید رجایی": "rajaei", "نسیم": "nasim", "شهید قربانی": "ghorbani", "شهید رضایی": "rezaei",
	"اقاقیا": "aghaghia", "شهید بابایی": "babaei", "لادن": "ladan", "شهید موسوی": "moosavi", "سپیده": "sepide",
	"لاله": "laleh", "نسترن": "nastaran", "یاس": "yas", "ارغوان": "arghavan", "بنفشه": "banafshe",
	"مریم": "maryam", "نرگس": "narges", "سوسن": "sousan", "اطلسی": "atlasi", "شهید عباسی": "abbasi",
	"میخک": "mikhak", "شهید احمدی": "ahmadi", "گلها": "golha", "نیلوفر": "niloofar", "امید": "omid",
}

// alleyWord is how a writer names an alley without its street.
func alleyWord(r *rand.Rand, a *alley) string {
	var forms []string
	if a.num > 0 {
		n := fmt.Sprint(a.num)
		forms = append(forms, "کوچه "+n, "کوچه "+n, "کوچه "+n, "کوچه‌ی "+n, "کوچه شماره "+n, "ک "+n, "ک."+n,
			"کوچه "+ordinal(r, a.num), "کوچه "+ordinal(r, a.num))
		if r.IntN(8) == 0 {
			forms = append(forms, "کوچه "+cardinal(a.num))
		}
		if a.name != "" {
			forms = append(forms, "کوچه "+a.name, "کوچه "+bareName(a.name), "کوچه "+n+" ("+a.name+")",
				"کوچه "+a.name+" ("+n+")", "کوچه "+a.name)
		}
	} else {
		forms = append(forms, "کوچه "+a.name, "کوچه "+a.name, "کوچه "+bareName(a.name), "ک "+a.name)
	}
	return one(r, forms)
}

// deadWord names a dead end of an alley.
func deadWord(r *rand.Rand, d *deadEnd) string {
	forms := []string{"بن‌بست " + fmt.Sprint(d.num), "بن‌بست " + ordinal(r, d.num), "بن‌بست " + fmt.Sprint(d.num),
		"بن بست " + fmt.Sprint(d.num), "بنبست " + ordinal(r, d.num)}
	if d.name != "" {
		forms = append(forms, "بن‌بست "+d.name, "بن‌بست "+d.name)
	}
	return one(r, forms)
}

// streetWord is a street's name: with its kind («خیابان حاجی‌آباد», «خ حاجی آباد»,
// «بلوار مطهری») or bare («حاجی آباد»).
func streetWord(r *rand.Rand, s *street, bare bool) string {
	name := one(r, s.forms)
	if bare && r.IntN(3) > 0 {
		return name
	}
	if s.kind == "خیابان" {
		return one(r, []string{"خیابان ", "خیابان ", "خیابان ", "خ ", "خ. ", "خ."}) + name
	}
	return one(r, []string{"بلوار ", "بلوار ", "بلوار ", "بل. "}) + name
}

func hoodWord(r *rand.Rand, h *hood) string { return one(r, h.forms) }

func plateWord(r *rand.Rand, n int) string {
	return one(r, []string{"پلاک ", "پلاک ", "پلاک ", "پ ", "پ.", "پلاک شماره "}) + fmt.Sprint(n)
}

// nearWord: a relation to a landmark or an alley mouth.
func nearWord(r *rand.Rand, onStreet bool) string {
	if onStreet {
		return one(r, []string{"روبروی", "روبروی", "نبش", "جنب", "کنار", "نرسیده به", "بعد از", "نزدیک"})
	}
	return one(r, []string{"روبروی", "کنار", "جنب", "نزدیک", "پشت", "بعد از"})
}

// formal is the place as an operator or the app's address form writes it, at level lv.
func (g *gen) formal(sp spot, lv level) string {
	r := g.r
	var parts []string
	if r.IntN(10) < 3 {
		parts = append(parts, "رشت")
		if r.IntN(3) == 0 {
			parts = append(parts, "منطقه 2")
		}
	}
	h := sp.hood()
	st := sp.street()
	switch lv {
	case lvNone:
		return ""
	case lvHood:
		if h != nil {
			parts = append(parts, hoodWord(r, h))
		}
		return strings.Join(parts, "، ")
	case lvStreet:
		if h != nil && r.IntN(3) == 0 {
			parts = append(parts, hoodWord(r, h))
		}
		if st != nil {
			parts = append(parts, streetWord(r, st, false))
		} else if sp.jn != nil {
			parts = append(parts, hoodWord(r, sp.jn.h))
		}
		return strings.Join(parts, "، ")
	}
	if h != nil && r.IntN(5) < 2 && (st == nil || st.name != h.name || r.IntN(4) == 0) {
		parts = append(parts, hoodWord(r, h))
	}
	switch {
	case sp.al != nil:
		if lv != lvAlleyOnly && lv != lvLandmark {
			parts = append(parts, streetWord(r, sp.al.st, false))
		}
		if lv == lvLandmark {
			parts = append(parts, g.alleyByLandmark(sp.al))
		} else {
			parts = append(parts, alleyWord(r, sp.al))
		}
		if sp.dead != nil {
			parts = append(parts, deadWord(r, sp.dead))
		}
	case sp.seg != nil:
		if lv != lvAlleyOnly && lv != lvLandmark {
			parts = append(parts, streetWord(r, sp.seg.st, false))
		}
		parts = append(parts, g.segNear(sp.seg, lv))
	case sp.lm != nil:
		parts = append(parts, one(r, []string{sp.lm.name, sp.lm.name, sp.lm.short}))
		if lv == lvFull && r.IntN(2) == 0 {
			parts = append(parts, streetWord(r, sp.lm.st, false))
		}
	case sp.jn != nil:
		parts = append(parts, one(r, sp.jn.forms))
	}
	if sp.plate > 0 && r.IntN(10) < 8 {
		parts = append(parts, plateWord(r, sp.plate))
	}
	return strings.Join(parts, "، ")
}

// alleyByLandmark names an alley by what stands at its mouth («کوچه کنار نانوایی لواشی»).
func (g *gen) alleyByLandmark(a *alley) string {
	r := g.r
	lm := a.nearLm
	if lm == nil && len(a.seg.lms) > 0 {
		lm = one(r, a.seg.lms)
	}
	if lm == nil {
		// nothing to point at: a neighbouring alley then
		return alleyWord(r, a)
	}
	name := one(r, []string{lm.name, lm.short})
	return one(r, []string{"کوچه ", "کوچه ", "اولین کوچه ", "کوچه "}) + nearWord(r, false) + " " + name
}

// segNear names a point of a street by an alley mouth or a landmark in its segment.
func (g *gen) segNear(s *segment, lv level) string {
	r := g.r
	if len(s.lms) > 0 && (len(s.mouths) == 0 || r.IntN(2) == 0 || lv == lvLandmark) {
		lm := one(r, s.lms)
		return nearWord(r, true) + " " + one(r, []string{lm.name, lm.short})
	}
	if len(s.mouths) == 0 {
		return "اواسط خیابان"
	}
	if len(s.mouths) >= 2 && r.IntN(5) == 0 {
		return "بین " + alleyWord(r, s.mouths[0]) + " و " + alleyWord(r, s.mouths[1])
	}
	return one(r, []string{"نبش", "روبروی", "سر", "جنب", "نبش"}) + " " + alleyWord(r, one(r, s.mouths))
}

// spoken is the place as a citizen writes it in the text, at level lv.
func (g *gen) spoken(sp spot, lv level) string {
	r := g.r
	h := sp.hood()
	st := sp.street()
	switch lv {
	case lvNone:
		return ""
	case lvHood:
		if h == nil {
			return ""
		}
		w := hoodWord(r, h)
		if strings.HasPrefix(w, "محله") || strings.HasPrefix(w, "کوی") {
			return w
		}
		return one(r, []string{"محله ", "", "", "منطقه 2 "}) + w
	case lvStreet:
		if st == nil {
			if h != nil {
				return hoodWord(r, h)
			}
			return ""
		}
		return streetWord(r, st, r.IntN(2) == 0)
	}
	var s string
	switch {
	case sp.al != nil:
		a := sp.al
		switch {
		case lv == lvAlleyOnly:
			s = alleyWord(r, a)
		case lv == lvLandmark:
			s = g.alleyByLandmark(a)
		default:
			forms := []func() string{
				func() string { return alleyWord(r, a) + " " + streetWord(r, a.st, true) },
				func() string { return streetWord(r, a.st, false) + "، " + alleyWord(r, a) },
				func() string { return alleyWord(r, a) + "، " + streetWord(r, a.st, false) },
				func() string { return hoodAnd(r, a) + streetWord(r, a.st, false) + "، " + alleyWord(r, a) },
			}
			if a.num > 0 {
				n := fmt.Sprint(a.num)
				forms = append(forms,
					func() string { return streetWord(r, a.st, true) + " ک " + n },
					func() string { return one(r, a.st.forms) + " " + n },
					func() string { return hoodAnd(r, a) + one(r, a.st.forms) + " ک " + n },
				)
			} else {
				forms = append(forms, func() string { return streetWord(r, a.st, true) + "، " + a.name })
			}
			if a.nearLm != nil {
				forms = append(forms, func() string {
					return alleyWord(r, a) + " " + nearWord(r, false) + " " + one(r, []string{a.nearLm.name, a.nearLm.short})
				})
			}
			s = one(r, forms)()
		}
		if sp.dead != nil {
			if r.IntN(3) == 0 {
				s = deadWord(r, sp.dead) + " " + s
			} else {
				s += " " + deadWord(r, sp.dead)
			}
		}
	case sp.seg != nil:
		if lv == lvAlleyOnly || lv == lvLandmark {
			s = g.segNear(sp.seg, lv)
		} else {
			s = streetWord(r, sp.seg.st, r.IntN(2) == 0) + " " + g.segNear(sp.seg, lv)
		}
	case sp.lm != nil:
		s = one(r, []string{sp.lm.name, sp.lm.short, sp.lm.name})
		if lv == lvFull && r.IntN(3) == 0 {
			s += " " + streetWord(r, sp.lm.st, true)
		}
	case sp.jn != nil:
		s = one(r, sp.jn.forms)
	case sp.h != nil:
		s = hoodWord(r, sp.h)
	}
	if sp.plate > 0 && r.IntN(10) < 6 {
		s += " " + plateWord(r, sp.plate)
	}
	return s
}

// fing is the place in Finglish.
func (g *gen) fing(sp spot, lv level) string {
	r := g.r
	kooche := func() string { return one(r, []string{"kooche", "koche", "k", "kuche"}) }
	var s string
	st := sp.street()
	switch {
	case lv == lvNone:
		return ""
	case lv == lvHood && sp.hood() != nil:
		return sp.hood().fing
	case lv == lvStreet && st != nil:
		return one(r, []string{"khiaboon ", "kh ", "", "kh. "}) + st.fing
	case sp.al != nil:
		a := sp.al
		an := ""
		if a.num > 0 {
			an = kooche() + " " + fmt.Sprint(a.num)
		} else if f, ok := fingNames[a.name]; ok {
			an = kooche() + " " + f
		}
		switch {
		case an == "":
			s = st.fing
		case lv == lvAlleyOnly || lv == lvLandmark:
			s = an
		case r.IntN(2) == 0:
			s = an + " " + st.fing
		default:
			s = st.fing + " " + an
		}
		if sp.dead != nil {
			s += " bonbast " + fmt.Sprint(sp.dead.num)
		}
	case sp.seg != nil:
		if len(sp.seg.lms) > 0 {
			s = st.fing + " " + one(r, []string{"roobe rooye", "kenare", "jolo"}) + " " + one(r, sp.seg.lms).fing
		} else {
			s = st.fing + " nabsh " + kooche() + " " + alleyNumOrName(sp.seg.mouths)
		}
	case sp.lm != nil:
		s = sp.lm.fing
	case sp.jn != nil:
		s = sp.jn.fing
	case sp.h != nil:
		s = sp.h.fing
	}
	if sp.plate > 0 && r.IntN(2) == 0 {
		s += " pelak " + fmt.Sprint(sp.plate)
	}
	return s
}

func alleyNumOrName(as []*alley) string {
	for _, a := range as {
		if a.num > 0 {
			return fmt.Sprint(a.num)
		}
		if f, ok := fingNames[a.name]; ok {
			return f
		}
	}
	return ""
}

// hoodAnd is the neighbourhood before a street, left out mostly when they share a name.
func hoodAnd(r *rand.Rand, a *alley) string {
	if a.h.name == a.st.name && r.IntN(4) > 0 {
		return ""
	}
	return hoodWord(r, a.h) + " "
}
