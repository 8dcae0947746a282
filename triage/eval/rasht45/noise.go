package rasht45

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// style is how one writer's keyboard and habits change the words (README: "Noise").
type style struct {
	arabic   bool // an operator keyboard with Arabic ي and ك
	maksura  bool // final ى for ی
	zwnj     int  // 0 kept, 1 dropped, 2 a space
	digits   int  // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	misspell float64
	stretch  bool
	diacr    bool
	tatweel  bool
	hamza    bool
}

func newStyle(r *rand.Rand, channel string, fing bool) style {
	s := style{}
	operator := channel == "phone" || channel == "in_person"
	if operator {
		s.arabic = r.Float64() < 0.18
		s.digits = pickW(r, []float64{0.55, 0.3, 0.08, 0.07})
		s.zwnj = pickW(r, []float64{0.55, 0.25, 0.2})
		s.misspell = 0.03
	} else {
		s.arabic = r.Float64() < 0.03
		s.digits = pickW(r, []float64{0.45, 0.35, 0.08, 0.12})
		s.zwnj = pickW(r, []float64{0.3, 0.45, 0.25})
		s.misspell = 0.12
		s.stretch = r.Float64() < 0.08
	}
	if fing {
		s.digits = 1
	}
	s.maksura = !s.arabic && r.Float64() < 0.02
	s.diacr = r.Float64() < 0.05
	s.tatweel = r.Float64() < 0.015
	s.hamza = r.Float64() < 0.25
	return s
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}, {"زباله", "ذباله"}, {"فاضلاب", "فاظلاب"}, {"خواهش", "خاهش"},
	{"لطفا", "لطفن"}, {"چراغ", "چراق"}, {"اتوبوس", "اتوبوص"}, {"منهول", "منحول"}, {"نخاله", "نخواله"},
	{"تعفن", "تعفون"}, {"خیابان", "خیابون"}, {"آب\u200cگرفتگی", "آبگرفتگی"}, {"سم\u200cپاشی", "سمپاشی"},
	{"رسیدگی", "رسیدگي"}, {"بن\u200cبست", "بمبست"}, {"حفاری", "حفاري"}, {"ترمیم", "ترمیمم"}, {"مخزن", "مخذن"},
	{"منطقه", "منطقة"}, {"درخواست", "در خواست"}, {"پیاده\u200cرو", "پیادرو"},
}

var hamzas = [][2]string{
	{"مسئول", "مسؤول"}, {"مسئول", "مسول"}, {"پایین", "پائین"}, {"جزئی", "جزیی"}, {"تاخیر", "تأخیر"},
	{"مامور", "مأمور"}, {"رئیس", "رییس"}, {"تاسیسات", "تأسیسات"}, {"هیئت", "هیات"}, {"شئون", "شؤون"},
	{"لطفا", "لطفاً"}, {"حتما", "حتماً"}, {"فورا", "فوراً"}, {"کاملا", "کاملاً"}, {"اصلا", "اصلاً"},
}

var stretchable = []string{"خیلی", "لطفا", "ممنون", "تروخدا", "تو رو خدا", "افتضاحه", "خرابه", "کثیفه", "تاریکه", "بده"}

var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")
var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")

func digitValue(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= '۰' && c <= '۹':
		return int(c - '۰')
	case c >= '٠' && c <= '٩':
		return int(c - '٠')
	}
	return -1
}

// digitsIn writes every digit in the writer's digit style; "mixed" picks a style per number.
func digitsIn(s string, mode int, r *rand.Rand) string {
	var b strings.Builder
	cur := mode
	inNum := false
	for _, c := range s {
		v := digitValue(c)
		if v < 0 {
			inNum = false
			b.WriteRune(c)
			continue
		}
		if !inNum && mode == 3 {
			cur = r.IntN(3)
		}
		inNum = true
		switch cur {
		case 0:
			b.WriteRune(persianDigits[v])
		case 1:
			b.WriteRune(rune('0' + v))
		default:
			b.WriteRune(arabicDigits[v])
		}
	}
	return b.String()
}

// noisy applies one writer's style to a text.
func noisy(s string, st style, r *rand.Rand) string {
	for _, m := range misspellings {
		if r.Float64() < st.misspell && strings.Contains(s, m[0]) {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	if st.hamza {
		for _, h := range hamzas {
			if strings.Contains(s, h[0]) && r.Float64() < 0.5 {
				s = strings.ReplaceAll(s, h[0], h[1])
			}
		}
	}
	if st.stretch {
		for _, w := range stretchable {
			if strings.Contains(s, w) {
				rs := []rune(w)
				last := string(rs[len(rs)-1])
				s = strings.Replace(s, w, w+strings.Repeat(last, 2+r.IntN(4)), 1)
				break
			}
		}
	}
	if st.diacr {
		s = diacritics(s, r)
	}
	if st.tatweel {
		s = tatweel(s, r)
	}
	switch st.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", "")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if st.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	} else if st.maksura {
		s = finalMaksura(s)
	}
	return digitsIn(s, st.digits, r)
}

// diacritics adds a few short vowels and a shadda to the words.
func diacritics(s string, r *rand.Rand) string {
	rep := strings.NewReplacer("خراب", "خَراب", "کوچه", "کوچِه", "تشکر", "تَشَکُّر", "محترم", "مُحتَرَم", "بچه", "بَچّه")
	if r.Float64() < 0.7 {
		return rep.Replace(s)
	}
	return strings.Replace(s, "مسئول", "مَسئول", 1)
}

// tatweel stretches one word with kashida.
func tatweel(s string, r *rand.Rand) string {
	for _, w := range []string{"خیلی", "لطفا", "فوری", "کوچه", "زباله", "خراب"} {
		if strings.Contains(s, w) {
			rs := []rune(w)
			return strings.Replace(s, w, string(rs[:2])+strings.Repeat("ـ", 1+r.IntN(3))+string(rs[2:]), 1)
		}
	}
	return s
}

// finalMaksura writes a word-final ی as ى.
func finalMaksura(s string) string {
	rs := []rune(s)
	for i, c := range rs {
		if c == 'ی' && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])) {
			rs[i] = 'ى'
		}
	}
	return string(rs)
}
