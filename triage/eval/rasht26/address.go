package rasht26

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var tens = []string{"", "", "بیست", "سی", "چهل"}

// ordinal writes an alley number the way people say it: «کوچه دوازدهم», «کوچه بیست و سوم».
func ordinal(n int) string {
	switch {
	case n <= 20:
		return ordinals[n]
	case n%10 == 0:
		if n == 30 {
			return "سی_ام"
		}
		return tens[n/10] + "م"
	default:
		u := ordinals[n%10]
		if n%10 == 1 {
			u = "یکم"
		}
		return tens[n/10] + " و " + u
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// streetName: «خیابان شهید رجایی», «خ رجایی», «رجایی», «بلوار لاکانی».
func streetName(r *rand.Rand, s *street, terse bool) string {
	name := s.Name
	if s.Martyr && r.Float64() < 0.3 {
		name = "شهید " + name
	}
	kind := streetKind(s)
	u := r.Float64()
	switch {
	case terse && u < 0.5:
		return name
	case terse && u < 0.8 && !s.Boulevard:
		return pick(r, []string{"خ ", "خ.", "خ. "}) + name
	case u < 0.25:
		return name
	default:
		return kind + " " + name
	}
}

func streetKind(s *street) string {
	if s.Boulevard {
		return "بلوار"
	}
	return "خیابان"
}

// alleyName: «کوچه ۱۲», «ک 12», «کوچه دوازدهم», «بن_بست سوم», «کوچه نسترن».
func alleyName(r *rand.Rand, sp spot, terse bool) string {
	kind := "کوچه"
	if sp.DeadEnd {
		kind = pick(r, []string{"بن_بست", "بن_بست", "کوچه"})
	}
	if sp.Named != "" {
		return kind + " " + sp.Named
	}
	num := strconv.Itoa(sp.Alley)
	u := r.Float64()
	switch {
	case terse && u < 0.5:
		return pick(r, []string{"ک ", "ک.", "ک"}) + num
	case u < 0.22 && sp.Alley <= 40:
		return kind + " " + ordinal(sp.Alley)
	case u < 0.27:
		return kind + " شماره " + num
	default:
		return kind + " " + num
	}
}

var relations = []string{"نبش", "روبروی", "جنب", "کنار", "پشت", "بعد از", "نرسیده به", "نزدیک"}

// address writes a spot as an operator or a citizen would type it. The same spot comes out
// many ways: «ضیابری، خیابان رجایی، کوچه ۱۲» / «کوچه دوازدهم رجایی ضیابری» / «ضیابری رجایی ک 12».
func address(r *rand.Rand, sp spot, operator bool) string {
	sep := pick(r, []string{"، ", "، ", "، ", " - ", " ", ","})
	if operator {
		sep = pick(r, []string{"، ", "، ", " - ", "-"})
	}
	hood := sp.N.Name
	if r.Float64() < 0.15 {
		hood = pick(r, []string{"محله ", "محله‌ی ", "منطقه "}) + hood
	}
	// the neighbourhood is often the street's own name; people then say it once
	sameName := sp.S.Name == sp.N.Name || strings.HasSuffix(sp.N.Name, sp.S.Name)
	join := func(parts ...string) string {
		var keep []string
		for _, p := range parts {
			// «لاکانی، لاکانی» when the street is the neighbourhood's namesake
			if p != "" && (len(keep) == 0 || keep[len(keep)-1] != p) {
				keep = append(keep, p)
			}
		}
		return strings.Join(keep, sep)
	}
	lm := ""
	if sp.Landmark != "" {
		rel := sp.Rel
		if r.Float64() < 0.3 {
			rel = pick(r, relations) // people are loose about it: «کنار» for «روبروی»
		}
		lm = rel + " " + sp.Landmark
	}
	prefix := ""
	if operator && r.Float64() < 0.3 {
		prefix = pick(r, []string{"رشت", "رشت، منطقه 3", "منطقه 3"}) + sep
	}
	tail := ""
	if operator && r.Float64() < 0.3 {
		tail = sep + "پلاک " + strconv.Itoa(sp.Plate)
	}
	switch sp.Level {
	case levelPark:
		switch r.IntN(3) {
		case 0:
			return prefix + sp.N.Park
		case 1:
			return prefix + join(hood, sp.N.Park)
		default:
			return prefix + join(sp.N.Park, streetName(r, sp.S, false))
		}
	case levelArea:
		if sp.Alley == 0 && sp.Named == "" {
			sp.Alley = 1 + r.IntN(sp.S.Alleys) // the caller's own alley somewhere in the area
		}
		switch r.IntN(3) {
		case 0:
			return prefix + hood
		case 1:
			return prefix + join(hood, streetName(r, sp.S, false))
		default:
			return prefix + join(hood, streetName(r, sp.S, false), alleyName(r, sp, false)) + tail
		}
	case levelStretch:
		s := streetName(r, sp.S, false)
		switch r.IntN(3) {
		case 0:
			return prefix + join(hood, s, lm)
		case 1:
			return prefix + join(s, lm)
		default:
			return prefix + s + " " + lm
		}
	}
	terse := !operator && r.Float64() < 0.35
	s := streetName(r, sp.S, terse)
	if sameName && (r.Float64() < 0.6 || !strings.HasPrefix(s, streetKind(sp.S))) {
		hood = ""
	}
	a := alleyName(r, sp, terse)
	var out string
	if !operator && r.Float64() < 0.03 {
		return sp.N.Name // a citizen who thinks the neighbourhood is enough
	}
	switch u := r.Float64(); {
	case u < 0.35:
		out = join(hood, s, a)
	case u < 0.5:
		out = a + " " + sp.S.Name + " " + sp.N.Name // «کوچه دوازدهم رجایی ضیابری»
		if sameName {
			out = a + " " + sp.S.Name
		}
	case u < 0.62:
		out = strings.TrimSpace(hood + " " + sp.S.Name + " " + a) // «ضیابری رجایی ک 12»
		if sameName {
			out = sp.S.Name + " " + a
		}
	case u < 0.75 && lm != "":
		out = join(s, a, lm)
	case u < 0.85:
		out = join(s, a)
	case u < 0.93:
		if hood == "" {
			hood = sp.S.Name
		}
		out = join(hood, a) // the street left out
	default:
		out = pick(r, []string{"نبش ", "اول ", "انتهای ", "ابتدای ", "داخل "}) + a + " " + s
	}
	return prefix + out + tail
}

// finglishAddress is how a few app users write the place: "ziabari kooche 12".
func finglishAddress(r *rand.Rand, sp spot) string {
	a := ""
	switch {
	case sp.Named != "":
		a = "kooche " + sp.S.Fing
	case sp.Alley > 0:
		a = pick(r, []string{"kooche ", "k ", "koche ", "kuche "}) + strconv.Itoa(sp.Alley)
	}
	switch r.IntN(3) {
	case 0:
		return strings.TrimSpace(sp.N.Fing + " " + sp.S.Fing + " " + a)
	case 1:
		return strings.TrimSpace(a + " " + sp.S.Fing + " " + sp.N.Fing)
	default:
		return strings.TrimSpace("kh " + sp.S.Fing + " " + a)
	}
}
