package rasht30

import (
	"strings"
	"unicode/utf8"
)

// writer is one person's way of typing: the digits of their keyboard, what they do with the
// half-space, an Arabic keyboard layout's ي and ك, and how careful they are.
type writer struct {
	digits   int // 0 Persian, 1 Latin, 2 Arabic-Indic
	zwnj     int // 0 keeps the half-space, 1 a space, 2 glued
	arabic   bool
	careless bool // stretched letters and misspellings in their own words
}

// writer draws a writer for a channel: operators mostly type Persian digits and the
// half-space; citizens on phones type Latin digits and spaces more often.
func (g *gen) writer(ch string) writer {
	var w writer
	switch ch {
	case "phone", "in_person":
		w.digits = g.weighted([]float64{70, 25, 5})
		w.zwnj = g.weighted([]float64{55, 30, 15})
		w.arabic = g.chance(0.05)
	default:
		w.digits = g.weighted([]float64{45, 50, 5})
		w.zwnj = g.weighted([]float64{35, 50, 15})
		w.arabic = g.chance(0.09)
		w.careless = g.chance(0.25)
	}
	return w
}

const zwnj = "\u200c"

var (
	persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
	arabicDigits  = []rune("٠١٢٣٤٥٦٧٨٩")
)

// apply types s as w would; own is true for the writer's own words (the text), where
// carelessness shows, false for the address.
func (w writer) apply(g *gen, s string, own bool) string {
	if s == "" || isLatin(s) {
		return s
	}
	switch w.zwnj {
	case 1:
		s = strings.ReplaceAll(s, zwnj, " ")
	case 2:
		s = strings.ReplaceAll(s, zwnj, "")
	}
	if w.careless && own {
		if g.chance(0.3) {
			s = stretch(g, s)
		}
		if g.chance(0.25) {
			s = misspell(g, s)
		}
	}
	if w.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if w.digits != 1 {
		table := persianDigits
		if w.digits == 2 {
			table = arabicDigits
		}
		s = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return table[r-'0']
			}
			return r
		}, s)
	}
	return s
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x600 {
			return false
		}
	}
	return true
}

// stretch repeats the last letter of an emphatic word: خیلییییی، لطفاااا.
func stretch(g *gen, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "واقعا", "خطرناکه", "تاریکه", "پره", "ممنون"} {
		if i := strings.Index(s, w); i >= 0 {
			last, _ := utf8.DecodeLastRuneInString(w)
			return s[:i+len(w)] + strings.Repeat(string(last), 2+g.rng.IntN(4)) + s[i+len(w):]
		}
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return s
	}
	return s + " " + strings.Repeat("!", 1+g.rng.IntN(3))
}

// misspellings are the slips people make: letters that sound alike, a dropped alef.
var misspellings = [][2]string{
	{"زباله", "زبال"}, {"آسفالت", "اسفالت"}, {"خطرناک", "خطرناگ"}, {"رسیدگی", "رسیدگى"}, {"کوچه", "کوجه"},
	{"آب", "اب"}, {"اصلا", "اصلن"}, {"لطفا", "لطفن"}, {"ممنون", "مممنون"}, {"فاضلاب", "فاظلاب"},
	{"درخت", "درخد"}, {"خراب", "خاراب"}, {"ولگرد", "ولگرت"}, {"نخاله", "نقاله"}, {"پیاده", "پیاد"},
}

func misspell(g *gen, s string) string {
	start := g.rng.IntN(len(misspellings))
	for k := range misspellings {
		m := misspellings[(start+k)%len(misspellings)]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}
