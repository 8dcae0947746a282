package rasht32

import (
	"math/rand/v2"
	"strings"
)

// writer is how one person types: the keyboard (Arabic ي/ك), what they do with the
// half-space, which digits, and whether they stretch letters or misspell.
type writer struct {
	arabic  int // 0 none, 1 ي and ك, 2 ي only
	zwnj    int // 0 keeps ZWNJ, 1 writes a space, 2 writes nothing
	digits  int
	stretch bool
	typo    float64 // chance a message carries one misspelling
}

// operators are the 137 centre's operators: each types the same way every day.
func newOperators(r *rand.Rand) []writer {
	ops := make([]writer, 9)
	for i := range ops {
		w := writer{digits: persianDigits}
		if r.Float64() < 0.3 {
			w.digits = latinDigits
		}
		if r.Float64() < 0.18 {
			w.arabic = 1 // an old workstation with an Arabic keyboard layout
		}
		switch x := r.Float64(); {
		case x < 0.4:
			w.zwnj = 0
		case x < 0.8:
			w.zwnj = 1
		default:
			w.zwnj = 2
		}
		if r.Float64() < 0.4 {
			w.typo = 0.12
		}
		ops[i] = w
	}
	return ops
}

// citizen draws one citizen's way of typing on a phone or computer.
func citizen(r *rand.Rand) writer {
	w := writer{}
	switch x := r.Float64(); {
	case x < 0.55:
		w.digits = persianDigits
	case x < 0.93:
		w.digits = latinDigits
	default:
		w.digits = arabicDigits
	}
	switch x := r.Float64(); {
	case x < 0.09:
		w.arabic = 1
	case x < 0.13:
		w.arabic = 2
	}
	switch x := r.Float64(); {
	case x < 0.3:
		w.zwnj = 0
	case x < 0.7:
		w.zwnj = 1
	default:
		w.zwnj = 2
	}
	w.stretch = r.Float64() < 0.1
	w.typo = 0.12
	return w
}

var typos = [][2]string{
	{"آسفالت", "اسفالت"}, {"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"خواهش", "خاهش"}, {"زباله", "ذباله"},
	{"سطل", "صطل"}, {"چراغ", "چراق"}, {"فاضلاب", "فاظلاب"}, {"رسیدگی", "رسیدگي"}, {"پیگیری", "پیگری"},
	{"ولگرد", "ولگر"}, {"خطرناک", "خطر ناک"}, {"آشغال", "اشغال"}, {"نمی", "نمي"}, {"مسئول", "مسول"},
	{"اومده", "امده"}, {"درست", "دُرست"}, {"حیاط", "حیات"}, {"خراب", "حراب"}, {"درخت", "درخط"},
}

// stretchable words people stretch for emphasis.
var stretchable = [][2]string{{"خیلی", "خیلیییی"}, {"لطفا", "لطفااا"}, {"تورو خدا", "تورو خداااا"}, {"هنوز", "هنووووز"},
	{"بده", "بدههههه"}, {"خرابه", "خرابههه"}, {"کثیفه", "کثیفههه"}, {"خطرناکه", "خطرناکههه"}}

// applyAddress writes an address as w types it: the keyboard and digits, no emphasis.
func (w writer) applyAddress(r *rand.Rand, s string) string {
	w.stretch = false
	w.typo /= 2
	return w.apply(r, s)
}

// apply writes s as w types it. Only the writer's own habits are applied; the text keeps
// its words.
func (w writer) apply(r *rand.Rand, s string) string {
	if r.Float64() < w.typo {
		var can [][2]string
		for _, t := range typos {
			if strings.Contains(s, t[0]) {
				can = append(can, t)
			}
		}
		if len(can) > 0 {
			t := pick(r, can)
			s = strings.Replace(s, t[0], t[1], 1)
		}
	}
	if w.stretch && s != "" {
		done := false
		for _, t := range stretchable {
			if strings.Contains(s, t[0]) {
				s = strings.Replace(s, t[0], t[1], 1)
				done = true
				break
			}
		}
		if !done {
			s += pick(r, []string{"!!!", "!!!!!", "!!", " خواهشاااا"})
		}
	}
	switch w.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", " ")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", "")
	}
	switch w.arabic {
	case 1:
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	case 2:
		s = strings.ReplaceAll(s, "ی", "ي")
	}
	return digits(s, w.digits)
}
