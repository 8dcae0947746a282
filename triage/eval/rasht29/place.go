package rasht29

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var relations = []string{"روبروی", "جنب", "کنار", "نزدیک", "پشت", "بغل", "روبه‌روی"}

// placer writes one spot the way one writer would, choosing among the forms people use.
type placer struct {
	w   *world
	rng *rand.Rand
}

func (p placer) pick(xs ...string) string { return xs[p.rng.IntN(len(xs))] }

func (p placer) streetName(st street, short bool) string {
	switch {
	case st.num > 0:
		if short && p.rng.IntN(3) == 0 {
			return st.name
		}
		return p.pick("خیابان ", "خیابان ", "خیابان ", "خ ", "خ.", "خیابون ") + st.name
	case st.word == "بلوار":
		return "بلوار " + st.name
	case st.word == "جاده":
		return p.pick("جاده ", "جاده ", "جاده‌ی ") + st.name
	default:
		if short && p.rng.IntN(3) == 0 {
			return st.name
		}
		return p.pick("خیابان ", "خیابان ", "خ ", "خیابون ") + st.name
	}
}

func (p placer) alleyName(a alley) string {
	word := a.word
	if word == "خیابان" {
		return p.pick("خیابان ", "خ ", "تقاطع ", "") + fmt.Sprint(a.num)
	}
	if word == "کوچه" {
		word = p.pick("کوچه", "کوچه", "کوچه", "ک", "ک.", "کوچه‌ی")
	} else {
		word = p.pick("بن‌بست", "بن‌بست", "بن بست", "بنبست")
	}
	if a.num == 0 {
		return word + " " + a.name
	}
	switch r := p.rng.IntN(10); {
	case r < 2 && a.num < len(ordinals):
		return strings.TrimSuffix(word, ".") + " " + ordinals[a.num]
	case r < 3:
		return word + " شماره " + fmt.Sprint(a.num)
	default:
		return word + " " + fmt.Sprint(a.num)
	}
}

// stretch names a stretch of street by the alley it starts at.
func (p placer) stretch(st street, a int) string {
	if a < 0 || a >= len(st.alleys) {
		return p.pick("ابتدای", "اول", "سر", "اوایل")
	}
	al := p.alleyName(st.alleys[a])
	step := 3
	if st.word == "بلوار" {
		step = 1
	}
	if a+step < len(st.alleys) && p.rng.IntN(3) == 0 {
		next := st.alleys[a+step]
		if next.num > 0 {
			return "حد فاصل " + al + " و " + fmt.Sprint(next.num)
		}
	}
	return p.pick("نبش ", "روبروی ", "نرسیده به ", "بعد از ", "جلوی ") + al
}

func (p placer) landmarkName(m landmark) string {
	if m.park {
		return m.name
	}
	return p.pick(relations...) + " " + m.name
}

// address is the address field: the neighbourhood, the street, the alley or stretch, maybe
// a plate or a landmark, in one of the orders people write.
func (p placer) address(sp spot, plate bool) string {
	st := p.w.streets[sp.street]
	hood := p.w.hoods[st.hood].name
	var parts []string
	// on جاده سلیمان‌داراب the road is the neighbourhood's name
	withHood := p.rng.IntN(10) < 8 && st.word != "جاده"
	switch {
	case sp.landmark >= 0:
		m := p.landmarkName(p.w.landmarks[sp.landmark])
		if p.rng.IntN(3) == 0 {
			parts = []string{m, p.streetName(st, false)}
		} else {
			parts = []string{p.streetName(st, false), m}
		}
	case sp.alley >= 0 && sp.alley < len(st.alleys) && !sp.stretch:
		al := p.alleyName(st.alleys[sp.alley])
		switch r := p.rng.IntN(10); {
		case r < 2 && st.num > 0:
			// «کوچه دوازدهم ۱۲۴ گلسار» / «گلسار 124 ک 12»
			if p.rng.IntN(2) == 0 {
				return al + " " + st.name + " " + hood
			}
			return hood + " " + st.name + " " + al
		case r < 3:
			parts = []string{al, p.streetName(st, true)}
			if st.name == hood {
				withHood = false
			}
		default:
			parts = []string{p.streetName(st, false), al}
		}
	case sp.alley < 0:
		parts = []string{p.stretch(st, sp.alley) + " " + strings.TrimPrefix(p.streetName(st, false), "خیابان ")}
	default:
		parts = []string{p.streetName(st, false), p.stretch(st, sp.alley)}
	}
	// «حمیدیان، خیابان حمیدیان»: the neighbourhood is often left out when the street has its name
	if st.name == hood && p.rng.IntN(2) == 0 {
		withHood = false
	}
	if withHood {
		parts = append([]string{hood}, parts...)
	}
	if plate && sp.landmark < 0 {
		parts = append(parts, "پلاک "+fmt.Sprint(1+p.rng.IntN(60)))
	}
	if p.rng.IntN(12) == 0 {
		parts = append([]string{"رشت"}, parts...)
	}
	sep := p.pick("، ", "، ", "، ", " ", " - ", "،")
	return strings.Join(parts, sep)
}

// short is the place as it appears inside a sentence: «کوچه ۱۲ خیابان ۱۲۴».
func (p placer) short(sp spot) string {
	st := p.w.streets[sp.street]
	switch {
	case sp.landmark >= 0:
		m := p.w.landmarks[sp.landmark]
		if m.park {
			return m.name
		}
		return p.landmarkName(m)
	case sp.alley >= 0 && !sp.stretch:
		al := p.alleyName(st.alleys[sp.alley])
		if p.rng.IntN(2) == 0 {
			return al + " " + p.streetName(st, true)
		}
		return p.streetName(st, false) + " " + al
	case sp.alley < 0:
		return p.stretch(st, sp.alley) + " " + strings.TrimPrefix(p.streetName(st, false), "خیابان ")
	default:
		return p.streetName(st, false) + " " + p.stretch(st, sp.alley)
	}
}

// geocoded is the address an app fills in from the pin: city, neighbourhood, the street.
func (p placer) geocoded(sp spot) string {
	st := p.w.streets[sp.street]
	name := st.word + " " + st.name
	if st.word == "جاده" {
		return "رشت، " + name
	}
	return "رشت، " + p.w.hoods[st.hood].name + "، " + name
}

// finglish is the place in Latin letters, as a few app users type it.
func (p placer) finglish(sp spot) string {
	st := p.w.streets[sp.street]
	h := p.w.hoods[st.hood].fing
	if h == st.fing {
		h = ""
	}
	s := p.pick("khiaban ", "kh ", "") + st.fing
	if st.word == "بلوار" {
		s = "bolvar " + st.fing
	}
	switch {
	case sp.landmark >= 0:
		return strings.TrimSpace(h + " " + s + " " + p.pick("roberooye ", "kenar ", "jolo ") + p.w.landmarks[sp.landmark].fing)
	case sp.alley >= 0 && sp.alley < len(st.alleys):
		a := st.alleys[sp.alley]
		if a.num == 0 {
			return strings.TrimSpace(h + " " + s)
		}
		return strings.TrimSpace(h + " " + s + " " + p.pick("kooche ", "koche ", "k ") + fmt.Sprint(a.num))
	default:
		return strings.TrimSpace(h + " " + s)
	}
}
