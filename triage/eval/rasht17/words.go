package rasht17

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}

// cardinal spells 1..39 the way residents write them («بیست و چهار»).
func cardinal(n int) string {
	if n < 20 {
		return ones[n]
	}
	tens := map[int]string{2: "بیست", 3: "سی"}[n/10]
	if n%10 == 0 {
		return tens
	}
	return tens + " و " + ones[n%10]
}

// ordinal: «دوم», «سوم», «دوازدهم», «اول» for one.
func ordinal(n int) string {
	switch n {
	case 1:
		return "اول"
	case 3:
		return "سوم"
	case 30:
		return "سی‌ام"
	}
	c := cardinal(n)
	if strings.HasSuffix(c, "سه") {
		return strings.TrimSuffix(c, "سه") + "سوم"
	}
	return c + "م"
}

// number writes n as digits, most often, or as a word.
func number(r *rand.Rand, n int, wordShare float64, allowOrdinal bool) string {
	if r.Float64() >= wordShare || n > 39 {
		return itoa(n)
	}
	if allowOrdinal && r.IntN(2) == 0 {
		return ordinal(n)
	}
	return cardinal(n)
}

const zwnj = "\u200c"

// noise holds one writer's habits; a request is written with one noise.
type noise struct {
	digits   int // 0 Persian, 1 Latin, 2 Arabic-Indic
	zwnjMode int // 0 keep, 1 drop, 2 space
	arabic   bool
	stretch  bool
	misspell bool
}

func newNoise(r *rand.Rand, operator bool) noise {
	n := noise{}
	switch x := r.Float64(); {
	case operator && x < 0.75, !operator && x < 0.45:
		n.digits = 0
	case x < 0.9:
		n.digits = 1
	default:
		n.digits = 2
	}
	switch x := r.Float64(); {
	case operator && x < 0.8, !operator && x < 0.45:
		n.zwnjMode = 0
	case x < 0.85:
		n.zwnjMode = 1
	default:
		n.zwnjMode = 2
	}
	n.arabic = r.Float64() < 0.12
	if !operator {
		n.stretch = r.Float64() < 0.07
		n.misspell = r.Float64() < 0.12
	}
	return n
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"فاضلاب", "فاظلاب"}, {"لطفا", "لطفن"}, {"لطفا", "لطفأ"}, {"ساختمون", "ساختمان"},
	{"ساختمانی", "ساختمونی"}, {"روشنایی", "روشنائی"}, {"مجتمع", "مجتمه"}, {"زباله", "زباله"}, {"خیابون", "خیابان"},
	{"ولگرد", "ولگد"}, {"حتما", "حتمن"}, {"نخاله", "نخواله"}, {"اتوبوس", "اتوبس"}, {"گرفته", "گرفتع"},
	{"جمع‌آوری", "جمع آوری"}, {"رسیدگی", "رسیدگى"}, {"آبگرفتگی", "آب گرفتگی"}, {"منهول", "منحول"}, {"کارگاه", "کارگا"},
}

var stretchable = []struct{ word, letter string }{
	{"خیلی", "ی"}, {"لطفا", "ا"}, {"تاریکه", "ه"}, {"زیاده", "ه"}, {"قطعه", "ه"}, {"فوری", "ی"}, {"خرابه", "ه"},
	{"خطرناکه", "ه"}, {"بریده", "ه"}, {"ممنون", "ن"}, {"چرا", "ا"},
}

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// apply writes s in the writer's habits. Text noise (stretch, misspell) is applied only when
// free is true: an operator's address field is typed with care.
func (n noise) apply(r *rand.Rand, s string, free bool) string {
	if free && n.misspell {
		for _, i := range r.Perm(len(misspellings)) {
			m := misspellings[i]
			if strings.Contains(s, m[0]) {
				s = strings.Replace(s, m[0], m[1], 1)
				break
			}
		}
	}
	if free && n.stretch {
		done := false
		for _, i := range r.Perm(len(stretchable)) {
			st := stretchable[i]
			if strings.Contains(s, st.word) {
				s = strings.Replace(s, st.word, st.word+strings.Repeat(st.letter, 2+r.IntN(5)), 1)
				done = true
				break
			}
		}
		if !done && strings.HasSuffix(s, "ه") {
			s += strings.Repeat("ه", 2+r.IntN(4))
		}
	}
	switch n.zwnjMode {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if n.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if n.digits != 1 {
		set := persianDigits
		if n.digits == 2 {
			set = arabicDigits
		}
		var b strings.Builder
		for _, c := range s {
			if c >= '0' && c <= '9' {
				c = set[c-'0']
			}
			b.WriteRune(c)
		}
		s = b.String()
	}
	return s
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "سلام و عرض ادب"}
var pleas = []string{"لطفا رسیدگی کنید", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید", "خواهشا یه کاری بکنید",
	"تو رو خدا رسیدگی کنید", "با تشکر", "ممنون", "خیلی وقته گفتیم کسی جواب نمیده", "چند بار زنگ زدیم", "لطفا سریعتر"}

// durations say how long a problem has lasted; a writer picks one no longer than the episode.
var durations = []struct {
	text string
	days float64
}{{"از دیروز", 1}, {"از دیشب", 1}, {"دو روزه", 2}, {"چند روزه", 3}, {"یه هفته‌ست", 7}, {"دو هفته‌ست", 14},
	{"چند وقته", 14}, {"یک ماهه", 30}, {"چند ماهه", 60}}
