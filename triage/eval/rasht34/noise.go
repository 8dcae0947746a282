package rasht34

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// hand is how one writer types one request: digits, ZWNJ habit, keyboard, care.
type hand struct {
	digits  int // 0 Persian, 1 Latin, 2 Arabic-Indic
	zwnj    int // 0 kept, 1 dropped (words joined), 2 written as a space
	arabic  int // 0 Persian keyboard, 1 Arabic ي and ك throughout, 2 Arabic ك only
	stretch bool
	typos   float64
}

// handFor draws the writer's habits by channel: operators type on a Persian keyboard with
// the system's digits; citizens on phones do everything.
func handFor(rng *rand.Rand, channel string) hand {
	var h hand
	switch channel {
	case chPhone, chPerson:
		h.digits = weighted(rng, []float64{72, 24, 4})
		h.zwnj = weighted(rng, []float64{60, 25, 15})
		h.arabic = weighted(rng, []float64{93, 5, 2})
		h.stretch = rng.Float64() < 0.01
		h.typos = 0.04
	case chApp:
		h.digits = weighted(rng, []float64{50, 44, 6})
		h.zwnj = weighted(rng, []float64{35, 40, 25})
		h.arabic = weighted(rng, []float64{88, 8, 4})
		h.stretch = rng.Float64() < 0.16
		h.typos = 0.12
	default:
		h.digits = weighted(rng, []float64{65, 30, 5})
		h.zwnj = weighted(rng, []float64{55, 25, 20})
		h.arabic = weighted(rng, []float64{90, 7, 3})
		h.stretch = rng.Float64() < 0.04
		h.typos = 0.07
	}
	return h
}

func weighted(rng *rand.Rand, w []float64) int {
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	u := rng.Float64() * sum
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

// misspellings are the slips 137 texts really carry, whole words only.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آشغال", "آشقال"}, {"لطفا", "لطفن"}, {"خواهشمند", "خاهشمند"}, {"جمع‌آوری", "جمع اوری"},
	{"مسئول", "مسول"}, {"رسیدگی", "رسیدکی"}, {"ساختمان", "ساختمون"}, {"روشنایی", "روشنائی"}, {"خیابان", "خیابون"}, {"لایروبی", "لای روبی"}, {"سگ‌های", "سگهای"}, {"منهول", "منحول"},
	{"پیاده‌رو", "پیادرو"}, {"درخواست", "درخاست"}, {"کوچه", "کوچع"},
	{"آب‌گرفتگی", "آبگرفتگی"}, {"متاسفانه", "متأسفانه"},
}

// elongations are the words people stretch when angry: «خیلییییی».
var elongations = []string{"خیلی", "لطفا", "ممنون", "تو رو خدا", "کثیفه", "داغونه", "تاریکه", "!"}

func (h hand) apply(rng *rand.Rand, s string) string {
	if h.typos > 0 {
		for _, m := range misspellings {
			if strings.Contains(s, m[0]) && rng.Float64() < h.typos {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
	}
	if h.stretch {
		for _, w := range elongations {
			if i := strings.Index(s, w); i >= 0 {
				last, size := utf8.DecodeLastRuneInString(w)
				rep := strings.Repeat(string(last), 2+rng.IntN(5))
				s = s[:i+len(w)-size] + rep + s[i+len(w):]
				break
			}
		}
	}
	return h.surface(s)
}

// surface applies the keyboard: ZWNJ, letters and digits. Addresses get this alone.
func (h hand) surface(s string) string {
	switch h.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", "")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	switch h.arabic {
	case 1:
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	case 2:
		s = strings.ReplaceAll(s, "ک", "ك")
	}
	if h.digits == 1 {
		return s
	}
	zero := '۰'
	if h.digits == 2 {
		zero = '٠'
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + (r - '0')
		}
		return r
	}, s)
}

// latin keeps a Finglish caption in Latin: its digits stay ASCII.
func latin(s string) bool {
	for _, r := range s {
		if r >= 0x600 && r <= 0x6ff {
			return false
		}
	}
	return true
}
