package rasht32

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var tens = []string{"", "", "بیست", "سی", "چهل"}

// ordinal writes an alley number as people say it: 12 → دوازدهم, 23 → بیست و سوم, 30 → سی‌ام.
func ordinal(n int) string {
	if n <= 20 {
		return ordinals[n]
	}
	t, u := n/10, n%10
	if u == 0 {
		return tens[t] + "‌ام"
	}
	return tens[t] + " و " + ordinals[u]
}

// digit styles
const (
	latinDigits = iota
	persianDigits
	arabicDigits
)

// digits rewrites the ASCII digits of s in a style.
func digits(s string, style int) string {
	if style == latinDigits {
		return s
	}
	base := '۰'
	if style == arabicDigits {
		base = '٠'
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(base + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// streetName is how a writer names the street: with or without its kind, sometimes «خ».
func streetName(r *rand.Rand, s *street, formal bool) string {
	if s.kind == "کوچه" {
		return "کوچه " + s.name
	}
	x := r.Float64()
	switch {
	case formal && x < 0.75, !formal && x < 0.3:
		return s.kind + " " + s.name
	case x < 0.85:
		return s.name
	case s.kind == "بلوار":
		return "بلوار " + s.name
	default:
		return "خ " + s.name
	}
}

// alleyName is how a writer names a numbered or named alley.
func alleyName(r *rand.Rand, p place, formal bool) string {
	if p.alleyNm != "" {
		if !formal && r.Float64() < 0.25 {
			return p.alleyNm
		}
		return "کوچه " + p.alleyNm
	}
	n := p.alleyNo
	x := r.Float64()
	switch {
	case x < 0.5:
		return fmt.Sprintf("کوچه %d", n)
	case x < 0.7 && n <= 40:
		return "کوچه " + ordinal(n)
	case x < 0.8 && !formal:
		return fmt.Sprintf("ک %d", n)
	case x < 0.88:
		return fmt.Sprintf("کوچه شماره %d", n)
	default:
		return fmt.Sprintf("ک%d", n)
	}
}

var preps = []string{"روبروی", "جنب", "کنار", "نزدیک", "نرسیده به", "بعد از", "پشت"}

// markPhrase is a landmark as people point at it.
func markPhrase(r *rand.Rand, p place) string {
	return pick(r, preps) + " " + p.mark
}

// blockPhrase locates a spot on a street by its neighbouring alleys.
func blockPhrase(r *rand.Rand, p place) string {
	s := p.st
	if len(s.alleys) == 0 {
		return ""
	}
	i := p.block * len(s.alleys) * 150 / int(s.length+1)
	if i >= len(s.alleys)-1 {
		i = len(s.alleys) - 2
	}
	if i < 0 {
		i = 0
	}
	a, b := s.alleys[i], s.alleys[i+1]
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("بین کوچه %d و %d", a, b)
	case 1:
		return fmt.Sprintf("حد فاصل کوچه %d و %d", a, b)
	default:
		return fmt.Sprintf("نبش کوچه %d", a)
	}
}

// address writes the address field. Operators write hood, street, alley in that order with
// commas most of the time; citizens write what they remember in any order.
func address(r *rand.Rand, p place, formal bool) string {
	var parts []string
	hood := p.st.hood
	withHood := formal && r.Float64() < 0.6 || !formal && r.Float64() < 0.3
	if hood == p.st.name || strings.Contains(p.st.name, hood) {
		withHood = false
	}
	if withHood {
		parts = append(parts, hood)
	}
	st := streetName(r, p.st, formal)
	switch {
	case p.alleyNo > 0 || p.alleyNm != "":
		al := alleyName(r, p, formal)
		if !formal && r.Float64() < 0.35 {
			// «کوچه دوازدهم سعدی»: alley before street
			parts = append(parts, al, st)
		} else {
			parts = append(parts, st, al)
		}
	case p.mark != "":
		parts = append(parts, st, markPhrase(r, p))
	default:
		parts = append(parts, st)
		if bp := blockPhrase(r, p); bp != "" && r.Float64() < 0.6 {
			parts = append(parts, bp)
		}
	}
	if p.plate > 0 && r.Float64() < 0.6 {
		parts = append(parts, fmt.Sprintf("پلاک %d", p.plate))
	}
	sep := "، "
	switch x := r.Float64(); {
	case !formal && x < 0.45:
		sep = " "
	case x < 0.6:
		sep = " - "
	case x < 0.7:
		sep = ","
	}
	return strings.Join(parts, sep)
}

// latinAddress is the place in Finglish: «kooche 12 saadi».
func latinAddress(r *rand.Rand, p place) string {
	st := p.st.latin
	switch {
	case p.alleyNo > 0:
		k := pick(r, []string{"kooche", "koche", "k"})
		if r.IntN(2) == 0 {
			return fmt.Sprintf("%s %s %d", st, k, p.alleyNo)
		}
		return fmt.Sprintf("%s %d %s", k, p.alleyNo, st)
	case p.mark != "":
		return st + " " + pick(r, []string{"roobe rooye", "kenare", "nazdike"}) + " " + markLatin(p.mark)
	default:
		return pick(r, []string{"khiaban ", "kh ", ""}) + st
	}
}

func markLatin(m string) string {
	switch {
	case strings.Contains(m, "نانوایی"):
		return "nanvaei"
	case strings.Contains(m, "بانک"):
		return "bank"
	case strings.Contains(m, "مدرسه"), strings.Contains(m, "دبستان"), strings.Contains(m, "دبیرستان"), strings.Contains(m, "هنرستان"):
		return "madrese"
	case strings.Contains(m, "مسجد"):
		return "masjed"
	case strings.Contains(m, "پارک"):
		return "park"
	}
	return "pomp benzin"
}

// textPlace is the place as it appears inside a text: shorter than an address.
func textPlace(r *rand.Rand, p place) string {
	st := streetName(r, p.st, false)
	switch {
	case p.alleyNo > 0 || p.alleyNm != "":
		al := alleyName(r, p, false)
		switch r.IntN(4) {
		case 0:
			return al + " " + st
		case 1:
			return st + " " + al
		case 2:
			return "سر " + al + " " + st
		default:
			return "ته " + al + " " + st
		}
	case p.mark != "":
		return markPhrase(r, p) + " " + st
	default:
		return st
	}
}
