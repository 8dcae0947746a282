package rasht26

import (
	"math/rand/v2"
	"strings"
)

// keyboard is how one writer's keyboard and habits shape a text: ZWNJ, digits, Arabic
// letters. It is drawn once per request and applied to its text and address alike, except
// that an operator's address uses the desk's own habits.
type keyboard struct {
	zwnj   string // what "_" in a template becomes: ZWNJ, a space, or nothing
	arabic bool   // ي and ك from an Arabic layout
	digits int    // 0 Persian ۱۲, 1 Latin 12, 2 Arabic-Indic ١٢
}

func citizenKeyboard(r *rand.Rand) keyboard {
	k := keyboard{zwnj: pick(r, []string{"\u200c", "\u200c", " ", " ", " ", ""}), arabic: r.Float64() < 0.06}
	switch u := r.Float64(); {
	case k.arabic && u < 0.6:
		k.digits = 2
	case u < 0.45:
		k.digits = 0
	case u < 0.93:
		k.digits = 1
	default:
		k.digits = 2
	}
	return k
}

func operatorKeyboard(r *rand.Rand) keyboard {
	k := keyboard{zwnj: "\u200c", arabic: r.Float64() < 0.02}
	if u := r.Float64(); u < 0.2 {
		k.zwnj = " "
	} else if u < 0.25 {
		k.zwnj = ""
	}
	if u := r.Float64(); u < 0.35 {
		k.digits = 1
	} else if u < 0.38 {
		k.digits = 2
	}
	return k
}

func (k keyboard) apply(s string) string {
	if k.zwnj == "" {
		// nobody writes «زبالهها»: without a ZWNJ key a ه before ها gets a space
		s = strings.ReplaceAll(s, "ه_", "ه ")
	}
	s = strings.ReplaceAll(s, "_", k.zwnj)
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9' && k.digits == 0:
			c = '۰' + (c - '0')
		case c >= '0' && c <= '9' && k.digits == 2:
			c = '٠' + (c - '0')
		case c >= '۰' && c <= '۹' && k.digits == 1:
			c = '0' + (c - '۰')
		case c >= '۰' && c <= '۹' && k.digits == 2:
			c = '٠' + (c - '۰')
		case k.arabic && c == 'ی':
			c = 'ي'
		case k.arabic && c == 'ک':
			c = 'ك'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// misspellings are the ones 137 texts are full of.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"لطفا", "لطفن"}, {"مسئولین", "مسولین"}, {"درخواست", "درخاست"}, {"خواهشا", "خاهشا"},
	{"حیاط", "حیات"}, {"آمبولانس", "امبولانس"}, {"فاضلاب", "فاضلاپ"}, {"روشنایی", "روشنائی"}, {"آب ", "اب "},
	{"آشغال", "اشغال"}, {"مدرسه", "مدرسع"}, {"خطرناک", "خطرناگ"}, {"اذیت", "اذیط"},
	{"رسیدگی", "رسیدگى"}, {"خراب", "خارب"}, {"چاله", "چال"}, {"آتیش", "اتیش"}, {"آسیب", "اسیب"},
}

func misspell(r *rand.Rand, s string, rate float64) string {
	for _, m := range misspellings {
		if strings.Contains(s, m[0]) && r.Float64() < rate {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretch repeats a letter the way an angry or pleading writer does («خیلییییی», «لطفاااا»).
func stretch(r *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "خواهشا", "زود", "تاریکه", "خرابه", "کثیفه", "آبه", "تو رو خدا"} {
		if i := strings.Index(s, w); i >= 0 {
			rs := []rune(w)
			last := string(rs[len(rs)-1])
			return s[:i] + w + strings.Repeat(last, 2+r.IntN(5)) + s[i+len(w):]
		}
	}
	return strings.TrimRight(s, ". ") + strings.Repeat("!", 2+r.IntN(4))
}

var citizenOpen = []string{"سلام", "سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام لطفا", "باسلام"}
var citizenClose = []string{"لطفا رسیدگی کنید", "ممنون", "لطفا پیگیری کنید", "خواهشا زودتر", "ممنون میشم رسیدگی کنید",
	"چند بار هم زنگ زدیم، کسی جواب نداد", "مسئولین محترم رسیدگی کنند", "واقعا خسته شدیم", "با تشکر", "تو رو خدا یه کاری کنید",
	"کسی نیست جواب بده؟", "عوارض میدیم برای همین؟"}
var operatorOpen = []string{"", "", "", "", "تماس_گیرنده: ", "متقاضی: ", "موضوع: ", "شهروند: "}
var operatorClose = []string{"", "", "", "", "درخواست رسیدگی فوری دارد.", "(تماس مکرر)", "لطفا اقدام شود.", "شهروند ناراضی است.", "شهروند خواستار پیگیری است."}

// asides are what citizens add whatever the problem is.
var asides = []string{"همسایه_ها هم شاکی_ان", "بچه_ها از اینجا میرن مدرسه", "سالمندا نمی_تونن رد شن", "دفعه قبل هم گفتیم",
	"کسی نیومد ببینه", "عکسش رو هم فرستادم", "چند بار به شهرداری ناحیه گفتیم", "هیچکس جواب نمیده", "آخه تا کی؟",
	"شب_ها وضع بدتره", "این وضع درست نیست"}
