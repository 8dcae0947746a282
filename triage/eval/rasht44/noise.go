package rasht44

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// style is how one writer types: keyboard, digits, ZWNJ, spelling and temper.
type style struct {
	arabic    int // 0 Persian letters; 1 Arabic ي and ك throughout; 2 Arabic ي, final ى, now and then
	digits    int // 0 Persian ۰-۹; 1 Latin; 2 Arabic-Indic ٠-٩; 3 mixed
	zwnj      int // 0 kept; 1 dropped; 2 a space; 3 any of these
	misspell  float64
	stretch   bool
	diacritic float64
	tatweel   float64
	hamza     bool
	gilaki    bool
	finglish  bool
}

const (
	digitsPersian = iota
	digitsLatin
	digitsArabic
	digitsMixed
)

// operator is one of the 137 call centre's operators, with the habits of their keyboard.
type operator struct {
	n  int
	st style
}

// operators seats the nine operators and counter clerks of the year: two type on an
// Arabic layout, some use Latin digits, most drop or space the ZWNJ.
func (g *gen) operators() {
	habits := []style{
		{arabic: 1, digits: digitsArabic, zwnj: 1},
		{arabic: 2, digits: digitsMixed, zwnj: 2, diacritic: 0.1},
		{digits: digitsPersian, zwnj: 0, hamza: true},
		{digits: digitsLatin, zwnj: 1, misspell: 0.03},
		{digits: digitsPersian, zwnj: 2},
		{digits: digitsLatin, zwnj: 3, tatweel: 0.05},
		{digits: digitsPersian, zwnj: 0, diacritic: 0.2},
		{digits: digitsMixed, zwnj: 1, misspell: 0.05},
		{digits: digitsPersian, zwnj: 3},
	}
	for i, h := range habits {
		g.ops = append(g.ops, &operator{n: i, st: h})
	}
}

// citizenStyle draws how a citizen writes in the app or on the web.
func citizenStyle(r *rand.Rand, channel string) style {
	var s style
	switch u := r.Float64(); {
	case u < 0.04:
		s.arabic = 1
	case u < 0.08:
		s.arabic = 2
	}
	switch u := r.Float64(); {
	case u < 0.50:
		s.digits = digitsPersian
	case u < 0.78:
		s.digits = digitsLatin
	case u < 0.82:
		s.digits = digitsArabic
	default:
		s.digits = digitsMixed
	}
	switch u := r.Float64(); {
	case u < 0.35:
		s.zwnj = 0
	case u < 0.70:
		s.zwnj = 1
	case u < 0.90:
		s.zwnj = 2
	default:
		s.zwnj = 3
	}
	switch u := r.Float64(); {
	case u < 0.10:
		s.misspell = 0.4
	case u < 0.40:
		s.misspell = 0.15
	}
	s.stretch = r.Float64() < 0.14
	if r.Float64() < 0.10 {
		s.diacritic = 0.5
	}
	if r.Float64() < 0.03 {
		s.tatweel = 0.5
	}
	s.hamza = r.Float64() < 0.15
	s.gilaki = r.Float64() < 0.10
	s.finglish = (channel == "app" || channel == "web") && r.Float64() < 0.045
	return s
}

var misspellings = []struct {
	from, to string
	rate     float64 // relative to the writer's misspelling rate
}{
	{"آسفالت", "اسفالت", 1},
	{"کوچه", "کوچع", 0.25},
	{"زباله", "ذباله", 0.6},
	{"فاضلاب", "فاظلاب", 0.6},
	{"قطع", "غطع", 0.4},
	{"لطفا", "لطفن", 0.8},
	{"پیگیری", "پیگری", 0.6},
	{"خیابان", "خیابون", 0.8},
	{"آشغال", "آشقال", 0.7},
	{"حیاط", "حیات", 1},
	{"مسئولین", "مسولین", 1},
	{"خواهش", "خاهش", 0.5},
	{"سرعت‌گیر", "صرعت گیر", 0.3},
	{"چاله", "چال", 0.3},
	{"موزاییک", "موزائیک", 0.8},
	{"لاشه", "لاشع", 0.2},
}

var hamzaForms = []struct{ from, to string }{
	{"مسئولین", "مسؤولین"},
	{"مسئولین", "مسوولین"},
	{"جرات", "جرئت"},
	{"جرات", "جرأت"},
	{"مامور", "مأمور"},
	{"تاخیر", "تأخیر"},
	{"موزاییک", "موزائیک"},
	{"تاسف", "تأسف"},
}

var diacriticForms = []struct{ from, to string }{
	{"لطفا", "لطفاً"}, {"کاملا", "کاملاً"}, {"فورا", "فوراً"}, {"حتما", "حتماً"}, {"واقعا", "واقعاً"},
	{"اصلا", "اصلاً"}, {"تشکر", "تشکّر"}, {"کوچه ", "کوچهٔ "}, {"آسفالت ", "آسفالتِ "}, {"مدت", "مدّت"},
}

var stretchForms = []struct{ from, to string }{
	{"خیلی", "خیلیییی"}, {"خیلی", "خیلییییییی"}, {"لطفا", "لطفاااا"}, {"سلام", "سلاااام"},
	{"واقعا", "واقعاااا"}, {"!", "!!!"}, {"؟", "؟؟؟"}, {"تاریکه", "تاریکهههه"},
}

var tatweelForms = []struct{ from, to string }{
	{"سلام", "ســلام"}, {"لطفا", "لطفـــا"}, {"تشکر", "تشـــکر"}, {"باسپاس", "باسپـــاس"}, {"شهرداری", "شهـــرداری"},
}

// replaceSome replaces each occurrence of from with to with probability p.
func replaceSome(r *rand.Rand, s, from, to string, p float64) string {
	if p <= 0 || !strings.Contains(s, from) {
		return s
	}
	parts := strings.Split(s, from)
	var b strings.Builder
	for i, part := range parts {
		if i > 0 {
			if r.Float64() < p {
				b.WriteString(to)
			} else {
				b.WriteString(from)
			}
		}
		b.WriteString(part)
	}
	return b.String()
}

// noisy types s the way st's writer would.
func noisy(r *rand.Rand, s string, st style) string {
	if st.finglish {
		return latinDigits(s)
	}
	for _, m := range misspellings {
		s = replaceSome(r, s, m.from, m.to, st.misspell*m.rate)
	}
	if st.hamza {
		for _, h := range hamzaForms {
			s = replaceSome(r, s, h.from, h.to, 0.5)
		}
	}
	if st.stretch {
		for _, f := range stretchForms {
			s = replaceSome(r, s, f.from, f.to, 0.6)
		}
	}
	for _, d := range diacriticForms {
		s = replaceSome(r, s, d.from, d.to, st.diacritic)
	}
	for _, t := range tatweelForms {
		s = replaceSome(r, s, t.from, t.to, st.tatweel)
	}
	switch st.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", "")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", " ")
	case 3:
		s = replaceSome(r, s, "\u200c", "", 0.4)
		s = replaceSome(r, s, "\u200c", " ", 0.3)
	}
	switch st.arabic {
	case 1:
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
		s = replaceSome(r, s, "ه ", "ة ", 0.05)
	case 2:
		s = finalYe(r, s)
		s = replaceSome(r, s, "ی", "ي", 0.5)
	}
	return digits(r, s, st.digits)
}

// finalYe writes some word-final ی as the Arabic alef maksura ى.
func finalYe(r *rand.Rand, s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, c := range rs {
		if c == 'ی' && (i == len(rs)-1 || !isLetter(rs[i+1])) && r.Float64() < 0.5 {
			b.WriteRune('ى')
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isLetter(c rune) bool { return c >= 0x0621 && c <= 0x06D3 || c == 0x200c }

// digits rewrites the Persian digits of s in the writer's digits.
func digits(r *rand.Rand, s string, mode int) string {
	if mode == digitsPersian {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	run := -1 // the style of the current run of digits
	for _, c := range s {
		if c < '۰' || c > '۹' {
			run = -1
			b.WriteRune(c)
			continue
		}
		if run < 0 {
			run = mode
			if mode == digitsMixed {
				run = []int{digitsPersian, digitsLatin, digitsLatin, digitsArabic}[r.IntN(4)]
			}
		}
		switch run {
		case digitsLatin:
			b.WriteRune('0' + (c - '۰'))
		case digitsArabic:
			b.WriteRune('٠' + (c - '۰'))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func latinDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '۰' && c <= '۹' {
			c = '0' + (c - '۰')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// fa writes n in Persian digits.
func fa(n int) string {
	s := []rune(itoa(n))
	for i, c := range s {
		if c >= '0' && c <= '9' {
			s[i] = '۰' + (c - '0')
		}
	}
	return string(s)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

var (
	ones  = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"}
	teens = []string{"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
	tens  = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
)

// cardinal is n (1..99) in words: «دوازده», «بیست و سه».
func cardinal(n int) string {
	switch {
	case n <= 0 || n >= 100:
		return fa(n)
	case n < 10:
		return ones[n]
	case n < 20:
		return teens[n-10]
	case n%10 == 0:
		return tens[n/10]
	}
	return tens[n/10] + " و " + ones[n%10]
}

// ordinal is n (1..99) as an ordinal word: «اول», «دوازدهم», «بیست و سوم», «سی‌ام».
func ordinal(n int) string {
	if n == 1 {
		return "اول"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + "\u200cام"
	case n <= 0 || n >= 100:
		return c
	}
	return c + "م"
}

// truncate cuts s to n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
