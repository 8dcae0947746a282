package rasht11

import (
	"math/rand"
	"strings"
)

const zwnj = "\u200c"

var misspell = [][2]string{
	{"آسفالت", "اسفالت"}, {"فاضلاب", "فاظلاب"}, {"لطفا", "لطفن"}, {"خواهشمند", "خاهشمند"}, {"زباله", "زباڵه"},
	{"رسیدگی", "رسیدکی"}, {"خراب", "خرااب"}, {"کوچه", "کوچ"}, {"پیاده‌رو", "پیادرو"}, {"درخت", "درخط"},
	{"آشغال", "آشقال"}, {"مخزن", "مغزن"}, {"خیابان", "خیابن"}, {"ولگرد", "ولگر"}, {"همسایه", "حمسایه"},
}

var stretch = []string{"خیلی", "لطفا", "تورو خدا", "چرا", "زود"}

// noisy dresses a text the way it arrives: another keyboard's ي and ك, missing or spaced
// ZWNJ, Latin or Arabic-Indic digits, typos and stretched words.
func noisy(r *rand.Rand, s string) string {
	if r.Float64() < 0.06 {
		for _, m := range misspell {
			if strings.Contains(s, m[0]) && r.Intn(2) == 0 {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
	}
	if r.Float64() < 0.07 {
		for _, w := range stretch {
			if strings.Contains(s, w) {
				rs := []rune(w)
				last := string(rs[len(rs)-1])
				s = strings.Replace(s, w, w+strings.Repeat(last, 2+r.Intn(4)), 1)
				break
			}
		}
	}
	if r.Float64() < 0.03 {
		s = dropRune(r, s)
	}
	return lightNoise(r, s)
}

// lightNoise is the keyboard's share, which the address field gets too.
func lightNoise(r *rand.Rand, s string) string {
	switch u := r.Float64(); {
	case u < 0.25:
		s = strings.ReplaceAll(s, zwnj, "")
	case u < 0.40:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if r.Float64() < 0.09 {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	switch u := r.Float64(); {
	case u < 0.45:
		s = digits(s, '۰')
	case u < 0.52:
		s = digits(s, '٠')
	}
	return s
}

func digits(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = zero + (c - '0')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func dropRune(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 20 {
		return s
	}
	i := 5 + r.Intn(len(rs)-10)
	if rs[i] == ' ' || (rs[i] >= '0' && rs[i] <= '9') {
		return s
	}
	return string(rs[:i]) + string(rs[i+1:])
}
