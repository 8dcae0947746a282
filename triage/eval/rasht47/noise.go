package rasht47

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// hand is how one writer types: an operator at the 137 desk or a citizen in the app, on a
// Persian or an Arabic keyboard, with their digits and their habits.
type hand struct {
	operator   bool
	latin      bool // Finglish
	arabic     int  // 0 Persian keyboard, 1 Arabic ي/ك throughout, 2 in some words
	digits     int  // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	zwnj       int  // 0 kept, 1 dropped (joined), 2 a space
	stretch    bool
	misspell   bool
	diacritics bool
	tatweel    bool
	gilaki     bool
	comma      string
}

func newHand(r *rand.Rand, channel string) hand {
	h := hand{}
	h.operator = (channel == "phone" || channel == "in_person") && r.Float64() < 0.93
	if !h.operator && channel == "app" && r.Float64() < 0.05 {
		h.latin = true
		h.digits = 1
		h.stretch = r.Float64() < 0.1
		h.comma = ", "
		return h
	}
	switch u := r.Float64(); {
	case u < 0.55:
		h.digits = 0
	case u < 0.83:
		h.digits = 1
	case u < 0.90:
		h.digits = 2
	default:
		h.digits = 3
	}
	switch u := r.Float64(); {
	case u < 0.45:
		h.zwnj = 0
	case u < 0.70:
		h.zwnj = 1
	default:
		h.zwnj = 2
	}
	switch u := r.Float64(); {
	case u < 0.09:
		h.arabic = 1
	case u < 0.12:
		h.arabic = 2
	}
	if h.operator {
		h.misspell = r.Float64() < 0.06
		h.diacritics = r.Float64() < 0.02
		h.tatweel = r.Float64() < 0.01
	} else {
		h.stretch = r.Float64() < 0.07
		h.misspell = r.Float64() < 0.16
		h.diacritics = r.Float64() < 0.04
		h.tatweel = r.Float64() < 0.03
		h.gilaki = r.Float64() < 0.06
	}
	switch u := r.Float64(); {
	case u < 0.6:
		h.comma = "، "
	case u < 0.8:
		h.comma = ", "
	case u < 0.9:
		h.comma = " - "
	default:
		h.comma = " "
	}
	return h
}

// misspellings: what people actually type for a word (the left side is searched for).
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}, {"کوچه", "کوچه ی"}, {"خیابان", "خیابون"}, {"لطفا", "لطفن"},
	{"آشغال", "اشغال"}, {"آبگرفتگی", "اب گرفتگی"}, {"خواهشمندم", "خاهشمندم"}, {"منهول", "منحول"},
	{"فاضلاب", "فازلاب"}, {"ضیابری", "ظیابری"}, {"بیستون", "بیسطون"}, {"تعفن", "تعفون"}, {"اطلاع", "اطلاء"},
	{"صبح", "سبح"}, {"حیاط", "حیات"}, {"ترکیده", "ترکیدع"}, {"سطل", "صطل"}, {"چاله", "چالع"},
	{"هرس", "حرس"}, {"درخواست", "درخاست"}, {"پیگیری", "پیگری"}, {"خراب", "خراپ"}, {"پارکینگ", "پارکینک"},
	{"شهرداری", "شهردرای"}, {"رسیدگی", "رسیدگیی"}, {"آسفالت", "آصفالت"}, {"خطرناک", "خطرناکه"},
	{"تاریک", "تاریگ"}, {"زباله", "ذباله"}, {"مخابرات", "مخابرت"}, {"ساختمون", "ساختمان"}, {"نانوایی", "نونوایی"},
	{"آج~بیشه", "آجبیشه"}, {"استادسرا", "اوستادسرا"}, {"منظریه", "منظریع"}, {"کنید", "کنین"},
}

// hamzaForms: one spelling and the others in use.
var hamzaForms = [][]string{
	{"مسئول", "مسوول", "مسؤول", "مسول"},
	{"تأخیر", "تاخیر"},
	{"مأمور", "مامور"},
	{"رئیس", "رییس"},
	{"رجایی", "رجائی"},
	{"پاییز", "پائیز"},
	{"اطلاعیه~ای", "اطلاعیه~ئی", "اطلاعیه ای"},
	{"منطقه 2", "منطقهٔ 2", "منطقه~ی 2", "منطقه ۲"},
	{"هیئت", "هیأت", "هیات"},
}

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// noisy writes s as hand h would; text is false for the address field, which people keep plainer.
func noisy(r *rand.Rand, s string, h hand, text bool) string {
	s = strings.ReplaceAll(s, "\u200c", "~")
	if h.latin {
		if text && h.stretch {
			s = stretch(r, s)
		}
		return strings.ReplaceAll(s, "~", "")
	}
	if h.misspell {
		n := 1 + r.IntN(2)
		for i := 0; i < n; i++ {
			m := misspellings[r.IntN(len(misspellings))]
			if strings.Contains(s, m[0]) {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
		// one sure hit: the commonest slips
		for _, m := range [][2]string{{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}} {
			if strings.Contains(s, m[0]) && r.Float64() < 0.3 {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
	}
	for _, forms := range hamzaForms {
		if strings.Contains(s, forms[0]) && r.Float64() < 0.5 {
			s = strings.ReplaceAll(s, forms[0], forms[1+r.IntN(len(forms)-1)])
		}
	}
	if text && h.stretch {
		s = stretch(r, s)
	}
	if text && h.diacritics {
		s = diacritics(r, s)
	}
	if text && h.tatweel {
		s = tatweel(r, s)
	}
	s = zwnj(r, s, h.zwnj)
	s = digits(r, s, h.digits)
	switch h.arabic {
	case 1:
		s = arabicKeyboard(r, s, 1)
	case 2:
		s = arabicKeyboard(r, s, 0.35)
	}
	return s
}

func zwnj(r *rand.Rand, s string, style int) string {
	var b strings.Builder
	for _, c := range s {
		if c != '~' {
			b.WriteRune(c)
			continue
		}
		st := style
		if r.Float64() < 0.15 { // nobody is consistent
			st = r.IntN(3)
		}
		switch st {
		case 0:
			b.WriteRune('\u200c')
		case 2:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func digits(r *rand.Rand, s string, style int) string {
	var b strings.Builder
	st := style
	inRun := false
	for _, c := range s {
		if c >= '0' && c <= '9' {
			if !inRun && style == 3 {
				st = r.IntN(3)
			}
			inRun = true
			switch st {
			case 0:
				b.WriteRune(persianDigits[c-'0'])
			case 2:
				b.WriteRune(arabicDigits[c-'0'])
			default:
				b.WriteRune(c)
			}
			continue
		}
		inRun = false
		b.WriteRune(c)
	}
	return b.String()
}

func isPersianLetter(c rune) bool { return c >= 0x0621 && c <= 0x06FF && unicode.IsLetter(c) }

// arabicKeyboard turns ی and ک into ي and ك in a share of the words, a final ی sometimes into
// ى and, rarely, a final ه into ة.
func arabicKeyboard(r *rand.Rand, s string, share float64) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if r.Float64() >= share {
			continue
		}
		rs := []rune(w)
		for j, c := range rs {
			last := j == len(rs)-1 || !isPersianLetter(rs[j+1])
			switch c {
			case 'ی':
				if last && r.Float64() < 0.3 {
					rs[j] = 'ى'
				} else {
					rs[j] = 'ي'
				}
			case 'ک':
				rs[j] = 'ك'
			case 'ه':
				if last && j > 1 && r.Float64() < 0.06 {
					rs[j] = 'ة'
				}
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

var stretchable = map[rune]bool{'ی': true, 'ا': true, 'و': true, 'ه': true, 'ن': true, 'د': true, 'ر': true,
	'i': true, 'e': true, 'a': true, 'o': true}

// stretch draws out one word («خیلییییی») and sometimes the end of the sentence.
func stretch(r *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	var cands []int
	for i, w := range words {
		rs := []rune(w)
		if len(rs) >= 3 && stretchable[rs[len(rs)-1]] {
			cands = append(cands, i)
			if w == "خیلی" || w == "kheyli" {
				cands = append(cands, i, i, i, i)
			}
		}
	}
	if len(cands) > 0 {
		i := cands[r.IntN(len(cands))]
		rs := []rune(words[i])
		last := rs[len(rs)-1]
		words[i] = words[i] + strings.Repeat(string(last), 2+r.IntN(5))
	}
	s = strings.Join(words, " ")
	if r.Float64() < 0.4 {
		s = strings.TrimRight(s, ".!؟ ") + []string{"!!!", "!!", "؟؟؟", "..."}[r.IntN(4)]
	}
	return s
}

var marks = []string{"\u064E", "\u0650", "\u064F", "\u0651"}

func diacritics(r *rand.Rand, s string) string {
	s = strings.Replace(s, "لطفا", "لطفاً", 1)
	s = strings.Replace(s, "ضمنا", "ضمناً", 1)
	rs := []rune(s)
	n := 1 + r.IntN(3)
	for k := 0; k < n && len(rs) > 0; k++ {
		i := r.IntN(len(rs))
		if !isPersianLetter(rs[i]) || (i+1 < len(rs) && rs[i+1] >= 0x064B && rs[i+1] <= 0x0652) {
			continue
		}
		m := []rune(marks[r.IntN(len(marks))])
		rs = append(rs[:i+1], append(m, rs[i+1:]...)...)
	}
	return string(rs)
}

var nonJoining = map[rune]bool{'ا': true, 'آ': true, 'د': true, 'ذ': true, 'ر': true, 'ز': true, 'ژ': true, 'و': true}

func tatweel(r *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	var cands []int
	for i, w := range words {
		rs := []rune(w)
		if len(rs) >= 4 && isPersianLetter(rs[1]) && !nonJoining[rs[1]] && isPersianLetter(rs[2]) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return s
	}
	i := cands[r.IntN(len(cands))]
	rs := []rune(words[i])
	words[i] = string(rs[:2]) + strings.Repeat("ـ", 1+r.IntN(4)) + string(rs[2:])
	return strings.Join(words, " ")
}
