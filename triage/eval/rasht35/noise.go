package rasht35

import (
	"math/rand/v2"
	"strings"
)

const zwnj = "\u200c"

// digitStyle is how a writer types digits.
type digitStyle int

const (
	latinDigits digitStyle = iota
	persianDigits
	arabicDigits
)

func digits(s string, st digitStyle) string {
	if st == latinDigits {
		return s
	}
	base := '۰'
	if st == arabicDigits {
		base = '٠'
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(base + (r - '0'))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// zwnjStyle is how a writer treats the half-space: keep it, join the parts, or type a space.
type zwnjStyle int

const (
	zwnjKeep zwnjStyle = iota
	zwnjJoin
	zwnjSpace
)

func halfSpace(s string, st zwnjStyle) string {
	switch st {
	case zwnjJoin:
		return strings.ReplaceAll(s, zwnj, "")
	case zwnjSpace:
		return strings.ReplaceAll(s, zwnj, " ")
	}
	return s
}

// arabicKeyboard types ي and ك for ی and ک, as an Arabic keyboard layout on a phone does;
// some writers mix both (autocorrect fixes some words).
func arabicKeyboard(r *rand.Rand, s string) string {
	mixed := r.Float64() < 0.3
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == 'ی' && (!mixed || r.IntN(2) == 0):
			b.WriteRune('ي')
		case c == 'ک' && (!mixed || r.IntN(2) == 0):
			b.WriteRune('ك')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// misspellings are typos and spellings people really type.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"}, {"لطفا", "لطفن"}, {"خواهشا", "خواهشن"}, {"مسئولین", "مسولین"},
	{"رسیدگی", "رسیدگي"}, {"زباله‌ها", "زباله ها"}, {"فاضلاب", "فاضلآب"}, {"آشغال", "اشغال"}, {"اصلا", "اصلن"},
	{"کوچه", "کوچع"}, {"درست", "درس"}, {"ممنون", "ممنونم"},
	{"خراب", "خارب"}, {"چاله", "چالع"}, {"دیگه", "دگه"}, {"هیچکس", "هیشکی"}, {"مخزن", "مخزم"},
	{"آبگرفتگی", "اب گرفتگی"}, {"ولگرد", "ولگر"}, {"پیاده‌رو", "پیاده رو"}, {"می‌کنن", "میکنن"},
}

func misspell(r *rand.Rand, s string) string {
	for range 3 {
		m := misspellings[r.IntN(len(misspellings))]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretch repeats a letter for emphasis: «خیلییییی», «تروخداااا».
func stretch(r *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "خرابه", "داغونه", "تاریکه", "کثیفه", "لطفا", "بده", "پره", "بو میده", "میشه"} {
		if i := strings.Index(s, w); i >= 0 {
			end := i + len(w)
			last := w[len(w)-2:] // every word above ends in a two-byte letter
			return s[:end] + strings.Repeat(last, 2+r.IntN(4)) + s[end:]
		}
	}
	return s
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام و عرض ادب", "درود"}
var pleas = []string{"لطفا رسیدگی کنید", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید", "خواهشا یه کاری کنید",
	"تو رو خدا رسیدگی کنید", "لطفا هر چه زودتر اقدام کنید", "چند بار گفتیم کسی نیومد", "مسئولین کجان؟",
	"رسیدگی کنید لطفا", "خیلی وقته همینطوره", "با تشکر", "ممنون", "مرسی", "عوارض میدیم ولی کسی رسیدگی نمیکنه"}

// fillers open a caption the way people talk.
var fillers = []string{"ببخشید", "آقا", "والا", "آقا جان", "یعنی چی", "واقعا", "خسته شدیم"}
var durations = []string{"چند روزه", "یک هفته است", "از دیروز", "دو هفته است", "یه ماهه", "از دیشب", "چند وقته", "از اول هفته"}
var followUps = []string{"قبلا هم ثبت کردم هنوز درست نشده", "چند بار زنگ زدم کسی نیومد", "پیگیری درخواست قبلی",
	"دفعه سومه که ثبت می‌کنم", "هفته پیش گفتیم گفتن میایم ولی نیومدن"}
var opFollowUps = []string{"پیگیری درخواست قبلی؛ تاکنون اقدامی نشده است.", "شهروند اعلام نمود قبلاً نیز تماس گرفته و رسیدگی نشده.",
	"تماس مجدد شهروند.", "پیگیری شماره #REF#.", "پیگیری درخواست #REF# - تاکنون مراجعه نشده."}
