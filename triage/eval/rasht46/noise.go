package rasht46

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// writer is how one request's words are typed: by an operator or the citizen, on which
// keyboard, with which habits. Words are built with "~" for ZWNJ and ASCII digits;
// finish writes them the writer's way.
type writer struct {
	r          *rand.Rand
	op         bool // an operator writes
	digits     int
	zwnj       int // 0 kept, 1 dropped, 2 a space
	arabic     int // 0 none, 1 ي and ك, 2 also final ى, 3 ي only
	misspell   bool
	stretch    bool
	tatweel    bool
	diacritics bool
	gilaki     bool
	finglish   bool
}

func (g *gen) writerFor(channel string) *writer {
	r := g.r
	w := &writer{r: r}
	if channel == "phone" || channel == "in_person" {
		// an operator types it; a third of the time close to the caller's own words
		w.op = true
		w.digits = pick(r, []float64{0.8, 0.17, 0.01, 0.02})
		w.zwnj = pick(r, []float64{0.7, 0.2, 0.1})
		if r.Float64() < 0.03 {
			w.arabic = 1
		}
		w.misspell = r.Float64() < 0.03
		w.diacritics = r.Float64() < 0.04
		w.tatweel = r.Float64() < 0.005
		return w
	}
	w.digits = pick(r, []float64{0.40, 0.45, 0.05, 0.10})
	w.zwnj = pick(r, []float64{0.35, 0.35, 0.30})
	if r.Float64() < 0.10 {
		w.arabic = 1 + pick(r, []float64{0.5, 0.3, 0.2})
	}
	w.misspell = r.Float64() < 0.125
	w.stretch = r.Float64() < 0.08
	w.tatweel = r.Float64() < 0.02
	w.diacritics = r.Float64() < 0.06
	w.gilaki = r.Float64() < 0.05
	w.finglish = r.Float64() < 0.06
	if w.finglish {
		w.digits = digitsLatin
	}
	return w
}

// finish writes s the writer's way. Stretching, tatweel and diacritics are for the text only.
func (w *writer) finish(s string, text bool) string {
	if s == "" {
		return s
	}
	if !w.finglish {
		if w.misspell {
			s = w.misspellings(s)
		}
		s = w.hamza(s)
		if text && w.diacritics {
			s = w.addDiacritics(s)
		}
		if text && w.stretch {
			s = w.stretchOne(s)
		}
		if text && w.tatweel {
			s = w.tatweelOne(s)
		}
		s = w.arabicLetters(s)
	}
	s = setDigits(s, w.digits, func() int { return w.r.IntN(3) })
	switch w.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "~", "")
	case 2:
		s = strings.ReplaceAll(s, "~", " ")
	default:
		s = strings.ReplaceAll(s, "~", "\u200c")
	}
	return s
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}, {"خیابان", "خیابون"}, {"خیابان", "خیابن"}, {"پیگیری", "پیگری"},
	{"مسئولین", "مسولین"}, {"مسئولین", "مسعولین"}, {"چراغ", "چراق"}, {"لطفا", "لطفن"}, {"اصلا", "اصلن"},
	{"تعمیر", "تمیر"}, {"فاضلاب", "فاظلاب"}, {"آشغال", "آشقال"}, {"جمع~آوری", "جمع اوری"}, {"منهول", "منحول"},
	{"لامپ", "لامب"}, {"تاریک", "تاریق"}, {"ترانس", "ترانص"}, {"خواهش", "خاهش"}, {"گذاشته", "گزاشته"},
	{"ضمنا", "زمنا"}, {"دریچه", "دریجه"}, {"آمبولانس", "امبولانس"}, {"نخاله", "نقاله"}, {"آبگرفتگی", "اب گرفتگی"},
	{"سرعتگیر", "سرعت گیر"}, {"خطرناک", "خطر ناک"}, {"بلوار", "بولوار"}, {"رسیدگی", "رسیدگى"}, {"اطلاع", "اطلائ"},
	{"ولگرد", "ولگرت"}, {"لوله", "لولع"}, {"آب ", "اب "}, {"پارکینگ", "پارکینک"}, {"کانال", "کانل"},
}

func (w *writer) misspellings(s string) string {
	n := 0
	for _, m := range misspellings {
		if strings.Contains(s, m[0]) && w.r.Float64() < 0.5 {
			s = strings.Replace(s, m[0], m[1], 1+w.r.IntN(2))
			n++
			if n == 3 {
				break
			}
		}
	}
	return s
}

// hamza forms and the izafe's ۀ: both ways are in use.
var hamzaForms = [][2]string{
	{"مسئول", "مسؤول"}, {"رئیس", "رییس"}, {"هیئت", "هیأت"}, {"مامور", "مأمور"}, {"تاخیر", "تأخیر"},
	{"تاسیسات", "تأسیسات"}, {"سوال", "سؤال"}, {"تاکید", "تأکید"}, {"کوچه ی ", "کوچهٔ "}, {"خانه ی ", "خانهٔ "},
	{"منطقه ", "منطقهٔ "}, {"جمع~آوری", "جمع~اوری"},
}

func (w *writer) hamza(s string) string {
	for _, h := range hamzaForms {
		if strings.Contains(s, h[0]) && w.r.Float64() < 0.3 {
			s = strings.Replace(s, h[0], h[1], 1)
		}
	}
	return s
}

var tanwin = [][2]string{{"لطفا", "لطفاً"}, {"فورا", "فوراً"}, {"حتما", "حتماً"}, {"واقعا", "واقعاً"}, {"کاملا", "کاملاً"},
	{"اصلا", "اصلاً"}, {"قبلا", "قبلاً"}, {"ضمنا", "ضمناً"}, {"تقریبا", "تقریباً"}, {"تشکر", "تشکّر"}, {"مجدد", "مجدّد"}}

func (w *writer) addDiacritics(s string) string {
	done := false
	for _, t := range tanwin {
		if strings.Contains(s, t[0]) && w.r.Float64() < 0.7 {
			s = strings.Replace(s, t[0], t[1], 1)
			done = true
		}
	}
	if !done || w.r.Float64() < 0.3 {
		// a kasra or a fatha where the writer hears it
		for _, m := range [][2]string{{"کوچه ", "کوچهِ "}, {"خیابان ", "خیابانِ "}, {"سلام", "سَلام"}} {
			if strings.Contains(s, m[0]) {
				return strings.Replace(s, m[0], m[1], 1)
			}
		}
	}
	return s
}

var stretchable = [][2]string{{"خیلی", "خیلییییی"}, {"لطفا", "لطفاااا"}, {"واقعا", "واقعااااا"}, {"تورو خدا", "تورووو خدا"},
	{"کسی", "کسیییی"}, {"هیچکس", "هیچکسسس"}, {"تاریکه", "تاریکههه"}, {"زیاد", "زیاااد"}, {"بو ", "بووووو "}, {"سلام", "سلاااام"}}

func (w *writer) stretchOne(s string) string {
	for _, st := range stretchable {
		if strings.Contains(s, st[0]) && w.r.Float64() < 0.6 {
			return strings.Replace(s, st[0], st[1], 1)
		}
	}
	return s + "!!!"
}

// tatweelOne stretches one word with ـ after a letter that joins the next.
func (w *writer) tatweelOne(s string) string {
	words := strings.Split(s, " ")
	var cand []int
	for i, wd := range words {
		rs := []rune(wd)
		if len(rs) >= 4 && joins(rs[0]) && isPersianLetter(rs[1]) && !strings.Contains(wd, "~") {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return s
	}
	i := cand[w.r.IntN(len(cand))]
	rs := []rune(words[i])
	words[i] = string(rs[0]) + strings.Repeat("ـ", 1+w.r.IntN(4)) + string(rs[1:])
	return strings.Join(words, " ")
}

func joins(c rune) bool {
	return isPersianLetter(c) && !strings.ContainsRune("اآدذرزژو", c)
}

func isPersianLetter(c rune) bool { return c >= 0x0621 && c <= 0x06CC && unicode.IsLetter(c) }

func (w *writer) arabicLetters(s string) string {
	if w.arabic == 0 {
		return s
	}
	if w.r.Float64() < 0.5 {
		s = strings.Replace(s, "منطقه", "منطقة", 1)
	}
	rs := []rune(s)
	for i, c := range rs {
		switch c {
		case 'ی':
			final := i+1 == len(rs) || !isPersianLetter(rs[i+1])
			if w.arabic == 2 && final {
				rs[i] = 'ى'
			} else {
				rs[i] = 'ي'
			}
		case 'ک':
			if w.arabic != 3 {
				rs[i] = 'ك'
			}
		}
	}
	return string(rs)
}
