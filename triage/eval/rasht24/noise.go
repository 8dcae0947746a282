package rasht24

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// voice is how one writer writes: digits, ZWNJ habit, keyboard, care. Each request gets
// its own, drawn from its channel: an operator types more carefully than a thumb on a bus.
type voice struct {
	r        *rand.Rand
	digitSet int // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	zwnj     int // 0 ZWNJ, 1 none, 2 a space, 3 mixed
	arabic   bool
	sloppy   float64 // chance of a misspelling per known word
	repeats  float64 // chance of a stretched word («خیلییییی»)
}

func newVoice(r *rand.Rand, channel string) *voice {
	v := &voice{r: r}
	switch channel {
	case "phone", "in_person": // the 137 operator's or the clerk's keyboard
		v.digitSet = weighted(r, []float64{0.7, 0.22, 0.03, 0.05})
		v.zwnj = weighted(r, []float64{0.5, 0.3, 0.12, 0.08})
		v.arabic = r.Float64() < 0.08
		v.sloppy = 0.08
	case "web":
		v.digitSet = weighted(r, []float64{0.55, 0.35, 0.04, 0.06})
		v.zwnj = weighted(r, []float64{0.35, 0.35, 0.2, 0.1})
		v.arabic = r.Float64() < 0.15
		v.sloppy, v.repeats = 0.15, 0.03
	default: // app
		v.digitSet = weighted(r, []float64{0.5, 0.38, 0.04, 0.08})
		v.zwnj = weighted(r, []float64{0.15, 0.5, 0.25, 0.1})
		v.arabic = r.Float64() < 0.14
		v.sloppy, v.repeats = 0.3, 0.12
	}
	return v
}

func weighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	u := r.Float64() * total
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

func (v *voice) pick(s []string) string { return s[v.r.IntN(len(s))] }

const (
	persianDigits = "۰۱۲۳۴۵۶۷۸۹"
	arabicDigits  = "٠١٢٣٤٥٦٧٨٩"
)

func (v *voice) digits(ascii string) string {
	set := v.digitSet
	if set == 3 {
		set = v.r.IntN(3)
	}
	var table []rune
	switch set {
	case 0:
		table = []rune(persianDigits)
	case 2:
		table = []rune(arabicDigits)
	default:
		return ascii
	}
	var b strings.Builder
	for _, c := range ascii {
		if c >= '0' && c <= '9' {
			b.WriteRune(table[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// finish turns the "_" of templates into the writer's ZWNJ habit and applies the keyboard.
func (v *voice) finish(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c != '_' && c != '\u200c' {
			b.WriteRune(c)
			continue
		}
		z := v.zwnj
		if z == 3 {
			z = v.r.IntN(3)
		}
		switch z {
		case 0:
			b.WriteRune('\u200c')
		case 2:
			b.WriteRune(' ')
		}
	}
	s = b.String()
	if v.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return s
}

// misspellings are the slips seen in citizens' texts, each word with what it becomes.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"}, {"آشغال", "اشغال"}, {"خیابان", "خیابون"},
	{"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"متاسفانه", "متعسفانه"}, {"خواهشمند", "خاهشمند"},
	{"آبگرفتگی", "آب گرفتگی"}, {"آبگرفتگی", "اب گرفتگی"}, {"سرعتگیر", "سرعت گیر"}, {"پیاده_رو", "پیادرو"},
	{"هست", "هس"}, {"فاضلاب", "فاظلاب"}, {"مسئول", "مسول"}, {"آب", "اب"},
	{"ولگرد", "ولگد"}, {"اینجا", "اینجاا"}, {"رسیدگی", "رسیدگى"}, {"ترمیم", "ترمییم"}, {"نخاله", "نخال"},
}

// slip applies misspellings to whole words of a template before its ZWNJs are decided.
func (v *voice) slip(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		for _, m := range misspellings {
			if strings.TrimRight(w, "،.؟!") == m[0] && v.r.Float64() < v.sloppy {
				words[i] = m[1] + w[len(m[0]):]
				break
			}
		}
	}
	return strings.Join(words, " ")
}

// stretch repeats the last letter of one word, the way people shout in writing.
func (v *voice) stretch(s string) string {
	if v.r.Float64() >= v.repeats {
		return s
	}
	words := strings.Split(s, " ")
	var cand []int
	for i, w := range words {
		if stretchy[w] {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return s + v.pick([]string{" خیلییییی بده", " توروخداااا", "!!!", " لطفااااا"})
	}
	i := cand[v.r.IntN(len(cand))]
	last, _ := utf8.DecodeLastRuneInString(words[i])
	if last == 'ی' && words[i] != "خیلی" {
		return s
	}
	words[i] += strings.Repeat(string(last), 2+v.r.IntN(4))
	return strings.Join(words, " ")
}

// stretchy are the words people stretch: feelings, not names.
var stretchy = map[string]bool{"خیلی": true, "لطفا": true, "توروخدا": true, "چرا": true, "داغونه": true,
	"خرابه": true, "کثیفه": true, "خطرناکه": true, "میشه": true, "نمیشه": true, "همینطوره": true,
	"مرسی": true, "ممنون": true, "پره": true, "ماشینا": true, "سگا": true, "تاریکه": true, "اینجا": true,
	"مونده": true, "خسته": true, "واقعا": true, "سلام": true, "آشغالا": true, "اومده": true, "برداشته": true}

var (
	appHello    = []string{"سلام", "سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "سلام ببخشید"}
	appBye      = []string{"لطفا رسیدگی کنید", "ممنون", "مرسی", "تشکر", "توروخدا یه کاری کنین", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید"}
	appGripe    = []string{"چند بار گزارش دادیم کسی نیومد", "یه ماهه همینطوره", "کسی جواب نمیده", "واقعا خسته شدیم", "بچه_ها اذیت میشن", "آخه تا کی؟"}
	webHello    = []string{"با سلام و احترام،", "با سلام", "سلام علیکم", "احتراما"}
	webBye      = []string{"با تشکر", "پیشاپیش از همکاری شما سپاسگزارم.", "با تشکر از زحمات شما", "لطفا پیگیری فرمایید."}
	opFollow    = []string{"پیگیری درخواست قبلی: ", "تماس مجدد - ", "شهروند جهت پیگیری تماس گرفت. ", "پیگیری: "}
	opFollowEnd = []string{"؛ تاکنون رسیدگی نشده است.", ". شهروند اعتراض دارد که تاکنون اقدامی صورت نگرفته.", " (بار دوم)", ""}
	appFollow   = []string{"دوباره میگم ", "بار سومه گزارش میدم ", "هنوز درست نشده! ", "چرا رسیدگی نمیکنید؟ ", "پیرو درخواست قبلی "}
)
