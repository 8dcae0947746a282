package rasht35

import (
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم"}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// streetName writes a street as people do: «خیابان ۱۲۴», «خ ۱۲۴», «۱۲۴», «بلوار گیلان».
func streetName(r *rand.Rand, st *street, short bool) string {
	if st.kind == "بلوار" {
		if short && r.IntN(2) == 0 {
			return st.name
		}
		return "بلوار " + st.name
	}
	if st.num > 0 {
		switch r.IntN(6) {
		case 0, 1, 2:
			return "خیابان " + st.name
		case 3:
			return "خ " + st.name
		case 4:
			if short {
				return st.name
			}
			return "خیابان " + st.name
		default:
			return "خ." + st.name
		}
	}
	if short && r.IntN(3) == 0 {
		return "خ " + st.name
	}
	return "خیابان " + st.name
}

// alleyName writes an alley: «کوچه ۱۲», «ک ۱۲», «کوچه دوازدهم», «بن‌بست یاس».
func alleyName(r *rand.Rand, al *alley) string {
	word := "کوچه"
	if al.deadEnd && r.IntN(3) > 0 {
		word = "بن‌بست"
	}
	if al.num == 0 {
		if r.IntN(4) == 0 && word == "کوچه" {
			return al.name
		}
		return word + " " + al.name
	}
	n := itoa(al.num)
	switch x := r.IntN(10); {
	case x < 4:
		return word + " " + n
	case x < 6 && al.num < len(ordinals):
		return word + " " + ordinals[al.num]
	case x < 8:
		return "ک " + n
	case x < 9:
		return word + " شماره " + n
	default:
		return "ک." + n
	}
}

// stretchName says where on a street a street-level spot is. Positional phrases
// («ابتدای بلوار سمیه») carry the street's name themselves; whole tells the caller so.
func stretchName(r *rand.Rand, sp *spot) (phrase string, whole bool) {
	st := sp.st
	if sp.landmark != "" && r.IntN(3) > 0 {
		return pick(r, []string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "بعد از ", "روبه‌روی "}) + sp.landmark, false
	}
	if len(st.alleys) > 2*sp.seg+2 {
		a, b := st.alleys[2*sp.seg], st.alleys[2*sp.seg+1]
		if a.num > 0 && b.num > 0 {
			switch r.IntN(3) {
			case 0:
				return "بین کوچه " + itoa(a.num) + " و " + itoa(b.num), false
			case 1:
				return "نبش " + alleyName(r, a), false
			}
			return "نرسیده به " + alleyName(r, b), false
		}
		return "نبش " + alleyName(r, a), false
	}
	var word string
	switch {
	case sp.seg == 0:
		word = pick(r, []string{"ابتدای", "اول"})
	case sp.seg == st.segments-1:
		word = pick(r, []string{"انتهای", "آخر"})
	default:
		word = pick(r, []string{"وسط", "اواسط"})
	}
	return word + " " + streetName(r, st, false), true
}

// address is the address field typed by an operator or a citizen.
func address(r *rand.Rand, sp *spot, formal bool) string {
	h, st := sp.st.hood.name, sp.st
	if st.name == h {
		// «خیابان معلم» names the neighbourhood too; nobody writes «معلم، خیابان معلم».
		h = pick(r, []string{"", "", "رشت"})
	}
	c := ", " // placeholder for the Persian comma, swapped at the end
	if sp.al == nil {
		where, whole := stretchName(r, sp)
		if whole {
			return comma(list(c, h, where))
		}
		var s string
		switch r.IntN(4) {
		case 0:
			s = list(c, h, streetName(r, st, false), where)
		case 1:
			s = list(" ", streetName(r, st, true), where)
		case 2:
			if formal {
				s = list(c, "رشت", h, streetName(r, st, false), where)
			} else {
				s = list(" ", h, streetName(r, st, true), where)
			}
		default:
			s = list(c, list(" ", streetName(r, st, false), h), where)
		}
		return comma(s)
	}
	al := alleyName(r, sp.al)
	var s string
	switch x := r.IntN(10); {
	case formal || x < 3:
		s = list(c, h, streetName(r, st, false), al)
		if formal && r.IntN(2) == 0 && h != "رشت" {
			s = list(c, "رشت", s)
		}
	case x < 5:
		s = list(" ", h, streetName(r, st, true), al)
	case x < 6 && st.num > 0:
		// «کوچه دوازدهم ۱۲۴ گلسار»: the alley first, the street's bare number after.
		if sp.al.num > 0 {
			al = "کوچه " + pick(r, []string{itoa(sp.al.num), ordinals[min(sp.al.num, len(ordinals)-1)]})
		}
		s = list(" ", al, st.name, h)
	case x < 7:
		s = list(c, list(" ", streetName(r, st, false), h), al)
	case x < 8:
		s = list(c, streetName(r, st, false), "نبش "+al)
	default:
		s = list(c, h, streetName(r, st, false), al)
	}
	if sp.landmark != "" && r.IntN(3) == 0 {
		s = list(c, s, pick(r, []string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "پشت "})+sp.landmark)
	}
	if r.IntN(5) == 0 || formal && r.IntN(2) == 0 {
		s = list(c, s, "پلاک "+itoa(1+r.IntN(60)))
	}
	return comma(s)
}

// list joins the parts that are not empty.
func list(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func comma(s string) string { return strings.ReplaceAll(s, ", ", "، ") }

// geocoded is what the app writes in the address field from the pin: the street the pin
// fell nearest, which one time in ten is the next street over.
func geocoded(r *rand.Rand, sp *spot) string {
	st := sp.st
	if r.IntN(10) == 0 {
		st = pick(r, st.hood.streets)
	}
	return "رشت، منطقه 2، " + st.hood.name + "، " + st.kind + " " + st.name
}

// placeInText is how a citizen names the place inside the text, which is often only part
// of it (the address or the pin carries the rest).
func placeInText(r *rand.Rand, sp *spot) string {
	if sp.al == nil {
		where, whole := stretchName(r, sp)
		if whole {
			return where
		}
		return streetName(r, sp.st, true) + " " + where
	}
	al := alleyName(r, sp.al)
	switch r.IntN(6) {
	case 0:
		return al
	case 1:
		return al + " " + streetName(r, sp.st, false)
	case 2:
		if sp.landmark != "" {
			return pick(r, []string{"روبروی ", "جنب ", "کنار "}) + sp.landmark
		}
		return "سر " + al
	case 3:
		if sp.st.name == sp.st.hood.name {
			return streetName(r, sp.st, false) + " " + al
		}
		return sp.st.hood.name + " " + streetName(r, sp.st, true) + " " + al
	case 4:
		return "سر " + al
	}
	if sp.st.name == sp.st.hood.name {
		return al + " " + streetName(r, sp.st, false)
	}
	return al + " " + sp.st.hood.name
}

// finglishPlace is the place as a Finglish caption writes it: «kooche 12 golsar».
func finglishPlace(r *rand.Rand, sp *spot) string {
	st := sp.st
	var s string
	if st.kind == "بلوار" {
		s = "bolvar " + st.fin
	} else if st.num > 0 {
		s = pick(r, []string{"kh ", "khiaban ", ""}) + st.fin
	} else {
		s = "khiaban " + st.fin
	}
	if sp.al != nil {
		a := sp.al.fin
		if sp.al.num > 0 {
			a = itoa(sp.al.num)
		}
		s = pick(r, []string{"kooche ", "k ", "koche "}) + a + " " + s
		if st.num > 0 && r.IntN(4) == 0 {
			// «kooche 12 golsar»: the street left out, as the brief's citizens do
			return pick(r, []string{"kooche ", "koche "}) + a + " " + st.hood.fin
		}
	}
	if st.fin != st.hood.fin && (st.num > 0 || r.IntN(2) == 0) {
		s += " " + st.hood.fin
	}
	return s
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}
