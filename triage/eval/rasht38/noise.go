package rasht38

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

const zwnj = "\u200c"

// habit is one writer's way of typing, kept for the whole request (text and address), as
// one phone keyboard or one operator's workstation types everything the same way.
type habit struct {
	arabicYK bool   // an Arabic keyboard layout: ي and ك
	zwnjMode int    // 0 keep, 1 drop, 2 space, 3 mixed
	digits   string // "fa", "latin", "arabic"
	repeat   bool   // stretches a letter for emphasis
	misspell bool
}

func newHabit(rng *rand.Rand, citizen bool) habit {
	h := habit{digits: "fa"}
	if citizen {
		h.arabicYK = chance(rng, 0.12)
		h.zwnjMode = pickInt(rng, []float64{0.35, 0.35, 0.15, 0.15})
		switch r := rng.Float64(); {
		case r < 0.30:
			h.digits = "latin"
		case r < 0.33:
			h.digits = "arabic"
		}
		h.misspell = chance(rng, 0.3)
	} else {
		h.arabicYK = chance(rng, 0.04)
		h.zwnjMode = pickInt(rng, []float64{0.6, 0.15, 0.2, 0.05})
		if chance(rng, 0.15) {
			h.digits = "latin"
		} else if chance(rng, 0.02) {
			h.digits = "arabic"
		}
		h.misspell = chance(rng, 0.04)
	}
	return h
}

func pickInt(rng *rand.Rand, weights []float64) int {
	x := rng.Float64()
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// misspellings people really type on phones: a dropped madda, colloquial forms.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آشغال", "اشغال"}, {"آب", "اب"}, {"خیابان", "خیابون"}, {"لطفا", "لطفن"},
	{"جمع‌آوری", "جمع اوری"}, {"آمبولانس", "امبولانس"}, {"درست", "درس"}, {"فاضلاب", "فاضل آب"},
	{"زباله", "زبال"}, {"رسیدگی", "رسیدگى"},
	{"تاریک", "تاریگ"}, {"کوچه", "کوچع"},
}

var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// apply types s with the habit. Display text keeps every quirk: the importer must not
// clean it, and the grouping must read through it.
func (h habit) apply(rng *rand.Rand, s string) string {
	if h.misspell {
		for _, m := range misspellings {
			if strings.Contains(s, m[0]) && chance(rng, 0.5) {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
	}
	if h.repeat {
		s = stretch(rng, s)
	}
	switch h.zwnjMode {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	case 3:
		var b strings.Builder
		for _, part := range strings.SplitAfter(s, zwnj) {
			if strings.HasSuffix(part, zwnj) {
				part = strings.TrimSuffix(part, zwnj) + pick(rng, []string{zwnj, "", " "})
			}
			b.WriteString(part)
		}
		s = b.String()
	}
	if h.arabicYK {
		s = strings.ReplaceAll(s, "ی", "ي")
		s = strings.ReplaceAll(s, "ک", "ك")
	}
	switch h.digits {
	case "latin", "arabic":
		rs := []rune(s)
		for i, r := range rs {
			if r >= '۰' && r <= '۹' {
				if h.digits == "latin" {
					rs[i] = '0' + (r - '۰')
				} else {
					rs[i] = arabicDigits[r-'۰']
				}
			}
		}
		s = string(rs)
	}
	return s
}

// stretch repeats the last letter of one emphatic word («خیلیییی», «لطفاااا»).
func stretch(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "تاریکه", "بو میده", "خطرناکه", "داغونه", "چرا", "زیاد", "شدیده",
		"جمع نشده", "نیومده", "قطعه", "افتاده", "کثیفه", "آویزونه", "سوخته", "کمک"} {
		if i := strings.Index(s, w); i >= 0 {
			last, _ := utf8.DecodeLastRuneInString(w)
			return s[:i+len(w)] + strings.Repeat(string(last), 2+rng.IntN(5)) + s[i+len(w):]
		}
	}
	return s
}
