package rasht14

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var tensOrd = map[int]string{20: "بیست", 30: "سی"}

func ordinal(n int) string {
	if n < len(ordinals) {
		return ordinals[n]
	}
	if n == 30 {
		return "سی‌ام"
	}
	tens, ones := n/10*10, n%10
	if ones == 1 {
		return tensOrd[tens] + " و یکم"
	}
	return tensOrd[tens] + " و " + ordinals[ones]
}

func (w *world) streetWord(r *rand.Rand, s street) string {
	if s.kind == "بلوار" {
		return pick(r, "بلوار", "بلوار", "ب.", "بلوار")
	}
	return pick(r, "خیابان", "خیابان", "خ", "خ.", "خیابون")
}

func (w *world) alleyText(r *rand.Rand, a alley, short bool) string {
	word := "کوچه"
	if a.deadEnd {
		word = pick(r, "بن‌بست", "بن‌بست", "بن بست", "کوچه بن‌بست")
	}
	if short && !a.deadEnd {
		word = pick(r, "ک", "ک.", "کوچه")
	}
	if a.num == 0 {
		return word + " " + a.name
	}
	s := fmt.Sprintf("%s %d", word, a.num)
	if a.parallel {
		s += pick(r, " فرعی", " فرعی اول")
	}
	return s
}

func (w *world) markText(r *rand.Rand, m landmark) string {
	if m.name == "" {
		return m.kind
	}
	return m.kind + " " + m.name
}

// placeText writes a spot the way one of many people would: the formal form, the Golsar
// shorthand, the ordinal, the landmark only, street only (the alley lost), and so on.
func (w *world) placeText(r *rand.Rand, p place, forAddress bool) string {
	h := w.hoods[p.hood]
	s := h.streets[p.street]
	sw := w.streetWord(r, s)
	streetFull := sw + " " + s.name
	if s.numbered && h.name == "گلسار" && r.IntN(2) == 0 {
		streetFull = "گلسار " + s.name // a Golsar street is known by its number
	}
	hoodIn := pick(r, h.name, h.name, "محله "+h.name, "محله "+h.name)
	markNear := func() string {
		m := s.marks[r.IntN(len(s.marks))]
		if p.mark >= 0 {
			m = s.marks[p.mark]
		}
		return pick(r, "روبروی ", "جنب ", "کنار ", "نبش ", "نرسیده به ", "بعد از ", "پشت ") + w.markText(r, m)
	}
	if p.alley < 0 {
		switch r.IntN(6) {
		case 0:
			return fmt.Sprintf("%s، %s، %s", h.name, streetFull, markNear())
		case 1:
			return fmt.Sprintf("%s %s %s", streetFull, markNear(), hoodIn)
		case 2:
			return fmt.Sprintf("%s %s", markNear(), streetFull)
		case 3:
			if forAddress {
				return fmt.Sprintf("%s - %s - %s", h.name, streetFull, markNear())
			}
			return fmt.Sprintf("%s %s", markNear(), h.name) // landmark and area, no street
		case 4:
			return fmt.Sprintf("%s، %s، %s", streetFull, h.name, markNear())
		default:
			return fmt.Sprintf("%s %s", h.name, streetFull) + " " + markNear()
		}
	}
	a := s.alleys[p.alley]
	at := w.alleyText(r, a, false)
	switch k := r.IntN(11); {
	case k == 0:
		return fmt.Sprintf("%s، %s، %s", h.name, streetFull, at)
	case k == 1:
		// «گلسار 124 ک 12»
		return fmt.Sprintf("%s %s %s", h.name, s.name, w.alleyText(r, a, true))
	case k == 2 && a.num > 0 && a.num <= 40:
		word := "کوچه"
		if a.deadEnd {
			word = "بن‌بست"
		}
		return fmt.Sprintf("%s %s %s %s", word, ordinal(a.num), streetFull, h.name)
	case k == 3:
		return fmt.Sprintf("%s از %s %s", at, streetFull, hoodIn)
	case k == 4:
		return fmt.Sprintf("%s، %s، %s", streetFull, at, h.name)
	case k == 5 && !forAddress:
		// The landmark names the spot: "the alley opposite the bank".
		return fmt.Sprintf("%s %s در %s", pick(r, "کوچه", "اولین کوچه", "کوچه"), markNear(), streetFull)
	case k == 6:
		return fmt.Sprintf("%s %s %s %s", hoodIn, streetFull, at, markNear())
	case k == 7:
		return fmt.Sprintf("%s %s", at, h.name) // the street left out
	case k == 8:
		return fmt.Sprintf("%s %s %s", streetFull, at, pick(r, "", "انتهای کوچه", "اول کوچه", "جیر کوچه", "جور کوچه"))
	default:
		return fmt.Sprintf("%s، %s، %s", hoodIn, streetFull, at)
	}
}

// addressField is what the centre's form holds: the place plus the caller's own details.
func (w *world) addressField(r *rand.Rand, p place, c caller) string {
	var b strings.Builder
	if r.IntN(3) == 0 {
		b.WriteString(pick(r, "رشت، منطقه ۳، ", "گیلان، رشت، ", "رشت - منطقه 3 - ", "رشت "))
	}
	b.WriteString(w.placeText(r, p, true))
	if r.IntN(3) == 0 {
		b.WriteString(pick(r, "، پلاک ", " پ ", " پلاک "))
		b.WriteString(fmt.Sprint(p.plate))
	}
	switch r.IntN(12) {
	case 0:
		fmt.Fprintf(&b, "، واحد %d", 1+r.IntN(8))
	case 1:
		fmt.Fprintf(&b, "، طبقه %s", pick(r, "اول", "دوم", "سوم", "همکف"))
	case 2:
		fmt.Fprintf(&b, " زنگ %s", pick(r, "اول", "دوم", "سوم"))
	case 3:
		fmt.Fprintf(&b, "، کد پستی %s", c.postcode)
	case 4:
		fmt.Fprintf(&b, " تلفن %s", c.phone)
	case 5:
		fmt.Fprintf(&b, " (%s)", c.phone)
	}
	return b.String()
}

func pick(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

func pickOf(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
