package rasht8

import (
	"fmt"
	"math/rand"
	"strings"
)

// spot is where one report comes from: the place, plus the caller's own door.
type spot struct {
	lvl  level
	h    *hood
	s    *street
	a    *alley    // the alley of the issue, or for wider issues the caller's own alley
	m    *landmark // park or shop of the issue, or a landmark near the caller
	res  *resident
	part string // اول / وسط / انتهای ... of the alley
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم"}

func ordinal(n int) string {
	if n > 0 && n < len(ordinals) {
		return ordinals[n]
	}
	return fmt.Sprintf("%d", n)
}

func pick(rng *rand.Rand, xs ...string) string { return xs[rng.Intn(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

func dropShahid(name string, rng *rand.Rand) string {
	if strings.HasPrefix(name, "شهید ") && chance(rng, 0.4) {
		return strings.TrimPrefix(name, "شهید ")
	}
	return name
}

func hoodSay(h *hood, rng *rand.Rand) string {
	if chance(rng, 0.25) {
		return h.alts[rng.Intn(len(h.alts))]
	}
	return h.name
}

// streetSay names a street; bare drops the «خیابان» word as people do after a neighbourhood.
func streetSay(s *street, rng *rand.Rand, bare bool) string {
	if s.num > 0 {
		if bare {
			return fmt.Sprintf("%d", s.num)
		}
		return pick(rng, fmt.Sprintf("خیابان %d", s.num), fmt.Sprintf("خیابان %d", s.num), fmt.Sprintf("خ %d", s.num),
			fmt.Sprintf("خ.%d", s.num), fmt.Sprintf("خیابون %d", s.num))
	}
	name := dropShahid(s.name, rng)
	if bare {
		return name
	}
	if s.kind == "بلوار" {
		return pick(rng, "بلوار "+name, "بلوار "+name, "ب. "+name, "بلوار "+s.name)
	}
	return pick(rng, "خیابان "+name, "خیابان "+name, "خ "+name, "خ. "+name, "خیابون "+name, name)
}

func alleyOwn(a *alley, rng *rand.Rand, short bool) string {
	word := "کوچه"
	if a.deadEnd {
		word = pick(rng, "بن‌بست", "بن بست", "بنبست", "کوچه بن‌بست")
	} else if short {
		word = pick(rng, "ک", "ک.", "کوچه")
	}
	switch {
	case a.num > 0 && a.name != "":
		switch rng.Intn(4) {
		case 0:
			return fmt.Sprintf("%s %d (%s)", word, a.num, dropShahid(a.name, rng))
		case 1:
			return word + " " + dropShahid(a.name, rng)
		default:
			return fmt.Sprintf("%s %d", word, a.num)
		}
	case a.num > 0:
		if !short && a.num < len(ordinals) && chance(rng, 0.3) {
			return word + " " + ordinal(a.num)
		}
		if !short && chance(rng, 0.1) {
			return fmt.Sprintf("%s شماره %d", word, a.num)
		}
		if word == "ک." {
			return fmt.Sprintf("ک.%d", a.num)
		}
		return fmt.Sprintf("%s %d", word, a.num)
	}
	return word + " " + dropShahid(a.name, rng)
}

// alleySay names an alley; a dead end off another alley is named through its parent.
func alleySay(a *alley, rng *rand.Rand, short bool) string {
	if a.parent == nil {
		return alleyOwn(a, rng, short)
	}
	parent := alleyOwn(a.parent, rng, short)
	be := pick(rng, "بن‌بست", "بن بست", "بنبست")
	switch rng.Intn(3) {
	case 0:
		return fmt.Sprintf("%s، %s %d", parent, be, a.num)
	case 1:
		return fmt.Sprintf("%s %s %s", be, ordinal(a.num), parent)
	}
	return fmt.Sprintf("%s %s %d", parent, be, a.num)
}

func markSay(m *landmark, rng *rand.Rand) string {
	rel := pick(rng, "روبروی", "جنب", "کنار", "نبش", "پشت", "نرسیده به", "بعد از", "نزدیک")
	return rel + " " + m.name
}

// nearMark returns a landmark within a short walk of an alley, or nil.
func nearMark(a *alley) *landmark {
	var best *landmark
	bd := 70.0
	for _, m := range a.street.marks {
		d := m.pos - a.pos
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = m, d
		}
	}
	return best
}

// placeInText is how a caller names the place inside the text.
func placeInText(sp spot, rng *rand.Rand) string {
	switch sp.lvl {
	case atHood:
		return pick(rng, "محله "+sp.h.name, sp.h.name, "منطقه "+sp.h.name, "کل محله "+hoodSay(sp.h, rng))
	case atPark:
		if strings.Contains(sp.m.name, sp.h.name) {
			if chance(rng, 0.3) {
				return sp.m.name + " " + streetSay(sp.s, rng, false)
			}
			return sp.m.name
		}
		if chance(rng, 0.5) {
			return sp.m.name + " " + pick(rng, sp.h.name, streetSay(sp.s, rng, false))
		}
		return sp.m.name
	case atMark:
		if chance(rng, 0.5) {
			return sp.m.name + " " + streetSay(sp.s, rng, false)
		}
		return sp.m.name
	case atStreet:
		switch rng.Intn(5) {
		case 0:
			if sp.s.name == sp.h.name {
				return streetSay(sp.s, rng, false)
			}
			return streetSay(sp.s, rng, false) + " " + hoodSay(sp.h, rng)
		case 1:
			a, b := sp.s.alleys[0], sp.s.alleys[len(sp.s.alleys)-1]
			return fmt.Sprintf("%s حد فاصل %s تا %s", streetSay(sp.s, rng, false), alleySay(a, rng, false), alleySay(b, rng, false))
		case 2:
			if sp.s.num > 0 {
				return fmt.Sprintf("%s %d", sp.h.name, sp.s.num)
			}
		}
		return streetSay(sp.s, rng, false)
	}
	// an alley
	a := sp.a
	part := ""
	if sp.part != "" {
		part = sp.part + " "
	}
	switch rng.Intn(9) {
	case 0, 1:
		return part + alleySay(a, rng, false) + " " + streetSay(a.street, rng, false)
	case 2:
		return part + alleySay(a, rng, false) + " " + streetSay(a.street, rng, false) + " " + hoodSay(sp.h, rng)
	case 3:
		return hoodSay(sp.h, rng) + "، " + streetSay(a.street, rng, false) + "، " + part + alleySay(a, rng, false)
	case 4:
		if a.street.num > 0 {
			return fmt.Sprintf("%s%s %d %s", part, alleySay(a, rng, false), a.street.num, sp.h.name)
		}
		return part + alleySay(a, rng, false) + " " + streetSay(a.street, rng, true)
	case 5:
		if m := nearMark(a); m != nil && !m.park && m.kind != "نانوایی" && chance(rng, 0.4) {
			// only the landmark: everyone around knows which alley it is
			return fmt.Sprintf("%s%s %s", part, pick(rng, "کوچه", "کوچه‌ی"), markSay(m, rng))
		}
		if m := nearMark(a); m != nil && !m.park {
			return fmt.Sprintf("%s%s %s", part, pick(rng, "کوچه", "همون کوچه"), markSay(m, rng)) + " " + streetSay(a.street, rng, false)
		}
		return part + alleySay(a, rng, false) + " " + streetSay(a.street, rng, false)
	case 6:
		return part + alleySay(a, rng, true) + " " + streetSay(a.street, rng, false)
	}
	return part + alleySay(a, rng, false)
}

// pointAt is the place word a caller uses when the place itself is in the address only.
func pointAt(sp spot, rng *rand.Rand) string {
	switch sp.lvl {
	case atHood:
		return pick(rng, "محله ما", "منطقه ما", "محلمون", "اینجا")
	case atPark:
		return pick(rng, "پارک محله", "پارک", "بوستان محل")
	case atMark:
		return pick(rng, "این "+sp.m.kind, sp.m.kind+" محل", sp.m.kind+" سر کوچه", "این واحد")
	case atStreet:
		return pick(rng, "خیابون ما", "این خیابون", "خیابان محل", "خیابان")
	}
	return pick(rng, "کوچه ما", "کوچمون", "کوچه", "جلوی خونه ما", "محل ما", "این کوچه")
}

// addressField renders the address column the way callers dictate it and operators type it.
// It names the caller's own door, so it is often narrower or wider than the place.
func addressField(sp spot, rng *rand.Rand) string {
	var parts []string
	a := sp.a
	plate := ""
	if sp.res != nil {
		plate = pick(rng, fmt.Sprintf("پلاک %d", sp.res.plate), fmt.Sprintf("پ %d", sp.res.plate), fmt.Sprintf("پلاک%d", sp.res.plate))
	}
	switch sp.lvl {
	case atPark, atMark:
		if chance(rng, 0.6) {
			parts = append(parts, hoodSay(sp.h, rng))
		}
		parts = append(parts, streetSay(sp.s, rng, false))
		if sp.lvl == atPark || chance(rng, 0.5) {
			parts = append(parts, sp.m.name)
		} else {
			parts = append(parts, markSay(sp.m, rng))
		}
	default:
		switch rng.Intn(8) {
		case 0, 1, 2: // formal
			parts = append(parts, hoodSay(sp.h, rng), streetSay(a.street, rng, false), alleySay(a, rng, false))
			if plate != "" {
				parts = append(parts, plate)
			}
		case 3: // reversed, no commas
			s := alleySay(a, rng, false) + " " + streetSay(a.street, rng, false)
			if a.street.name != sp.h.name {
				s += " " + sp.h.name
			}
			if plate != "" {
				s += " " + plate
			}
			parts = append(parts, s)
		case 4: // compact
			if a.street.num > 0 {
				parts = append(parts, fmt.Sprintf("%s %d %s", sp.h.name, a.street.num, alleySay(a, rng, true)))
			} else {
				st := streetSay(a.street, rng, true)
				if st == sp.h.name {
					parts = append(parts, st+" "+alleySay(a, rng, true))
				} else {
					parts = append(parts, sp.h.name+" "+st+" "+alleySay(a, rng, true))
				}
			}
		case 5: // by a landmark
			parts = append(parts, streetSay(a.street, rng, false))
			if m := nearMark(a); m != nil {
				parts = append(parts, markSay(m, rng))
			}
			parts = append(parts, alleySay(a, rng, false))
		case 6: // street only: the operator did not take the alley down
			parts = append(parts, hoodSay(sp.h, rng), streetSay(a.street, rng, false))
		default:
			parts = append(parts, streetSay(a.street, rng, false), alleySay(a, rng, false))
			if plate != "" {
				parts = append(parts, plate)
			}
		}
	}
	if sp.res != nil && sp.lvl != atPark && sp.lvl != atMark {
		if sp.res.unit > 0 && chance(rng, 0.4) {
			parts = append(parts, pick(rng, fmt.Sprintf("واحد %d", sp.res.unit), fmt.Sprintf("طبقه %s", ordinal(sp.res.unit))))
		}
		if chance(rng, 0.12) {
			parts = append(parts, pick(rng, "کدپستی ", "کد پستی: ")+sp.res.postal)
		}
		if chance(rng, 0.1) {
			parts = append(parts, pick(rng, "تلفن ", "تماس: ", "همراه ")+sp.res.phone)
		}
	}
	sep := pick(rng, "، ", "، ", " - ", " ،", " ")
	out := strings.Join(parts, sep)
	switch r := rng.Float64(); {
	case r < 0.12:
		out = "رشت، " + out
	case r < 0.17:
		out = "گیلان، رشت، " + out
	case r < 0.21:
		out = "رشت - منطقه ۳ - " + out
	}
	return out
}
