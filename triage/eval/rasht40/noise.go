package rasht40

import (
	"math/rand/v2"
	"strings"
)

// digitStyle is how one writer types numbers.
type digitStyle int

const (
	latinDigits digitStyle = iota
	persianDigits
	arabicDigits
)

func setDigits(s string, d digitStyle) string {
	if d == latinDigits {
		return s
	}
	base := '۰'
	if d == arabicDigits {
		base = '٠'
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = base + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// arabicLetters is a keyboard with the Arabic layout: ي and ك everywhere.
func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// zwnjMode: careful writers keep the ZWNJ, phones often drop it (words run together) or
// put a space.
func zwnj(s string, mode int) string {
	switch mode {
	case 1:
		return strings.ReplaceAll(s, "\u200c", "")
	case 2:
		return strings.ReplaceAll(s, "\u200c", " ")
	}
	return s
}

// colloquial words citizens misspell or say their own way; one or two per request.
var misspell = [][2]string{
	{"خیابان", "خیابون"}, {"آسفالت", "اسفالت"}, {"لطفا", "لطفن"}, {"لطفا", "لطفاً"},
	{"زباله ها", "زباله‌ها"}, {"آشغال", "اشغال"}, {"خطرناکه", "خطرناکع"}, {"چاله", "چال"},
	{"درخواست", "درخاست"}, {"آب", "اب"}, {"پیاده رو", "پیادرو"}, {"کوچه", "کوچع"},
	{"رسیدگی", "رسیدگى"}, {"شده", "شدع"}, {"ممنون", "مرسی"}, {"میشه", "می شه"},
	{"بارون", "بارن"}, {"درخت", "درخط"}, {"نمیشه", "نمی‌شه"}, {"سگ های", "سگای"},
}

func misspellSome(rng *rand.Rand, s string) string {
	n := 1 + rng.IntN(2)
	for i := 0; i < n; i++ {
		m := misspell[rng.IntN(len(misspell))]
		if strings.Contains(s, m[0]) {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretchLetters repeats the last letter of an emphatic word: «خیلییییی».
func stretchLetters(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "واقعا", "سلام", "تورو خدا", "زود"} {
		if i := strings.Index(s, w); i >= 0 {
			r := []rune(w)
			last := string(r[len(r)-1])
			return s[:i] + w + strings.Repeat(last, 2+rng.IntN(5)) + s[i+len(w):]
		}
	}
	return s
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "سلام،", "با سلام", "سلام و عرض ادب"}

var pleas = []string{"لطفا رسیدگی کنید", "لطفا زودتر رسیدگی کنید", "خواهشا پیگیری کنید", "ممنون",
	"خیلی ممنون میشم رسیدگی کنید", "چند بار زنگ زدیم کسی نیومد", "تورو خدا یه کاری بکنید",
	"از کی باید پیگیری کنیم؟", "واقعا خسته شدیم", "با تشکر", "متشکرم", "ممنون از زحماتتون",
	"این چندمین باره که گزارش میدم", "مرسی"}

var fillers = []string{"ببخشید", "راستش", "والا"}
