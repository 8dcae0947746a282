package rasht19

import (
	"math/rand/v2"
	"strings"
)

// writer is how one request was typed: by an operator at a Persian keyboard or a citizen on
// a phone with whatever keyboard it has.
type writer struct {
	digits   int // digitsPersian, digitsLatin, digitsArabic
	arabic   bool
	zwnj     int // zwnjKeep, zwnjDrop, zwnjSpace
	stretch  bool
	misspell bool
	citizen  bool
	finglish bool
	polite   bool
	filler   bool
}

const (
	digitsPersian = iota
	digitsLatin
	digitsArabic
)

const (
	zwnjKeep = iota
	zwnjDrop
	zwnjSpace
)

// newWriter draws the habits of one writer on one channel. Rates are the author's estimate
// of a 137 export: operators type clean Persian, citizens on phones do not.
func newWriter(r *rand.Rand, channel string) writer {
	w := writer{citizen: channel != "phone" && channel != "in_person"}
	switch channel {
	case "phone", "in_person":
		w.digits = choose(r, 0.80, 0.17, 0.03)
		w.arabic = r.Float64() < 0.05
		w.zwnj = choose(r, 0.65, 0.20, 0.15)
		w.misspell = r.Float64() < 0.05
		w.polite = r.Float64() < 0.08
	case "app":
		w.digits = choose(r, 0.40, 0.54, 0.06)
		w.arabic = r.Float64() < 0.14
		w.zwnj = choose(r, 0.25, 0.45, 0.30)
		w.stretch = r.Float64() < 0.14
		w.misspell = r.Float64() < 0.14
		w.finglish = r.Float64() < 0.04
		w.polite = r.Float64() < 0.55
		w.filler = r.Float64() < 0.25
	default: // web
		w.digits = choose(r, 0.55, 0.40, 0.05)
		w.arabic = r.Float64() < 0.12
		w.zwnj = choose(r, 0.40, 0.35, 0.25)
		w.stretch = r.Float64() < 0.05
		w.misspell = r.Float64() < 0.10
		w.polite = r.Float64() < 0.75
		w.filler = r.Float64() < 0.20
	}
	return w
}

func choose(r *rand.Rand, ps ...float64) int {
	u := r.Float64()
	for i, p := range ps {
		if u < p {
			return i
		}
		u -= p
	}
	return len(ps) - 1
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "سلام و عرض ادب", "باسلام", "سلام ببخشید"}
var closings = []string{"لطفا رسیدگی کنید", "ممنون", "با تشکر", "خواهشمندیم پیگیری کنید", "تو رو خدا یه کاری کنید",
	"ممنون میشم رسیدگی کنید", "لطفا سریعتر", "مرسی", "باتشکر از زحمات شما"}
var fillers = []string{"چند بار زنگ زدیم کسی جواب نداد.", "واقعا دیگه خسته شدیم.", "هیچکس پاسخگو نیست.",
	"این چندمین باره که گزارش میدم.", "همسایه ها هم شاکی هستن.", "بچه ها مریض شدن.", "عوارض هم که میگیرید."}

// dress adds greetings, closings and filler the way citizens write them.
func (w writer) dress(r *rand.Rand, text string) string {
	if w.polite {
		g := pick(r, greetings...)
		sep := " "
		if r.IntN(2) == 0 {
			sep = "، "
		}
		text = g + sep + text
	}
	if w.filler {
		text = strings.TrimRight(text, ".") + ". " + pick(r, fillers...)
	}
	if w.polite && r.IntN(2) == 0 {
		text = strings.TrimRight(text, ".") + " " + pick(r, closings...)
	}
	return text
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"خواهشمند", "خاهشمند"}, {"فاضلاب", "فاظلاب"}, {"لطفا", "لطفن"},
	{"درخواست", "درخاست"}, {"منهول", "منحول"}, {"چراغ", "چراق"}, {"زباله", "زبال"},
	{"ولگرد", "ولگرت"}, {"مخزن", "مخضن"}, {"آب‌گرفتگی", "آبگرفتگی"}, {"خطرناک", "خطرناگ"},
	{"رسیدگی", "رسیدگى"}, {"پیاده‌رو", "پیادرو"}, {"جمع", "جم"}, {"نخاله", "نخواله"},
	{"تعمیر", "تعمیل"}, {"سرعتگیر", "سرعت گیر"}, {"هرس", "حرس"}, {"بارون", "بارن"},
}

var stretchable = []string{"خیلی", "لطفا", "تورو خدا", "افتضاحه", "تاریکه", "خطرناکه", "بده", "چرا"}

// scribble applies the writer's habits to a text or an address. Display text is what
// the citizen or operator wrote, so the habits stay in it.
func (w writer) scribble(r *rand.Rand, s string, isText bool) string {
	if isText && w.misspell {
		n := 0
		for _, m := range misspellings {
			if strings.Contains(s, m[0]) && r.IntN(2) == 0 {
				s = strings.Replace(s, m[0], m[1], 1)
				n++
			}
			if n == 2 {
				break
			}
		}
	}
	if isText && w.stretch {
		done := false
		for _, word := range stretchable {
			if i := strings.Index(s, word); i >= 0 {
				last := []rune(word)
				extra := strings.Repeat(string(last[len(last)-1]), 2+r.IntN(5))
				s = s[:i+len(word)] + extra + s[i+len(word):]
				done = true
				break
			}
		}
		if !done {
			s = strings.TrimRight(s, ".") + " " + pick(r, "خیلییییی بده", "لطفااااا", "!!!", "خیلیییی وقته")
		}
	}
	switch w.zwnj {
	case zwnjDrop:
		s = strings.ReplaceAll(s, "\u200c", "")
	case zwnjSpace:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if w.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return w.writeDigits(s)
}

func (w writer) writeDigits(s string) string {
	var zero rune
	switch w.digits {
	case digitsPersian:
		zero = '۰'
	case digitsArabic:
		zero = '٠'
	default:
		return s
	}
	return strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' {
			return zero + c - '0'
		}
		return c
	}, s)
}

// finglishTexts are captions typed in Latin letters, for the problems people most often
// write that way; %s is the place.
var finglishTexts = map[string][]string{
	"garbage":       {"salam zobale haye %s 3 rooze jam nashode", "ashghala %s mounde booye bad mide"},
	"pothole":       {"asfalt %s kharabe pore chale", "chale bozorg too %s lotfan dorost konid"},
	"surface_water": {"ab gereftegi %s, jooy gerefte", "baroon miad %s por ab mishe"},
	"street_light":  {"cheragh haye %s khamooshe", "lamp tir bargh %s sookhte"},
	"stray_dogs":    {"sag haye velgard %s khatarnakan", "sagha too %s aziat mikonan"},
	"sewage":        {"fazelab %s zade bala", "booye fazelab %s"},
}
