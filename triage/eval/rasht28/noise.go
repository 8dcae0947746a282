package rasht28

import (
	"math/rand/v2"
	"strings"
)

const zwnj = "\u200c"

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم"}

// writer is how one person types: keyboard, digits, ZWNJ habit. It is drawn once per request.
type writer struct {
	arabic   bool // ي and ك from an old keyboard layout
	digits   int  // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	zwnjMode int  // 0 kept, 1 dropped, 2 space
	sloppy   bool // misspellings and repeated letters
}

func newWriter(rng *rand.Rand, operator bool) writer {
	w := writer{}
	if operator {
		// operators type on the office system: Persian digits mostly, ZWNJ mostly kept
		w.arabic = rng.Float64() < 0.08
		w.digits = pickIdx(rng, []float64{0.7, 0.25, 0.02, 0.03})
		w.zwnjMode = pickIdx(rng, []float64{0.7, 0.2, 0.1})
		w.sloppy = rng.Float64() < 0.04
		return w
	}
	w.arabic = rng.Float64() < 0.18
	w.digits = pickIdx(rng, []float64{0.45, 0.4, 0.05, 0.1})
	w.zwnjMode = pickIdx(rng, []float64{0.35, 0.35, 0.3})
	w.sloppy = rng.Float64() < 0.2
	return w
}

var (
	persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
	arabicDigits  = []rune("٠١٢٣٤٥٦٧٨٩")
)

// apply writes s the way w types it.
func (w writer) apply(rng *rand.Rand, s string) string {
	switch w.zwnjMode {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if w.sloppy {
		s = misspell(rng, s)
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			d := w.digits
			if d == 3 {
				d = rng.IntN(2)
			}
			switch d {
			case 0:
				r = persianDigits[r-'0']
			case 2:
				r = arabicDigits[r-'0']
			}
		}
		if w.arabic {
			switch r {
			case 'ی':
				r = 'ي'
			case 'ک':
				r = 'ك'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

var misspellings = [][2]string{
	{"لطفا", "لطفن"}, {"آسفالت", "اسفالت"}, {"خیابان", "خیابون"}, {"آشغال", "آشقال"},
	{"رسیدگی", "رسیدگي"}, {"تاریک", "تاریگ"}, {"خراب", "خراپ"},
	{"فاضلاب", "فاظلاب"}, {"ممنون", "مرسی"}, {"چاله", "چاله چوله"},
}

var stretchable = [][2]string{
	{"خیلی", "خیلییییی"}, {"لطفا", "لطفاااا"}, {"تاریکه", "تاریکههههه"}, {"خرابه", "خرابهههه"},
	{"بده", "بدههههه"}, {"چند روزه", "چند روزهههه"}, {"کسی", "کسییییی"},
}

func misspell(rng *rand.Rand, s string) string {
	for _, m := range misspellings {
		if strings.Contains(s, m[0]) && rng.Float64() < 0.5 {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	for _, m := range stretchable {
		if strings.Contains(s, m[0]) && rng.Float64() < 0.4 {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

func pickIdx(rng *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := rng.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }
