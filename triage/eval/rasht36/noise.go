package rasht36

import (
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم"}

// digitStyle is how a writer types digits.
type digitStyle int

const (
	persianDigits digitStyle = iota
	latinDigits
	arabicDigits
)

func digits(s string, d digitStyle) string {
	if d == latinDigits {
		return s
	}
	base := '۰'
	if d == arabicDigits {
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

// writer is one person's habits: it is drawn once per request.
type writer struct {
	digits   digitStyle
	arabicYK bool // Arabic keyboard: ي and ك
	zwnj     int  // 0 keep, 1 drop, 2 space
	typos    float64
	stretch  bool // «خیلییییی»
}

func newWriter(r *rand.Rand, channel string) writer {
	w := writer{}
	switch x := r.Float64(); {
	case x < 0.62:
		w.digits = persianDigits
	case x < 0.92:
		w.digits = latinDigits
	default:
		w.digits = arabicDigits
	}
	w.arabicYK = r.Float64() < 0.16
	switch x := r.Float64(); {
	case x < 0.45:
		w.zwnj = 0
	case x < 0.8:
		w.zwnj = 1
	default:
		w.zwnj = 2
	}
	if channel == "phone" || channel == "in_person" { // operators: fewer typos, no stretching
		w.typos = 0.01
		w.arabicYK = r.Float64() < 0.05
		if w.digits == arabicDigits && r.Float64() < 0.6 {
			w.digits = persianDigits
		}
	} else {
		w.typos = 0.03
		w.stretch = r.Float64() < 0.22
	}
	return w
}

// typoSwaps are the slips of a Persian keyboard and of spelling by ear.
var typoSwaps = [][2]string{
	{"ز", "ذ"}, {"س", "ص"}, {"ت", "ط"}, {"ه", "ح"}, {"ق", "غ"}, {"ا", "آ"}, {"آ", "ا"},
	{"ی", ""}, {"و", ""}, {"ر", "ز"},
}

// apply writes text s with the writer's habits.
func (w writer) apply(r *rand.Rand, s string) string {
	s = digits(s, w.digits)
	words := strings.Fields(s)
	for i, word := range words {
		if r.Float64() < w.typos && len([]rune(word)) > 3 {
			sw := typoSwaps[r.IntN(len(typoSwaps))]
			if j := strings.Index(word, sw[0]); j > 0 {
				word = word[:j] + sw[1] + word[j+len(sw[0]):]
			}
		}
		if w.stretch && r.Float64() < 0.5 {
			for _, long := range []string{"خیلی", "لطفا", "واقعا", "تروخدا"} {
				if word == long {
					rs := []rune(word)
					last := string(rs[len(rs)-1])
					word += strings.Repeat(last, 2+r.IntN(5))
				}
			}
		}
		words[i] = word
	}
	s = strings.Join(words, " ")
	switch w.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", "")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if w.arabicYK {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return s
}

// pick is one of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
