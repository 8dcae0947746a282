package rasht39

import (
	"math/rand/v2"
	"strings"
)

// habits are one writer's ways with the keyboard: an operator keeps hers all year, a citizen
// has his for one message.
type habits struct {
	arabicYK bool // ي and ك from an Arabic keyboard layout
	digits   int  // 0 Persian, 1 Latin, 2 Arabic-Indic
	zwnj     int  // 0 keeps ZWNJ, 1 writes a space, 2 joins the words
	typos    float64
	stretch  float64 // chance of «خیلییییی»
}

// operators are the 137 centre's operators on this district's calls; each has fixed habits.
var operators = []habits{
	{digits: 0, zwnj: 0, typos: 0.02},
	{digits: 0, zwnj: 1, typos: 0.04},
	{digits: 1, zwnj: 0, typos: 0.03},
	{arabicYK: true, digits: 2, zwnj: 2, typos: 0.05},
	{digits: 0, zwnj: 2, typos: 0.03},
	{digits: 1, zwnj: 1, typos: 0.06},
	{digits: 0, zwnj: 0, typos: 0.01},
	{digits: 1, zwnj: 1, typos: 0.04},
}

// citizenHabits draws one citizen's habits: phones mostly write Persian digits and join
// or space what should have a ZWNJ.
func citizenHabits(r *rand.Rand) habits {
	h := habits{typos: 0.05 + r.Float64()*0.1, stretch: 0.12}
	if r.IntN(100) < 9 {
		h.arabicYK = true
	}
	switch x := r.IntN(100); {
	case x < 45:
		h.digits = 1
	case x < 52:
		h.digits = 2
	}
	switch x := r.IntN(100); {
	case x < 30:
		h.zwnj = 0
	case x < 70:
		h.zwnj = 1
	default:
		h.zwnj = 2
	}
	return h
}

// misspellings are the slips seen in real messages, one word at a time.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آسفالت", "آصفالت"}, {"زباله", "ذباله"}, {"آشغال", "اشغال"},
	{"خیابان", "خیابون"}, {"رسیدگی", "رسیدگى"}, {"لطفا", "لطفن"}, {"لطفا", "لطفاً"},
	{"پیاده‌رو", "پیاده رو"}, {"جمع‌آوری", "جمع آوری"}, {"جمع‌آوری", "جمعاوری"},
	{"فاضلاب", "فاظلاب"}, {"مخزن", "مخذن"}, {"ولگرد", "ولگر"}, {"چراغ", "چراق"},
	{"خراب", "خرا"}, {"کوچه", "کوجه"}, {"شهرداری", "شهردای"}, {"تاریک", "تاریگ"},
	{"پیگیری", "پیگری"}, {"درخواست", "درخاست"}, {"مسئولین", "مسولین"}, {"مسئول", "مسول"},
}

var stretchable = []string{"خیلی", "لطفا", "تورو خدا", "چرا", "کثیف", "تاریک", "داغون", "بو"}

// scribble applies a writer's habits to text she wrote.
func scribble(r *rand.Rand, h habits, s string) string {
	for _, m := range misspellings {
		if strings.Contains(s, m[0]) && r.Float64() < h.typos {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	if h.stretch > 0 && r.Float64() < h.stretch {
		for _, w := range stretchable {
			if i := strings.Index(s, w); i >= 0 {
				last := []rune(w)
				tail := string(last[len(last)-1])
				s = s[:i+len(w)] + strings.Repeat(tail, 2+r.IntN(5)) + s[i+len(w):]
				break
			}
		}
	}
	switch h.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", " ")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", "")
	}
	if h.arabicYK {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	switch h.digits {
	case 1:
		s = strings.Map(func(c rune) rune {
			if c >= '۰' && c <= '۹' {
				return '0' + (c - '۰')
			}
			return c
		}, s)
	case 2:
		s = strings.Map(func(c rune) rune {
			if c >= '۰' && c <= '۹' {
				return '٠' + (c - '۰')
			}
			return c
		}, s)
	}
	return s
}
