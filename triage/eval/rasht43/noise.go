package rasht43

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// hand is how one writer's keyboard and habits change the words: digits, ZWNJ, Arabic
// letters, hamza, spelling, stretching.
type hand struct {
	digits  int // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	zwnj    int // 0 kept, 1 dropped, 2 a space
	arabic  int // 0 none, 1 ي and ك, 2 final ى and ك
	madda   bool
	hamza   bool
	typo    bool
	stretch bool
	tatweel bool
	marks   bool
	taMarb  bool
}

// newHand draws a writer's habits; operators type more carefully than citizens.
func newHand(r *rand.Rand, style string) hand {
	var h hand
	switch style {
	case "operator":
		h.digits = pick(r, []float64{0.62, 0.33, 0.02, 0.03})
		h.zwnj = pick(r, []float64{0.6, 0.3, 0.1})
		h.arabic = pick(r, []float64{0.95, 0.03, 0.02})
		h.typo = r.Float64() < 0.03
		h.hamza = r.Float64() < 0.05
		h.marks = r.Float64() < 0.05
	case "finglish":
		h.digits = 1
	default:
		h.digits = pick(r, []float64{0.42, 0.38, 0.08, 0.12})
		h.zwnj = pick(r, []float64{0.35, 0.4, 0.25})
		h.arabic = pick(r, []float64{0.9, 0.06, 0.04})
		h.madda = r.Float64() < 0.07
		h.hamza = r.Float64() < 0.08
		h.typo = r.Float64() < 0.1
		h.stretch = style != "formal" && r.Float64() < 0.18
		h.tatweel = r.Float64() < 0.03
		h.marks = r.Float64() < 0.06
		h.taMarb = h.arabic > 0 && r.Float64() < 0.3
	}
	return h
}

var (
	persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
	arabicDigits  = []rune("٠١٢٣٤٥٦٧٨٩")
)

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

// digitsIn writes every digit of s in the given style.
func digitsIn(r *rand.Rand, s string, style int) string {
	var b strings.Builder
	for _, c := range s {
		v := digitValue(c)
		if v < 0 {
			b.WriteRune(c)
			continue
		}
		st := style
		if st == 3 {
			st = r.IntN(3)
		}
		switch st {
		case 0:
			b.WriteRune(persianDigits[v])
		case 1:
			b.WriteByte(byte('0' + v))
		default:
			b.WriteRune(arabicDigits[v])
		}
	}
	return b.String()
}

var typos = [][2]string{
	{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}, {"فاضلاب", "فاظلاب"}, {"آشغال", "آشقال"}, {"لطفا", "لطفن"},
	{"خواهشمند", "خاهشمند"}, {"هرس", "حرس"}, {"حیاط", "حیات"}, {"خطرناک", "خطر ناک"}, {"برفروبی", "برف روبی"},
	{"سرعت‌گیر", "سرعتگیر"}, {"زباله", "زبالع"}, {"منهول", "منحول"}, {"ترمیم", "ترمین"}, {"ولگرد", "ولگرت"},
	{"مسدود", "مصدود"}, {"بارون", "بارن"}, {"اطلاعیه", "اطلایه"}, {"پیگیری", "پیگری"},
}

var hamzas = [][2]string{
	{"رضایی", "رضائی"}, {"پایین", "پائین"}, {"مسئول", "مسؤل"}, {"جرأت", "جرئت"}, {"مأمور", "مامور"},
	{"سؤال", "سوال"}, {"بابایی", "بابائی"}, {"رجایی", "رجائی"}, {"تأخیر", "تاخیر"}, {"هیئت", "هیات"},
}

var marks = [][2]string{
	{"لطفا", "لطفاً"}, {"فورا", "فوراً"}, {"حتما", "حتماً"}, {"کاملا", "کاملاً"}, {"اول", "اوّل"},
	{"قبلا", "قبلاً"}, {"ضمنا", "ضمناً"}, {"واقعا", "واقعاً"}, {"احتراما", "احتراماً"}, {"مجدد", "مُجدد"},
}

var stretchable = []string{"خیلی", "لطفا", "توروخدا", "تورو خدا", "چرا", "بابا", "ممنون", "سلام", "دیگه", "زود", "خسته"}

// apply writes s with the writer's habits.
func (h hand) apply(r *rand.Rand, s string) string {
	if h.typo {
		for _, i := range r.Perm(len(typos)) {
			if strings.Contains(s, typos[i][0]) {
				s = strings.Replace(s, typos[i][0], typos[i][1], 1)
				break
			}
		}
	}
	if h.hamza {
		for _, p := range hamzas {
			s = strings.ReplaceAll(s, p[0], p[1])
		}
	}
	if h.marks {
		for _, i := range r.Perm(len(marks)) {
			if strings.Contains(s, marks[i][0]) {
				s = strings.Replace(s, marks[i][0], marks[i][1], 1)
				break
			}
		}
	}
	if h.madda {
		s = strings.ReplaceAll(s, "آ", "ا")
	}
	if h.stretch {
		for _, i := range r.Perm(len(stretchable)) {
			w := stretchable[i]
			if j := strings.Index(s, w); j >= 0 {
				last, _ := utf8.DecodeLastRuneInString(w)
				s = s[:j+len(w)] + strings.Repeat(string(last), 2+r.IntN(5)) + s[j+len(w):]
				break
			}
		}
	}
	if h.tatweel {
		s = addTatweel(r, s)
	}
	switch h.zwnj {
	case 1:
		s = strings.ReplaceAll(s, "\u200c", "")
	case 2:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	switch h.arabic {
	case 1:
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	case 2:
		s = strings.ReplaceAll(s, "ک", "ك")
		s = finalYe(s)
	}
	if h.taMarb {
		s = strings.NewReplacer("منطقه", "منطقة", "اطلاعیه", "اطلاعية").Replace(s)
	}
	return digitsIn(r, s, h.digits)
}

// finalYe writes a word-final ی as ى.
func finalYe(s string) string {
	rs := []rune(s)
	for i, c := range rs {
		if (c == 'ی' || c == 'ي') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '،' || rs[i+1] == '.') {
			rs[i] = 'ى'
		}
	}
	return string(rs)
}

// joining letters take a tatweel after them.
const joining = "بپتثجچحخسشصضطظعغفقکگلمنهیئ"

func addTatweel(r *rand.Rand, s string) string {
	rs := []rune(s)
	var at []int
	for i := 0; i+1 < len(rs); i++ {
		if strings.ContainsRune(joining, rs[i]) && rs[i+1] != ' ' && rs[i+1] != '\u200c' && i > 0 && rs[i-1] != ' ' {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return s
	}
	i := at[r.IntN(len(at))]
	out := append([]rune{}, rs[:i+1]...)
	out = append(out, []rune(strings.Repeat("ـ", 1+r.IntN(4)))...)
	return string(append(out, rs[i+1:]...))
}

// tidy squeezes the spaces and punctuation left by empty places.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range [][2]string{{" ،", "،"}, {"،،", "،"}, {" .", "."}, {"..", "."}, {" ؟", "؟"}, {"( )", ""}, {"،.", "."}, {" ؛", "؛"}, {"؟.", "؟"}, {"!.", "!"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	s = strings.TrimLeft(s, "،؛ ")
	return strings.TrimSpace(s)
}
