package rasht20

import (
	"math/rand/v2"
	"strings"
)

const zwnj = "\u200c"

// digits writes the ASCII digits of s in the style a writer uses: 0 Latin, 1 Persian,
// 2 Arabic-Indic.
func digits(s string, style int) string {
	if style == 0 {
		return s
	}
	base := '۰'
	if style == 2 {
		base = '٠'
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(base + r - '0')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writer is the way one person types: habits that stay the same through a request.
type writer struct {
	arabic  bool // types ي and ك (an Arabic keyboard layout)
	zwnj    int  // 0 keeps ZWNJ, 1 drops it (joins), 2 types a space
	digits  int
	stretch bool // stretches a letter for emphasis
	typos   bool
}

func newWriter(rng *rand.Rand, operator bool) writer {
	w := writer{}
	if operator {
		w.arabic = rng.Float64() < 0.06
		w.zwnj = pickW(rng, []float64{0.7, 0.15, 0.15})
		w.digits = pickW(rng, []float64{0.35, 0.6, 0.05})
		w.typos = rng.Float64() < 0.1
		return w
	}
	w.arabic = rng.Float64() < 0.18
	w.zwnj = pickW(rng, []float64{0.35, 0.3, 0.35})
	w.digits = pickW(rng, []float64{0.45, 0.45, 0.1})
	w.stretch = rng.Float64() < 0.2
	w.typos = rng.Float64() < 0.3
	return w
}

func pickW(rng *rand.Rand, w []float64) int {
	x := rng.Float64()
	for i, p := range w {
		if x < p {
			return i
		}
		x -= p
	}
	return len(w) - 1
}

var typoPairs = [][2]string{
	{"لطفا", "لطفن"}, {"خواهشمند", "خاهشمند"}, {"آسفالت", "اسفالت"}, {"وضعیت", "وضیعت"},
	{"مسئولین", "مسولین"}, {"مسئولین", "مسعولین"}, {"ترافیک", "ترافیگ"}, {"رسیدگی", "رسیدگي"},
	{"دستفروش", "دسفروش"}, {"ضایعات", "زایعات"}, {"اتفاق", "اتفاغ"}, {"خطرناک", "خطرناگ"},
	{"پیاده‌رو", "پیادرو"}, {"چاله", "چال"}, {"تعفن", "تعفون"}, {"متکدی", "متکدي"},
	{"بیمارستان", "بیمارستن"}, {"ایستگاه", "ایستگا"}, {"حفاری", "هفاری"}, {"جمع‌آوری", "جمع آوری"},
}

var stretchable = [][2]string{
	{"خیلی", "خیلیییی"}, {"خیلی", "خیلیییییی"}, {"لطفا", "لطفاااا"}, {"تورو خدا", "تورو خداااا"},
	{"واقعا", "واقعاااا"}, {"بدجوری", "بدجوریییی"}, {"هیچکس", "هیچکسسس"},
}

// apply types s the way w does.
func (w writer) apply(rng *rand.Rand, s string) string {
	if w.typos {
		for _, p := range typoPairs {
			if strings.Contains(s, p[0]) && rng.Float64() < 0.5 {
				s = strings.Replace(s, p[0], p[1], 1)
			}
		}
	}
	if w.stretch {
		for _, p := range stretchable {
			if strings.Contains(s, p[0]) && rng.Float64() < 0.6 {
				s = strings.Replace(s, p[0], p[1], 1)
				break
			}
		}
	}
	switch w.zwnj {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if w.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return digits(s, w.digits)
}
