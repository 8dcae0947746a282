package rasht23

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

const zwnj = "\u200c"

// digit scripts
const (
	latinDigits = iota
	persianDigits
	arabicDigits
)

// digits rewrites ASCII digits in the script chosen.
func digits(s string, script int) string {
	if script == latinDigits {
		return s
	}
	base := '۰'
	if script == arabicDigits {
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

// arabicLetters types ی and ک as an Arabic keyboard does; partial keeps some, as a text
// pasted together from two sources does.
func arabicLetters(s string, rng *rand.Rand, partial bool) string {
	var b strings.Builder
	for _, r := range s {
		if (r == 'ی' || r == 'ک') && (!partial || rng.IntN(2) == 0) {
			if r == 'ی' {
				r = 'ي'
			} else {
				r = 'ك'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// zwnjStyle: how a writer handles the half-space.
const (
	zwnjKeep = iota
	zwnjDrop
	zwnjSpace
	zwnjAdd // a careful writer who puts it everywhere it belongs
)

// halfSpaced are informal words a careful writer types with a ZWNJ after «می»/«نمی».
var halfSpaced = []string{"میشه", "میکنن", "میاد", "میده", "میگیره", "میزنه", "میترسن", "میفته", "میجوشه",
	"میره", "میشن", "میکنه", "میکشن", "میذارن", "میشینه", "میخوره", "میریزه", "میبنده", "میگیرن", "نمیتونه",
	"نمیکنه", "نمیتونیم", "نمیتونن", "نمیاد", "نمیشه", "میکنم", "میگیرم", "میرن"}

func applyZWNJ(s string, style int) string {
	switch style {
	case zwnjDrop:
		return strings.ReplaceAll(s, zwnj, "")
	case zwnjSpace:
		return strings.ReplaceAll(s, zwnj, " ")
	case zwnjAdd:
		for _, w := range halfSpaced {
			pre := "می"
			if strings.HasPrefix(w, "نمی") {
				pre = "نمی"
			}
			s = strings.ReplaceAll(s, w, pre+zwnj+strings.TrimPrefix(w, pre))
		}
		s = strings.ReplaceAll(s, " های ", zwnj+"های ")
		s = strings.ReplaceAll(s, " ها ", zwnj+"ها ")
	}
	return s
}

// misspellings citizens (and now and then an operator) make.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"}, {"لطفا", "لطفن"}, {"فاضلاب", "فاظلاب"},
	{"خطرناک", "خطرناگ"}, {"منهول", "منحول"}, {"هرس", "حرس"}, {"ولگرد", "ولگرده"},
	{"متروکه", "متروکع"}, {"آمبولانس", "آمبولاس"}, {"رسیدگی", "رسیدگیی"}, {"زباله", "ذباله"},
	{"نخاله", "نخواله"}, {"ترکیده", "ترکیدع"}, {"سرریز", "سر ریز"}, {"چاله", "چالع"},
	{"پیاده رو", "پیادرو"}, {"آبگرفتگی", "آب گرفتگی"}, {"درخت", "درخط"}, {"تاریک", "تاریگ"},
	{"خطرناکه", "خطرناکع"}, {"کوچه", "کوچع"}, {"غیر قابل", "غیرقابل"}, {"مخروبه", "مخروبع"},
}

func misspell(s string, rng *rand.Rand) string {
	for _, k := range rng.Perm(len(misspellings)) {
		m := misspellings[k]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretch repeats the last letter of one emphatic word: «خیلییییی», «تاریکههه».
var stretchable = []string{"خیلی", "واقعا", "تاریکه", "خطرناکه", "کثیفه", "داغونه", "لطفا", "توروخدا", "خواهشا", "مونده", "شده"}

func stretch(s string, rng *rand.Rand) string {
	for _, k := range rng.Perm(len(stretchable)) {
		w := stretchable[k]
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		rep := strings.Repeat(string(last), 2+rng.IntN(5))
		return s[:i+len(w)] + rep + s[i+len(w):]
	}
	// nothing to stretch: the writer leans on the punctuation instead
	return s + strings.Repeat("!", 2+rng.IntN(3))
}

// spaceNoise doubles a space or drops the one after a comma, as fast typing does.
func spaceNoise(s string, rng *rand.Rand) string {
	if rng.IntN(2) == 0 {
		return strings.Replace(s, "، ", "،", 1)
	}
	if i := strings.Index(s, " "); i > 0 {
		return s[:i] + "  " + s[i+1:]
	}
	return s
}
