package rasht40

import (
	"math/rand/v2"
	"slices"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم"}

var finglishHood = map[string]string{"گلسار": "golsar", "منظریه": "manzarie", "معلم": "moallem",
	"حمیدیان": "hamidian", "یخسازی": "yakhsazi"}

// grain is how much of the place a request gives.
type grain int

const (
	grainFull   grain = iota // street and alley (or landmark)
	grainStreet              // only the street
	grainHood                // only the neighbourhood
	grainNone                // nothing in the address field
)

// streetName is the street as people say it: "خیابان ۱۲۴", "بلوار گیلان", "خیابان معلم".
func streetName(rng *rand.Rand, st *street, short bool) string {
	if short {
		if st.kind == "بلوار" {
			return "بلوار " + st.name
		}
		return "خ " + st.name
	}
	if st.kind == "خیابان" && !st.numbered && rng.Float64() < 0.3 {
		return st.name // «معلم»، «منظریه»: the street is the neighbourhood's name
	}
	return st.kind + " " + st.name
}

func alleyName(rng *rand.Rand, st *street, a int, short bool) string {
	if len(st.names) > 0 {
		return "کوچه " + st.names[(a-1)%len(st.names)]
	}
	switch {
	case short:
		if rng.Float64() < 0.5 {
			return "ک " + itoa(a)
		}
		return "ک" + itoa(a)
	case a < len(ordinals) && rng.Float64() < 0.25:
		return "کوچه " + ordinals[a]
	case rng.Float64() < 0.08:
		return "کوچه شماره " + itoa(a)
	}
	return "کوچه " + itoa(a)
}

func landmarkPhrase(sp spot) string {
	return sp.rel + " " + sp.landmark
}

// address writes the address field of one request at sp with the given grain.
func address(rng *rand.Rand, sp spot, g grain, finglish bool) string {
	st := sp.st
	hood := st.hood
	if finglish && g != grainNone {
		if f, ok := finglishHood[hood]; ok && len(st.names) == 0 && st.kind == "خیابان" {
			parts := []string{f}
			if st.numbered {
				parts = append(parts, itoa(golsarOr(st)))
			} else if hood != st.name {
				return hood // a named street the writer would not spell in Latin
			}
			if g == grainFull && sp.alley > 0 {
				k := []string{"kooche ", "k ", "koche "}[rng.IntN(3)]
				parts = append(parts, k+itoa(sp.alley))
			}
			if g == grainHood {
				return f
			}
			if rng.Float64() < 0.5 {
				return strings.Join(reverse(parts), " ")
			}
			return strings.Join(parts, " ")
		}
	}
	switch g {
	case grainNone:
		return ""
	case grainHood:
		if rng.Float64() < 0.2 {
			return "رشت، " + hood
		}
		return hood
	case grainStreet:
		s := streetName(rng, st, false)
		if s == hood {
			return s
		}
		if rng.Float64() < 0.5 {
			return hood + "، " + s
		}
		return withHood(s, hood)
	}
	// full
	short := rng.Float64() < 0.2
	s := streetName(rng, st, short)
	var parts []string
	if sp.alley == 0 {
		lm := landmarkPhrase(sp)
		switch rng.IntN(3) {
		case 0:
			parts = []string{hood, s, lm}
		case 1:
			parts = []string{s, lm}
		default:
			parts = []string{withHood(s, hood), lm}
		}
		if s == hood {
			parts = []string{s, lm}
		}
		return join(rng, parts)
	}
	a := alleyName(rng, st, sp.alley, short)
	switch r := rng.Float64(); {
	case r < 0.40:
		parts = []string{hood, s, a}
		if s == hood {
			parts = []string{s, a}
		}
	case r < 0.55 && st.numbered: // «کوچه دوازدهم ۱۲۴ گلسار»
		if sp.alley < len(ordinals) {
			return "کوچه " + ordinals[sp.alley] + " " + st.name + " " + hood
		}
		return a + " خیابان " + st.name + " " + hood
	case r < 0.65 && st.numbered: // «گلسار 124 ک 12»
		return hood + " " + st.name + " " + alleyName(rng, st, sp.alley, true)
	case r < 0.75:
		parts = []string{"رشت", hood, s, a}
		if st.hood == "گلسار" && st.kind == "خیابان" && rng.Float64() < 0.5 {
			parts = []string{"رشت", "بلوار گیلان", hood, s, a}
		}
	case r < 0.85:
		parts = []string{withHood(s, hood), "نبش " + a}
		if s == hood {
			parts[0] = s
		}
	default:
		parts = []string{hood, s, a, "پلاک " + itoa(1+rng.IntN(60))}
	}
	if sp.landmark != "" && rng.Float64() < 0.3 && !strings.HasPrefix(parts[len(parts)-1], "نبش") {
		parts = append(parts, landmarkPhrase(sp))
	}
	return join(rng, parts)
}

func golsarOr(st *street) int {
	n := 0
	for _, r := range st.name {
		n = n*10 + int(r-'0')
	}
	return n
}

func join(rng *rand.Rand, parts []string) string {
	parts = slices.Compact(parts) // «یخسازی، یخسازی» when the street is the neighbourhood's name
	switch rng.IntN(5) {
	case 0:
		return strings.Join(parts, " ")
	case 1:
		return strings.Join(parts, " - ")
	case 2:
		return strings.Join(parts, "،")
	}
	return strings.Join(parts, "، ")
}

func reverse(p []string) []string {
	q := make([]string, len(p))
	for i := range p {
		q[len(p)-1-i] = p[i]
	}
	return q
}

// inText is a short mention of the place inside a caption: «سر کوچه ۱۲», «جلوی بانک ملت».
// With full, the mention alone must place the issue: it names the street or neighbourhood.
func inText(rng *rand.Rand, sp spot, g grain, full bool) string {
	st := sp.st
	if full && sp.alley > 0 {
		a := alleyName(rng, st, sp.alley, false)
		switch rng.IntN(3) {
		case 0:
			s := "سر " + a + " " + streetName(rng, st, false)
			if st.name != st.hood {
				s += " " + st.hood
			}
			return s
		case 1:
			if st.numbered { // گلسار has a کوچه ۱۲ on every street
				return "تو " + a + " خیابان " + st.name + " " + st.hood
			}
			return "تو " + a + " " + st.hood
		}
		if sp.landmark != "" {
			return sp.rel + " " + sp.landmark + " " + a + " " + streetName(rng, st, false)
		}
		return "داخل " + a + " " + streetName(rng, st, false)
	}
	switch {
	case g == grainHood:
		return []string{"تو ", "در ", "محله "}[rng.IntN(3)] + st.hood
	case g == grainStreet || (sp.alley == 0 && sp.landmark == ""):
		return []string{"تو ", "در ", ""}[rng.IntN(3)] + streetName(rng, st, false)
	case sp.alley == 0:
		return landmarkPhrase(sp) + " " + []string{"تو ", "در ", ""}[rng.IntN(3)] + streetName(rng, st, false)
	}
	a := alleyName(rng, st, sp.alley, false)
	switch rng.IntN(4) {
	case 0:
		return "سر " + a
	case 1:
		if st.numbered {
			return "تو " + a + " خیابان " + st.name
		}
		return "تو " + a + " " + streetName(rng, st, false)
	case 2:
		if sp.landmark != "" {
			return sp.rel + " " + sp.landmark + " " + a
		}
		return "داخل " + a
	}
	return a + " " + st.hood
}

// withHood writes «خیابان ۱۲۴ گلسار» but not «خیابان معلم معلم».
func withHood(s, hood string) string {
	if strings.HasSuffix(s, hood) {
		return s
	}
	return s + " " + hood
}
