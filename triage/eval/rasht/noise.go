package rasht

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// writer types a text the way one person does: keyboard layout, half-spaces, digits,
// typos and emphasis are habits of the writer, so they are drawn once per request.
type writer struct {
	rng         *rand.Rand
	citizen     bool
	addressOnly bool
}

// misspellings are the errors people actually make, not random ones.
var misspellings = [][2]string{
	{"خواهش", "خاهش"}, {"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"آسفالت", "اسفالت"}, {"آسفالت", "آسفالط"}, {"مسئول", "مسول"},
	{"پیگیری", "پیگری"}, {"پیگیری", "پی گیری"}, {"رسیدگی", "رسیدگیی"}, {"آشغال", "آشقال"},
	{"اتاق", "اطاق"}, {"بفرمایید", "بفرمائید"}, {"ضایعات", "زایعات"},
	{"آب", "اب"}, {"آمد", "امد"}, {"تعفن", "تعفون"}, {"سطل", "صطل"}, {"فاضلاب", "فاظلاب"}, {"خیابان", "خیابون"},
	{"نمی‌شود", "نمیشه"}, {"کوچه", "کوچع"}, {"ممنون", "ممنونم"}, {"درخت", "درخط"},
	{"مخابرات", "مخابرت"}, {"سلام", "سلااام"}, {"کنید", "کنین"}, {"بکنید", "بکنین"},
}

var emphatic = []string{"خیلی", "لطفا", "تورو خدا", "واقعا", "اصلا", "هیچ", "چرا", "بد", "زیاد", "شدید"}

func (w writer) noisy(s string) string {
	rng := w.rng
	if w.citizen && !w.addressOnly {
		for _, m := range misspellings {
			if strings.Contains(s, m[0]) && chance(rng, 0.12) {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
		if chance(rng, 0.12) {
			s = w.stretch(s)
		}
		if chance(rng, 0.03) {
			s = strings.Replace(s, "ا", "ـــا", 1) // tatweel
		}
	}
	pTypo := 0.012
	if w.citizen {
		pTypo = 0.035
	}
	if w.addressOnly {
		pTypo /= 2
	}
	s = w.typos(s, pTypo)

	// Half-spaces: kept, dropped (joined) or typed as a space.
	switch r := rng.Float64(); {
	case r < 0.4:
	case r < 0.7:
		s = strings.ReplaceAll(s, "\u200c", "")
	default:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	// An Arabic keyboard layout, for some writers.
	pArabic := 0.02
	if w.citizen {
		pArabic = 0.08
	}
	if chance(rng, pArabic) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	} else if chance(rng, 0.03) {
		s = strings.Replace(s, "ی", "ي", 1) // one pasted word
	}
	return w.digits(s)
}

// digits writes every number in one script, or, for a few writers, mixes them.
func (w writer) digits(s string) string {
	script := pickWeighted(w.rng, []float64{0.55, 0.35, 0.06, 0.04}) // Persian, ASCII, Arabic-Indic, mixed
	var b strings.Builder
	for _, r := range s {
		d := -1
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '۰' && r <= '۹':
			d = int(r - '۰')
		}
		if d < 0 {
			b.WriteRune(r)
			continue
		}
		sc := script
		if sc == 3 {
			sc = w.rng.IntN(2)
		}
		switch sc {
		case 0:
			b.WriteRune('۰' + rune(d))
		case 1:
			b.WriteRune('0' + rune(d))
		default:
			b.WriteRune('٠' + rune(d))
		}
	}
	return b.String()
}

// stretch repeats the last letter of an emphatic word: «خیلیییی».
func (w writer) stretch(s string) string {
	for _, e := range emphatic {
		if i := strings.Index(s, e); i >= 0 {
			rs := []rune(e)
			last := string(rs[len(rs)-1])
			return s[:i] + e + strings.Repeat(last, 2+w.rng.IntN(4)) + s[i+len(e):]
		}
	}
	if strings.HasSuffix(s, ".") || chance(w.rng, 0.5) {
		return strings.TrimSuffix(s, ".") + strings.Repeat("!", 2+w.rng.IntN(3))
	}
	return s + "؟؟؟"
}

// neighbours are the letters a finger slips to on a Persian keyboard, or that sound alike.
var neighbours = map[rune][]rune{
	'ز': {'ذ', 'ض', 'ظ'}, 'س': {'ص', 'ث', 'ش'}, 'ت': {'ط'}, 'ه': {'ح', 'ع'}, 'ا': {'آ', 'ل'}, 'آ': {'ا'},
	'ق': {'غ', 'ف'}, 'غ': {'ق'}, 'ی': {'ب', 'ئ'}, 'ن': {'م', 'ت'}, 'ر': {'ز'}, 'د': {'ذ'}, 'ک': {'گ'}, 'گ': {'ک'},
	'ش': {'س'}, 'پ': {'ب'}, 'و': {'ر'},
}

// typos slip a letter in a few words: a swap, a drop, a double or a neighbour key.
func (w writer) typos(s string, p float64) string {
	ws := strings.Split(s, " ")
	for i, word := range ws {
		rs := []rune(word)
		if len(rs) < 4 || !chance(w.rng, p) || !isLetters(rs) {
			continue
		}
		j := 1 + w.rng.IntN(len(rs)-2)
		switch w.rng.IntN(4) {
		case 0:
			rs[j], rs[j+1] = rs[j+1], rs[j]
		case 1:
			rs = append(rs[:j], rs[j+1:]...)
		case 2:
			rs = append(rs[:j+1], rs[j:]...)
		default:
			if alt, ok := neighbours[rs[j]]; ok {
				rs[j] = alt[w.rng.IntN(len(alt))]
			}
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}

func isLetters(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) && r != '\u200c' {
			return false
		}
	}
	return true
}
