package rasht6

import (
	"math/rand"
	"strings"
	"unicode"
)

const zwnj = "\u200c"

var (
	persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
	arabicDigits  = []rune("٠١٢٣٤٥٦٧٨٩")
	// letters people mix up on a phone keyboard or by ear
	confusable = map[rune][]rune{
		'ز': {'ذ', 'ظ'}, 'س': {'ص', 'ث'}, 'ت': {'ط'}, 'ه': {'ح'}, 'ق': {'غ'}, 'ا': {'آ'}, 'آ': {'ا'},
		'ی': {'ي'}, 'ک': {'گ'},
	}
	stretchable = []string{"خیلی", "لطفا", "تروخدا", "چرا", "سلام", "خراب", "ممنون", "زیاد"}
)

// digits writes every number of s in one of the three digit sets (sometimes mixed).
func digits(r *rand.Rand, s string) string {
	style := r.Float64()
	return strings.Map(func(c rune) rune {
		d := -1
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= '۰' && c <= '۹':
			d = int(c - '۰')
		case c >= '٠' && c <= '٩':
			d = int(c - '٠')
		}
		if d < 0 {
			return c
		}
		st := style
		if st > 0.95 {
			st = r.Float64()
		}
		switch {
		case st < 0.52:
			return persianDigits[d]
		case st < 0.87:
			return rune('0' + d)
		default:
			return arabicDigits[d]
		}
	}, s)
}

// noisy adds what real typing does to a text. Operators type more carefully than citizens.
func noisy(r *rand.Rand, s string, operator bool) string {
	s = digits(r, s)
	care := 1.0
	if operator {
		care = 0.35
	}
	switch x := r.Float64(); {
	case x < 0.35*care+0.1:
		s = strings.ReplaceAll(s, zwnj, "")
	case x < 0.55*care+0.1:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if chance(r, 0.09*care) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if chance(r, 0.04*care) {
		s = strings.NewReplacer("ه ", "ة ").Replace(s)
	}
	if chance(r, 0.16*care) {
		s = typo(r, s)
	}
	if chance(r, 0.10*care) {
		s = stretch(r, s)
	}
	if chance(r, 0.02) {
		s = strings.Join(strings.Fields(s), "  ")
	}
	return s
}

// typo breaks one word: a dropped, doubled, swapped or confused letter.
func typo(r *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	for try := 0; try < 5; try++ {
		i := r.Intn(len(words))
		w := []rune(words[i])
		if len(w) < 4 || !unicode.IsLetter(w[0]) || w[0] < 0x600 {
			continue
		}
		j := 1 + r.Intn(len(w)-2)
		switch r.Intn(4) {
		case 0:
			w = append(append([]rune{}, w[:j]...), w[j+1:]...)
		case 1:
			w = append(append(append([]rune{}, w[:j+1]...), w[j]), w[j+1:]...)
		case 2:
			w[j], w[j+1] = w[j+1], w[j]
		default:
			if alts, ok := confusable[w[j]]; ok {
				w[j] = alts[r.Intn(len(alts))]
			} else {
				w = append(append([]rune{}, w[:j]...), w[j+1:]...)
			}
		}
		words[i] = string(w)
		return strings.Join(words, " ")
	}
	return s
}

// stretch repeats the last letter of an emphatic word («خیلیییی»).
func stretch(r *rand.Rand, s string) string {
	for _, w := range stretchable {
		if i := strings.Index(s, w); i >= 0 {
			rs := []rune(w)
			last := string(rs[len(rs)-1])
			return s[:i] + w + strings.Repeat(last, 2+r.Intn(4)) + s[i+len(w):]
		}
	}
	return s
}
