package rasht21

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// hand is one writer's habits for one request: which digits the keyboard gives, what
// happens to the ZWNJ, an Arabic keyboard layout, abbreviations.
type hand struct {
	digits  int // 0 ASCII, 1 Persian, 2 Arabic-Indic
	zwnj    int // 0 kept, 1 dropped, 2 typed as a space
	arabic  bool
	abbrev  bool
	citizen bool
}

func pickDigits(r *rand.Rand, persian, ascii float64) int {
	x := r.Float64()
	switch {
	case x < persian:
		return 1
	case x < persian+ascii:
		return 0
	}
	return 2
}

func pickZWNJ(r *rand.Rand, keep, drop float64) int {
	x := r.Float64()
	switch {
	case x < keep:
		return 0
	case x < keep+drop:
		return 1
	}
	return 2
}

// handFor draws the habits of whoever types a request on a channel: 137 operators type on
// office keyboards with the system's Persian layout; citizens on whatever phone they have.
func handFor(r *rand.Rand, channel string) hand {
	switch channel {
	case "phone", "in_person":
		return hand{digits: pickDigits(r, 0.7, 0.25), zwnj: pickZWNJ(r, 0.45, 0.4),
			arabic: r.Float64() < 0.05, abbrev: r.Float64() < 0.35}
	case "web":
		return hand{digits: pickDigits(r, 0.6, 0.36), zwnj: pickZWNJ(r, 0.4, 0.4),
			arabic: r.Float64() < 0.12, abbrev: r.Float64() < 0.2, citizen: true}
	}
	return hand{digits: pickDigits(r, 0.5, 0.45), zwnj: pickZWNJ(r, 0.3, 0.45),
		arabic: r.Float64() < 0.12, abbrev: r.Float64() < 0.3, citizen: true}
}

const zwnj = "\u200c"

var digitSets = [3][10]rune{
	{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'},
	{'۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'},
	{'٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'},
}

func digitValue(c rune) int {
	for _, set := range digitSets {
		for v, d := range set {
			if c == d {
				return v
			}
		}
	}
	return -1
}

// apply writes s in the writer's hand.
func (h hand) apply(s string) string {
	switch h.zwnj {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if h.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return strings.Map(func(c rune) rune {
		if v := digitValue(c); v >= 0 {
			return digitSets[h.digits][v]
		}
		return c
	}, s)
}

// misspellings are the slips 137 texts are full of; each is applied to a writer at a rate.
var misspellings = [][2]string{
	{"وضعیت", "وضیعت"}, {"لطفا", "لطفن"}, {"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"},
	{"زباله", "ذباله"}, {"خواهش", "خاهش"}, {"مسئول", "مسول"}, {"فاضلاب", "فاظلاب"},
	{"آبگرفتگی", "آب گرفتگی"}, {"رسیدگی", "رسیدگي"}, {"اطلاع", "اطلاء"}, {"ترمیم", "طرمیم"},
	{"متأسفانه", "متاسفانه"}, {"گذاشته", "گزاشته"}, {"می‌باشند", "میباشد"}, {"اهالی", "اهالي"},
}

// colloquial are spoken forms only a citizen types.
var colloquial = [][2]string{{"چاله", "چال"}, {"خیابان", "خیابون"}, {"سگ‌های", "سگای"}, {"نمی‌کنند", "نمیکنن"}}

func misspell(r *rand.Rand, s string, rate float64, citizen bool) string {
	list := misspellings
	if citizen {
		list = append(slices.Clip(list), colloquial...)
	}
	for _, m := range list {
		if strings.Contains(s, m[0]) && r.Float64() < rate {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretchable words get their letters held down: «خیلییییی», «لطفاااا».
var stretchable = []struct{ word, letter string }{
	{"خیلی", "ی"}, {"لطفا", "ا"}, {"تاریک", "ا"}, {"داغون", "و"}, {"بو", "و"}, {"زیاد", "ا"}, {"گند", "ن"},
}

func stretch(r *rand.Rand, s string) string {
	for _, w := range stretchable {
		if i := strings.Index(s, w.word); i >= 0 {
			long := strings.Replace(w.word, w.letter, strings.Repeat(w.letter, 3+r.IntN(5)), 1)
			if w.letter == "ی" || w.letter == "ا" && strings.HasSuffix(w.word, "ا") {
				long = w.word + strings.Repeat(w.letter, 2+r.IntN(5))
			}
			return s[:i] + long + s[i+len(w.word):]
		}
	}
	return s + pickS(r, "!!!", "!!", " ؟؟؟")
}

var (
	greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "ضمن عرض سلام",
		"با سلام", "سلام، ببخشید", "سلام و عرض ادب"}
	closings = []string{"لطفا رسیدگی کنید", "ممنون", "با تشکر", "خواهشا پیگیری کنید", "خیلی ممنون میشم رسیدگی کنید",
		"تو رو خدا یه کاری بکنید", "چند بار زنگ زدیم ولی کسی نیومد", "تشکر", "لطفا سریعتر اقدام کنید",
		"ممنون از زحماتتون", "واقعا خسته شدیم"}
	fillers = []string{"واقعا ", "متأسفانه ", "", ""}
	fgreet  = []string{"salam", "slm", "salam vaght bekheyr", "dorood"}
	fclose  = []string{"lotfan rasidegi konid", "mamnoon", "merci", "lotfan zoodtar", "tashakor"}
)
