package rasht3

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

const zwnj = "\u200c"

type digitStyle int

const (
	digitsPersian digitStyle = iota
	digitsLatin
	digitsArabic
	digitsMixed
)

func pickDigits(rng *rand.Rand) digitStyle {
	switch r := rng.Float64(); {
	case r < 0.5:
		return digitsPersian
	case r < 0.88:
		return digitsLatin
	case r < 0.95:
		return digitsArabic
	}
	return digitsMixed
}

// digits rewrites ASCII digits in style; mixed leaves each number to chance, as when a
// citizen switches keyboards in mid-sentence.
func digits(rng *rand.Rand, s string, st digitStyle) string {
	var b strings.Builder
	cur := st
	inNum := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !inNum && st == digitsMixed {
				cur = digitStyle(rng.IntN(3))
			}
			inNum = true
			switch cur {
			case digitsPersian:
				r = '۰' + (r - '0')
			case digitsArabic:
				r = '٠' + (r - '0')
			}
		} else {
			inNum = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// arabicLetters types ی and ک the Arabic way, all of them or some.
func arabicLetters(rng *rand.Rand, s string, all bool) string {
	var b strings.Builder
	for _, r := range s {
		if all || chance(rng, 0.5) {
			switch r {
			case 'ی':
				r = 'ي'
			case 'ک':
				r = 'ك'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// misspellings are the slips people really make in these words.
var misspellings = [][2]string{
	{"لطفاً", "لطفا"}, {"لطفاً", "لطفن"}, {"لطفا", "لطفن"}, {"اصلاً", "اصلا"}, {"اصلاً", "اصلن"}, {"کاملاً", "کاملا"},
	{"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"}, {"خواهشمند", "خاهشمند"}, {"مسئول", "مسول"}, {"خیلی", "خیلیییی"},
	{"بلوار", "بولوار"}, {"زباله", "زباله‌"}, {"سگ", "سگگ"}, {"رسیدگی", "رسیدگى"}, {"اتفاق", "اتفاغ"}, {"خراب", "خرآب"},
	{"چاله", "چاله‌"}, {"نمیکنه", "نمی کنه"}, {"میشه", "می شه"}, {"درخواست", "درخاست"}, {"فوراً", "فورا"},
	{"بارون", "بارووون"}, {"ولگرد", "ولگرت"}, {"فاضلاب", "فاضلآب"}, {"تاریکه", "تاریکهههه"}, {"افتضاحه", "افتضاههه"},
	{"شهرداری", "شهردای"}, {"کوچه", "کوچع"}, {"هرس", "حرس"}, {"خیابان", "خیابون"}, {"ممنون", "مرسی"},
}

// typo applies one keyboard slip to a random Persian word: a dropped, doubled or swapped letter.
func typo(rng *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	for range 4 {
		i := rng.IntN(len(words))
		w := []rune(words[i])
		if len(w) < 4 || !unicode.Is(unicode.Arabic, w[1]) {
			continue
		}
		j := 1 + rng.IntN(len(w)-2)
		switch rng.IntN(3) {
		case 0:
			w = append(w[:j], w[j+1:]...)
		case 1:
			w = append(w[:j+1], w[j:]...)
		default:
			w[j], w[j+1] = w[j+1], w[j]
		}
		words[i] = string(w)
		return strings.Join(words, " ")
	}
	return s
}

var emoji = []string{"🙏", "😡", "😭", "🤬", "👎", "⚠️", "💔", "🙏🙏", "😔", "‼️", "😤"}

// roughen adds what typing on a phone does to a text. It never touches tracking codes'
// digits other than their script.
func roughen(rng *rand.Rand, s string, app bool) string {
	if chance(rng, 0.3) {
		for range 1 + rng.IntN(2) {
			m := pick(rng, misspellings)
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	if chance(rng, 0.22) {
		s = typo(rng, s)
		if chance(rng, 0.3) {
			s = typo(rng, s)
		}
	}
	if chance(rng, 0.45) {
		// no half-space keyboard: joined up, or a plain space
		s = strings.ReplaceAll(s, zwnj, pick(rng, []string{"", " ", " "}))
	}
	switch r := rng.Float64(); {
	case r < 0.1:
		s = arabicLetters(rng, s, true)
	case r < 0.14:
		s = arabicLetters(rng, s, false)
	}
	if chance(rng, 0.08) {
		s = stretch(rng, s)
	}
	if chance(rng, 0.1) {
		s = strings.TrimRight(s, ".!؟ ") + pick(rng, []string{"!!!", "!!", "؟؟؟", "!!!!!!", " ..."})
	}
	if app && chance(rng, 0.1) {
		s += " " + pick(rng, emoji)
	}
	if chance(rng, 0.03) {
		s = "\u200f" + s // a right-to-left mark some keyboards put first
	}
	return s
}

// tidy is what an operator's keyboard does: no half-spaces now and then, Arabic letters on
// some desks' layouts, a rare slip; none of a citizen's shouting.
func tidy(rng *rand.Rand, s string) string {
	if chance(rng, 0.35) {
		s = strings.ReplaceAll(s, zwnj, pick(rng, []string{"", " "}))
	}
	if chance(rng, 0.08) {
		s = arabicLetters(rng, s, true)
	}
	if chance(rng, 0.08) {
		s = typo(rng, s)
	}
	return s
}

// stretch drags out the last letter of an emphatic word («خیلیییی», «لطفاااا»).
func stretch(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "لطفاً", "واقعا", "هیچ", "چرا", "تورو خدا", "زود"} {
		if i := strings.Index(s, w); i >= 0 {
			r := []rune(w)
			last := r[len(r)-1]
			if last == 'ً' {
				last = 'ا'
			}
			return s[:i] + w + strings.Repeat(string(last), 2+rng.IntN(5)) + s[i+len(w):]
		}
	}
	return s
}

// registers are spoken forms with their written twins, and everyday synonyms; swapping
// them gives one sentence the many shapes people give it.
var registers = [][2]string{
	{"میشه", "می‌شود"}, {"نمیشه", "نمی‌شود"}, {"میکنن", "می‌کنند"}, {"نمیکنه", "نمی‌کند"}, {"میده", "می‌دهد"},
	{"نمیده", "نمی‌دهد"}, {"میاد", "می‌آید"}, {"نیومده", "نیامده"}, {"نیومد", "نیامد"}, {"خیابون", "خیابان"},
	{"کوچمون", "کوچه ما"}, {"خونه", "خانه"}, {"اینطوریه", "این‌طور است"}, {"هست", "وجود دارد"}, {"شده", "گردیده"},
	{"زباله", "آشغال"}, {"آشغال", "زباله"}, {"ولگرد", "بی‌صاحب"}, {"خراب", "داغون"}, {"لطفاً", "خواهشاً"},
	{"خیلی", "بسیار"}, {"بچه‌ها", "کودکان"}, {"ماشین‌ها", "خودروها"}, {"یه", "یک"}, {"رو", "را"}, {"تو", "در"},
	{"بارون", "باران"}, {"چاله", "دست‌انداز"}, {"رسیدگی کنید", "اقدام کنید"}, {"فوری", "سریع"}, {"همسایه", "همسایه‌مون"},
}

// vary swaps a few words for their other register or a synonym; only whole words, so
// «رو» never eats the start of «روبروی».
func vary(rng *rand.Rand, s string) string {
	for _, p := range registers {
		if !chance(rng, 0.3) {
			continue
		}
		for i := 0; i+len(p[0]) <= len(s); {
			j := strings.Index(s[i:], p[0])
			if j < 0 {
				break
			}
			j += i
			end := j + len(p[0])
			if boundary(s, j-1, true) && boundary(s, end, false) {
				s = s[:j] + p[1] + s[end:]
				break
			}
			i = end
		}
	}
	return s
}

// boundary reports whether the byte at i (before or after a word) ends it.
func boundary(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	var r rune
	if before {
		r = []rune(s[:i+1])[len([]rune(s[:i+1]))-1]
	} else {
		r = []rune(s[i:])[0]
	}
	return !unicode.IsLetter(r) && r != 0x200c && !unicode.Is(unicode.Mn, r)
}
