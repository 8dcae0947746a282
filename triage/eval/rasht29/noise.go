package rasht29

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

const zwnj = "\u200c"

var (
	greetings = []string{"سلام", "سلام وقت بخیر", "سلام خسته نباشید", "با سلام", "سلام و عرض ادب", "درود"}
	closings  = []string{"لطفا رسیدگی کنید", "ممنون", "با تشکر", "خواهشا پیگیری کنید", "خیلی ممنون میشم رسیدگی کنید",
		"چند بار زنگ زدیم کسی نیومد", "لطفا سریعتر", "ممنون از زحماتتون", "تو رو خدا یه کاری کنید"}
	opClosings = []string{"خواستار رسیدگی است.", "درخواست رسیدگی دارد.", "لطفا بررسی شود.", "", "", ""}
	followups  = []string{"پیگیری درخواست قبلی: ", "قبلا هم تماس گرفتم، ", "برای بار دوم: ", "هنوز رسیدگی نشده، ",
		"چند روز پیش ثبت کردم هنوز خبری نیست، "}
	opFollowups = []string{"پیگیری: ", "تماس مجدد شهروند؛ ", "شهروند مجددا تماس گرفت؛ ", "تماس تکراری - "}
	// misspellings and colloquial forms citizens type
	misspell = [][2]string{{"آسفالت", "اسفالت"}, {"زباله", "ذباله"}, {"آشغال", "اشغال"}, {"خیابان", "خیابون"},
		{"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"جمع‌آوری", "جمع اوری"}, {"آب", "اب"}, {"فاضلاب", "فاظلاب"},
		{"درخت", "درحت"}, {"ولگرد", "ولگر"}, {"خواهشا", "خاهشا"}, {"رسیدگی", "رسیدگي"}, {"کوچه", "کوچع"},
		{"خطرناک", "خطرناگ"}, {"چاله", "چال"}, {"سرعت‌گیر", "سرعتگیر"}}
	stretchable = []string{"خیلی", "بو", "تاریک", "خطرناک", "کثیف", "ممنون", "لطفا", "زیاد"}
)

// digitStyle rewrites ASCII digits: 0 keeps Latin, 1 Persian, 2 Arabic-Indic.
func digits(s string, style int) string {
	if style == 0 {
		return s
	}
	base := '۰'
	if style == 2 {
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

// zwnjStyle: 0 keeps the ZWNJ, 1 drops it, 2 writes a space.
func zwnjStyle(s string, style int) string {
	switch style {
	case 1:
		return strings.ReplaceAll(s, zwnj, "")
	case 2:
		return strings.ReplaceAll(s, zwnj, " ")
	}
	return s
}

func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// misspellOne changes one word the way a hurried citizen does.
func misspellOne(rng *rand.Rand, s string) string {
	start := rng.IntN(len(misspell))
	for i := range misspell {
		m := misspell[(start+i)%len(misspell)]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretch repeats a letter: «خیلییییی».
func stretchWord(rng *rand.Rand, s string) string {
	start := rng.IntN(len(stretchable))
	for i := range stretchable {
		w := stretchable[(start+i)%len(stretchable)]
		if j := strings.Index(s, w); j >= 0 {
			last, _ := utf8.DecodeLastRuneInString(w)
			return s[:j+len(w)] + strings.Repeat(string(last), 2+rng.IntN(5)) + s[j+len(w):]
		}
	}
	return s + " خیلییییی بده"
}
