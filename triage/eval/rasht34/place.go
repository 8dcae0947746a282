package rasht34

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Place levels: how precisely a request names its spot. Below levelSpot, and without a pin,
// the clerk cannot tie it to a file (README: no place at all).
const (
	levelNone = iota
	levelHood
	levelStreet
	levelSpot
)

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// streetName writes a street the ways people do: «خیابان سعدی», «خ سعدی», «سعدی», «خیابان هفتم».
func streetName(rng *rand.Rand, st *street, terse bool) string {
	name := st.name
	if st.num > 0 {
		switch r := rng.IntN(10); {
		case r < 6:
			name = strconv.Itoa(st.num)
		case r < 9 && st.num < len(ordinals):
			name = ordinals[st.num]
		default:
			name = strconv.Itoa(st.num)
		}
	}
	kind := st.kind
	switch r := rng.IntN(10); {
	case terse && r < 4 && kind == "خیابان":
		kind = pick(rng, []string{"خ", "خ.", "خ"})
	case terse && r < 3 && kind == "بلوار":
		kind = "ب"
	case r < 2 && st.num == 0 && kind != "جاده":
		return name
	}
	if kind == "خ." {
		return kind + name
	}
	return kind + " " + name
}

// alleyName: «کوچه ۱۲», «ک ۱۲», «کوچه دوازدهم», «بن‌بست یاس», «کوچه شهید رجبی».
func alleyName(rng *rand.Rand, a *spot, terse bool) string {
	kind := "کوچه"
	if a.deadEnd && rng.IntN(10) < 7 {
		kind = pick(rng, []string{"بن‌بست", "بن‌بست", "بن بست", "بنبست"})
	}
	if terse && rng.IntN(10) < 4 {
		if kind == "کوچه" {
			kind = pick(rng, []string{"ک", "ک.", "ک"})
		} else {
			kind = "ب"
		}
	}
	sep := " "
	if strings.HasSuffix(kind, ".") {
		sep = ""
	}
	if a.num == 0 {
		return kind + sep + a.name
	}
	switch r := rng.IntN(20); {
	case r < 11 || a.num >= len(ordinals):
		return kind + sep + strconv.Itoa(a.num)
	case r < 17:
		return kind + " " + ordinals[a.num]
	case r < 19:
		return kind + " " + cardinals[a.num]
	default:
		return kind + " شماره " + strconv.Itoa(a.num)
	}
}

var prepositions = []string{"روبروی", "روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "نزدیک"}

// sameName tells «خیابان ضیابری» in «ضیابری», «بلوار بعثت» in «شهرک بعثت»: people then
// leave one of the two out.
func sameName(s *spot) bool {
	return s.street != nil && s.street.num == 0 &&
		(strings.Contains(s.hood.name, s.street.name) || strings.Contains(s.street.name, s.hood.name))
}

// address writes the place of s at the given level, as an address field or (short) a phrase
// in the text. terse is the operator's abbreviating hand.
func address(rng *rand.Rand, s *spot, level int, terse, short bool) string {
	h := s.hood.name
	switch level {
	case levelNone:
		return ""
	case levelHood:
		return pick(rng, []string{h, h, "محله " + h, "رشت، " + h})
	case levelStreet:
		if s.street == nil {
			return h
		}
		st := streetName(rng, s.street, terse)
		if sameName(s) || short || rng.IntN(2) == 0 {
			return st
		}
		return h + "، " + st
	}
	switch s.kind {
	case atPark:
		switch rng.IntN(4) {
		case 0:
			return h + "، " + s.name
		case 1:
			return "داخل " + s.name + " " + h
		default:
			return s.name + " " + h
		}
	case atStretch:
		st := streetName(rng, s.street, terse)
		lm := pick(rng, prepositions) + " " + s.landmark
		switch r := rng.IntN(10); {
		case short || r < 4:
			return st + " " + lm
		case r < 7 || sameName(s):
			return st + "، " + lm
		default:
			return h + "، " + st + "، " + lm
		}
	}
	al := alleyName(rng, s, terse)
	st := streetName(rng, s.street, terse)
	detail := ""
	switch r := rng.IntN(20); {
	case r < 4:
		detail = "، پلاک " + strconv.Itoa(1+rng.IntN(60))
	case r < 6:
		detail = pick(rng, []string{"، ته کوچه", "، اول کوچه", "، انتهای کوچه", "، وسط کوچه"})
	case r < 8 && s.landmark != "":
		detail = "، " + pick(rng, prepositions[:4]) + " " + s.landmark
	}
	if short {
		switch rng.IntN(4) {
		case 0:
			return al + " " + s.street.name
		case 1:
			if s.street.num > 0 || sameName(s) {
				return al + " " + h
			}
			return al + " " + st
		case 2:
			return al + " " + st
		default:
			return st + " " + al
		}
	}
	switch r := rng.IntN(20); {
	case r < 6:
		if sameName(s) {
			return st + "، " + al + detail
		}
		return h + "، " + st + "، " + al + detail
	case r < 10:
		return st + "، " + al + detail
	case r < 13:
		// «کوچه دوازدهم ۱۲۴ گلسار»: alley first, then street, then neighbourhood
		if sameName(s) {
			return al + " " + h + detail
		}
		return al + " " + st + " " + h
	case r < 15 && s.landmark != "":
		return st + "، " + pick(rng, []string{"نبش", "روبروی", "جنب"}) + " " + s.landmark + "، " + al
	case r < 17:
		// «گلسار 124 ک 12»
		name := s.street.name
		if s.street.num > 0 {
			name = strconv.Itoa(s.street.num)
		}
		if sameName(s) {
			return h + " " + alleyName(rng, s, true)
		}
		return h + " " + name + " " + alleyName(rng, s, true)
	case r < 18:
		return "رشت، " + h + "، " + st + "، " + al + detail
	default:
		return st + "، " + al + detail
	}
}

// finglish writes the place in Latin letters, as app captions typed on a Latin keyboard do.
// It reaches the spot only for numbered alleys and stretches named by street alone.
func finglish(rng *rand.Rand, s *spot) (string, int) {
	switch {
	case s.kind == atAlley && s.num > 0:
		if s.street.num > 0 || sameName(s) {
			return "kooche " + strconv.Itoa(s.num) + " " + s.hood.fin, levelSpot
		}
		return "kooche " + strconv.Itoa(s.num) + " khiaban " + s.street.fin, levelSpot
	case s.kind == atAlley:
		return "kooche " + s.street.fin, levelStreet
	case s.kind == atStretch:
		return "khiaban " + s.street.fin, levelStreet
	}
	return "park " + s.hood.fin, levelHood
}

// fallback is what a writer says instead of the place: «کوچه ما», «خیابون».
func fallback(rng *rand.Rand, s *spot, fin, operator bool) string {
	if s.kind == atPark {
		return pick(rng, []string{"پارک", "پارک", "پارک محله"})
	}
	if operator {
		// an operator writes the place in the address field, not «کوچه ما»
		return ""
	}
	if fin {
		return pick(rng, []string{"kooche", "koocheye ma", "mahale ma"})
	}
	switch s.kind {
	case atStretch:
		return pick(rng, []string{"خیابان", "خیابون", "خیابون ما"})
	}
	return pick(rng, []string{"کوچه ما", "کوچه ما", "کوچمون", "کوچه", "کوچه‌مون"})
}
